"""The credential page's details as HTML for a ``QTextBrowser``: every value escaped, Markdown
rendered without raw HTML (:mod:`ui.common.markdown_text`), every link shown with its address and
opened only when clicked (the browser does not follow links itself), every nested item with its
own verdict chip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from ui.common.display import line
from ui.common.markdown_text import markdown_html
from ui.common.verdicts import chip_colors, chip_for, verdict_label
from ui.credential.describe import CredentialView, Node
from ui.credential.parts import Endorsement

__all__ = ["SHOW_ALL", "details_html", "recipient_text"]

SHOW_ALL = "wallet:show-all-description"  # the page handles this link itself


# pyside6-lupdate reads only literal translate("Context", "text") calls, not a wrapper.
translate = QCoreApplication.translate


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


def _date(value: str) -> str:
    return escape(value[:10]) if value else ""


def chip_html(verdict: str, palette: QPalette | None) -> str:
    """A verdict as a coloured word (the word is there for screen readers and colour-blindness)."""
    if not verdict:
        unchecked = escape(translate("CredentialDetails", "not checked"))
        return f'<span style="color:gray">[{unchecked}]</span>'
    background, text = chip_colors(chip_for(verdict), palette or QPalette())
    return (
        f'<span style="background-color:{background.name()};color:{text.name()};">'
        f"&nbsp;<b>{escape(verdict_label(verdict))}</b>&nbsp;</span>"
    )


def _tree(nodes: tuple[Node, ...], palette: QPalette | None) -> str:
    if not nodes:
        return ""
    items = "".join(
        f"<li>{chip_html(n.verdict, palette)} <b>{escape(n.name)}</b>"
        + (f" — {escape(n.kind)}" if n.kind else "")
        + (f" <i>({escape(n.issuer)})</i>" if n.issuer else "")
        + _tree(n.children, palette)
        + "</li>"
        for n in nodes
    )
    return f"<ul>{items}</ul>"


def _endorsements(items: tuple[Endorsement, ...], palette: QPalette | None) -> str:
    unnamed = translate("CredentialDetails", "Unnamed endorser")
    return "".join(
        f"<p>{chip_html(e.verdict, palette)} <b>{escape(e.issuer or unnamed)}</b>"
        + (f": {escape(e.comment)}" if e.comment else "")
        + "</p>"
        for e in items
    )


def recipient_text(view: CredentialView) -> str:
    """Whom the credential names, in words ("" when it names nobody a person can read)."""
    recipient = view.recipient
    if recipient.hashed:
        kind = (
            translate("CredentialDetails", "email address")
            if recipient.kind == "email"
            else translate("CredentialDetails", "identity")
        )
        if view.recipient_match:
            matched = translate(
                "CredentialDetails", "%1 (one of your addresses; the credential holds it hashed)"
            )
            return matched.replace("%1", line(view.recipient_match))
        return translate("CredentialDetails", "a hashed %1").replace("%1", kind)
    if recipient.name and recipient.identity:
        return f"{line(recipient.name)} ({line(recipient.identity)})"
    return line(recipient.shown)


def _legacy_note(view: CredentialView) -> str:
    legacy = view.legacy
    if legacy is None:
        return ""
    parts = []
    if legacy.missing:
        text = (
            translate(
                "CredentialDetails",
                "This badge's file holds only a link to its description, so the badge's name, "
                "description, criteria and issuer are not shown here. Checking it online "
                "fetches them from the issuer.",
            )
            if "badge" in legacy.missing
            else translate(
                "CredentialDetails",
                "This badge names its issuer only by a link, so the issuer's name is not shown "
                "here. Checking it online fetches it.",
            )
        )
        parts.append(f"<p><i>{escape(text)}</i></p>")
        if legacy.badge_url:
            parts.append(f"<p>{_link(legacy.badge_url)}</p>")
    if legacy.fetched_at:
        when = translate("CredentialDetails", "Badge details fetched %1.").replace(
            "%1", legacy.fetched_at
        )
        parts.append(f'<p style="color:gray">{escape(when)}</p>')
    return "".join(parts)


def details_html(view: CredentialView, palette: QPalette | None = None) -> str:
    """The whole details document; sections without content are left out."""
    about = _rows(
        [
            (translate("CredentialDetails", "Kind"), escape(view.kind)),
            (translate("CredentialDetails", "Level"), escape(view.level)),
            (translate("CredentialDetails", "Code"), escape(view.code)),
            (translate("CredentialDetails", "Field of study"), escape(view.field_of_study)),
            (translate("CredentialDetails", "Credits"), escape(view.credits)),
            (translate("CredentialDetails", "Duration"), escape(view.duration)),
        ]
    )
    description = markdown_html(view.description)
    if view.description_cut:
        more = escape(translate("CredentialDetails", "Show all of the description…"))
        description += f'<p><a href="{SHOW_ALL}">{more}</a></p>'
    criteria = markdown_html(view.criteria) + (
        f"<p>{_link(view.criteria_url)}</p>" if view.criteria_url else ""
    )
    assessed = ""
    if view.results:
        assessed += _rows([(r.name, escape(r.value)) for r in view.results])
    assessed += markdown_html(view.narrative)
    evidence_word = translate("CredentialDetails", "Evidence")
    for evidence in view.evidence:
        assessed += (
            f"<p><b>{escape(evidence.name or evidence_word)}</b></p>"
            + markdown_html(evidence.narrative)
            + (f"<p>{_link(evidence.url)}</p>" if evidence.url else "")
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
            (translate("CredentialDetails", "Name"), escape(issuer.name)),
            (
                translate("CredentialDetails", "Identifier"),
                f"<code>{escape(issuer.id)}</code>" if issuer.id else "",
            ),
            (translate("CredentialDetails", "Website"), _link(issuer.url)),
            (translate("CredentialDetails", "Email"), escape(issuer.email)),
            (translate("CredentialDetails", "About"), escape(issuer.description)),
        ]
    )
    dates = _rows(
        [
            (translate("CredentialDetails", "Issued"), _date(view.issued)),
            (translate("CredentialDetails", "Awarded"), _date(view.awarded)),
            (
                translate("CredentialDetails", "Expires"),
                _date(view.expires) or escape(translate("CredentialDetails", "never")),
            ),
        ]
    )
    parts = [
        _legacy_note(view),
        _section(translate("CredentialDetails", "Achievement"), about + description),
        _section(translate("CredentialDetails", "Criteria"), criteria),
        _section(translate("CredentialDetails", "How it was assessed"), assessed),
        _section(translate("CredentialDetails", "Skills"), f"<p>{skills}</p>" if skills else ""),
        _section(
            translate("CredentialDetails", "Competencies and alignments"),
            f"<ul>{alignments}</ul>" if alignments else "",
        ),
        _section(
            translate("CredentialDetails", "Achievements in this record")
            if view.is_clr
            else translate("CredentialDetails", "Included"),
            _tree(view.nested, palette),
        ),
        _section(translate("CredentialDetails", "Issuer"), issuer_rows),
        _section(translate("CredentialDetails", "Dates"), dates),
        _section(
            translate("CredentialDetails", "Endorsements"),
            _endorsements(view.endorsements, palette),
        ),
    ]
    return "".join(parts)
