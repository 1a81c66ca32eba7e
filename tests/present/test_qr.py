"""QR codes: level and version choice, the URL fallback, and images a scanner reads."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
import zlib
from datetime import UTC, datetime
from typing import Any

import pytest

from wallet.demo import DemoIssuer
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.present.qr import QUIET_ZONE, choose_qr, fit_qr, public_https_id

NOW = datetime(2025, 3, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def holder() -> HolderKey:
    return HolderKey.generate(NOW)


def _presentation(holder: HolderKey, count: int, **fields: Any) -> tuple[dict[str, Any], list[Any]]:
    issuer = DemoIssuer()
    credentials = [
        issuer.achievement_credential(f"Badge {i}", subject_id=holder.did, **fields)
        for i in range(count)
    ]
    request = PresentationRequest(challenge="c")
    return sign_presentation(credentials, holder, request).document, credentials


def test_level_m_when_it_fits_else_l_else_nothing() -> None:
    # Version 1 holds 20 alphanumeric characters at level M and 25 at level L.
    assert fit_qr("A" * 20, "vp1", max_version=1).error_correction == "M"  # type: ignore[union-attr]
    low = fit_qr("A" * 22, "vp1", max_version=1)
    assert low is not None and (low.error_correction, low.version) == ("L", 1)
    assert fit_qr("A" * 26, "vp1", max_version=1) is None
    assert fit_qr("A" * 26, "vp1", max_version=2).version == 2  # type: ignore[union-attr]


def test_one_credential_fits_a_vp1_code(holder: HolderKey) -> None:
    document, credentials = _presentation(holder, 1)
    choice = choose_qr(document, credentials)
    assert choice.code is not None and choice.code.kind == "vp1"
    assert choice.code.text.startswith("VP1-B")
    assert choice.code.error_correction == "M"
    assert f"version {choice.code.version}" in choice.message
    assert choice.code.size == 17 + 4 * choice.code.version


def test_too_large_falls_back_to_the_public_url(holder: HolderKey) -> None:
    url = "https://badges.example.edu/credentials/77"
    document, credentials = _presentation(holder, 1, credential_id=url)
    choice = choose_qr(document, credentials, max_version=10)
    assert choice.code is not None and choice.code.kind == "url"
    assert choice.code.text == url
    assert "does not fit" in choice.message and "version 10" in choice.message


def test_several_credentials_get_an_explanation_and_the_alternatives(holder: HolderKey) -> None:
    document, credentials = _presentation(holder, 5)
    choice = choose_qr(document, credentials)
    assert choice.code is None
    assert "5 credentials" in choice.message
    assert "presentation file" in choice.message and "PDF evidence pack" in choice.message
    assert "--" not in choice.message  # the app shows it: no command-line flags


@pytest.mark.parametrize(
    ("credential_id", "public"),
    [
        ("https://badges.example.edu/c/1", True),
        ("http://badges.example.edu/c/1", False),
        ("https://localhost/c/1", False),
        ("https://127.0.0.1/c/1", False),
        ("https://10.1.2.3/c/1", False),
        ("https://intranet/c/1", False),
        ("urn:uuid:0f5e6c2a-9b1d-4c3e-8f7a-1b2c3d4e5f60", False),
    ],
)
def test_public_https_id(credential_id: str, public: bool) -> None:
    assert (public_https_id({"id": credential_id}) is not None) is public


def _png_size_and_pixels(png: bytes) -> tuple[int, int, bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, data, width, height = 8, b"", 0, 0
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", png[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(kind + body)
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
            assert body[8:10] == b"\x01\x00"  # 1-bit grayscale
        elif kind == b"IDAT":
            data += body
        position += 12 + length
    return width, height, zlib.decompress(data)


def test_png_has_a_quiet_zone_and_whole_pixel_modules() -> None:
    code = fit_qr("VP1-BHELLO", "vp1")
    assert code is not None
    width, height, raw = _png_size_and_pixels(code.png(module_px=4))
    assert width == height == (code.size + 2 * QUIET_ZONE) * 4
    row_bytes = 1 + (width + 7) // 8
    assert len(raw) == row_bytes * height
    first_rows = raw[: row_bytes * QUIET_ZONE * 4]
    assert all(b == 0xFF for i, b in enumerate(first_rows) if i % row_bytes)  # all white
    with pytest.raises(ValueError, match="4 px"):
        code.png(module_px=3)


def test_png_scans_back_to_the_payload(holder: HolderKey) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    image = pytest.importorskip("PIL.Image")
    document, credentials = _presentation(holder, 1)
    choice = choose_qr(document, credentials)
    assert choice.code is not None
    import io

    found = zxingcpp.read_barcodes(image.open(io.BytesIO(choice.code.png(module_px=4))))
    assert [r.text for r in found] == [choice.code.text]


def test_svg_is_well_formed_with_the_quiet_zone() -> None:
    code = fit_qr("https://badges.example.edu/c/1", "url")
    assert code is not None and code.error_correction == "M"
    root = ET.fromstring(code.svg(module_px=5))
    side = code.size + 2 * QUIET_ZONE
    assert root.get("viewBox") == f"0 0 {side} {side}"
    assert root.get("width") == str(side * 5)
    path = root.find("{http://www.w3.org/2000/svg}path")
    assert path is not None and path.get("d", "").startswith(f"M{QUIET_ZONE} {QUIET_ZONE}")
