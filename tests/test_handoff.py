"""What ``learner-wallet open`` accepts (wallet.handoff): files, ``file:`` URIs and the four
link forms; everything else is one sentence. And the one-line message a second launch sends."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wallet.errors import InputError
from wallet.handoff import MAX_TARGETS, Handoff, LinkKind, parse_link, read_handoff

OFFER_BY_VALUE = (
    "openid-credential-offer://?credential_offer="
    "%7B%22credential_issuer%22%3A%22https%3A%2F%2Fissuer.example.edu%22%2C"
    "%22credential_configuration_ids%22%3A%5B%22OpenBadge%22%5D%7D"
)
OFFER_BY_REFERENCE = (
    "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example.edu%2Foffer%2F7"
)
DCC = (
    "dccrequest://request?issuer=x&vc_request_url=https%3A%2F%2Fdcc.example%2Fexchange&challenge=c"
)
LCW = "https://lcw.app/request?issuer=x&vc_request_url=https%3A%2F%2Fdcc.example%2Fexchange"
VP = (
    "openid4vp://?client_id=https%3A%2F%2Fjobs.employer.example&request_uri=https%3A%2F%2Fr.example"
)


# --- failure first -----------------------------------------------------------------------------
def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^missing\.json: no such file$"):
        read_handoff(["missing.json"], tmp_path)


def test_open_refuses_a_missing_file_in_one_line_before_any_window(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wallet.cli", "open", "missing.json", VP],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "learner-wallet: missing.json: no such file\n"


@pytest.mark.parametrize(
    "argument", ["mailto:learner@example.org", "https://example.org/badge.json", "ftp://x/y"]
)
def test_a_link_of_no_known_form_is_refused_with_what_to_do(tmp_path: Path, argument) -> None:
    with pytest.raises(InputError) as caught:
        read_handoff([argument], tmp_path)
    assert str(caught.value).startswith(f"{argument}: not a file, nor a credential offer")
    assert "paste the address into the app" in str(caught.value)


def test_a_file_uri_of_another_computer_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a file on another computer \(server\)"):
        read_handoff(["file://server/share/badge.json"], tmp_path)


def test_too_many_targets_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=f"at most {MAX_TARGETS}"):
        read_handoff([VP] * (MAX_TARGETS + 1), tmp_path)


@pytest.mark.parametrize(
    ("wire", "reason"),
    [
        (b"\xff\xfe", "not JSON"),
        (b"[1, 2]\n", "not one this version reads"),
        (b'{"version": 2, "files": [], "links": []}\n', "not one this version reads"),
        (b'{"version": 1, "files": "x"}\n', "'files' is not a list of strings"),
        (b'{"version": 1, "files": [1]}\n', "'files' is not a list of strings"),
        (b'{"version": 1, "files": ["relative.json"]}\n', "by a relative path"),
        (b'{"version": 1, "links": ["https://example.org"]}\n', "a link of no known form"),
        (b" " * (4 * 1024 * 1024 + 1), "too long"),
    ],
)
def test_a_hand_off_message_that_is_not_ours_is_refused(wire: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        Handoff.from_wire(wire)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "openid4vp",
        "openid4vp ://x",
        "openid4vp://a b",
        "https://lcw.app/other",
        "https://lcw.app.evil.example/request",
        "http://lcw.app/request",
        "openid4vp://" + "x" * 70_000,
    ],
)
def test_near_misses_are_no_links(text: str) -> None:
    assert parse_link(text) is None


# --- what works --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "kind", "action", "origin"),
    [
        (OFFER_BY_VALUE, LinkKind.CREDENTIAL_OFFER, "receive", "issuer.example.edu"),
        (OFFER_BY_REFERENCE, LinkKind.CREDENTIAL_OFFER, "receive", "issuer.example.edu"),
        (DCC, LinkKind.CREDENTIAL_REQUEST, "receive", "dcc.example"),
        (LCW, LinkKind.CREDENTIAL_REQUEST, "receive", "lcw.app"),
        (VP, LinkKind.PRESENTATION_REQUEST, "respond", "r.example"),
        ("OpenID4VP://authorize?request=eyJ", LinkKind.PRESENTATION_REQUEST, "respond", ""),
        ("  https://LCW.app/request/  ", LinkKind.CREDENTIAL_REQUEST, "receive", "lcw.app"),
    ],
)
def test_each_link_form_is_recognised(url: str, kind: LinkKind, action: str, origin: str) -> None:
    link = parse_link(url)
    assert link is not None
    assert (link.url, link.kind, link.action, link.origin) == (url.strip(), kind, action, origin)


def test_paths_and_file_uris_become_absolute_paths_once_each(tmp_path: Path) -> None:
    spaced = tmp_path / "my badges"
    spaced.mkdir()
    badge = spaced / "a b.json"
    badge.write_text("{}", "utf-8")
    handoff = read_handoff(
        [
            "my badges/a b.json",
            badge.as_uri(),
            "my badges",
            VP,
            VP,
            "file://localhost" + str(badge),
        ],
        tmp_path,
    )
    assert handoff.files == (badge, spaced)
    assert [link.url for link in handoff.links] == [VP]
    assert handoff.describe() == "2 files, 1 link"
    assert read_handoff([], tmp_path) == Handoff() and not Handoff()
    assert Handoff().describe() == "nothing"


def test_a_hand_off_survives_the_wire(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text("{}", "utf-8")
    handoff = read_handoff(["b.json", VP, LCW], tmp_path)
    wire = handoff.to_wire()
    assert wire.endswith(b"\n") and wire.count(b"\n") == 1
    assert json.loads(wire)["version"] == 1
    assert Handoff.from_wire(wire) == handoff
