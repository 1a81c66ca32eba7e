"""QR codes for a presentation: a ``VP1-`` payload when it fits, a URL when it does not.

Error correction M (15 % of the code may be damaged) when the payload fits a scannable code, L
(7 %) otherwise (DESIGN.md, "Presentations"). "Scannable" is :data:`MAX_SCANNABLE_VERSION`, the
largest QR version: at version 40 a code is 177 modules wide — 740 px with 4 px modules and the
quiet zone, which fits a laptop screen, and 4 px modules (about 1 mm on a typical screen) resolve
in a phone camera at reading distance. A single Open Badges 3.0 credential with a few alignments
already needs version 32–36, so a lower limit would refuse the codes learners most need.

When the ``VP1-`` payload does not fit (several credentials, embedded images), a single credential
with a public ``https`` id gets a URL code; otherwise :class:`QrChoice` explains why there is no
code and points to the presentation file or the PDF evidence pack.

Images: PNG (1-bit grayscale, written here: no imaging dependency) and SVG, both with the 4-module
quiet zone ISO/IEC 18004 §6.3.8 requires and at least 4 px per module.
"""

from __future__ import annotations

import ipaddress
import struct
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import urlsplit

from wallet.errors import UnknownContextError
from wallet.formats.cborld import CborldEncodeError
from wallet.present.vpqr import vp1_payload

__all__ = [
    "MAX_SCANNABLE_VERSION",
    "MIN_MODULE_PX",
    "QUIET_ZONE",
    "QrChoice",
    "QrCode",
    "choose_qr",
    "fit_qr",
    "max_version_for",
    "module_px_for",
]

MAX_SCANNABLE_VERSION = 40
MIN_MODULE_PX = 4
QUIET_ZONE = 4
_LEVELS = ("M", "L")


@dataclass(frozen=True)
class QrCode:
    """One QR symbol: the text it holds, its version (1-40), error correction level and modules."""

    text: str
    kind: str  # "vp1" or "url"
    version: int
    error_correction: str  # "M" or "L"
    modules: tuple[tuple[bool, ...], ...]  # True = dark; no quiet zone

    @property
    def size(self) -> int:
        return len(self.modules)

    def png(self, module_px: int = 8) -> bytes:
        """A 1-bit grayscale PNG with the quiet zone. Raises ValueError below 4 px a module."""
        _check_scale(module_px)
        rows = []
        for row in self._padded():
            bits = "".join("0" if dark else "1" for dark in row for _ in range(module_px))
            bits += "1" * (-len(bits) % 8)
            line = b"\x00" + int(bits, 2).to_bytes(len(bits) // 8, "big")
            rows.extend([line] * module_px)
        side = (self.size + 2 * QUIET_ZONE) * module_px
        header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
        return (
            b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + _chunk(b"IEND", b"")
        )

    def dark_runs(self) -> Iterator[tuple[int, int, int]]:
        """``(row, first, end)`` for each horizontal run of dark modules (``end`` exclusive):
        what every drawing of the code paints, one rectangle a run."""
        for y, row in enumerate(self.modules):
            x = 0
            while x < self.size:
                if row[x]:
                    start = x
                    while x < self.size and row[x]:
                        x += 1
                    yield y, start, x
                x += 1

    def svg(self, module_px: int = 8) -> str:
        """An SVG drawing (one path, crisp edges) with the quiet zone."""
        _check_scale(module_px)
        side = self.size + 2 * QUIET_ZONE
        runs = [
            f"M{start + QUIET_ZONE} {y + QUIET_ZONE}h{end - start}v1h-{end - start}z"
            for y, start, end in self.dark_runs()
        ]
        pixels = side * module_px
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{pixels}" height="{pixels}" '
            f'viewBox="0 0 {side} {side}" shape-rendering="crispEdges">'
            f'<rect width="{side}" height="{side}" fill="#fff"/>'
            f'<path fill="#000" d="{"".join(runs)}"/></svg>\n'
        )

    def _padded(self) -> list[tuple[bool, ...]]:
        blank = (False,) * (self.size + 2 * QUIET_ZONE)
        edge = (False,) * QUIET_ZONE
        return (
            [blank] * QUIET_ZONE
            + [edge + row + edge for row in self.modules]
            + [blank] * QUIET_ZONE
        )


def _check_scale(module_px: int) -> None:
    if module_px < MIN_MODULE_PX:
        raise ValueError(f"QR modules need at least {MIN_MODULE_PX} px to scan reliably")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def max_version_for(side_px: int) -> int:
    """The largest QR version whose code, quiet zone included, fits a square of ``side_px`` at
    :data:`MIN_MODULE_PX` a module (0 when not even version 1 does). Version v is 17 + 4v
    modules a side (ISO/IEC 18004 §5.3.1)."""
    modules = side_px // MIN_MODULE_PX - 2 * QUIET_ZONE
    return max(0, min(MAX_SCANNABLE_VERSION, (modules - 17) // 4))


def module_px_for(code: QrCode, side_px: int) -> int:
    """Whole pixels a module for ``code`` drawn as large as a ``side_px`` square allows, quiet
    zone included; 0 when that is under :data:`MIN_MODULE_PX` (too small to scan: never draw it)."""
    px = side_px // (code.size + 2 * QUIET_ZONE)
    return px if px >= MIN_MODULE_PX else 0


def fit_qr(text: str, kind: str, max_version: int = MAX_SCANNABLE_VERSION) -> QrCode | None:
    """The smallest code for ``text``: level M if some version ≤ ``max_version`` holds it, else L.

    The symbol is zxing-cpp's encoder's (ISO/IEC 18004: the smallest version for the level,
    each segment in the densest mode its characters allow — alphanumeric for VP1- payloads —
    and the mask with the lowest penalty, §7.8.3). It draws a version 28 code in ~10 ms where
    the pure-Python ``qrcode`` package took 80-400 ms, most of it choosing the mask: interview
    mode shows a code within 300 ms of the click (issue 14). None when even level L needs a
    larger version.
    """
    import zxingcpp

    for level in _LEVELS:
        try:
            barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=level)
        except ValueError:  # "Input too long for ECC level ..."
            continue
        image = barcode.to_image(scale=1, add_quiet_zones=False)
        side = int(image.shape[0])
        version = (side - 17) // 4
        if version > max_version:
            continue
        # One byte a module, 0 = dark; the Image is a buffer its stubs do not declare.
        pixels = bytes(memoryview(cast(Any, image)))
        modules = tuple(tuple(pixels[y * side + x] < 128 for x in range(side)) for y in range(side))
        return QrCode(text, kind, version, level, modules)
    return None


@dataclass(frozen=True)
class QrChoice:
    """The code to show, or None, and a sentence for the learner saying what it is or why not."""

    code: QrCode | None
    message: str


def public_https_id(credential: Any) -> str | None:
    """The credential's id when it is an https URL on a public host (not localhost, not private)."""
    if not isinstance(credential, dict):
        return None
    value = credential.get("id")
    if not isinstance(value, str) or not value.startswith("https://"):
        return None
    host = (urlsplit(value).hostname or "").rstrip(".")
    if not host or host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return value if "." in host else None
    return value if address.is_global else None


def choose_qr(
    presentation: dict[str, Any],
    credentials: Sequence[Any],
    max_version: int = MAX_SCANNABLE_VERSION,
) -> QrChoice:
    """A ``VP1-`` code for ``presentation`` if one fits, else a URL code, else an explanation."""
    try:
        payload = vp1_payload(presentation)
    except (CborldEncodeError, UnknownContextError) as exc:
        payload, why = None, f"it cannot be written as a VP1- payload ({exc})"
    if payload is not None:
        code = fit_qr(payload, "vp1", max_version)
        if code is not None:
            return QrChoice(
                code,
                f"a signed presentation in a VP1- QR code (version {code.version}, "
                f"error correction {code.error_correction})",
            )
        why = (
            f"its VP1- payload ({len(payload)} characters) needs a QR code larger than version "
            f"{max_version}, too dense to scan from a screen"
        )
    urls = [public_https_id(c) for c in credentials]
    if len(credentials) == 1 and urls[0] is not None:
        code = fit_qr(urls[0], "url", max_version)
        if code is not None:
            return QrChoice(
                code,
                f"the presentation does not fit one QR code: {why}. This code links to the "
                f"credential's public page instead (version {code.version}); the link proves "
                "nothing by itself",
            )
    return QrChoice(
        None,
        f"no QR code: the presentation does not fit one: {why}"
        + ("" if len(credentials) == 1 else f", with {len(credentials)} credentials")
        + ", and there is no single public link to show instead. Share the signed presentation "
        "file or the PDF evidence pack instead",
    )
