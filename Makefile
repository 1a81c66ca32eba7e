# One gate, the same locally and in CI (STYLE.md rule 10).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BUNDLE := dist/learner-wallet
# What the desktop entry runs: the bundle when one is built, else this checkout's command.
DESKTOP_EXEC ?= $(CURDIR)/$(if $(wildcard $(BUNDLE)/learner-wallet),$(BUNDLE),$(BIN))/learner-wallet

.PHONY: run test test-bundle lint bench screenshots dist install-desktop uninstall-desktop clean \
	translations lupdate

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The compiled translations (.qm, a build product) from the Qt Linguist sources (.ts).
TS := $(wildcard resources/translations/learner_wallet_*.ts)
QM := $(TS:.ts=.qm)

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing strings: the template and every language (existing translations are kept).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'ui/*.py') -no-obsolete -locations none \
		-ts resources/translations/learner_wallet.ts $(TS)

run: $(STAMP) translations
	$(BIN)/learner-wallet

lint: $(STAMP)
	$(BIN)/ruff check wallet ui tests benchmarks
	$(BIN)/mypy --strict wallet

# The bundle's own test builds on `make dist` and runs in `make test-bundle` (.ci/run runs both).
test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 -q -m "not bundle"

# The PyInstaller one-folder bundle from build.spec (DESIGN.md); work files in build/pyinstaller.
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller build.spec

test-bundle: dist
	LEARNER_WALLET_BUNDLE=$(CURDIR)/$(BUNDLE) QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -m bundle tests/bundle

# The menu entry, icon, file types and link handlers for the current user ($XDG_DATA_HOME).
install-desktop: $(STAMP)
	$(BIN)/learner-wallet desktop install --exec "$(DESKTOP_EXEC)"

uninstall-desktop: $(STAMP)
	$(BIN)/learner-wallet desktop uninstall

bench: $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist $(QM)
