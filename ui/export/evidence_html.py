"""The evidence pack's pages as Qt rich text (the HTML subset QTextDocument understands).

No Qt here: :func:`pack_html` returns the markup and the images it refers to by name, and
:mod:`ui.export.evidence_pack` lays it out and writes the PDF. Lengths are CSS pixels at
``px_per_mm`` (what the document is laid out in), so a QR code's printed size is exact.

Page layout, top to bottom: a header table (title, type, description and details on the left;
the badge image in its own column on the right, so it cannot overlap the text); the QR code at
up to 100 mm wide with what it is and how to scan it beside it; criteria, results, evidence,
skills; the verification report. Long DIDs are elided for reading (the attached files keep them).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ui.common.display import line, passage
from ui.common.markdown_text import markdown_html
from ui.common.verdicts import unsigned_note
from wallet.present.evidence import (
    EvidenceItem,
    credential_facts,
    elide_identifier,
    elide_identifiers,
    qr_print_size,
)
from wallet.present.qr import QrCode
from wallet.verify import Report, Status
from wallet.verify.parts import parts_sentence, tally_parts
from wallet.verify.recipient import recipient_of

__all__ = ["BADGE_MM", "PackHtml", "attachment_name", "pack_html"]

BADGE_MM = 26.0
_STATUS_COLOURS = {
    Status.PASS: "#1b7f3b",
    Status.FAIL: "#b00020",
    Status.WARN: "#8a5a00",
    Status.SKIP: "#555555",
}
# Qt's rich text reads margins and padding in pixels only ("pt" is ignored there).
CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 20pt; margin-top: 0px; margin-bottom: 6px; }
h2 { font-size: 15pt; margin-top: 0px; margin-bottom: 2px; }
h3 { font-size: 11pt; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 6px; }
ul { margin-top: 0px; margin-bottom: 0px; }
li { margin-bottom: 1px; }
.muted { color: #555; }
.small { font-size: 8pt; color: #555; }
.report { font-size: 8.5pt; }
td { padding: 2px 8px 2px 0px; vertical-align: top; }
th { text-align: left; padding: 2px 8px 4px 0px; }
"""


@dataclass
class PackHtml:
    """The markup of the whole pack and the images it refers to by name: encoded images (badges)
    and QR codes, which the writer draws from their modules."""

    body: str = ""
    images: dict[str, bytes] = field(default_factory=dict)
    codes: dict[str, QrCode] = field(default_factory=dict)


# Paper follows the app's display rule (ui.common.display): a value from a credential is one
# line of at most NAME_LIMIT characters with invisible and bidi characters shown as escapes, and
# a list prints its first _MAX_LISTED entries. Before, a 1 MB name took minutes to lay out and an
# issuer written backwards behind U+202E printed as "Harvard University" (attack-files F1).
_MAX_LISTED = 100
_LONG_LINE = 600  # an evidence line holds a narrative


def _e(value: Any) -> str:
    """Our own text (labels, dates we format) escaped for the markup."""
    return html.escape(str(value), quote=True)


def _v(value: Any, limit: int | None = None) -> str:
    """A value from a credential: :func:`ui.common.display.line`, then escaped."""
    return html.escape(line(value) if limit is None else line(value, limit), quote=True)


def _listed(lines: Sequence[str]) -> str:
    """The first _MAX_LISTED lines as list items, and how many were left out."""
    items = [f"<li>{_v(text, _LONG_LINE)}</li>" for text in lines[:_MAX_LISTED]]
    if len(lines) > _MAX_LISTED:
        items.append(f'<li class="muted">and {len(lines) - _MAX_LISTED} more</li>')
    return "".join(items)


def attachment_name(index: int, item: EvidenceItem) -> str:
    """``credential-01-teamwork.json`` (``.jwt`` for compact JWTs): what the pack attaches."""
    slug = "-".join("".join(c if c.isalnum() else " " for c in item.name.lower()).split())[:40]
    extension = "json" if item.original.lstrip()[:1] in (b"{", b"[") else "jwt"
    return f"credential-{index:02d}-{slug or 'credential'}.{extension}"


def _verdict(report: Report) -> str:
    colour = "#1b7f3b" if report.verdict.value == "valid" else "#b00020"
    word = f'<b style="color:{colour}">{_e(report.verdict.value.upper())}</b>'
    unsigned = unsigned_note(report)  # attack-files F6: the page prints unsigned text
    if unsigned:
        word += f'<br/><span style="color:#b00020">{html.escape(unsigned, quote=False)}</span>'
    note = parts_sentence(report.verdict, tally_parts(report))
    if note:  # issue 11: a valid CLR holding a forged achievement says so wherever it is shown
        word += f'<br/><span style="color:#b00020">{_e(note.split(", but ", 1)[-1])}</span>'
    return word


def _markdown(text: str) -> str:
    """OB 3.0 Markdown as the pack's rich text: no raw HTML, links shown with their address."""
    return markdown_html(passage(text)[0])


def _recipient(item: EvidenceItem) -> str:
    recipient = recipient_of(item.report.view.data)
    if recipient.shown:
        return _v(recipient.shown)
    if recipient.hashed:
        return _v(f"a hashed {recipient.kind or 'identity'}")
    return ""


def _parts(item: EvidenceItem) -> str:
    """Each credential inside (a CLR's achievements, endorsements) with its own verdict."""
    rows = []
    inside = item.report.credentials
    for inner in inside[:_MAX_LISTED]:
        name = (inner.about or {}).get("name")
        colour = "#1b7f3b" if inner.verdict.value == "valid" else "#b00020"
        rows.append(
            f'<li><b style="color:{colour}">{_e(inner.verdict.value.upper())}</b> '
            f"{_v(inner.label)}"
            + (f": {_v(name)}" if isinstance(name, str) and name else "")
            + "</li>"
        )
    if len(inside) > _MAX_LISTED:
        rows.append(f'<li class="muted">and {len(inside) - _MAX_LISTED} more</li>')
    return f"<h3>Inside this credential</h3><ul>{''.join(rows)}</ul>" if rows else ""


def _cover(items: Sequence[EvidenceItem], holder: str, made: datetime) -> str:
    rows = []
    for i, item in enumerate(items, 1):
        facts = credential_facts(item.report.view, item.name)
        rows.append(
            f"<tr><td>{i}.</td><td><b>{_v(facts.title)}</b><br/>"
            f'<span class="muted">{_v(elide_identifiers(line(facts.issuer_name)))}</span><br/>'
            f'<span class="small">attached as {_e(attachment_name(i, item))}</span></td>'
            f"<td>{_v(facts.issued[:10] if facts.issued else '')}</td>"
            f"<td>{_verdict(item.report)}</td></tr>"
        )
    return (
        "<h1>Evidence pack</h1>"
        f'<p class="muted">Made {_e(made.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"))} by '
        f"Learner Wallet. Presented by {_e(holder)}.</p>"
        "<p>Each credential has its own page: what it says, how it was verified and a QR code "
        "to check it. The original credential files and the signed presentation "
        "(<i>presentation.json</i>) are attached to this PDF (the paperclip or attachments "
        "panel of most PDF readers), so any verifier can check them with software.</p>"
        "<h3>Credentials</h3>"
        '<table width="100%" cellspacing="0"><tr><th width="5%"></th><th>Credential</th>'
        f'<th width="15%">Issued</th><th width="15%">Verdict</th></tr>{"".join(rows)}</table>'
    )


def _header(index: int, item: EvidenceItem, out: PackHtml, px_per_mm: float) -> str:
    facts = credential_facts(item.report.view, item.name)
    text = [f"<h2>{_v(facts.title)}</h2>"]
    if facts.achievement_type:
        text.append(f'<p class="muted">{_v(facts.achievement_type)}</p>')
    if facts.description:
        text.append(_markdown(facts.description))
    issuer = _v(elide_identifiers(line(facts.issuer_name)))
    if facts.issuer_id and facts.issuer_id != facts.issuer_name:
        shown_id = elide_identifier(line(facts.issuer_id, _LONG_LINE))
        issuer += f'<br/><span class="small">{_v(shown_id, _LONG_LINE)}</span>'
    details = [
        ("Issuer", issuer),
        ("Issued to", _recipient(item) or "not stated"),
        ("Issued", _v(facts.issued or "not stated")),
        ("Valid until", _v(facts.valid_until or "no expiry")),
        ("Credential id", _v(elide_identifiers(line(facts.credential_id or "none", _LONG_LINE)))),
        ("Attached as", _e(attachment_name(index, item))),
    ]
    text.append('<table cellspacing="0">')
    text.extend(f'<tr><td width="112"><b>{k}</b></td><td>{v}</td></tr>' for k, v in details)
    text.append("</table>")
    badge = ""
    if item.image is not None:
        name = f"badge-{index}"
        out.images[name] = item.image
        side = round(BADGE_MM * px_per_mm)
        badge = (
            f'<td width="{side + 8}" align="right">'
            f'<img src="{name}" width="{side}" height="{side}"/></td>'
        )
    return f'<table width="100%" cellspacing="0"><tr><td>{"".join(text)}</td>{badge}</tr></table>'


def _qr(index: int, item: EvidenceItem, out: PackHtml, px_per_mm: float) -> str:
    if item.qr is None:
        return ""
    if item.qr.code is None:
        # Printed on paper, the useful pointer is the attachment itself.
        return (
            '<h3>QR code</h3><p class="muted">None is printed: the signed presentation of this '
            "credential does not fit a QR code that can be scanned. To check the credential, "
            f"verify the attached {_e(attachment_name(index, item))} or presentation.json.</p>"
        )
    code = item.qr.code
    name = f"qr-{index}"
    out.codes[name] = code
    size = qr_print_size(code)
    side = round(size.width_mm * px_per_mm)
    return (
        '<table width="100%" cellspacing="0" style="margin-top: 10px"><tr>'
        f'<td width="{side + 12}"><img src="{name}" width="{side}" height="{side}"/></td>'
        f"<td>{_scan_note(code, size.module_mm)}</td></tr></table>"
    )


def _scan_note(code: QrCode, module_mm: float) -> str:
    """What the code is and how to scan it from paper."""
    if code.kind == "vp1":
        what = (
            "<b>Scan to verify.</b> This QR code holds the signed presentation of this "
            "credential (a VP1- code: QR version "
            f"{code.version}, error correction {code.error_correction}). Scan it with "
            "VerifierPlus or the Learner Credential Wallet app."
        )
    else:
        what = (
            "<b>Link to the credential's public page</b> (QR version "
            f"{code.version}). The link proves nothing by itself: verify the attached file."
        )
    return (
        f"<p>{what}</p>"
        '<p class="small">Hold the phone about 20 cm from the page, square to it, in good '
        "light, with the whole code and its white border in view. Printed at "
        f"{module_mm:.2f}\u00a0mm a module: print at 100\u00a0% (not “fit to page”) so it still "
        "scans. "
        "If it will not scan, verify the attached presentation.json instead.</p>"
    )


def _sections(item: EvidenceItem) -> str:
    facts = credential_facts(item.report.view, item.name)
    parts = []
    if facts.criteria:
        parts.append(f"<h3>Criteria</h3>{_markdown(facts.criteria)}")
    for title, lines in (
        ("Results", facts.results),
        ("Evidence", facts.evidence),
        ("Skills and alignments", facts.skills),
    ):
        if lines:
            parts.append(f"<h3>{title}</h3><ul>{_listed(lines)}</ul>")
    return "".join(parts)


def _report(item: EvidenceItem) -> str:
    checked = item.checked.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    rows = "".join(
        f'<tr><td width="72"><b>{_e(check.id)}</b></td>'
        f'<td width="44" style="color:{_STATUS_COLOURS[check.status]}">'
        f"{_e(check.status.value)}</td><td>{_e(elide_identifiers(check.message))}</td></tr>"
        for check in item.report.checks
    )
    return (
        f"<h3>Verification: {_verdict(item.report)}</h3>"
        f'<p class="muted">Checked {_e(checked)} by Learner Wallet, offline.</p>'
        f'<table width="100%" cellspacing="0" class="report">{rows}</table>'
    )


def pack_html(
    items: Sequence[EvidenceItem], holder: str, made: datetime, px_per_mm: float
) -> PackHtml:
    """The cover page and one page per credential (a long one flows onto the next page)."""
    out = PackHtml()
    pages = [_cover(items, holder, made)]
    for i, item in enumerate(items, 1):
        pages.append(
            '<div style="page-break-before: always">'
            + _header(i, item, out, px_per_mm)
            + _qr(i, item, out, px_per_mm)
            + _sections(item)
            + _parts(item)
            + _report(item)
            + "</div>"
        )
    out.body = "".join(pages)
    return out
