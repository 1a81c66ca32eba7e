"""Hand-made PDFs for the resource tests: just enough of ISO 32000-2 §7.5 (objects, a classic
cross-reference table or a cross-reference stream) to say anything a hostile file could say."""

from __future__ import annotations

import zlib

Body = bytes  # an object's body: b"<< ... >>", or a dictionary followed by its stream


def stream(dictionary: bytes, data: bytes) -> Body:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def double_flate(payload: bytes) -> Body:
    """An embedded file compressed twice, as the issue's 2,000-attachment file was."""
    data = zlib.compress(zlib.compress(payload, 9), 9)
    return stream(b"/Type /EmbeddedFile /Filter [/FlateDecode /FlateDecode]", data)


def zeros_deflated(total: int) -> bytes:
    """zlib data inflating to ``total`` zero bytes, made without deflating them all: after a full
    flush every further megabyte of zeros deflates to the same bytes."""
    block = bytes(1024 * 1024)
    deflater = zlib.compressobj(9)
    head = deflater.compress(block) + deflater.flush(zlib.Z_FULL_FLUSH)
    unit = deflater.compress(block) + deflater.flush(zlib.Z_FULL_FLUSH)
    return head + unit * (total // len(block) - 1) + deflater.flush()


def literal(name: str) -> bytes:
    escaped = name.encode().replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def pack(objects: dict[int, Body], root: int) -> bytes:
    """A PDF of ``objects`` (numbered from 1) with a classic cross-reference table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def pack_with_object_stream(
    objects: dict[int, Body], in_stream: dict[int, bytes], stream_number: int, root: int,
    padding: bytes = b"", deflated: bytes | None = None,
) -> bytes:  # fmt: skip
    """Like :func:`pack`, with the objects ``in_stream`` compressed into object stream
    ``stream_number`` (§7.5.7) and a cross-reference stream (§7.5.8). ``deflated`` replaces
    the object stream's data as it is (a hand-made bomb); ``padding`` follows its objects."""
    header, body = bytearray(), bytearray()
    for number, value in in_stream.items():
        header += b"%d %d " % (number, len(body))
        body += value + b"\n"
    content = bytes(header) + bytes(body) + padding
    data = deflated if deflated is not None else zlib.compress(content, 9)
    objstm = stream(
        b"/Type /ObjStm /N %d /First %d /Filter /FlateDecode" % (len(in_stream), len(header)),
        data,
    )
    everything = {**objects, stream_number: objstm}
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(everything):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + everything[number] + b"\nendobj\n"
    xref_number = max([*everything, *in_stream]) + 1
    offsets[xref_number] = len(out)
    size = xref_number + 1
    rows = bytearray()
    index_in_stream = {n: i for i, n in enumerate(in_stream)}
    for number in range(size):
        if number in offsets:
            rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
        elif number in index_in_stream:
            index = index_in_stream[number].to_bytes(2, "big")
            rows += b"\x02" + stream_number.to_bytes(4, "big") + index
        else:
            rows += b"\x00" + bytes(4) + b"\xff\xff"
    xref = stream(b"/Type /XRef /Size %d /W [1 4 2] /Root %d 0 R" % (size, root), bytes(rows))
    start = len(out)
    out += b"%d 0 obj\n" % xref_number + xref + b"\nendobj\nstartxref\n%d\n%%%%EOF\n" % start
    return bytes(out)
