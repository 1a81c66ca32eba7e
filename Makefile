# One gate, the same locally and in CI (STYLE.md rule 10).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# What the desktop entry runs: this checkout's command.
DESKTOP_EXEC ?= $(CURDIR)/$(BIN)/learner-wallet

.PHONY: run test lint bench screenshots install-desktop uninstall-desktop clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/learner-wallet

lint: $(STAMP)
	$(BIN)/ruff check wallet ui tests benchmarks
	$(BIN)/mypy --strict wallet

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q

# The menu entry, icon, file types and link handlers for the current user ($XDG_DATA_HOME).
install-desktop: $(STAMP)
	$(BIN)/learner-wallet desktop install --exec "$(DESKTOP_EXEC)"

uninstall-desktop: $(STAMP)
	$(BIN)/learner-wallet desktop uninstall

bench: $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
