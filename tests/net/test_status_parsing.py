"""The status list parsers, bounded and exact: properties over any input (hypothesis)."""

from __future__ import annotations

import base64
import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.net.status_lists import LIST_BITS, encode_bits
from wallet.net.inflate import InflateError, InflateTooLarge, gunzip_bounded
from wallet.status import BadEntry, ListEntry, ListError, decode_list, entry_value, read_entries


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.integers(0, 40_000), st.integers(1, 3), max_size=20),
    st.sampled_from([1, 2]),
)
def test_every_set_entry_reads_back_and_no_other(values: dict[int, int], size: int) -> None:
    bits = decode_list(encode_bits(values, size=size), multibase=True)
    assert len(bits) * 8 >= LIST_BITS
    for index in list(values)[:10]:
        assert entry_value(bits, index, size) == values[index] & ((1 << size) - 1)
    unset = next(i for i in range(50_000) if i not in values)
    assert entry_value(bits, unset, size) == 0


@given(st.text(max_size=200))
def test_any_text_decodes_to_a_full_list_or_raises_list_error(text: str) -> None:
    for multibase in (True, False):
        try:
            bits = decode_list(text, multibase=multibase)
        except ListError:
            continue
        assert len(bits) * 8 >= LIST_BITS


@given(st.binary(max_size=300))
def test_any_bytes_inflate_within_the_cap_or_raise(data: bytes) -> None:
    try:
        out = gunzip_bounded(data, 1000)
    except InflateError:
        return
    assert len(out) <= 1000


def test_inflation_stops_at_the_cap() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    with pytest.raises(InflateTooLarge):
        gunzip_bounded(bomb, 1_000_000)
    with pytest.raises(InflateError, match="truncated"):
        gunzip_bounded(bomb[:100], 1_000_000)
    with pytest.raises(InflateError, match="other data"):
        gunzip_bounded(gzip.compress(b"x") + b"trailing", 100)


def test_out_of_range_indexes_are_errors_not_zero() -> None:
    bits = bytes(LIST_BITS // 8)
    with pytest.raises(ListError):
        entry_value(bits, LIST_BITS, 1)
    with pytest.raises(ListError):
        entry_value(bits, LIST_BITS // 2, 2)


def test_standard_base64_lists_are_read_for_status_list_2021() -> None:
    raw = bytearray(LIST_BITS // 8)
    raw[0] = 0x80
    standard = base64.b64encode(gzip.compress(bytes(raw))).decode()
    assert entry_value(decode_list(standard, multibase=False), 0) == 1


@given(
    st.one_of(
        st.integers(), st.text(max_size=12), st.booleans(), st.none(), st.floats(allow_nan=True)
    )
)
def test_any_index_is_a_valid_entry_or_a_bad_one(index: object) -> None:
    [entry] = read_entries(
        {
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": index,
            "statusListCredential": "https://example.org/list",
        }
    )
    if isinstance(entry, ListEntry):
        assert isinstance(index, int | str) and not isinstance(index, bool)
        assert 0 <= entry.index == int(index)
    else:
        assert isinstance(entry, BadEntry) and entry.reason
