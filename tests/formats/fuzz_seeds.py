"""Seed inputs for the fuzz campaign (hypothesis in test_fuzz.py, libFuzzer in fuzz_atheris.py)."""

from __future__ import annotations

from tests.formats.helpers import FIXTURES, OB2, OB3, qr_png

__all__ = ["BACKUP_PASSPHRASE", "backup_payload", "backup_seeds", "pdf_seeds", "seeds"]

BACKUP_PASSPHRASE = "fuzz"


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
    found += pdf_seeds(found[0])
    return found


def pdf_seeds(attachment: bytes | None = None) -> list[bytes]:
    """Evidence packs as pypdf writes them and as other tools may: a cross-reference table or
    stream, an object stream, double-Flate attachments, a name tree with kids."""
    from tests.formats.hostile_pdf import double_flate, pack, pack_with_object_stream

    attachment = attachment or (OB3 / "simple.json").read_bytes()
    head = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names 3 0 R >>",
        2: b"<< /Type /Pages /Count 0 /Kids [] >>",
        3: b"<< /EmbeddedFiles 4 0 R >>",
        6: b"<< /Type /Filespec /F (presentation.json) /EF << /F 7 0 R >> >>",
        7: double_flate(attachment),
        8: b"<< /Type /Filespec /F (credential-01.json) /EF << /F 9 0 R >> >>",
        9: double_flate(b"{}"),
    }
    leaf = b"<< /Names [ (credential-01.json) 8 0 R (presentation.json) 6 0 R ] >>"
    kids = {**head, 4: b"<< /Kids [ 5 0 R ] >>", 5: leaf}
    tree = b"<< /Names [ (presentation.json) 6 0 R ] >>"
    outside = {k: v for k, v in head.items() if k != 3}
    return [
        _pdf_pack(attachment),
        pack(kids, 1),
        pack_with_object_stream(outside, {3: head[3], 4: tree}, 10, 1),
    ]


def backup_payload(credential: bytes) -> dict[str, object]:
    """A backup's contents (format 2) holding one credential and a little of everything."""
    import base64

    return {
        "format": 2,
        "credentials": [{"id": "c0", "original": base64.b64encode(credential).decode(),
                         "added": "2025-01-01T00:00:00+00:00", "tags": ["t"], "note": "n"}],
        "collections": [{"id": "k0", "name": "Work", "position": 0, "members": ["c0"]}],
        "settings": {"auto_lock_minutes": 5, "trusted_issuers": {"did:example:1": {
            "name": "One", "since": "2025-01-01T00:00:00+00:00"}}},
        "holder_keys": {},
        "shares": [{"at": "2025-01-01T00:00:00+00:00", "credentials": ["c0"], "details": {}}],
    }  # fmt: skip


def backup_seeds() -> list[bytes]:
    """Backup files (the test KDF cost) under :data:`BACKUP_PASSPHRASE`."""
    from wallet.vault.backup import seal_backup
    from wallet.vault.kdf import TEST_COST

    credential = (OB3 / "simple.json").read_bytes()
    empty = {"format": 2, "credentials": [], "collections": [], "settings": {},
             "holder_keys": {}, "shares": []}  # fmt: skip
    return [
        seal_backup(backup_payload(credential), BACKUP_PASSPHRASE, TEST_COST),
        seal_backup(empty, BACKUP_PASSPHRASE, TEST_COST),
    ]


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
