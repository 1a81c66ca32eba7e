"""A verifier's finding exported for the employer's records: JSON (the finding and the report in
its contract shape) or PDF (the same, for people, drawn with Qt's PDF writer).

Every value written into the PDF's markup is escaped (a credential's name is the issuer's text,
not markup). GUI thread only: QTextDocument and QPdfWriter are Qt objects (see
ui/library/images.py for why none is built in a worker).
"""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ui.verifier.finding_view import headline
from wallet.verifier import Finding
from wallet.verify import Check

__all__ = ["finding_json", "finding_pdf"]

_MARKS = {"pass": "✓", "fail": "✗", "warn": "!", "skip": "–"}


def finding_json(finding: Finding) -> bytes:
    return (json.dumps(finding.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _check(check: Check) -> str:
    return (
        f"<tr><td>{_MARKS[check.status.value]} {_e(check.id)}</td>"
        f"<td>{_e(check.status.value)}</td><td>{_e(check.message)}</td></tr>"
    )


def finding_html(finding: Finding) -> str:
    """The PDF's markup: the answer, the check, the presentation, each credential."""
    parts = [
        "<h1>Verification report</h1>",
        f"<p><b>{_e(headline(finding))}</b></p>",
        f"<p>Checked {_e(finding.checked.isoformat(timespec='seconds'))}, "
        f"{'online' if finding.online else 'offline'}. Found {_e(finding.found)}.</p>",
    ]
    if finding.challenge is not None:
        parts.append(
            f"<p>Challenge {_e(finding.challenge.challenge)}"
            + (f", domain {_e(finding.challenge.domain)}" if finding.challenge.domain else "")
            + f", issued {_e(finding.challenge.issued.isoformat(timespec='seconds'))}.</p>"
        )
    if finding.note:
        parts.append(f"<p><b>{_e(finding.note)}</b></p>")
    presentation = finding.presentation
    if presentation is not None:
        parts.append("<h2>The presentation</h2><table cellpadding='3'>")
        parts.append(f"<tr><td>signed by</td><td colspan='2'>{_e(presentation.signer)}</td></tr>")
        parts.append(
            f"<tr><td>challenge</td><td colspan='2'>{_e(presentation.challenge.value)}</td></tr>"
            f"<tr><td>domain</td><td colspan='2'>{_e(presentation.domain.value)}</td></tr>"
            f"<tr><td>made</td><td colspan='2'>{_e(presentation.freshness.message)}</td></tr>"
        )
        parts.extend(_check(c) for c in finding.report.checks)
        for binding in presentation.subjects:
            state = "the holder is its subject" if binding.bound else f"about {binding.subject}"
            parts.append(f"<tr><td>{_e(binding.label)}</td><td colspan='2'>{_e(state)}</td></tr>")
        parts.append("</table>")
    for credential in finding.credentials:
        parts.append(f"<h2>{_e(credential.name)} — {_e(credential.verdict.value)}</h2><ul>")
        for name, value in (
            ("Issuer", f"{credential.issuer_name} ({credential.issuer_id})"),
            ("Recipient", credential.recipient),
            ("Issued", credential.issued),
            ("Expires", credential.expires or "never"),
            ("Achievement", credential.achievement_type),
            ("Description", credential.description),
            ("Skills", ", ".join(credential.skills)),
        ):
            if value:
                parts.append(f"<li>{_e(name)}: {_e(value)}</li>")
        parts.append("</ul><table cellpadding='3'>")
        parts.extend(_check(c) for c in credential.report.checks)
        parts.append("</table>")
    return "".join(parts)


def finding_pdf(finding: Finding) -> bytes:
    """The finding as an A4 PDF. Needs a QGuiApplication; any thread."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle("Verification report")
    writer.setCreator("Learner Wallet")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(finding_html(finding))
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(data.data())
