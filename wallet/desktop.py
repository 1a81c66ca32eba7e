"""Desktop integration on Linux and other XDG desktops: the menu entry, the icon, "Open with
Learner Wallet" for credential files, and the link handlers, installed for the current user.

What goes where (``$XDG_DATA_HOME``, default ``~/.local/share``; XDG Base Directory spec)::

    applications/learner-wallet.desktop          the entry: Exec=".../learner-wallet" open %U
    mime/packages/learner-wallet.xml             .vp1, .jwt, .vc, .vp (shared-mime-info)
    icons/hicolor/<N>x<N>/apps/learner-wallet.png, icons/hicolor/scalable/apps/learner-wallet.svg
    learner-wallet/desktop-integration.json      what was installed, for uninstall

The entry's ``MimeType=`` names the common types (JSON, JSON-LD, PNG, SVG, PDF) and the URL
schemes (``x-scheme-handler/openid-credential-offer``, ``openid4vp``, ``dccrequest``); it makes
the app *one* of the handlers, never the default for PNG or PDF. After writing, the caches are
refreshed with ``update-desktop-database``, ``update-mime-database`` and
``gtk-update-icon-cache`` where they are installed.

:func:`uninstall` removes exactly the files the manifest lists and the folders the install
created, once nothing but the caches those tools generate is left in them. A file already there
that the install did not write is never overwritten.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from wallet.errors import InputError, WalletError
from wallet.resources import resource_path

__all__ = [
    "DESKTOP_ID",
    "DesktopChange",
    "data_home",
    "desktop_entry",
    "exec_quote",
    "install",
    "uninstall",
]

DESKTOP_ID = "learner-wallet"
MANIFEST = PurePosixPath("learner-wallet/desktop-integration.json")
_ENTRY = PurePosixPath("applications") / f"{DESKTOP_ID}.desktop"
_MIME = PurePosixPath("mime/packages") / f"{DESKTOP_ID}.xml"
_HICOLOR = PurePosixPath("icons/hicolor")
# Files the cache tools write into the folders below (removed with a folder the install made).
_GENERATED = {"applications": {"mimeinfo.cache"}, "icons/hicolor": {"icon-theme.cache"}}
# Desktop Entry spec, "The Exec key": inside double quotes these must be backslash-escaped.
_EXEC_ESCAPED = '"`$\\'


@dataclass(frozen=True)
class DesktopChange:
    """What :func:`install` or :func:`uninstall` did: the files written or removed, the cache
    tools that ran and the ones not installed here."""

    data_home: Path
    files: tuple[Path, ...]
    refreshed: tuple[str, ...]
    missing_tools: tuple[str, ...]


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or relative (the spec
    says a relative path is to be ignored)."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def exec_quote(program: Path) -> str:
    """``program`` as the first word of an ``Exec=`` value: quoted and escaped as the Desktop
    Entry spec says (the quoting rule, then the string rule that doubles each backslash, and
    ``%%`` for a literal percent sign). Raises InputError for a path a desktop entry cannot
    hold (a line break)."""
    text = str(program)
    if "\n" in text or "\r" in text:
        raise InputError(f"{text!r}: a path with a line break cannot go in a desktop entry")
    quoted = "".join("\\" + c if c in _EXEC_ESCAPED else c for c in text)
    return '"' + quoted.replace("\\", "\\\\").replace("%", "%%") + '"'


def desktop_entry(program: Path) -> str:
    """The ``.desktop`` file for ``program`` (``resources/desktop/learner-wallet.desktop``)."""
    template = resource_path("desktop", f"{DESKTOP_ID}.desktop").read_text("utf-8")
    return template.replace("@EXEC@", exec_quote(program))


def _sources() -> dict[PurePosixPath, Path]:
    """Every file to install except the entry (which is generated): destination -> source."""
    icons = resource_path("icons", "hicolor")
    found = {_MIME: resource_path("desktop", f"{DESKTOP_ID}-mime.xml")}
    for icon in sorted(icons.glob(f"*/apps/{DESKTOP_ID}.*")):
        found[_HICOLOR / icon.relative_to(icons).as_posix()] = icon
    return found


def _check_platform() -> None:
    if sys.platform in ("darwin", "win32", "cygwin"):
        raise WalletError(
            "desktop integration is built for Linux and other XDG desktops; "
            "the README says what macOS and Windows need"
        )


def _read_manifest(home: Path) -> tuple[list[PurePosixPath], list[PurePosixPath]]:
    """(files, created folders) the last install recorded; both empty when there is none.
    Raises WalletError for a manifest that is not ours to trust (unreadable, or naming a path
    outside the data folder)."""
    path = home / MANIFEST
    if not path.exists():
        return [], []
    try:
        data = json.loads(path.read_text("utf-8"))
        files = [PurePosixPath(p) for p in data["files"]]
        folders = [PurePosixPath(p) for p in data["folders"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WalletError(f"{path} cannot be read ({exc}); remove it by hand") from exc
    for relative in files + folders:
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise WalletError(f"{path} names {relative}, outside {home}; remove it by hand")
    return files, folders


def _write_manifest(home: Path, files: list[PurePosixPath], folders: list[PurePosixPath]) -> None:
    text = json.dumps(
        {"files": sorted(map(str, files)), "folders": sorted(map(str, folders))}, indent=2
    )
    (home / MANIFEST).write_text(text + "\n", "utf-8")


def _make_folders(home: Path, relative: PurePosixPath, created: list[PurePosixPath]) -> None:
    """Create ``relative``'s missing folders under ``home``, recording each one made."""
    missing = [p for p in (relative, *relative.parents) if p.parts and not (home / p).exists()]
    for folder in reversed(missing):
        (home / folder).mkdir()
        created.append(folder)


def install(program: Path, environ: Mapping[str, str] | None = None) -> DesktopChange:
    """Install the entry (running ``program``), the MIME types and the icons for this user.
    Raises InputError when ``program`` is not an executable file, WalletError when a file the
    install would write is already there and was not written by it."""
    _check_platform()
    if not program.is_absolute() or not program.is_file() or not os.access(program, os.X_OK):
        raise InputError(f"{program}: not an executable file (give its absolute path)")
    home = data_home(environ)
    home.mkdir(parents=True, exist_ok=True)  # the user's own data folder: never removed
    old_files, folders = _read_manifest(home)
    contents: dict[PurePosixPath, bytes] = {_ENTRY: desktop_entry(program).encode("utf-8")}
    for destination, source in _sources().items():
        contents[destination] = source.read_bytes()
    for destination in contents:
        if (home / destination).exists() and destination not in old_files:
            raise WalletError(
                f"{home / destination} is already there and was not installed by "
                "learner-wallet desktop install; move it away first"
            )
    _make_folders(home, MANIFEST.parent, folders)
    written = list(old_files)
    for destination, data in contents.items():
        _make_folders(home, destination.parent, folders)
        (home / destination).write_bytes(data)
        if destination not in written:
            written.append(destination)
        # Record as we go: an install stopped half-way can still be uninstalled.
        _write_manifest(home, written, folders)
    refreshed, missing = _refresh_caches(home)
    return DesktopChange(home, tuple(home / p for p in contents), refreshed, missing)


def uninstall(environ: Mapping[str, str] | None = None) -> DesktopChange:
    """Remove what :func:`install` recorded; nothing when it recorded nothing."""
    _check_platform()
    home = data_home(environ)
    files, folders = _read_manifest(home)
    removed = []
    for relative in files:
        target = home / relative
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    if files:
        (home / MANIFEST).unlink()
    refreshed, missing = _refresh_caches(home)
    # Deepest first, and only what this install created: a folder that holds anything but the
    # caches generated for it (someone else's entry, the vault) stays.
    for relative in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        _remove_if_only_generated(home, relative)
    return DesktopChange(home, tuple(removed), refreshed, missing)


def _remove_if_only_generated(home: Path, relative: PurePosixPath) -> None:
    folder = home / relative
    if not folder.is_dir():
        return
    if relative == PurePosixPath("mime"):
        # update-mime-database generates everything in mime/ from mime/packages/: with no
        # package source left, all of it is derived from nothing.
        if not (folder / "packages").exists():
            shutil.rmtree(folder)
        return
    left = {entry.name for entry in folder.iterdir()}
    if left <= _GENERATED.get(str(relative), set()):
        for name in left:
            (folder / name).unlink()
        folder.rmdir()


def _refresh_caches(home: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Run each cache tool whose folder exists; (tools that refreshed their cache, tools not
    installed here)."""
    commands = (
        ("update-desktop-database", ["-q", str(home / "applications")], home / "applications"),
        ("update-mime-database", [str(home / "mime")], home / "mime"),
        # -t: a user's hicolor folder has no index.theme of its own.
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(home / _HICOLOR)], home / _HICOLOR),
    )
    refreshed, missing = [], []
    for tool, arguments, folder in commands:
        program = shutil.which(tool)
        if program is None:
            missing.append(tool)
            continue
        if not folder.is_dir():
            continue
        try:
            ran = subprocess.run([program, *arguments], capture_output=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            continue  # a cache the desktop rebuilds itself, later: not worth failing for
        if ran.returncode == 0:
            refreshed.append(tool)
    return tuple(refreshed), tuple(missing)
