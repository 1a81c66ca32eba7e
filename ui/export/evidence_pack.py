"""The PDF evidence pack, drawn with Qt's PDF writer (QTextDocument → QPdfWriter).

A cover page lists the credentials; then one page per credential: what it says (achievement,
description, criteria, issuer, dates, skills, badge image), its verification report with the time
it was made, and its QR code (a VP1- presentation of that credential when it fits). The original
credential files and the signed presentation are then attached
(:mod:`wallet.present.pdf_attachments`) so the pack can be verified by software, not just read.

Runs on any thread that may use QTextDocument (it creates no widgets); needs a QGuiApplication,
which :func:`write_evidence_pack_offscreen` creates for command-line use.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from wallet.present.evidence import EvidenceItem, credential_facts
from wallet.present.pdf_attachments import attach_files
from wallet.verify import Report, Status

__all__ = ["attachment_name", "evidence_pack_pdf", "write_evidence_pack_offscreen"]

_STATUS_COLOURS = {
    Status.PASS: "#1b7f3b",
    Status.FAIL: "#b00020",
    Status.WARN: "#8a5a00",
    Status.SKIP: "#555555",
}
_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 20pt; margin-bottom: 4pt; }
h2 { font-size: 15pt; margin-bottom: 2pt; }
h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; }
.muted { color: #555; }
.small { font-size: 8pt; color: #555; }
.report { font-size: 8.5pt; }
td { padding: 2pt 6pt 2pt 0; vertical-align: top; }
th { text-align: left; padding: 2pt 6pt 2pt 0; }
"""


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def attachment_name(index: int, item: EvidenceItem) -> str:
    """``credential-01-teamwork.json`` (``.jwt`` for compact JWTs): what the pack attaches."""
    slug = "-".join("".join(c if c.isalnum() else " " for c in item.name.lower()).split())[:40]
    extension = "json" if item.original.lstrip()[:1] in (b"{", b"[") else "jwt"
    return f"credential-{index:02d}-{slug or 'credential'}.{extension}"


def _verdict_line(report: Report) -> str:
    colour = "#1b7f3b" if report.verdict.value == "valid" else "#b00020"
    return f'<b style="color:{colour}">{_e(report.verdict.value.upper())}</b>'


def _cover(items: Sequence[EvidenceItem], holder: str, made: datetime) -> str:
    rows = "".join(
        f"<tr><td>{i}.</td><td><b>{_e(credential_facts(item.document, item.name).title)}</b><br/>"
        f'<span class="muted">{_e(credential_facts(item.document, item.name).issuer_name)}'
        f"</span></td><td>{_verdict_line(item.report)}</td>"
        f"<td>{_e(attachment_name(i, item))}</td></tr>"
        for i, item in enumerate(items, 1)
    )
    return (
        "<h1>Evidence pack</h1>"
        f'<p class="muted">Made {_e(made.strftime("%Y-%m-%d %H:%M UTC"))} by Learner Wallet. '
        f"Presented by {_e(holder)}.</p>"
        "<p>Each credential has its own page: what it says, how it was verified and a QR code "
        "to check it. The original credential files and the signed presentation "
        "(<i>presentation.json</i>) are attached to this PDF, so any verifier can check them.</p>"
        "<h3>Credentials</h3>"
        '<table width="100%"><tr><th width="4%"></th><th width="48%">Credential</th>'
        f'<th width="16%">Verdict</th><th>Attached file</th></tr>{rows}</table>'
    )


def _credential_page(index: int, item: EvidenceItem, document: QTextDocument) -> str:
    facts = credential_facts(item.document, item.name)
    head = []
    if item.image is not None and _add_image(document, f"badge-{index}", item.image):
        head.append(f'<img src="badge-{index}" width="90" align="right"/>')
    head.append(f"<h2>{_e(facts.title)}</h2>")
    if facts.achievement_type:
        head.append(f'<p class="muted">{_e(facts.achievement_type)}</p>')
    if facts.description:
        head.append(f"<p>{_e(facts.description)}</p>")
    issuer = facts.issuer_name
    if facts.issuer_id and facts.issuer_id != facts.issuer_name:
        issuer += f" ({facts.issuer_id})"
    details = [
        ("Issuer", issuer),
        ("Issued", facts.issued or "not stated"),
        ("Valid until", facts.valid_until or "no expiry"),
        ("Credential id", facts.credential_id or "none"),
        ("Attached as", attachment_name(index, item)),
    ]
    head.append('<table width="100%">')
    head.extend(f'<tr><td width="26%"><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>' for k, v in details)
    head.append("</table>")
    parts = [
        '<div style="page-break-before: always"><table width="100%"><tr>',
        f"<td>{''.join(head)}</td>",
        f'<td width="34%">{_qr_block(index, item, document)}</td>',
        "</tr></table>",
    ]
    if facts.criteria:
        parts.append(f"<h3>Criteria</h3><p>{_e(facts.criteria)}</p>")
    if facts.skills:
        parts.append("<h3>Skills and alignments</h3><ul>")
        parts.extend(f"<li>{_e(skill)}</li>" for skill in facts.skills)
        parts.append("</ul>")
    checked = item.checked.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    parts.append(
        f"<h3>Verification: {_verdict_line(item.report)}</h3>"
        f'<p class="muted">Checked {_e(checked)} by Learner Wallet, offline.</p>'
        '<table width="100%" class="report">'
    )
    for check in item.report.checks:
        colour = _STATUS_COLOURS[check.status]
        parts.append(
            f'<tr><td width="13%"><b>{_e(check.id)}</b></td>'
            f'<td width="8%" style="color:{colour}">{_e(check.status.value)}</td>'
            f"<td>{_e(check.message)}</td></tr>"
        )
    parts.append("</table></div>")
    return "".join(parts)


def _qr_block(index: int, item: EvidenceItem, document: QTextDocument) -> str:
    if item.qr is None:
        return ""
    if item.qr.code is None:
        return f'<p class="muted">No QR code: {_e(item.qr.message)}.</p>'
    name = f"qr-{index}"
    _add_image(document, name, item.qr.code.png(module_px=8))
    caption = (
        "Scan with VerifierPlus or Learner Credential Wallet"
        if item.qr.code.kind == "vp1"
        else "Opens the credential's public page"
    )
    return (
        f'<p align="center"><img src="{name}" width="180"/></p>'
        f'<p class="small">{_e(caption)}: {_e(item.qr.message)}.</p>'
    )


def _add_image(document: QTextDocument, name: str, data: bytes) -> bool:
    image = QImage.fromData(data)
    if image.isNull():
        return False
    if image.depth() == 1:
        # Qt's PDF engine writes 1-bit images as stencil masks that poppler leaves blank.
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    return True


def evidence_pack_pdf(
    items: Sequence[EvidenceItem],
    presentation: dict[str, Any],
    *,
    made: datetime | None = None,
) -> bytes:
    """The evidence pack's PDF bytes, attachments included. Needs a QGuiApplication."""
    if not items:
        raise ValueError("an evidence pack needs at least one credential")
    made = made or datetime.now(UTC)
    holder = str(presentation.get("holder", ""))
    document = QTextDocument()
    document.setDefaultStyleSheet(_CSS)
    body = _cover(items, holder, made) + "".join(
        _credential_page(i, item, document) for i, item in enumerate(items, 1)
    )
    document.setHtml(f"<html><body>{body}</body></html>")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Evidence pack")
    writer.setCreator("Learner Wallet")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    pdf = bytes(QByteArray(buffer.data()).data())
    files = [(attachment_name(i, item), item.original) for i, item in enumerate(items, 1)]
    files.append(
        ("presentation.json", json.dumps(presentation, indent=2, ensure_ascii=False).encode())
    )
    return attach_files(pdf, files)


def write_evidence_pack_offscreen(
    items: Sequence[EvidenceItem], presentation: dict[str, Any]
) -> bytes:
    """:func:`evidence_pack_pdf` for the command line: makes an offscreen QGuiApplication first."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _keep.append(QGuiApplication(["learner-wallet", "-platform", "offscreen"]))
    return evidence_pack_pdf(items, presentation)


_keep: list[Any] = []  # the application must outlive the call that made it
