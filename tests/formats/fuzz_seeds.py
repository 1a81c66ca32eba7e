"""Seed inputs for the fuzz campaign (hypothesis in test_fuzz.py, libFuzzer in fuzz_atheris.py)."""

from __future__ import annotations

from tests.formats.helpers import FIXTURES, OB2, OB3, qr_png

__all__ = ["seeds"]


def seeds() -> list[bytes]:
    """One valid input of every kind the sniffer reads."""
    paths = [
        OB3 / "simple.json",
        OB3 / "simple.jwt",
        OB3 / "simple-json.png",
        OB3 / "simple-jwt.svg",
        OB3 / "simple-json.svg",
        OB2 / "validator-samples" / "simple-badge.png",
        OB2 / "validator-samples" / "simple.jwt",
        OB2 / "validator-samples" / "basic-assertion.json",
        OB2 / "bakery" / "baked.svg",
        FIXTURES / "vp1" / "ob3-v1-presentation.vp1.txt",
        FIXTURES / "vp1" / "ob3-v2-presentation.vp1.txt",
    ]
    found = [path.read_bytes() for path in paths]
    found.append(qr_png("https://example.org/assertions/1"))
    found.append(_pdf_pack(found[0]))
    return found


def _pdf_pack(attachment: bytes) -> bytes:
    """A PDF carrying a credential as its attachment, as evidence packs do."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_attachment("presentation.json", attachment)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
