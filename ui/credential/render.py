"""The credential page's details as HTML for a ``QTextBrowser``: every value escaped, every link
shown as its address and opened only when clicked (the browser does not follow links itself)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ui.credential.describe import CredentialView, Node

__all__ = ["details_html"]


def _t(text: str) -> str:
    return QCoreApplication.translate("CredentialDetails", text)


def _link(url: str, label: str = "") -> str:
    if not url:
        return escape(label)
    shown = escape(label) if label else escape(url)
    return f'<a href="{escape(url, quote=True)}">{shown}</a>'


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _rows(rows: list[tuple[str, str]]) -> str:
    """A two-column table; values are already HTML."""
    cells = "".join(
        f'<tr><td style="padding-right:14px;vertical-align:top;"><b>{escape(k)}</b></td>'
        f"<td>{v}</td></tr>"
        for k, v in rows
        if v
    )
    return f"<table>{cells}</table>" if cells else ""


def _paragraph(value: str) -> str:
    return f"<p>{escape(value)}</p>" if value else ""


def _date(value: str) -> str:
    return escape(value[:10]) if value else ""


def _tree(nodes: tuple[Node, ...]) -> str:
    if not nodes:
        return ""
    items = "".join(
        f"<li><b>{escape(n.name)}</b>"
        + (f" — {escape(n.kind)}" if n.kind else "")
        + (f" <i>({escape(n.issuer)})</i>" if n.issuer else "")
        + _tree(n.children)
        + "</li>"
        for n in nodes
    )
    return f"<ul>{items}</ul>"


def details_html(view: CredentialView) -> str:
    """The whole details document; sections without content are left out."""
    about = _rows(
        [
            (_t("Kind"), escape(view.kind)),
            (_t("Level"), escape(view.level)),
            (_t("Code"), escape(view.code)),
            (_t("Field of study"), escape(view.field_of_study)),
            (_t("Credits"), escape(view.credits)),
            (_t("Duration"), escape(view.duration)),
        ]
    )
    criteria = _paragraph(view.criteria) + (
        f"<p>{_link(view.criteria_url)}</p>" if view.criteria_url else ""
    )
    assessed = ""
    if view.results:
        assessed += _rows([(r.name, escape(r.value)) for r in view.results])
    for evidence in view.evidence:
        assessed += (
            f"<p><b>{escape(evidence.name or _t('Evidence'))}</b><br>{escape(evidence.narrative)}"
            + (f"<br>{_link(evidence.url)}" if evidence.url else "")
            + "</p>"
        )
    skills = ", ".join(escape(s) for s in view.skills)
    alignments = "".join(
        "<li>"
        + _link(a.url, a.name)
        + (f" — {escape(a.framework)}" if a.framework else "")
        + (f" <code>{escape(a.code)}</code>" if a.code else "")
        + (f"<br><small>{escape(a.url)}</small>" if a.url else "")
        + "</li>"
        for a in view.alignments
    )
    issuer = view.issuer
    issuer_rows = _rows(
        [
            (_t("Name"), escape(issuer.name)),
            (_t("Identifier"), f"<code>{escape(issuer.id)}</code>" if issuer.id else ""),
            (_t("Website"), _link(issuer.url)),
            (_t("Email"), escape(issuer.email)),
            (_t("About"), escape(issuer.description)),
        ]
    )
    dates = _rows(
        [
            (_t("Issued"), _date(view.issued)),
            (_t("Awarded"), _date(view.awarded)),
            (_t("Expires"), _date(view.expires) or escape(_t("never"))),
        ]
    )
    endorsements = "".join(
        f"<p><b>{escape(e.issuer)}</b>: {escape(e.comment)}</p>" for e in view.endorsements
    )
    parts = [
        _section(_t("Achievement"), about + _paragraph(view.description)),
        _section(_t("Criteria"), criteria),
        _section(_t("How it was assessed"), assessed),
        _section(_t("Skills"), f"<p>{skills}</p>" if skills else ""),
        _section(_t("Competencies and alignments"), f"<ul>{alignments}</ul>" if alignments else ""),
        _section(
            _t("Achievements in this record") if view.is_clr else _t("Included"), _tree(view.nested)
        ),
        _section(_t("Issuer"), issuer_rows),
        _section(_t("Dates"), dates),
        _section(_t("Endorsements"), endorsements),
    ]
    return "".join(parts)
