"""Hostile and broken input: a clear verdict, or exit status 2 with one line on standard error.

Run as the CLI in a subprocess, as a person or a script would. The subprocess timeout is a
generous guard for "answers within 2 seconds, never hangs"; timings are measured in benchmarks.
STANDARDS §7 A8 (parser attacks) and A3/A7 (unknown contexts, unknown proofs).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.verify.hostile import badge, poison_graph, unsecured
from wallet.dids.keys import KeyType, PrivateKey
from wallet.dids.multibase import b64url_encode

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "wallet.cli", "verify", "--offline", "--json"]
CLI += ["--now", "2025-01-01T00:00:00Z"]
GUARD_SECONDS = 20  # far above the 2-second promise; only a hang or a blow-up trips it


def run_verify(path: Path) -> tuple[int, list[dict[str, Any]], list[str]]:
    result = subprocess.run(
        [*CLI, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=GUARD_SECONDS,
    )
    assert "Traceback" not in result.stderr, result.stderr
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.returncode, reports, result.stderr.splitlines()


def _file(tmp_path: Path, data: bytes | str, name: str = "input.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- unreadable: exit 2, one line, nothing on standard output ---------------------------------
UNREADABLE = [
    ("empty", b"", "the input is empty"),
    ("blank", b" \n\t\r\n", "the input is empty"),
    ("invalid JSON", b'{"@context": ["https://www.w3.org/ns/credentials/v2",', "invalid JSON"),
    ("truncated credential", json.dumps(badge()).encode()[:-40], "invalid JSON"),
    ("duplicate keys", b'{"name": "A", "name": "B"}', "duplicate JSON key 'name'"),
    ("NaN", b'{"score": NaN}', "invalid JSON"),
    ("not UTF-8", b'{"name": "\xff\xfe"}', "not UTF-8"),
    ("a JSON array", b"[1, 2, 3]", "not an object"),
    ("binary junk", bytes(range(256)) * 4, "not a credential"),
    ("nested 100,000 deep", b"[" * 100_000 + b"]" * 100_000, "nested deeper than"),
    ("objects nested 100,000 deep", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "nested deeper"),
]


@pytest.mark.parametrize(
    ("data", "reason"), [u[1:] for u in UNREADABLE], ids=[u[0] for u in UNREADABLE]
)
def test_unreadable_input_exits_2_with_one_line(tmp_path: Path, data: bytes, reason: str) -> None:
    path = _file(tmp_path, data)
    code, reports, stderr = run_verify(path)
    assert code == 2
    assert reports == []
    assert len(stderr) == 1
    assert stderr[0].startswith(f"learner-wallet: {path}: ")
    assert reason in stderr[0]


def test_a_200_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.write(b'{"padding": "')
        handle.truncate(200 * 1024 * 1024)  # sparse: cheap to make, 200 MB to read
    code, reports, stderr = run_verify(path)
    assert code == 2
    assert reports == []
    assert len(stderr) == 1
    assert "over the 20 MB limit" in stderr[0]


def test_an_empty_folder_is_unreadable_input(tmp_path: Path) -> None:
    # A folder is read recursively (issue 13); one with no file in it is said to be so.
    (tmp_path / ".hidden").write_text("{}")
    code, _, stderr = run_verify(tmp_path)
    assert code == 2
    assert stderr == [f"learner-wallet: {tmp_path}: a folder with no files in it"]


# --- readable but hostile: a verdict with the reason --------------------------------------------
def _check(report: dict[str, Any], check_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in report["checks"] if c["id"] == check_id)
    return found


def _verdict_of(tmp_path: Path, document: Any) -> dict[str, Any]:
    code, reports, stderr = run_verify(_file(tmp_path, json.dumps(document)))
    assert stderr == []
    (report,) = reports
    assert code == (0 if report["verdict"] == "valid" else 1)
    return report


def test_an_unknown_context_is_unverifiable_and_named(tmp_path: Path) -> None:
    """Issue 10: nothing shows it is forged, only that its statements cannot be read."""
    document = badge()
    document["@context"].append("https://contexts.example/evil.jsonld")
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "unverifiable"
    assert _check(report, "format")["status"] == "warn"
    assert "https://contexts.example/evil.jsonld" in _check(report, "format")["message"]


def test_an_unknown_proof_type_is_unverifiable(tmp_path: Path) -> None:
    document = badge()
    document["proof"]["cryptosuite"] = "future-suite-2031"
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "unverifiable"
    assert _check(report, "signature") == {
        "id": "signature",
        "status": "warn",
        "message": "the proof type “future-suite-2031” is not supported",
    }


def test_a_proof_without_members_is_invalid(tmp_path: Path) -> None:
    document = badge()
    document["proof"] = {"type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022"}
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "invalid"
    assert _check(report, "signature")["message"] == "the proof has no verificationMethod"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("zIl0O", "malformed proofValue: “I” is not a base58btc character"),
        ("uAAAA", "the proofValue is not base58btc multibase ('z…')"),
        ("z", "does not match the data"),
        ("z" + "2" * 5000, "malformed proofValue: multibase value is too long"),
    ],
)
def test_a_malformed_proof_value_is_invalid(tmp_path: Path, value: str, reason: str) -> None:
    document = badge()
    document["proof"]["proofValue"] = value
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "invalid"
    assert _check(report, "signature")["status"] == "fail"
    assert reason in _check(report, "signature")["message"]


@pytest.mark.parametrize(
    ("method", "reason"),
    [
        ("did:key:z6MkIl0O#z6MkIl0O", "is not a base58btc character"),
        ("did:key:zQ3s#zQ3s", "unsupported key type (multicodec 0x1)"),
        (
            "did:key:z2J9gaYxrKVpdoG9A4gRnmpnRCcxU#z2J9gaYxrKVpdoG9A4gRnmpnRCcxU",
            "unsupported key type",
        ),
    ],
)
def test_a_malformed_did_key_is_invalid(tmp_path: Path, method: str, reason: str) -> None:
    document = badge()
    document["proof"]["verificationMethod"] = method
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "invalid"
    assert reason in _check(report, "signature")["message"]


def _did_jwk(jwk: dict[str, Any] | str) -> str:
    text = jwk if isinstance(jwk, str) else json.dumps(jwk)
    return "did:jwk:" + b64url_encode(text.encode("utf-8"))


_PRIVATE = PrivateKey.from_raw(KeyType.ED25519, bytes(range(32)))


@pytest.mark.parametrize(
    ("jwk", "reason"),
    [
        ("{not json", "malformed did:jwk"),
        ({"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}, "has 3 bytes, expected 32"),
        ({**_PRIVATE.public_key().to_jwk(), "d": b64url_encode(_PRIVATE.raw())}, "private key"),
        ({"kty": "EC", "crv": "P-256", "x": "AAAA", "y": "AAAA"}, "has 3 bytes, expected 32"),
        ({"kty": "oct", "k": "c2VjcmV0"}, "private key"),
        ({"kty": "OKP", "crv": "X448", "x": "AAAA"}, "unsupported JWK"),
    ],
)
def test_a_malformed_jwk_is_invalid(tmp_path: Path, jwk: Any, reason: str) -> None:
    document = unsecured(badge())
    did = _did_jwk(jwk)
    document["issuer"]["id"] = did
    document["proof"] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2024-01-15T00:00:00Z",
        "verificationMethod": f"{did}#0",
        "proofPurpose": "assertionMethod",
        "proofValue": "z" + "2" * 86,
    }
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "invalid"
    assert _check(report, "signature")["status"] == "fail"
    assert reason in _check(report, "signature")["message"]


def test_a_poison_graph_is_stopped_as_unverifiable(tmp_path: Path) -> None:
    document = badge()
    document["credentialSubject"]["https://schema.org/about"] = poison_graph(14)
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "unverifiable"
    assert _check(report, "signature")["status"] == "warn"
    assert "more canonicalization work" in _check(report, "signature")["message"]


def test_a_credential_with_a_huge_array_is_read_and_refused(tmp_path: Path) -> None:
    """150,000 values for one property: read in linear time, and the edit breaks the proof."""
    document = badge()
    document["credentialSubject"]["achievement"]["tag"] = [f"t{i}" for i in range(150_000)]
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == "invalid"
    assert _check(report, "signature")["status"] == "fail"


def test_a_json_value_that_is_not_a_credential(tmp_path: Path) -> None:
    # No credential's member at all: refused as not a credential, like a BadgeClass or an issuer
    # profile is (audit 13-16 gap 9), rather than shown as an "invalid" credential.
    path = _file(tmp_path, json.dumps({"hello": "world"}))
    code, reports, stderr = run_verify(path)
    assert code == 2 and reports == []
    assert stderr == [
        f"learner-wallet: {path}: this JSON has no @context, type, issuer or credentialSubject, "
        "so it is not a credential"
    ]
    # With a credential's shape, it is one that fails its format check.
    report = _verdict_of(tmp_path, {"hello": "world", "credentialSubject": {}})
    assert report["verdict"] == "invalid"
    assert _check(report, "format")["status"] == "fail"


# --- issue 9: inputs that used to crash become a verdict --------------------------------------
_DEEP_JSON = '{"a":' * 100_000 + "1" + "}" * 100_000


def _deep_did_jwk_credential() -> dict[str, Any]:
    document = unsecured(badge())
    did = "did:jwk:" + b64url_encode(_DEEP_JSON.encode())
    document["issuer"]["id"] = did
    document["proof"] = {
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-rdfc-2022",
        "created": "2024-01-15T00:00:00Z",
        "verificationMethod": f"{did}#0",
        "proofPurpose": "assertionMethod",
        "proofValue": "z" + "2" * 86,
    }
    return document


def _deep_detached_jws_credential() -> dict[str, Any]:
    document = unsecured(badge())
    document["@context"].append("https://w3id.org/security/suites/jws-2020/v1")
    document["proof"] = {
        "type": "JsonWebSignature2020",
        "created": "2024-01-15T00:00:00Z",
        "verificationMethod": badge()["proof"]["verificationMethod"],
        "proofPurpose": "assertionMethod",
        "jws": b64url_encode(_DEEP_JSON.encode()) + "..c2lnbmF0dXJl",
    }
    return document


def _blockcerts_2() -> dict[str, Any]:
    """A Blockcerts 2 certificate as issued: its ``signature`` holds lists (``proof``,
    ``anchors``), which once ended in ``TypeError: unhashable type: 'list'``."""
    return {
        "@context": ["https://w3id.org/openbadges/v2", "https://w3id.org/blockcerts/v2"],
        "type": "Assertion",
        "id": "urn:uuid:bbba8553-8ec1-445f-82c9-a57251dd731c",
        "recipient": {"identity": "ada@example.org", "type": "email", "hashed": False},
        "issuedOn": "2018-01-01T00:00:00+00:00",
        "badge": {
            "type": "BadgeClass",
            "name": "Certificate of Accomplishment",
            "issuer": {"id": "https://example.edu/issuer.json", "type": "Profile"},
        },
        "verification": {"type": ["MerkleProofVerification2017", "Extension"]},
        "signature": {
            "type": ["MerkleProof2017", "Extension"],
            "merkleRoot": "68f3ede17fdb67ffd4a5164b5687a71f9fbb68da803b803935720f2aa38f7728",
            "targetHash": "c9ead76a54426b4ce4899bb921e48f5b55ea7592e5cee4460c86ebf4698ac3a6",
            "proof": [{"right": "7fef060cb17614fdfddd8c558e102fbb96433f5281d96c1de8e3"}],
            "anchors": [
                {"sourceId": "d75b7a5bdb3d5244b753e6b84e987267cfa4ffa7", "type": "ETHData"}
            ],
        },
    }


@pytest.mark.parametrize(
    ("document", "verdict", "message"),
    [
        (_deep_did_jwk_credential(), "invalid", "did:jwk"),
        (_deep_detached_jws_credential(), "invalid", "the detached JWS is malformed"),
        (_blockcerts_2(), "unverifiable", "Blockcerts"),
    ],
    ids=["did-jwk-100k-deep", "detached-jws-header-100k-deep", "blockcerts-2-lists"],
)
def test_what_once_crashed_is_a_verdict(
    tmp_path: Path, document: dict[str, Any], verdict: str, message: str
) -> None:
    report = _verdict_of(tmp_path, document)
    assert report["verdict"] == verdict
    assert message in _check(report, "signature")["message"]


def _vp1_with_credits(value: Any) -> str:
    """A VP1- payload of a presentation whose credential's creditsAvailable is ``value``,
    written into the CBOR itself (the wallet's encoder would refuse to write most of these)."""
    import base64

    import cbor2

    from wallet.present.vpqr import vp1_payload

    document = badge()
    document["credentialSubject"]["achievement"]["creditsAvailable"] = 12345
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [document],
    }
    text = vp1_payload(presentation)
    body = text.removeprefix("VP1-B")
    decoded = cbor2.loads(base64.b32decode(body + "=" * (-len(body) % 8)))

    def swap(item: Any) -> Any:
        if isinstance(item, cbor2.CBORTag):
            return cbor2.CBORTag(item.tag, swap(item.value))
        if hasattr(item, "items"):
            return {k: swap(v) for k, v in item.items()}
        if isinstance(item, list | tuple):
            return [swap(v) for v in item]
        return value if item == 12345 and not isinstance(item, bool) else item

    encoded = cbor2.dumps(swap(decoded))
    return "VP1-B" + base64.b32encode(encoded).decode().rstrip("=")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (float("inf"), "not finite"),
        (float("nan"), "not finite"),
        (2**100, "not valid CBOR"),
        (-(2**100), "not valid CBOR"),
    ],
    ids=["infinity", "nan", "bignum", "negative-bignum"],
)
def test_a_vp1_payload_with_a_number_json_cannot_hold_is_refused(
    tmp_path: Path, value: Any, reason: str
) -> None:
    code, reports, stderr = run_verify(_file(tmp_path, _vp1_with_credits(value), "qr.txt"))
    assert (code, reports) == (2, [])
    (line,) = stderr
    assert reason in line


def test_a_vp1_payload_with_a_number_past_2_53_is_a_verdict(tmp_path: Path) -> None:
    code, reports, _ = run_verify(_file(tmp_path, _vp1_with_credits(2**60), "qr.txt"))
    assert code == 1
    (credential,) = reports[0]["credentials"]
    assert credential["verdict"] == "invalid"
    assert "too large to be read the same" in _check(credential, "format")["message"]
