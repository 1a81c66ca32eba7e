"""Done-when of issue 3: a folder of mixed files verifies in one ``learner-wallet verify`` call,
with the right verdict and a "found:" line for each."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.factories import Issuer, make_badge
from tests.formats.helpers import FIXTURES, OB2, OB3, qr_screenshot
from wallet.cli import main
from wallet.formats.png import bake_png
from wallet.formats.svg import bake_svg


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    badge = json.dumps(make_badge(Issuer.from_seed(b"folder test", "Folder College"), 7))
    vp1 = (FIXTURES / "vp1" / "ob3-v1-presentation.vp1.txt").read_text()
    files = {
        "a-badge.json": badge.encode(),
        "b-baked.png": bake_png((OB2 / "bakery" / "unbaked.png").read_bytes(), badge),
        "c-baked.svg": bake_svg((OB2 / "bakery" / "unbaked.svg").read_bytes(), badge),
        "d-ob2-signed.jwt": (OB2 / "validator-samples" / "simple.jwt").read_bytes(),
        "e-ob2-expired.json": (
            OB2 / "validator-samples" / "basic-assertion-expired.json"
        ).read_bytes(),
        "f-presentation.txt": vp1.encode(),
        "g-screenshot.jpg": qr_screenshot(vp1.strip()),
        "h-ob3-sample.png": (OB3 / "simple-json.png").read_bytes(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    shutil.copy(OB2 / "bakery" / "no-json.svg", tmp_path / "i-link.svg")
    return tmp_path


EXPECTED = {
    "a-badge.json": ("valid", "an Open Badges 3.0 credential"),
    "b-baked.png": ("valid", "baked in a PNG (iTXt openbadgecredential)"),
    "c-baked.svg": ("valid", "baked in an SVG (<openbadges:credential>)"),
    "d-ob2-signed.jwt": ("unverifiable", "an Open Badges 2.0 signed assertion (JWS)"),
    "e-ob2-expired.json": ("expired", "an Open Badges 2.0 assertion (hosted)"),
    "f-presentation.txt": ("unsigned", "a presentation holding 1 credential from a VP1-"),
    "g-screenshot.jpg": ("unsigned", "in a QR code (JPEG image)"),
    "h-ob3-sample.png": ("unverifiable", "baked in a PNG (iTXt openbadgecredential)"),
    "i-link.svg": ("unverifiable", "a link to a credential (http://example.org)"),
}


def test_one_call_verifies_the_whole_folder(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = sorted(str(p) for p in folder.iterdir())
    status = main(["verify", "--offline", "--json", "--now", "2025-06-01T00:00:00Z", *paths])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    verdicts = {Path(line["input"]).name: line["verdict"] for line in lines}
    assert verdicts == {name: verdict for name, (verdict, _) in EXPECTED.items()}
    assert status == 1  # not every input is valid
    keys = {"input", "kind", "verdict", "checks", "credentials", "about", "fetched", "ms"}
    assert set(lines[0]) == keys


def test_text_report_says_what_was_found_inside(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = sorted(str(p) for p in folder.iterdir())
    main(["verify", "--offline", "--now", "2025-06-01T00:00:00Z", *paths])
    out = capsys.readouterr().out
    for name, (verdict, found) in EXPECTED.items():
        block = out.split(f"{folder / name}: ", 1)[1].split("\n", 2)
        assert block[0].startswith(verdict.upper())
        assert block[1].strip().startswith("found: ") and found in block[1]


def test_unreadable_files_get_one_line_and_the_rest_still_verify(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 4)
    shutil.copy(OB2 / "bakery" / "bad-json.svg", folder / "broken.svg")
    status = main(["verify", "--offline", "--json", *sorted(str(p) for p in folder.iterdir())])
    captured = capsys.readouterr()
    assert status == 2
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2 and all("Traceback" not in e for e in errors)
    assert len(captured.out.splitlines()) == len(EXPECTED)
