"""The app's import with a bad file among good ones (issue 11): the good ones are in the
library, and the report names each bad one with its reason."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import PASSPHRASE
from tests.vault.test_import_batch import _inputs
from ui.importing.report_dialog import ImportReportDialog

TIMEOUT = 60_000


def test_the_app_imports_the_good_files_and_names_the_bad_ones(window, qtbot, tmp_path: Path):
    window.imports.show_report = False
    window.start_page.create_wallet(PASSPHRASE)
    qtbot.waitUntil(lambda: window.state.is_unlocked, timeout=TIMEOUT)
    inputs = _inputs()
    paths = []
    for name, data, _ in inputs:
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    with qtbot.waitSignal(window.imports.finished, timeout=TIMEOUT) as done:
        window.imports.import_paths(paths)
    outcomes = done.args[0]
    by_name = {Path(o.name).name: o for o in outcomes}
    for name, _, reason in inputs:
        if reason is None:
            assert str(by_name[name].status) == "imported", by_name[name]
        else:
            assert str(by_name[name].status) == "rejected", by_name[name]
            assert reason.casefold() in by_name[name].reason.casefold()
    qtbot.waitUntil(lambda: window.state.library.total() == 2, timeout=TIMEOUT)
    report = ImportReportDialog(outcomes, window)
    assert report.table.topLevelItemCount() == len(inputs)
