"""PDF evidence packs cost bounded time and memory (issue 11): each hostile file is read under
1 GiB of address space and judged on the CPU time it cost (tests/bounded.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.bounded import CPU_SECONDS, run_bounded
from tests.formats.hostile_pdf import (
    double_flate,
    literal,
    pack,
    pack_with_object_stream,
    stream,
    zeros_deflated,
)
from wallet.demo import DemoIssuer
from wallet.errors import InputError, InputTooLarge
from wallet.formats.pdf import MAX_OBJECTS, find_pdf_presentation

CREDENTIAL = json.dumps(DemoIssuer().achievement_credential("Teamwork")).encode()
GIB = 1024 * 1024 * 1024
HEAD = {
    1: b"<< /Type /Catalog /Pages 2 0 R /Names 3 0 R >>",
    2: b"<< /Type /Pages /Count 0 /Kids [] >>",
    3: b"<< /EmbeddedFiles 4 0 R >>",
}


def _with_attachments(files: list[tuple[str, bytes]]) -> bytes:
    """One name-tree node listing every file; each file a double-Flate stream."""
    objects = dict(HEAD)
    names = bytearray()
    for index, (name, body) in enumerate(files):
        spec, data = 10 + 2 * index, 11 + 2 * index
        objects[spec] = b"<< /Type /Filespec /F %s /EF << /F %d 0 R >> >>" % (literal(name), data)
        objects[data] = body
        names += literal(name) + b" %d 0 R " % spec
    objects[4] = b"<< /Names [ " + bytes(names) + b"] >>"
    return pack(objects, 1)


_READ = """
from pathlib import Path
from wallet.errors import WalletError
from wallet.formats.sniff import read_input
data = Path({path!r}).read_bytes()
def work():
    try:
        unpacked = read_input(data)
    except WalletError as exc:
        return f"{{type(exc).__name__}}: {{exc}}"
    return "read " + unpacked.document["name"]
"""


def _read_bounded(tmp_path: Path, data: bytes) -> tuple[str, float]:
    path = tmp_path / "hostile.pdf"
    path.write_bytes(data)
    measured = run_bounded(_READ.format(path=str(path)))
    return measured.result, measured.cpu


TINY_BOMB = bytes(3 * 1024 * 1024)  # each attachment inflates to 3 MB; 2,000 of them to 6 GB


def test_2000_double_flate_attachments_are_never_decoded(tmp_path: Path) -> None:
    body = double_flate(TINY_BOMB)  # made once: the same stream 2,000 times
    files = [(f"credential-{n:04}.txt", body) for n in range(2000)]
    data = _with_attachments([*files, ("presentation.json", double_flate(CREDENTIAL))])
    assert len(data) < 2 * 1024 * 1024
    result, cpu = _read_bounded(tmp_path, data)
    assert result == "read Teamwork"
    assert cpu < 1.0, cpu


def test_2000_json_attachments_and_no_presentation_is_refused_without_decoding(
    tmp_path: Path,
) -> None:
    body = double_flate(TINY_BOMB)
    files = [(f"credential-{n:04}.json", body) for n in range(2000)]
    result, cpu = _read_bounded(tmp_path, _with_attachments(files))
    assert result.startswith("InputError: a PDF with no signed presentation attached")
    assert cpu < 1.0, cpu


@pytest.mark.parametrize("layer", ["outer", "inner"])
def test_a_presentation_inflating_to_gigabytes_is_too_large(tmp_path: Path, layer: str) -> None:
    import zlib

    if layer == "outer":  # the first decode already passes the cap
        body = stream(b"/Type /EmbeddedFile /Filter /FlateDecode", zeros_deflated(4 * GIB))
    else:  # the first decode is small; the second passes the cap
        body = stream(
            b"/Type /EmbeddedFile /Filter [/FlateDecode /FlateDecode]",
            zlib.compress(zeros_deflated(GIB), 9),
        )
    result, cpu = _read_bounded(tmp_path, _with_attachments([("presentation.json", body)]))
    assert result == (
        "InputTooLarge: the PDF's attachment presentation.json is over the JSON size limit"
    )
    assert cpu < CPU_SECONDS, cpu


def test_an_object_stream_inflating_to_a_gigabyte_is_too_large(tmp_path: Path) -> None:
    tree = b"<< /Names [ (presentation.json) 5 0 R ] >>"
    bomb = zeros_deflated(GIB)  # the stream's data: inflates far past any structure
    objects = {
        **HEAD,
        5: b"<< /Type /Filespec /F (presentation.json) /EF << /F 6 0 R >> >>",
        6: double_flate(CREDENTIAL),
    }
    data = pack_with_object_stream(objects, {4: tree}, 7, 1, deflated=bomb)
    result, cpu = _read_bounded(tmp_path, data)
    assert result.startswith("InputTooLarge: "), result
    assert cpu < CPU_SECONDS, cpu


def test_an_honest_object_stream_is_read(tmp_path: Path) -> None:
    tree = b"<< /Names [ (presentation.json) 5 0 R ] >>"
    objects = {
        **HEAD,
        5: b"<< /Type /Filespec /F (presentation.json) /EF << /F 6 0 R >> >>",
        6: double_flate(CREDENTIAL),
    }
    data = pack_with_object_stream(objects, {4: tree}, 7, 1)
    assert find_pdf_presentation(data).data == CREDENTIAL


def test_deeply_nested_arrays_are_one_sentence(tmp_path: Path) -> None:
    objects = {**HEAD, 4: b"<< /Names " + b"[" * 200_000 + b"]" * 200_000 + b" >>"}
    result, cpu = _read_bounded(tmp_path, pack(objects, 1))
    assert result.startswith(("InputError: ", "InputTooLarge: ")), result
    assert cpu < CPU_SECONDS, cpu


def test_a_name_tree_nested_past_the_depth_cap_is_too_large(tmp_path: Path) -> None:
    objects = dict(HEAD)
    for level in range(4, 4 + 3000):
        objects[level] = b"<< /Kids [ %d 0 R ] >>" % (level + 1)
    objects[4 + 3000] = b"<< /Names [ ] >>"
    result, cpu = _read_bounded(tmp_path, pack(objects, 1))
    assert result == "InputTooLarge: the PDF's list of attachments is nested too deeply"
    assert cpu < 1.0, cpu


def test_a_name_tree_with_more_nodes_than_the_budget_is_too_large(tmp_path: Path) -> None:
    objects = dict(HEAD)
    kids = range(10, 10 + MAX_OBJECTS + 10)
    objects[4] = b"<< /Kids [ " + b" ".join(b"%d 0 R" % k for k in kids) + b" ] >>"
    for kid in kids:
        objects[kid] = b"<< /Names [ ] >>"
    result, cpu = _read_bounded(tmp_path, pack(objects, 1))
    assert result.startswith("InputTooLarge: the PDF needs more than 5,000 objects"), result
    assert cpu < CPU_SECONDS, cpu


def test_a_name_tree_that_loops_is_one_sentence() -> None:
    objects = {**HEAD, 4: b"<< /Kids [ 5 0 R ] >>", 5: b"<< /Kids [ 4 0 R ] >>"}
    with pytest.raises(InputError, match="a PDF that cannot be read"):
        find_pdf_presentation(pack(objects, 1))


def test_two_attachments_named_presentation_json_are_ambiguous() -> None:
    twice = [("presentation.json", double_flate(CREDENTIAL)), ("presentation.json", b"{}")]
    data = _with_attachments([(n, b if b != b"{}" else double_flate(b)) for n, b in twice])
    with pytest.raises(InputError, match=r"more than one attachment named presentation\.json"):
        find_pdf_presentation(data)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_property_damaged_packs_give_one_sentence_or_the_attachment(data: st.DataObject) -> None:
    """Bytes flipped, cut or inserted anywhere in a real-shaped pack: the answer is the
    attachment or a typed error, never another exception."""
    files = [("a.txt", double_flate(b"x" * 100)), ("presentation.json", double_flate(CREDENTIAL))]
    pdf = bytearray(_with_attachments(files))
    for _ in range(data.draw(st.integers(1, 4))):
        where = data.draw(st.integers(0, len(pdf) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            pdf[where] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del pdf[where : where + data.draw(st.integers(1, 64))]
        else:
            pdf[where:where] = data.draw(st.binary(min_size=1, max_size=16))
    try:
        found = find_pdf_presentation(bytes(pdf))
    except (InputError, InputTooLarge):
        return
    assert len(found.data) <= 2 * 1024 * 1024
