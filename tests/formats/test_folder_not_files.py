"""Attack-files F4: a folder that holds what is not a file (a named pipe, a link to /dev/zero, a
link to itself) is read through, by ``verify``, ``import``, ``review`` and the app's import.

Before, a pipe in the folder made ``learner-wallet verify DIR`` (and ``import DIR``, and the app's
import of a dropped folder) wait for ever; a link to /dev/zero made the app read until memory ran
out (its size reads 0). Now each is one line, "not a file …", and the rest is read.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.factories import Issuer, make_badge
from wallet.cli import main
from wallet.formats.files import NOT_A_FILE

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "portfolio"
    root.mkdir()
    badge = make_badge(Issuer.from_seed(b"folder", "Folder College"), 3)
    (root / "badge.json").write_text(json.dumps(badge))
    os.mkfifo(root / "pipe.json")  # a suffix review reads, too
    (root / "zero.json").symlink_to("/dev/zero")
    (root / "loop").symlink_to(root)
    return root


def _finishes(work: Callable[[], Any], seconds: float = 20) -> Any:
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading the folder never finished"
    return out[0]


def test_verify_reads_through_a_folder_with_a_pipe_and_a_device(folder, capsys) -> None:
    code = _finishes(lambda: main(["verify", "--offline", "--json", str(folder)]))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [line["verdict"] for line in lines] == ["valid"]
    assert captured.err.count(NOT_A_FILE) == 2  # the pipe and /dev/zero, one line each
    assert code == 2


def test_import_reads_through_it_too(folder, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", "a passphrase for the test")
    vault = str(tmp_path / "w.vault")
    assert main(["--vault", vault, "init"]) == 0
    _finishes(lambda: main(["--vault", vault, "import", str(folder)]))
    captured = capsys.readouterr()
    assert captured.err.count(NOT_A_FILE) == 2
    assert "Folder College" in captured.out or "imported" in captured.out


def test_review_reads_through_it(folder) -> None:
    from wallet.review.inputs import read_paths

    files, problems = _finishes(lambda: read_paths([folder]))
    assert [Path(f.name).name for f in files] == ["badge.json"]
    assert sorted((Path(p.name).name, p.reason) for p in problems) == [
        ("pipe.json", NOT_A_FILE),
        ("zero.json", NOT_A_FILE),
    ]


def test_the_apps_import_reads_through_it(folder) -> None:
    pytest.importorskip("PySide6")
    from ui.importing.sources import read_paths

    inputs = _finishes(lambda: read_paths([folder]))
    by_name = {Path(i.name).name: i for i in inputs}
    assert by_name["badge.json"].data and not by_name["badge.json"].problem
    assert by_name["pipe.json"].problem == NOT_A_FILE
    assert by_name["zero.json"].problem == NOT_A_FILE
