"""Attack-files: badge pictures a learner is handed (baked SVGs) cannot make the wallet draw a
local file, into the app or into the PDF pack they send, nor cost minutes to draw.

Every hostile SVG is built here; ``tests/fixtures/attack-files/FINDINGS.md`` lists them.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.bounded import CPU_SECONDS, run_bounded
from tests.factories import Issuer, make_badge
from ui.library.images import decode_image
from wallet.formats.svg_picture import MAX_DEPTH, MAX_DRAWN, safe_svg_picture

NS = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
NOW = datetime(2025, 3, 1, 12, tzinfo=UTC)


def use_bomb(levels: int = 9, fan: int = 10) -> bytes:
    """``fan`` uses of ``fan`` uses of … a rectangle: fan**levels shapes from ~2 KB."""
    defs = ['<rect id="l0" width="1" height="1"/>']
    for i in range(1, levels):
        uses = f'<use xlink:href="#l{i - 1}"/>' * fan
        defs.append(f'<g id="l{i}">{uses}</g>')
    body = "".join(defs)
    top = f'<use href="#l{levels - 1}"/>'
    return f'<svg {NS} width="96" height="96"><defs>{body}</defs>{top}</svg>'.encode()


def mask_chain(levels: int = 30) -> bytes:
    """Each mask draws the one before it twice (through ``url(#…)``, not ``href``)."""
    shape = '<rect width="96" height="96" fill="white" mask="url(#m{})"/>'
    masks = '<mask id="m0"><rect width="96" height="96" fill="white"/></mask>' + "".join(
        f'<mask id="m{i}">{shape.format(i - 1) * 2}</mask>' for i in range(1, levels)
    )
    top = shape.format(levels - 1)
    return f'<svg {NS} width="96" height="96"><defs>{masks}</defs>{top}</svg>'.encode()


def red_png(path: Path) -> Path:
    from PySide6.QtGui import QColor, QImage

    image = QImage(50, 50, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 0, 0))
    image.save(str(path))
    return path


def local_image(target: Path) -> str:
    return f'<image xlink:href="{target}" width="50" height="50"/>'


def naming_a_local_file(target: Path) -> bytes:
    """A picture whose only content is a local file, nested in a data: SVG image."""
    inner = f'<svg {NS} width="50" height="50">{local_image(target)}</svg>'
    encoded = base64.b64encode(inner.encode()).decode()
    return (
        f'<svg {NS} width="50" height="50"><image width="50" height="50" '
        f'xlink:href="data:image/svg+xml;base64,{encoded}"/></svg>'
    ).encode()


def test_a_use_bomb_is_refused_at_once_not_drawn_for_a_minute(qapp) -> None:
    started = time.process_time()
    assert safe_svg_picture(use_bomb()) is None
    assert decode_image(use_bomb(), 96) is None  # was 59 s of CPU, then a picture
    assert safe_svg_picture(mask_chain()) is None  # 2**30 masks: hours
    assert time.process_time() - started < 1.0


def test_a_deep_svg_is_refused_not_a_recursion_error(qapp) -> None:
    deep = f"<svg {NS}>{'<g>' * 50_000}{'</g>' * 50_000}</svg>".encode()
    assert safe_svg_picture(deep) is None  # was RecursionError out of the credential page
    assert decode_image(deep, 96) is None
    fine = f"<svg {NS}>{'<g>' * (MAX_DEPTH - 2)}<rect/>{'</g>' * (MAX_DEPTH - 2)}</svg>".encode()
    assert safe_svg_picture(fine) is not None


def test_a_reference_loop_is_refused(qapp) -> None:
    loop = f'<svg {NS}><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></svg>'
    assert safe_svg_picture(loop.encode()) is None


def test_an_svg_inside_a_data_image_cannot_draw_a_local_file(qapp, tmp_path) -> None:
    from PySide6.QtGui import QColor

    svg = naming_a_local_file(red_png(tmp_path / "secret.png"))
    drawn = decode_image(svg, 50)
    assert drawn is None or QColor(drawn.pixel(25, 25)) != QColor(255, 0, 0)
    cleaned = safe_svg_picture(svg)
    assert cleaned is not None and b"image/svg+xml" not in cleaned
    png = b"data:image/png;base64,iVBORw0KGgo="
    kept = safe_svg_picture(f'<svg {NS}><image href="{png.decode()}"/></svg>'.encode())
    assert kept is not None and png in kept  # a raster data image stays


def test_real_badge_pictures_still_draw(qapp) -> None:
    root = Path(__file__).resolve().parents[2]
    for path in [
        *(root / "tests/vectors/ob3/validator-samples").glob("*.svg"),
        *(root / "resources/samples/images").glob("*.svg"),
        root / "tests/vectors/ob2/bakery/baked.svg",
    ]:
        assert decode_image(path.read_bytes(), 96) is not None, path


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_pdf_pack_never_prints_a_local_file_a_baked_svg_names(qapp, tmp_path) -> None:
    """The pack drew the badge with QImage.fromData: Qt's SVG plugin then read the local file
    the badge names and the learner's pack carried it to the employer."""
    from PySide6.QtGui import QColor, QImage

    from ui.export.evidence_pack import evidence_pack_pdf
    from wallet.present.evidence import EvidenceItem
    from wallet.verify import VerifyOptions, verify_input

    secret = red_png(tmp_path / "passport.png")
    badge = make_badge(Issuer.generate("Example College"), 1)
    original = json.dumps(badge).encode()
    for picture in (
        f'<svg {NS} width="50" height="50">{local_image(secret)}</svg>'.encode(),
        naming_a_local_file(secret),
        use_bomb(),
    ):
        report = verify_input(original, VerifyOptions())
        item = EvidenceItem(badge["id"], badge["name"], badge, report, NOW, original, picture)
        started = time.process_time()
        pdf = evidence_pack_pdf([item], {"holder": "did:example:holder"}, made=NOW)
        assert time.process_time() - started < CPU_SECONDS
        (tmp_path / "pack.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "40", "-f", "2", "-l", "2", "-png", "pack.pdf", "page"],
            cwd=tmp_path, check=True,
        )  # fmt: skip
        page = QImage(str(next(tmp_path.glob("page*.png"))))
        reds = sum(
            1
            for y in range(0, page.height(), 2)
            for x in range(0, page.width(), 2)
            if QColor(page.pixel(x, y)).red() > 200 and QColor(page.pixel(x, y)).green() < 60
        )
        assert reds == 0, "a local file was printed into the pack"
        for png in tmp_path.glob("page*.png"):
            png.unlink()


def test_a_use_bomb_decodes_within_the_budget() -> None:
    measured = run_bounded(
        """
        from tests.ui.test_hostile_pictures import use_bomb, mask_chain
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui.library.images import decode_image
        def work():
            return [decode_image(svg, 96) is None for svg in (use_bomb(12), mask_chain(40))]
        """
    )
    assert measured.result == "[True, True]"
    assert measured.cpu < CPU_SECONDS


def _naive_drawn(graph: list[list[int]], node: int, cap: int) -> int:
    """What drawing node visits, references expanded, stopped at ``cap`` (the reference)."""
    total = 1
    for target in graph[node]:
        total += _naive_drawn(graph, target, cap)
        if total > cap:
            return total
    return total


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=12).flatmap(
        lambda n: st.lists(
            st.lists(st.integers(min_value=0, max_value=n - 1), max_size=12), min_size=n, max_size=n
        )
    ),
    st.sampled_from(["use", "mask", "fill", "filter", "clip-path"]),
)
def test_no_kept_picture_draws_more_than_the_limit(graph: list[list[int]], how: str) -> None:
    """Any graph of elements referring to each other (by href or url(#…)): the picture is kept
    only when drawing it, every reference expanded, visits at most MAX_DRAWN elements."""

    def refer(target: int) -> str:
        if how == "use":
            return f'<use href="#n{target}"/>'
        return f'<rect {how}="url(#n{target})"/>'

    body = "".join(
        f'<g id="n{i}">{"".join(refer(t) for t in refs)}</g>' for i, refs in enumerate(graph)
    )
    svg = f"<svg {NS}><defs>{body}</defs><use href='#n0'/></svg>".encode()
    cyclic = _has_cycle(graph)
    kept = safe_svg_picture(svg)
    if cyclic:
        assert kept is None
    elif kept is not None:
        # each reference is an element (use or rect) plus what it draws; the g itself is one
        assert _naive_drawn(_with_wrappers(graph), 0, MAX_DRAWN) <= MAX_DRAWN


def _has_cycle(graph: list[list[int]]) -> bool:
    state = [0] * len(graph)

    def visit(node: int) -> bool:
        state[node] = 1
        for target in graph[node]:
            if state[target] == 1 or (state[target] == 0 and visit(target)):
                return True
        state[node] = 2
        return False

    return any(state[n] == 0 and visit(n) for n in range(len(graph)))


def _with_wrappers(graph: list[list[int]]) -> list[list[int]]:
    """The same graph with the referring element counted: node -> wrapper -> target."""
    n = len(graph)
    wrapped: list[list[int]] = [[] for _ in range(n)]
    for node, targets in enumerate(graph):
        for target in targets:
            wrapped[node].append(len(wrapped))
            wrapped.append([target])
    return wrapped[:n] + wrapped[n:]
