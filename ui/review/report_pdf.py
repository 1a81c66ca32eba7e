"""The review report as a PDF, drawn with Qt (QTextDocument laid out on a QPdfWriter), with the
skills chart painted by :func:`ui.review.chart.paint_bars` into the page.

Content: :class:`wallet.review.report.ReviewReport` (the learner and the date, the holder
binding, the summary, each credential's status and reason from its signed data, the skills
overview and chart, the job match, the micro-credential elements, the notes). Every value is
escaped: a credential's name is text, never markup. Needs a QGuiApplication;
:func:`write_review_report_offscreen` makes one for the command line.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QPalette, QTextDocument

from ui.common.verdicts import unsigned_note, verdict_label
from ui.export.paged_pdf import ensure_offscreen_app, paged_pdf
from ui.review.chart import chart_image
from wallet.review.report import ReviewReport
from wallet.verify import Report
from wallet.wording import plain

__all__ = ["report_html", "review_report_pdf", "write_review_report_offscreen"]

_MARGIN_MM = 16.0
_CHART = "review-chart.png"
CSS = """
body { font-family: 'DejaVu Sans'; font-size: 9pt; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; border-bottom: 1px solid #888; }
td, th { padding: 2px 4px; vertical-align: top; }
th { background: #e8e8e8; text-align: left; }
.muted { color: #555; }
"""


def _e(value: Any, limit: int = 600) -> str:
    return escape(plain(str(value), limit))


def _note(text: str) -> str:
    """An advisor's note, its line breaks kept: plain() shows a newline as an escape, so each
    line is escaped on its own (before, the report printed "\\u000a" between them)."""
    return "<br/>".join(_e(line, 20000) for line in text[:20000].splitlines())


def _unsigned(report: Report) -> str:
    """The PDF pack's words under the status of content nothing the wallet checked signs."""
    note = unsigned_note(report)
    return f"<br/><span style='color:#b00020'>{escape(note, quote=False)}</span>" if note else ""


def _table(head: list[str], rows: list[list[str]]) -> str:
    header = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f'<table width="100%" cellspacing="0" border="1">{"<tr>" + header + "</tr>"}{body}</table>'
    )


def report_html(report: ReviewReport, chart_width: int) -> str:
    review = report.review
    items = review.items
    parts = [
        f"<h1>Portfolio review: {_e(report.learner)}</h1>",
        f"<p class='muted'>Report made {report.made.astimezone():%d %B %Y %H:%M}"
        + (f"; verified {review.checked.astimezone():%d %B %Y %H:%M}" if review.checked else "")
        + "; made with Learner Wallet.</p>",
        "<h2>Holder binding</h2>",
    ]
    if review.holder is None:
        parts.append("<p>No presentation: nothing shows who handed these credentials over.</p>")
    else:
        parts.append(
            f"<p><b>{_e(review.holder.status.value)}</b>: {_e(review.holder.message(), 2000)}</p>"
        )
    summary = [[_e(verdict_label(v)), str(n)] for v, n in review.summary().items()]
    parts += ["<h2>Summary</h2>", _table(["Verdict", "Credentials"], summary)]
    if review.unreadable:
        parts.append(
            "<p>Not credentials: "
            + "; ".join(f"{_e(u.name)}: {_e(u.reason)}" for u in review.unreadable)
            + "</p>"
        )
    rows = []
    for item in items:
        reason = _e(item.reason())
        if item.holder is not None and item.holder.status.value != "pass":
            reason += "<br/>holder: " + _e(item.holder.message)
        rows.append(
            [
                str(item.index + 1),
                _e(item.name),
                _e(item.issuer),
                f"<b>{_e(verdict_label(item.verdict))}</b>" + _unsigned(item.report),
                reason,
            ]
        )
    parts += [
        "<h2>Credentials</h2>",
        "<p class='muted'>Each credential's status and reason, from its signed data.</p>",
        _table(["#", "Credential", "Issuer", "Status", "Reason"], rows),
        "<h2>Skills</h2>",
        f'<p><img src="{_CHART}" width="{chart_width}"/></p>',
    ]
    skill_rows = [
        [
            _e(s.framework or "no framework named"),
            _e(s.name),
            ", ".join(f"#{i + 1}" for i in s.evidence) or "—",
            ", ".join(f"#{i + 1}" for i in s.others) or "—",
        ]
        for s in report.skills.skills
    ]
    parts.append(_table(["Framework", "Skill", "Evidenced by", "Named, not counted"], skill_rows))
    for match, title in ((report.job, "Job match"), (report.framework, "Framework match")):
        if match is None:
            continue
        heading = title if match.source == "job" else f"{title}: {_e(match.name)}"
        match_rows = [["matched", _e(s.name), _e(s.explanation(), 900)] for s in match.matched]
        match_rows += [["missing", _e(s.name), _e(s.explanation(), 900)] for s in match.missing]
        parts += [f"<h2>{heading}</h2>", _table(["", "Skill", "Why"], match_rows)]
    quality = report.quality
    element_rows = [
        [_e(e.name) + ("" if e.mandatory else " (optional)"), f"{n} of {total}"]
        for e, n, total in quality.rows()
    ]
    parts += [
        "<h2>Micro-credential elements</h2>",
        "<p class='muted'>EU Council Recommendation 2022/C 243/02, Annex I.</p>",
        _table(["Element", "Stated by"], element_rows),
    ]
    for item in items:
        assessed = quality.reports[item.index]
        lines = "".join(f"<li>{_e(f.sentence(), 400)}</li>" for f in assessed.findings)
        parts.append(
            f"<p><b>#{item.index + 1} {_e(item.name)}</b>: {_e(assessed.conclusion())}</p>"
            f"<ul>{lines}</ul>"
        )
    parts.append("<h2>Notes</h2>")
    if report.portfolio_note:
        parts.append(f"<p>{_note(report.portfolio_note)}</p>")
    for index, note in sorted(report.notes.items()):
        if index < len(items):
            parts.append(f"<p><b>#{index + 1} {_e(items[index].name)}</b>: {_note(note)}</p>")
    if not report.portfolio_note and not report.notes:
        parts.append("<p class='muted'>No notes.</p>")
    parts.append(f"<p class='muted'>{_e(report.attribution)}</p>")
    return "".join(parts)


def review_report_pdf(report: ReviewReport) -> bytes:
    """The report's PDF bytes. Needs a QGuiApplication; GUI thread (see ui/export/paged_pdf.py)."""

    def fill(document: QTextDocument, width: float) -> None:
        document.setDefaultStyleSheet(CSS)
        image = chart_image(report.bars("skill"), int(width), QPalette())
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(_CHART), image)
        document.setHtml(f"<html><body>{report_html(report, int(width))}</body></html>")

    return paged_pdf(
        f"Portfolio review: {plain(report.learner)}", _MARGIN_MM, fill, "Portfolio review"
    )


def write_review_report_offscreen(report: ReviewReport) -> bytes:
    """:func:`review_report_pdf` for the command line: makes an offscreen application first."""
    ensure_offscreen_app()
    return review_report_pdf(report)
