"""``learner-wallet receive`` and ``respond`` as DESIGN's command-line contract has them: one
line per credential, exit 0 / 1 / 2, one line on standard error naming the step and the
reason, nothing stored from a failed exchange, nothing sent without ``--yes``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exchange.peers import Peers
from tests.exchange.test_respond import OB, VC
from wallet.cli import main

pytestmark = pytest.mark.usefixtures("environment")


def _cli(vault: Path, *args: str) -> int:
    return main(["--vault", str(vault), *args])


def _listed(vault: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert _cli(vault, "list", "--json") == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_receive_prints_one_line_per_credential_and_exits_0(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(vault_path, "receive", peers.offer(name="CLI badge")) == 0
    out = capsys.readouterr()
    [line] = out.out.splitlines()
    assert line.startswith("credential 1 from 127.0.0.1: imported as ") and line.endswith("(valid)")
    assert out.err == ""
    assert [c["name"] for c in _listed(vault_path, capsys)] == ["CLI badge"]


def test_receive_of_an_expired_credential_imports_it_and_exits_1(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = peers.offer(name="Old badge", validUntil="2024-06-01T00:00:00Z")
    assert _cli(vault_path, "receive", link) == 1
    assert capsys.readouterr().out.strip().endswith("(expired)")
    assert [c["name"] for c in _listed(vault_path, capsys)] == ["Old badge"]


def test_receive_with_a_tx_code(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = peers.offer(txCode="2468")
    assert _cli(vault_path, "receive", link, "--tx-code", "2468") == 0


@pytest.mark.parametrize(
    ("spec", "tx_code", "step"),
    [
        ({"txCode": "2468"}, "1111", "asking the issuer for an access token"),
        ({"tamper": True}, None, "checking what the issuer sent"),
        ({"httpIssuer": True}, None, "reading the credential offer"),
    ],
)
def test_a_failed_exchange_is_one_line_on_stderr_exit_2_and_nothing_stored(
    peers: Peers,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    spec: dict[str, object],
    tx_code: str | None,
    step: str,
) -> None:
    args = ["receive", peers.offer(**spec)] + (["--tx-code", tx_code] if tx_code else [])
    assert _cli(vault_path, *args) == 2
    out = capsys.readouterr()
    assert out.out == ""
    [line] = out.err.splitlines()
    assert line.startswith(f"learner-wallet: failed while {step}: ")
    assert _listed(vault_path, capsys) == []


def test_receive_of_something_that_is_no_link_exits_2(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(vault_path, "receive", "mailto:someone@example.org") == 2
    assert capsys.readouterr().err.startswith("learner-wallet: failed while reading the link: ")


def _stock(peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert _cli(vault_path, "receive", peers.offer(name="Shown badge")) == 0
    capsys.readouterr()
    return str(_listed(vault_path, capsys)[0]["id"])


def _request(peers: Peers, **spec: object) -> dict[str, str]:
    dcql = {"credentials": [{"id": "b", "format": "ldp_vc", "meta": {"type_values": [[VC, OB]]}}]}
    made: dict[str, str] = peers.control(
        "/control/vp-request", {"client": "redirect_uri", "dcql": dcql, **spec}
    )
    return made


def test_respond_shows_who_asks_for_what_and_sends_nothing_without_yes(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cid = _stock(peers, vault_path, capsys)
    made = _request(peers)
    assert _cli(vault_path, "respond", made["link"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "who asks: 127.0.0.1 (OpenID4VP; client id redirect_uri:https://127.0.0.1"
    )
    assert "a credential of type OpenBadgeCredential (required)" in out
    assert f"* {cid}  Shown badge (Exchange Test Issuer; valid)" in out
    assert f"challenge {made['nonce']}" in out
    assert "nothing was sent: run again with --yes" in out
    assert peers.control(f"/control/vp-request?id={made['id']}")["result"] is None


def test_respond_yes_sends_and_exits_0_when_accepted(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stock(peers, vault_path, capsys)
    made = _request(peers)
    assert _cli(vault_path, "respond", made["link"], "--yes") == 0
    assert "sent: the verifier accepted your answer" in capsys.readouterr().out
    assert peers.control(f"/control/vp-request?id={made['id']}")["result"]["ok"] is True


def test_respond_yes_exits_1_when_the_verifier_refuses(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stock(peers, vault_path, capsys)
    made = _request(peers, expectOtherNonce=True)
    assert _cli(vault_path, "respond", made["link"], "--yes") == 1
    assert "refused: the verifier answered invalid_request" in capsys.readouterr().out


def test_respond_json_is_one_object(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cid = _stock(peers, vault_path, capsys)
    made = _request(peers)
    assert _cli(vault_path, "respond", made["link"], "--json", "--yes") == 0
    [line] = capsys.readouterr().out.splitlines()
    answer = json.loads(line)
    assert answer["verifier"]["client_id"] == made["clientId"]
    assert answer["asks"][0]["matches"][0] == {
        "id": cid,
        "name": "Shown badge",
        "issuer": "Exchange Test Issuer",
        "verdict": "valid",
        "selected": True,
    }
    assert answer["send"]["challenge"] == made["nonce"]
    assert answer["sent"]["accepted"] is True


def test_respond_with_nothing_that_matches_exits_2(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = _request(peers)
    assert _cli(vault_path, "respond", made["link"], "--yes") == 2
    out = capsys.readouterr()
    assert "nothing in your wallet matches" in out.out
    assert "holds nothing that answers this request" in out.err
    assert peers.control(f"/control/vp-request?id={made['id']}")["result"] is None


def test_respond_with_an_id_that_does_not_match_exits_2(
    peers: Peers, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _stock(peers, vault_path, capsys)
    made = _request(peers)
    assert _cli(vault_path, "respond", made["link"], "no-such-id", "--yes") == 2
    assert "is not among the credentials that match" in capsys.readouterr().err
