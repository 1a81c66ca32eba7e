"""Desktop integration (wallet.desktop): the entry's Exec line, what install writes into a
temporary XDG_DATA_HOME, and that uninstall removes exactly that, through the real
``make install-desktop`` / ``make uninstall-desktop`` too."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from wallet import desktop
from wallet.errors import InputError, WalletError
from wallet.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
SCHEMES = ("openid-credential-offer", "openid4vp", "dccrequest")
FILE_TYPES = (
    "application/json",
    "application/ld+json",
    "application/jwt",
    "application/pdf",
    "image/png",
    "image/svg+xml",
    "text/x-vp1",
)
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>"
        for p in sorted(folder.rglob("*"))
    }


def _entry(home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(home / "applications" / "learner-wallet.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.fixture
def program(tmp_path: Path) -> Path:
    path = tmp_path / "bin" / "learner-wallet"
    path.parent.mkdir()
    path.write_text("#!/bin/sh\n", "utf-8")
    path.chmod(0o755)
    return path


# --- failure first -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "quoted"),
    [
        ("/opt/learner-wallet/learner-wallet", '"/opt/learner-wallet/learner-wallet"'),
        ("/home/ana maria/lw", '"/home/ana maria/lw"'),
        ('/odd/"quote"', '"/odd/\\\\"quote\\\\""'),
        ("/odd/$HOME`x`", '"/odd/\\\\$HOME\\\\`x\\\\`"'),
        ("/odd/back\\slash", '"/odd/back\\\\\\\\slash"'),
        ("/odd/100%", '"/odd/100%%"'),
    ],
)
def test_the_exec_line_quotes_every_path_as_the_spec_says(path: str, quoted: str) -> None:
    assert desktop.exec_quote(Path(path)) == quoted


def test_a_path_with_a_line_break_cannot_go_in_an_entry() -> None:
    with pytest.raises(InputError, match="line break"):
        desktop.exec_quote(Path("/odd/two\nlines"))


def test_a_program_that_is_not_an_executable_file_is_refused(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    plain = tmp_path / "plain"
    plain.write_text("", "utf-8")
    for bad in (tmp_path / "missing", plain, tmp_path, Path("relative/learner-wallet")):
        with pytest.raises(InputError, match="not an executable file"):
            desktop.install(bad, env)
    assert not (tmp_path / "data").exists()


def test_a_file_it_did_not_write_is_never_overwritten(tmp_path: Path, program: Path) -> None:
    home = tmp_path / "data"
    theirs = home / "applications" / "learner-wallet.desktop"
    theirs.parent.mkdir(parents=True)
    theirs.write_text("[Desktop Entry]\nName=Someone else's\n", "utf-8")
    with pytest.raises(WalletError, match="already there and was not installed by"):
        desktop.install(program, {"XDG_DATA_HOME": str(home)})
    assert theirs.read_text("utf-8") == "[Desktop Entry]\nName=Someone else's\n"
    assert not (home / desktop.MANIFEST).exists()


def test_a_manifest_naming_paths_outside_the_data_folder_is_not_followed(tmp_path: Path) -> None:
    home = tmp_path / "data"
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", "utf-8")
    (home / "learner-wallet").mkdir(parents=True)
    manifest = {"files": ["../precious.txt"], "folders": []}
    (home / desktop.MANIFEST).write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(WalletError, match="outside"):
        desktop.uninstall({"XDG_DATA_HOME": str(home)})
    assert victim.read_text("utf-8") == "keep me"


def test_uninstall_with_nothing_installed_removes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "data"
    home.mkdir()
    (home / "other.txt").write_text("x", "utf-8")
    change = desktop.uninstall({"XDG_DATA_HOME": str(home)})
    assert change.files == ()
    assert _tree(home) == {"other.txt": b"x"}


# --- what works --------------------------------------------------------------------------------
def test_data_home_follows_the_xdg_rule() -> None:
    assert desktop.data_home({"XDG_DATA_HOME": "/x/data", "HOME": "/h"}) == Path("/x/data")
    assert desktop.data_home({"XDG_DATA_HOME": "relative", "HOME": "/h"}) == Path("/h/.local/share")
    assert desktop.data_home({"XDG_DATA_HOME": "", "HOME": "/h"}) == Path("/h/.local/share")


def test_install_writes_the_entry_types_and_icons_then_uninstall_leaves_the_folder_as_it_was(
    tmp_path: Path, program: Path
) -> None:
    home = tmp_path / "data"
    env = {"XDG_DATA_HOME": str(home)}
    home.mkdir()
    change = desktop.install(program, env)
    entry = _entry(home)
    assert entry["Exec"] == f'"{program}" open %U'
    assert entry["Icon"] == "learner-wallet"
    types = entry["MimeType"].split(";")
    assert set(FILE_TYPES) <= set(types)
    assert {f"x-scheme-handler/{scheme}" for scheme in SCHEMES} <= set(types)
    mime = (home / "mime" / "packages" / "learner-wallet.xml").read_text("utf-8")
    for glob in ("*.vp1", "*.jwt", "*.vc", "*.vp"):
        assert f'<glob pattern="{glob}"/>' in mime
    for size in ICON_SIZES:
        assert (home / f"icons/hicolor/{size}x{size}/apps/learner-wallet.png").is_file()
    assert (home / "icons/hicolor/scalable/apps/learner-wallet.svg").is_file()
    assert len(change.files) == 2 + len(ICON_SIZES) + 1

    # Installing again changes nothing but the same files.
    desktop.install(program, env)
    removed = desktop.uninstall(env)
    assert sorted(removed.files) == sorted(change.files)
    assert _tree(home) == {}


def test_uninstall_keeps_what_others_put_in_the_same_folders(tmp_path: Path, program: Path) -> None:
    home = tmp_path / "data"
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "other.desktop").write_text("[Desktop Entry]\n", "utf-8")
    (home / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (home / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"png")
    (home / "learner-wallet").mkdir()
    (home / "learner-wallet" / "wallet.vault").write_bytes(b"the vault")
    before = _tree(home)
    env = {"XDG_DATA_HOME": str(home)}
    desktop.install(program, env)
    desktop.uninstall(env)
    after = _tree(home)
    assert {k: v for k, v in after.items() if k in before} == before
    generated = {"applications/mimeinfo.cache", "icons/hicolor/icon-theme.cache"}
    assert set(after) - set(before) <= generated
    assert all(b"learner-wallet" not in after[name] for name in set(after) & generated)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_entry_is_valid_and_the_caches_name_the_app(tmp_path: Path, program: Path) -> None:
    home = tmp_path / "data"
    desktop.install(program, {"XDG_DATA_HOME": str(home)})
    entry = home / "applications" / "learner-wallet.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout
    cache = (home / "applications" / "mimeinfo.cache").read_text("utf-8")
    for scheme in SCHEMES:
        assert f"x-scheme-handler/{scheme}=learner-wallet.desktop;" in cache
    if shutil.which("update-mime-database"):
        globs = (home / "mime" / "globs2").read_text("utf-8")
        assert "text/x-vp1:*.vp1" in globs


def _make(target: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE") and k != "MFLAGS"}
    env["XDG_DATA_HOME"] = str(home)
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), target],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_make_install_desktop_then_uninstall_desktop(tmp_path: Path) -> None:
    home = tmp_path / "data"
    installed = _make("install-desktop", home)
    assert installed.returncode == 0, installed.stderr
    bundled = ROOT / "dist" / "learner-wallet" / "learner-wallet"
    program = bundled if bundled.is_file() else ROOT / ".venv" / "bin" / "learner-wallet"
    command = _entry(home)["Exec"]
    assert command == f"{desktop.exec_quote(program)} open %U"
    # The entry's command runs: `learner-wallet open --help`, as the desktop would start it.
    ran = subprocess.run([str(program), "open", "--help"], capture_output=True, text=True)
    assert ran.returncode == 0 and "FILE_OR_LINK" in ran.stdout

    removed = _make("uninstall-desktop", home)
    assert removed.returncode == 0, removed.stderr
    assert "removed " in removed.stdout
    assert _tree(home) == {}


def test_each_icon_is_the_size_its_folder_names() -> None:
    for size in ICON_SIZES:
        data = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "learner-wallet.png")
        header = data.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        assert (width, height) == (size, size)
