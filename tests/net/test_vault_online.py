"""The vault with the network (issue 12), through WalletService and the command line: nothing
goes online unasked; once allowed, imports and the daily re-check use it; fetched documents are
kept encrypted in the vault (keyed ids, no URL in the file), so credentials stay right offline
afterwards; badge pictures only when allowed; OB 2.0 details from the vault; ``present`` with
the network."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from tests.net.issuers import badge, publish_did_web
from tests.net.local_https import LocalHttpsServer, Route
from tests.net.scenario import publish_scenario
from tests.net.status_lists import bitstring_list, encode_bits, publish
from tests.vault.conftest import NoKeyring
from wallet.cli import main
from wallet.net import NetworkSettings
from wallet.service import CredentialId, NetworkChoice, WalletService
from wallet.vault.documents import decode_document
from wallet.vault.kdf import TEST_COST
from wallet.verify import Status, Verdict

PASS = "correct horse battery staple"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 9, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def vault(tmp_path: Path, settings: NetworkSettings, clock: Clock) -> Iterator[WalletService]:
    with WalletService.create(
        tmp_path / "w.vault",
        PASS,
        kdf_cost=TEST_COST,
        keyring=NoKeyring(),
        workers=1,
        clock=clock,
        network_settings=settings,
        registries=[],
    ) as service:
        yield service


def _import(service: WalletService, document: dict[str, object]) -> CredentialId:
    outcome = service.import_bytes(json.dumps(document).encode(), "c.json")
    assert outcome.credential_id is not None, outcome
    return outcome.credential_id


def test_nothing_goes_online_until_the_learner_allows_it(
    https_server: LocalHttpsServer, vault: WalletService
) -> None:
    issuer = publish_did_web(https_server, "vault-unasked")
    before = https_server.connections
    cid = _import(vault, issuer.sign(badge(issuer.id)))
    assert not vault.network.choice().asked
    assert not vault.network.due()
    assert vault.get(cid).report.verdict is Verdict.UNVERIFIABLE
    vault.reverify_all()
    assert https_server.connections == before


def test_allowed_the_vault_verifies_online_and_keeps_the_documents_encrypted(
    https_server: LocalHttpsServer, vault: WalletService, clock: Clock
) -> None:
    scenario = publish_scenario(https_server, "vault-online", 3)
    vault.network.choose(NetworkChoice(verify=True))
    ids = [_import(vault, c) for c in scenario.credentials]
    report = vault.get(ids[0]).report
    assert report.verdict is Verdict.VALID, report.checks
    assert "checked online at" in report.check("status").message  # type: ignore[union-attr]
    assert https_server.hits(scenario.list_path) == 1  # one run for the whole import
    kept = {d.url for d in vault.network.documents()}
    assert kept == {
        https_server.url("/vault-online/did.json"),
        https_server.url(scenario.list_path),
    }
    with sqlite3.connect(vault.path) as conn:
        ids_in_file = [r[0] for r in conn.execute("SELECT id FROM documents")]
        blobs = b"".join(bytes(r[0]) for r in conn.execute("SELECT blob FROM documents"))
    conn.close()
    assert len(ids_in_file) == 2
    assert b"vault-online" not in blobs and b"did.json" not in blobs  # sealed, URL included

    # The day's re-check is due after unlock, not again the same day.
    assert vault.network.due()
    verdicts = vault.recheck_all()
    assert list(verdicts.values()) == ["valid"] * 3
    assert not vault.network.due()
    clock.now += timedelta(days=1, minutes=1)
    assert vault.network.due()


def test_offline_afterwards_the_kept_copies_answer_with_their_date(
    https_server: LocalHttpsServer, vault: WalletService
) -> None:
    issuer = publish_did_web(https_server, "vault-later-offline")
    vault.network.choose(NetworkChoice(verify=True))
    cid = _import(vault, issuer.sign(badge(issuer.id)))
    assert vault.get(cid).report.verdict is Verdict.VALID
    vault.network.choose(NetworkChoice(verify=False))
    before = https_server.connections
    vault.reverify_all()  # e.g. after trusting an issuer, with the network switched off
    report = vault.get(cid).report
    assert report.verdict is Verdict.VALID, report.checks
    assert "from a copy fetched at" in report.check("issuer").message  # type: ignore[union-attr]
    assert https_server.connections == before


def test_check_again_now_sees_a_revocation(
    https_server: LocalHttpsServer, vault: WalletService, clock: Clock
) -> None:
    scenario = publish_scenario(https_server, "vault-recheck", 2)
    vault.network.choose(NetworkChoice(verify=True))
    cid = _import(vault, scenario.credentials[1])
    assert vault.get(cid).report.verdict is Verdict.VALID
    revoked = bitstring_list(
        https_server.url(scenario.list_path), scenario.issuer.id, encode_bits({1: 1})
    )
    publish(https_server, scenario.list_path, scenario.issuer.sign(revoked))
    clock.now += timedelta(minutes=10)
    vault.reverify_all()  # within the list's hour of freshness: the kept copy answers
    assert vault.get(cid).report.verdict is Verdict.VALID
    assert https_server.hits(scenario.list_path) == 1
    report = vault.recheck(cid)  # "check again now" fetches anew
    assert report.verdict is Verdict.REVOKED
    assert vault.list_credentials()[0].verdict is Verdict.REVOKED  # the library's row too


def test_badge_pictures_only_when_allowed_and_then_offline(
    https_server: LocalHttpsServer, vault: WalletService
) -> None:
    issuer = publish_did_web(https_server, "vault-pictures")
    route = Route(200, PNG, {"Content-Type": "image/png"})
    image = https_server.add("/vault-pictures/badge.png", route)
    document = badge(issuer.id)
    document["credentialSubject"]["achievement"]["image"] = {"id": image, "type": "Image"}  # type: ignore[index]
    vault.network.choose(NetworkChoice(verify=True))
    _import(vault, issuer.sign(document))
    vault.recheck_all()
    assert https_server.hits("/vault-pictures/badge.png") == 0
    assert vault.fetched_image(image) is None
    vault.network.choose(NetworkChoice(verify=True, images=True))
    vault.recheck_all()
    assert https_server.hits("/vault-pictures/badge.png") == 1
    assert vault.fetched_image(image) == PNG
    vault.network.choose(NetworkChoice(verify=False))
    assert vault.fetched_image(image) == PNG  # kept, read from the vault only


def _ob2(server: LocalHttpsServer, name: str) -> dict[str, object]:
    issuer, badge_url = server.url(f"/ob2/{name}/issuer"), server.url(f"/ob2/{name}/badge")
    ob2 = "https://w3id.org/openbadges/v2"
    server.add_json(
        f"/ob2/{name}/issuer",
        json.dumps({"@context": ob2, "id": issuer, "type": "Profile", "name": "Weld Academy"}),
    )
    server.add_json(
        f"/ob2/{name}/badge",
        json.dumps(
            {
                "@context": ob2,
                "id": badge_url,
                "type": "BadgeClass",
                "name": "Welding I",
                "description": "Welds.",
                "image": server.url(f"/ob2/{name}/badge.png"),
                "criteria": {"narrative": "Weld."},
                "issuer": issuer,
            }
        ),
    )
    assertion = {
        "@context": ob2,
        "type": "Assertion",
        "id": server.url(f"/ob2/{name}/a/1"),
        "recipient": {"type": "email", "hashed": False, "identity": "learner@example.org"},
        "badge": badge_url,
        "issuedOn": "2024-01-01T00:00:00Z",
        "verification": {"type": "hosted"},
    }
    server.add_json(f"/ob2/{name}/a/1", json.dumps(assertion))
    return assertion


def test_an_ob2_badge_shows_its_published_details_offline_afterwards(
    https_server: LocalHttpsServer, vault: WalletService
) -> None:
    assertion = _ob2(https_server, "vault-ob2")
    vault.network.choose(NetworkChoice(verify=True))
    cid = _import(vault, assertion)
    summary = vault.list_credentials()[0]
    assert (summary.name, summary.issuer_name) == ("Welding I", "Weld Academy")
    detail = vault.get(cid)
    assert detail.report.verdict is Verdict.VALID, detail.report.checks
    assert detail.report.about["name"] == "Welding I"
    vault.network.choose(NetworkChoice(verify=False))
    before = https_server.connections
    details = vault.ob2_details(cid)
    assert details is not None and details.badge is not None and details.issuer is not None
    assert details.badge["criteria"] == {"narrative": "Weld."}
    assert details.issuer["name"] == "Weld Academy"
    assert https_server.connections == before


def test_present_re_verifies_with_the_network_when_allowed(
    https_server: LocalHttpsServer,
    vault: WalletService,
    settings: NetworkSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    issuer = publish_did_web(https_server, "vault-present")
    cid = _import(vault, issuer.sign(badge(issuer.id)))
    path = vault.path
    vault.close()
    monkeypatch.setenv("LEARNER_WALLET_PASSPHRASE", PASS)
    monkeypatch.setenv("LEARNER_WALLET_ALLOW_LOOPBACK", "1")
    monkeypatch.setenv("SSL_CERT_FILE", str(settings.ca_file))
    out = tmp_path / "vp.json"
    args = ["--vault", str(path), "present", cid, "--out", str(out)]
    assert main(args) != 0  # never asked: offline, so unverifiable and refused
    assert "unverifiable" in capsys.readouterr().err
    with WalletService.open(path, kdf_cost=TEST_COST, keyring=NoKeyring()) as service:
        service.unlock(PASS)
        service.network.choose(NetworkChoice(verify=True))
    assert main(args) == 0, capsys.readouterr().err
    presented = json.loads(out.read_text("utf-8"))
    assert presented["verifiableCredential"][0]["issuer"]["id"] == issuer.id


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)


@examples(max_examples=200, deadline=None)
@given(st.one_of(_JSON, st.fixed_dictionaries({"verify": _JSON, "images": _JSON})))
def test_only_an_explicit_yes_goes_online(value: object) -> None:
    """Whatever a settings record holds (an older wallet's, a damaged one), the network is used
    only when it says verify: true, and pictures only on top of that."""
    choice = NetworkChoice.from_json(value)
    said_yes = isinstance(value, dict) and value.get("verify") is True
    assert choice.online is said_yes
    assert not choice.images or (said_yes and value.get("images") is True)  # type: ignore[union-attr]
    assert NetworkChoice.from_json(choice.to_json()) == choice


@examples(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.text(max_size=20))
def test_a_damaged_document_record_reads_as_a_miss(plain: bytes, url: str) -> None:
    found = decode_document(plain, url)
    assert found is None or found.url == url


def test_on_a_plane_the_days_check_keeps_what_was_checked_before(
    https_server: LocalHttpsServer, vault: WalletService, settings: NetworkSettings, clock: Clock
) -> None:
    """No connection can be made at all (here: every request goes to a proxy nobody listens
    on): the copies kept answer, with their dates, instead of a wall of "unverifiable". A status
    list older than it allows says what held when it was fetched: a warning, never a pass."""
    scenario = publish_scenario(https_server, "vault-plane", 2)
    vault.network.choose(NetworkChoice(verify=True))
    cid = _import(vault, scenario.credentials[0])
    path = vault.path
    vault.close()
    clock.now += timedelta(days=2)
    cut_off = replace(settings, https_proxy="http://127.0.0.1:9", no_proxy="")
    before = len(https_server.requests)
    with WalletService.open(
        path, kdf_cost=TEST_COST, keyring=NoKeyring(), workers=1, clock=clock,
        network_settings=cut_off, registries=[],
    ) as service:  # fmt: skip
        service.unlock(PASS)
        assert service.network.due()
        assert service.recheck_all()[cid] == "valid"
        report = service.get(cid).report
    status = report.check("status")
    assert status is not None and status.status is Status.WARN  # what held then, not a pass now
    assert "as of a copy fetched at 2026-06-01T09:00:00Z" in status.message
    assert "no newer copy could be had" in status.message
    assert "from a copy fetched at" in report.check("issuer").message  # type: ignore[union-attr]
    assert len(https_server.requests) == before
