"""What is handed to the app from outside: files to import, and links an issuer or a verifier
published.

``learner-wallet open TARGET...`` (and so the desktop entry's ``Exec=... open %U``) reads its
arguments into a :class:`Handoff` before Qt is loaded, so a mistyped name is one line on standard
error. A second launch passes its hand-off to the window already open as :meth:`Handoff.to_wire`
bytes (``ui.incoming.instance``); :meth:`Handoff.from_wire` reads them back and checks everything
again.

The links recognised, and what the app does with each (routing only: reading the offer or the
request is the receive and respond screens' business):

==============================================  =======================  =========
``openid-credential-offer://...``               credential offer         receive
``dccrequest://request?...``,                   DCC credential request   receive
``https://lcw.app/request?...``
``openid4vp://...``                             presentation request     respond
==============================================  =======================  =========

The first is OpenID for Verifiable Credential Issuance 1.0 §4.1 (the offer's custom scheme), the
second the Digital Credentials Consortium's request link that Learner Credential Wallet registers
(both forms), the last OpenID for Verifiable Presentations 1.0 §5 (its ``openid4vp://`` scheme).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qs, unquote, urlsplit

from wallet.errors import InputError

__all__ = [
    "MAX_TARGETS",
    "MAX_WIRE_BYTES",
    "Handoff",
    "Link",
    "LinkKind",
    "parse_link",
    "read_handoff",
]

MAX_TARGETS = 1000  # more than any file manager hands over at once
MAX_LINK_CHARS = 64 * 1024  # an offer or request passed by value can be long; not megabytes
MAX_WIRE_BYTES = 4 * 1024 * 1024
WIRE_VERSION = 1
# RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ). Two characters at least,
# so a Windows drive letter (C:\credential.json) reads as a path.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


class LinkKind(StrEnum):
    CREDENTIAL_OFFER = "credential offer"
    CREDENTIAL_REQUEST = "credential request"
    PRESENTATION_REQUEST = "presentation request"


_SCHEMES = {
    "openid-credential-offer": LinkKind.CREDENTIAL_OFFER,
    "dccrequest": LinkKind.CREDENTIAL_REQUEST,
    "openid4vp": LinkKind.PRESENTATION_REQUEST,
}


@dataclass(frozen=True)
class Link:
    """A link the app answers: ``url`` exactly as given (stripped), ``kind`` from its form."""

    url: str
    kind: LinkKind

    @property
    def action(self) -> Literal["receive", "respond"]:
        """``receive`` credentials from an issuer, or ``respond`` to a verifier."""
        return "respond" if self.kind is LinkKind.PRESENTATION_REQUEST else "receive"

    @property
    def origin(self) -> str:
        """The host the link names as its publisher, or ``""`` when it names none: an https
        link's own host, else the https address it carries (OID4VCI §4.1.1
        ``credential_offer_uri`` or the offer's ``credential_issuer``; the DCC request's
        ``vc_request_url``; OID4VP ``request_uri`` / ``response_uri`` / ``client_id``). Shown to
        the person as what the link *says*; never trusted for anything."""
        parts = urlsplit(self.url)
        if parts.scheme.lower() == "https":
            return parts.hostname or ""
        query = parse_qs(parts.query)
        offer = _json_object(query.get("credential_offer", [""])[0])
        candidates = [str(offer.get("credential_issuer", ""))]
        for key in _ORIGIN_KEYS:
            candidates += query.get(key, [])
        for candidate in candidates:
            if candidate.startswith("https://"):
                return urlsplit(candidate).hostname or ""
        return ""


_ORIGIN_KEYS = (
    "credential_offer_uri",
    "vc_request_url",
    "request_uri",
    "response_uri",
    "client_id",
)


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def parse_link(text: str) -> Link | None:
    """The :class:`Link` ``text`` is, or ``None`` when it is none of the forms above."""
    url = text.strip()
    if not url or len(url) > MAX_LINK_CHARS or any(c.isspace() for c in url):
        return None
    match = _SCHEME.match(url)
    if match is None:
        return None
    scheme = match.group(1).lower()
    if scheme in _SCHEMES:
        return Link(url, _SCHEMES[scheme])
    if scheme == "https":
        parts = urlsplit(url)
        if (parts.hostname or "") == "lcw.app" and parts.path.rstrip("/") == "/request":
            return Link(url, LinkKind.CREDENTIAL_REQUEST)
    return None


@dataclass(frozen=True)
class Handoff:
    """Everything one launch hands over: ``files`` (absolute; files or folders, imported like
    any other) and ``links``."""

    files: tuple[Path, ...] = ()
    links: tuple[Link, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.files or self.links)

    def describe(self) -> str:
        """``"2 files, 1 link"``: for logs and status lines."""
        counts = ((len(self.files), "file"), (len(self.links), "link"))
        said = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in counts if n]
        return ", ".join(said) or "nothing"

    def to_wire(self) -> bytes:
        """The hand-off as one line of JSON, for the window already open."""
        message = {
            "version": WIRE_VERSION,
            "files": [str(path) for path in self.files],
            "links": [link.url for link in self.links],
        }
        return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"

    @classmethod
    def from_wire(cls, data: bytes) -> Handoff:
        """Read :meth:`to_wire` bytes. Raises InputError, naming what is wrong, for anything
        else: too long, not JSON, another version, a relative path, a link of no known form."""
        if len(data) > MAX_WIRE_BYTES:
            raise InputError("the hand-off message is too long")
        try:
            message = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"the hand-off message is not JSON ({exc})") from exc
        if not isinstance(message, dict) or message.get("version") != WIRE_VERSION:
            raise InputError("the hand-off message is not one this version reads")
        files, links = _strings(message, "files"), _strings(message, "links")
        if len(files) + len(links) > MAX_TARGETS:
            raise InputError(f"the hand-off names more than {MAX_TARGETS} things")
        paths = tuple(Path(name) for name in files)
        if not all(path.is_absolute() for path in paths):
            raise InputError("the hand-off names a file by a relative path")
        parsed = tuple(parse_link(url) for url in links)
        if None in parsed:
            raise InputError("the hand-off carries a link of no known form")
        return cls(paths, tuple(link for link in parsed if link is not None))


def _strings(message: dict[str, Any], key: str) -> tuple[str, ...]:
    value = message.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InputError(f"the hand-off's {key!r} is not a list of strings")
    return tuple(value)


def _file_uri_path(uri: str) -> Path:
    """RFC 8089: ``file:///path`` or ``file://localhost/path``; another host is refused."""
    parts = urlsplit(uri)
    if parts.netloc not in ("", "localhost"):
        raise InputError(f"{uri}: a file on another computer ({parts.netloc}) cannot be opened")
    path = unquote(parts.path)
    # file:///C:/x on Windows: the path is "/C:/x"; drop the slash before the drive letter.
    if os.name == "nt" and re.match(r"^/[A-Za-z]:", path):
        path = path[1:]
    return Path(path)


def read_handoff(arguments: Sequence[str], cwd: Path | None = None) -> Handoff:
    """What ``learner-wallet open ARGUMENT...`` was given: each argument is a link above, a
    ``file:`` URI (what a desktop entry's ``%U`` hands over), or a path (relative to ``cwd``,
    default the current folder). Raises InputError naming the first argument that is none of
    them, or that names no file."""
    if len(arguments) > MAX_TARGETS:
        raise InputError(f"open takes at most {MAX_TARGETS} files and links at once")
    base = cwd or Path.cwd()
    files: list[Path] = []
    links: list[Link] = []
    for argument in arguments:
        link = parse_link(argument)
        scheme = _SCHEME.match(argument)
        if link is not None:
            links.append(link)
        elif scheme is not None and scheme.group(1).lower() == "file":
            files.append(_existing(_file_uri_path(argument), base, argument))
        elif scheme is not None and not Path(argument).exists():
            raise InputError(
                f"{argument}: not a file, nor a credential offer or request link "
                "(to import a credential from a web address, paste the address into the app)"
            )
        else:
            files.append(_existing(Path(argument), base, argument))
    return Handoff(tuple(_unique(files)), tuple(_unique(links)))


def _existing(path: Path, base: Path, argument: str) -> Path:
    absolute = Path(os.path.abspath(base / path))
    if not absolute.exists():
        raise InputError(f"{argument}: no such file")
    return absolute


_T = TypeVar("_T")


def _unique(items: Iterable[_T]) -> list[_T]:
    return list(dict.fromkeys(items))
