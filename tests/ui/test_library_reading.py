"""Issue 13, "Showing what a credential is": real credentials (public vectors) read as people
expect: Open Badges 2.0 pages, recipients, JWT credentials, baked pictures, a consistent name."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tests.conftest import VECTORS
from tests.factories import Issuer, make_badge
from ui.credential.page import CredentialPage
from ui.export.evidence_pack import evidence_pack_pdf
from ui.library.images import decode_image
from wallet.cli import main
from wallet.formats.sniff import read_input
from wallet.formats.svg_picture import safe_svg_picture
from wallet.present.evidence import EvidenceItem
from wallet.present.holder import HolderKey
from wallet.present.presentation import PresentationRequest, sign_presentation
from wallet.service import WalletService
from wallet.vault.kdf import TEST_COST
from wallet.verify import VerifyOptions, verify_input
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.recipient import matching_identity, recipient_of

OB2 = VECTORS / "ob2" / "validator-samples"
OB3 = VECTORS / "ob3" / "validator-samples"
# The OB 2.0 validator samples are issued to sha256("nobody@example.org" + "deadsea").
HASHED_OWNER = "nobody@example.org"


def _page(qtbot, path: Path, **options):
    data = path.read_bytes()
    unpacked = read_input(data)
    report = verify_unpacked(unpacked, VerifyOptions(offline=True))
    page = CredentialPage()
    qtbot.addWidget(page)
    page.show_document(unpacked.document, report, data, **options)
    return page


def test_an_ob2_badge_that_holds_only_its_badge_url_says_what_is_missing(qtbot) -> None:
    page = _page(qtbot, OB2 / "simple.jwt")
    assert page.title.text() == "Badge from example.org"  # never "Untitled", never empty
    assert page.subtitle.text() == "Open Badges 2.0 · 2016-12-31"
    text = page.details.toPlainText()
    assert "holds only a link to its description" in text
    assert "Checking it online fetches them" in text
    assert "https://example.org/robotics-badge.json" in text
    assert "https://example.org/beths-robot-work.html" in text  # its evidence


def test_the_card_and_the_page_call_a_credential_by_the_same_name(qtbot, tmp_path) -> None:
    # bakery/baked.svg is an OB 1.x badge holding only its verify.url: "Badge from example.org".
    paths = (
        OB2 / "simple.jwt",
        OB2 / "assertion-with-endorsements.json",
        OB3 / "simple.jwt",
        VECTORS / "ob2" / "bakery" / "baked.svg",
    )
    for i, path in enumerate(paths):
        page = _page(qtbot, path)
        folder = tmp_path / str(i)
        with WalletService.create(folder / "w.vault", "pw pw pw pw", kdf_cost=TEST_COST) as wallet:
            wallet.import_bytes(path.read_bytes())
            (summary,) = wallet.list_credentials()
        assert summary.name == page.title.text() != ""
        assert summary.name not in ("Untitled", "Credential")
    assert summary.name == "Badge from example.org"


def test_an_ob2_badge_with_its_badge_class_shows_badge_issuer_and_expiry(qtbot) -> None:
    page = _page(qtbot, OB2 / "basic-assertion-expired.json")
    assert page.chip.text() == "Expired"
    page = _page(qtbot, OB2 / "assertion-with-endorsements.json")
    assert page.title.text() == "Awesome Robotics Badge"
    text = page.details.toPlainText()
    assert "For doing awesome things with robots" in text
    assert "https://example.org/badgecriteria.json" in text
    # Its four endorsements, each with its own verdict (links only: not checked offline).
    assert text.count("Unverifiable") >= 4


class _Fetched:
    def __init__(self) -> None:
        from datetime import UTC, datetime

        self.at = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


class _Linked:
    badge: ClassVar[dict[str, Any]] = {
        "id": "https://example.org/robotics-badge.json",
        "type": "BadgeClass",
        "name": "Robotics Badge",
        "description": "Built a **robot**.",
        "criteria": {"narrative": "Build one that walks."},
        "issuer": {"id": "https://example.org/organization.json", "name": "Example Robotics"},
    }
    issuer = None
    fetched = (_Fetched(),)


def test_an_ob2_badge_takes_the_details_checking_online_fetched(qtbot) -> None:
    page = _page(qtbot, OB2 / "simple.jwt", linked=_Linked())
    assert page.title.text() == "Robotics Badge"
    assert "Example Robotics" in page.subtitle.text()
    text = page.details.toPlainText()
    assert "Build one that walks." in text and "holds only a link" not in text
    assert "Badge details fetched 2026-01-02 03:04." in text
    assert "<strong>robot</strong>" in page.details.toHtml() or "robot" in text


def test_a_hashed_recipient_is_named_when_it_matches_one_of_the_learners_addresses(qtbot) -> None:
    path = OB2 / "basic-assertion.json"
    page = _page(qtbot, path)
    assert page.recipient.text() == "Issued to a hashed email address"
    page = _page(qtbot, path, identities=["someone@else.org", HASHED_OWNER.upper()])
    assert page.recipient.text().startswith(f"Issued to {HASHED_OWNER.upper()}")
    view = verify_unpacked(read_input(path.read_bytes()), VerifyOptions()).view
    assert recipient_of(view.data).hashed
    assert matching_identity(view.data, ["x@y.z"]) is None


def test_credential_subject_name_is_the_recipient_on_page_card_and_in_search(
    qtbot, tmp_path, capsys, monkeypatch
) -> None:
    issuer = Issuer.from_seed(b"recipient test", "Recipient College")
    document = make_badge(issuer, 4242, name="Welding Level 2")
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    unsigned["credentialSubject"] = {**unsigned["credentialSubject"], "name": "Sam Okafor"}
    signed = issuer.sign(unsigned)
    original = json.dumps(signed).encode()
    vault = tmp_path / "w.vault"
    with WalletService.create(vault, "pw pw pw pw", kdf_cost=TEST_COST) as service:
        service.import_bytes(original)
        (summary,) = service.list_credentials()
        assert summary.recipient == "Sam Okafor"
        assert [s.id for s in service.search("okafor")] == [summary.id]
        assert service.search("recipient college")  # issuer names too
    # The page's heading.
    path = tmp_path / "welding.json"
    path.write_bytes(original)
    page = _page(qtbot, path)
    assert page.recipient.isVisibleTo(page) and page.recipient.text() == "Issued to Sam Okafor"
    # The PDF evidence pack's "Issued to" row, read back from the PDF.
    now = datetime.now(UTC).replace(microsecond=0)
    holder = HolderKey.generate(now)
    report = verify_input(original, VerifyOptions(offline=True))
    item = EvidenceItem(signed["id"], "Welding Level 2", signed, report, now, original)
    presentation = sign_presentation([signed], holder, PresentationRequest()).document
    pdf = evidence_pack_pdf([item], presentation, made=now)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Issued to Sam Okafor" in " ".join(text.split())
    # learner-wallet show, as text and JSON.
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", "pw pw pw pw")
    capsys.readouterr()
    assert main(["--vault", str(vault), "show", str(summary.id)]) == 0
    assert "  issued to: Sam Okafor" in capsys.readouterr().out.splitlines()
    assert main(["--vault", str(vault), "show", str(summary.id), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["recipient"] == "Sam Okafor"


def test_a_jwt_credential_page_is_read_from_its_payload_and_raw_shows_it_decoded(qtbot) -> None:
    page = _page(qtbot, OB3 / "simple.jwt")
    assert page.title.text() == "Example University Degree"
    assert "Example University" in page.subtitle.text()
    assert "// JWT header (decoded)" in page._raw and '"alg"' in page._raw
    assert "// JWT payload (decoded)" in page._raw and "Example University Degree" in page._raw
    token = (OB3 / "simple.jwt").read_text().strip()
    assert page._raw.rstrip().endswith(token)


def test_a_baked_png_is_its_own_picture_and_a_letter_only_without_one(tmp_path) -> None:
    png = (OB2 / "simple-badge.png").read_bytes()
    svg = (OB3 / "simple-json.svg").read_bytes()
    with WalletService.create(tmp_path / "w.vault", "pw pw pw pw", kdf_cost=TEST_COST) as service:
        for data in (png, svg, json.dumps(make_badge(Issuer.generate(), 1)).encode()):
            service.import_bytes(data)
        hashes = [s.image_hash for s in service.list_credentials() if s.image_hash]
        assert len(hashes) == 2  # the PNG and the SVG; the plain JSON badge has none
        stored = {service.image(h) for h in hashes}
        assert png in stored and svg in stored


def test_an_svg_picture_never_reads_a_local_file(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QColor, QImage

    red = tmp_path / "red.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(red))
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="40" height="40"><image xlink:href="{red}" width="40" height="40"/>'
        f'<image href="{red}" width="40" height="40"/></svg>'
    ).encode()
    cleaned = safe_svg_picture(svg)
    assert cleaned is not None and str(red).encode() not in cleaned
    drawn = decode_image(svg, 40)
    assert drawn is None or QColor(drawn.pixel(20, 20)) != QColor("red")
    assert safe_svg_picture(b"<!DOCTYPE svg [<!ENTITY a 'b'>]><svg/>") is None
    assert safe_svg_picture(b"not xml") is None


_SVG_NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["image", "use", "feImage", "a", "g", "rect", "pattern"]),
            st.sampled_from(["href", "xlink:href"]),
            st.sampled_from(
                [
                    "/etc/passwd",
                    "file:///home/x.png",
                    "https://evil.example/t.png",
                    "x.png",
                    "#local",
                    "data:image/png;base64,iVBORw0KGgo=",
                    " /tmp/y.svg",
                    "\\\\share\\z",
                ]
            ),
        ),
        max_size=8,
    )
)
def test_no_outside_reference_survives_in_any_svg(elements) -> None:
    body = "".join(f'<g><{tag} {attr}="{href}"/></g>' for tag, attr, href in elements)
    cleaned = safe_svg_picture(f"<svg {_SVG_NS}>{body}</svg>".encode())
    assert cleaned is not None
    for _, _, href in elements:
        if not href.strip().startswith(("#", "data:image/")):
            assert href.strip().encode() not in cleaned
