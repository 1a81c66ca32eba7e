"""Property-based fuzzing of every parser: only the wallet's typed errors, never a crash or a
hang (each input must finish within 2 s).

Inputs are seeds of every kind mutated by hypothesis (flips, cuts, splices, insertions) plus
structured CBOR-LD and JSON. ``LEARNER_WALLET_FUZZ_EXAMPLES`` sets examples per target (default
500, about 20 s in all); the campaign prints how many inputs each target tried.
``fuzz_atheris.py`` runs the same targets under libFuzzer where atheris installs.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import cbor2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.formats.fuzz_seeds import (
    BACKUP_PASSPHRASE,
    backup_payload,
    backup_seeds,
    pdf_seeds,
    seeds,
)
from wallet.errors import WalletError
from wallet.formats.cborld import decode_cborld
from wallet.formats.jsontext import parse_json
from wallet.formats.jws import parse_compact_jws
from wallet.formats.pdf import find_pdf_presentation
from wallet.formats.png import find_png_badge
from wallet.formats.sniff import read_input
from wallet.formats.svg import find_svg_badge
from wallet.formats.vp1 import decode_vp1
from wallet.jsonld import default_store
from wallet.vault.backup import open_backup, seal_backup
from wallet.vault.catalog import Catalog
from wallet.vault.kdf import TEST_COST
from wallet.vault.organise import Organiser
from wallet.vault.portable import merge_contents
from wallet.vault.store import VaultStore
from wallet.verify.dispatch import verify_unpacked
from wallet.verify.openbadges2 import Ob2Documents
from wallet.verify.options import VerifyOptions

EXAMPLES = int(os.environ.get("LEARNER_WALLET_FUZZ_EXAMPLES", "500"))
LIMIT_SECONDS = 2.0
SEEDS = seeds()
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=LIMIT_SECONDS),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
TRIED: dict[str, int] = {}


@st.composite
def mutated(draw: st.DrawFn, pool: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(pool)))
    for _ in range(draw(st.integers(1, 6))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "splice", "repeat"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 4096))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif action == "splice":
            other = draw(st.sampled_from(pool))
            data[at:] = other[draw(st.integers(0, max(len(other) - 1, 0))) :]
        elif action == "repeat":
            data[at:at] = bytes(data[at : at + 64]) * draw(st.integers(2, 50))
    return bytes(data)


def _run(target: str, call: Callable[[], Any]) -> None:
    TRIED[target] = TRIED.get(target, 0) + 1
    # CPU time, not wall time: the limit is about the work an input causes, and another test
    # process sharing the two cores must not make a fast parser look slow.
    started = time.process_time()
    with contextlib.suppress(WalletError):
        call()
    elapsed = time.process_time() - started
    assert elapsed < LIMIT_SECONDS, f"{target} took {elapsed:.2f} s"


def _report(target: str) -> None:
    print(f"\nfuzz {target}: {TRIED.get(target, 0)} inputs")


def _read_and_verify(data: bytes) -> None:
    verify_unpacked(read_input(data), VerifyOptions(), Ob2Documents())


@FUZZ
@given(mutated(SEEDS) | st.binary(max_size=2048))
def test_read_input_and_verify(data: bytes) -> None:
    _run("read_input+verify", lambda: _read_and_verify(data))


@FUZZ
@given(mutated([s for s in SEEDS if s.startswith(b"\x89PNG")]))
def test_png_reader(data: bytes) -> None:
    _run("png", lambda: find_png_badge(data))


@FUZZ
@given(mutated([s for s in SEEDS if s.lstrip().startswith(b"<")]))
def test_svg_reader(data: bytes) -> None:
    _run("svg", lambda: find_svg_badge(data))


@FUZZ
@given(mutated([s for s in SEEDS if s.startswith(b"VP1-")]))
def test_vp1_text(data: bytes) -> None:
    _run("vp1", lambda: decode_vp1(data.decode("latin-1")))


def _cborld_value(depth: int = 3) -> st.SearchStrategy[Any]:
    leaves = (
        st.none()
        | st.booleans()
        | st.integers(-(2**64), 2**64)
        | st.floats()
        | st.text(max_size=20)
        | st.binary(max_size=20)
        | st.sampled_from([0x11, 0x14, 0x32, 100, 101, 102, 1025, 2])
    )
    return st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.integers(0, 400) | st.text(max_size=8), inner, max_size=5)
        ),
        max_leaves=30,
    )


@FUZZ
@given(_cborld_value(), st.sampled_from([0, 1]))
def test_cborld_structures(value: Any, mode: int) -> None:
    if isinstance(value, dict) and mode == 1:
        value = {0: 0x11, **value}
    payload = b"\xd9\x05" + bytes([mode]) + cbor2.dumps(value)
    _run("cborld", lambda: decode_cborld(payload, default_store().document))


@FUZZ
@given(st.text(alphabet="eyJhbGciOi.ABCDxyz_-0123456789", max_size=300) | st.text(max_size=200))
def test_compact_jws(text: str) -> None:
    _run("jws", lambda: parse_compact_jws(text))


@FUZZ
@given(st.binary(max_size=512) | mutated([s for s in SEEDS if s.lstrip()[:1] in (b"{", b"[")]))
def test_json(data: bytes) -> None:
    _run("json", lambda: parse_json(data))


@FUZZ
@given(mutated(pdf_seeds()))
def test_pdf_reader(data: bytes) -> None:
    _run("pdf", lambda: find_pdf_presentation(data))


@FUZZ
@given(mutated(backup_seeds()))
def test_backup_reader(data: bytes) -> None:
    _run("backup", lambda: open_backup(data, BACKUP_PASSPHRASE))


def _restore_into_memory(payload: Any) -> None:
    with VaultStore.in_memory() as store:
        options = VerifyOptions()
        merge_contents(payload, store, Catalog(store), Organiser(store), options, options.clock)


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=12,
)  # fmt: skip


@st.composite
def _payloads(draw: st.DrawFn) -> Any:
    """Backup contents as a hand-made file could hold them: members dropped, replaced by any
    JSON value, or left as a real backup writes them."""
    payload: dict[str, Any] = dict(backup_payload(SEEDS[0]))
    for key in draw(st.lists(st.sampled_from(sorted(payload)), unique=True, max_size=3)):
        if draw(st.booleans()):
            payload.pop(key)
        else:
            payload[key] = draw(_JSONISH)
    credentials = payload.get("credentials")
    if isinstance(credentials, list) and credentials and isinstance(credentials[0], dict):
        changes = draw(st.dictionaries(st.sampled_from(["id", "original", "added", "tags", "note"]),
                                       _JSONISH, max_size=2))  # fmt: skip
        payload["credentials"] = [{**credentials[0], **changes}]
    return payload


@settings(FUZZ, max_examples=max(EXAMPLES // 5, 20))
@given(_payloads())
def test_backup_contents(payload: Any) -> None:
    """What a backup decrypts to, restored into a throwaway vault: typed errors only."""
    sealed = seal_backup(payload, BACKUP_PASSPHRASE, TEST_COST)
    _run("backup contents", lambda: _restore_into_memory(open_backup(sealed, BACKUP_PASSPHRASE)))


@pytest.fixture(scope="module", autouse=True)
def _counts() -> Any:
    yield
    for target in sorted(TRIED):
        _report(target)
    print(f"fuzz total: {sum(TRIED.values())} inputs")


def test_deeply_nested_json_is_refused_quickly() -> None:
    _run("json", lambda: parse_json(b"[" * 100_000 + b"]" * 100_000))
    _run("read_input+verify", lambda: read_input(b"[" * 100_000))
