"""The credentials inside a credential, each with its own verdict (issue 11, "Forged parts").

An endorsement or a CLR's achievement credential is verified on its own
(``Report.credentials``, STANDARDS §7 A10): the outer signature does not vouch for the inner
issuers. So the page never lists a nested item's content without the verdict of its own report,
and reads that content from the nested report's own signed view, not from the parent's.

No Qt here: plain values for :mod:`ui.credential.render`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ui.common.display import line, passage
from ui.credential.reading import ident, listed, text
from wallet.verify import Report
from wallet.verify.openbadges import ENDORSEMENT_LABEL
from wallet.verify.view import SignedView

__all__ = ["Endorsement", "Node", "achievement_of", "endorsements", "issuer_name", "tree"]

ACHIEVEMENT_LABEL = "achievement credential"


@dataclass(frozen=True)
class Endorsement:
    """One endorsement: who endorses, what they say, and its own verdict ("" when not verified,
    e.g. a bare link to an endorsement that was never fetched)."""

    issuer: str
    comment: str
    verdict: str
    label: str = ""


@dataclass(frozen=True)
class Node:
    """One achievement in a CLR's tree, with its own credential's verdict."""

    name: str
    kind: str
    issuer: str
    verdict: str = ""
    children: tuple[Node, ...] = ()


def achievement_of(document: dict[str, Any]) -> dict[str, Any]:
    """The first ``credentialSubject.achievement`` that is a node (OB 3.0 §B.1.1)."""
    for subject in listed(document.get("credentialSubject")):
        if isinstance(subject, dict):
            for achievement in listed(subject.get("achievement")):
                if isinstance(achievement, dict):
                    return achievement
    return {}


def issuer_name(value: Any) -> str:
    """A Profile's name, else its id."""
    for item in listed(value):
        if isinstance(item, dict):
            return line(text(item.get("name")) or text(item.get("id")))
        if isinstance(item, str):
            return line(item)
    return ""


def _subject(document: dict[str, Any]) -> dict[str, Any]:
    return next((s for s in listed(document.get("credentialSubject")) if isinstance(s, dict)), {})


def _endorsement_of(report: Report) -> Endorsement:
    data = report.view.data
    about = report.about or {}
    issuer = issuer_name(data.get("issuer")) if data else ""
    if not issuer:
        issuer = line(text((about.get("issuer") or {}).get("name")))
    comment = ""
    if data:
        subject = _subject(data)
        comment = passage(text(subject.get("endorsementComment")), 2_000)[0]
        # OB 2.0 endorsements carry the comment in their claim.
        claim = data.get("claim")
        if not comment and isinstance(claim, dict):
            comment = passage(text(claim.get("endorsementComment")), 2_000)[0]
    return Endorsement(issuer, comment, report.verdict.value, report.label)


def endorsements(nested: Sequence[Report], view: SignedView) -> tuple[Endorsement, ...]:
    """Every endorsement, from its own report; when the reports are not at hand (a view shown
    without verification), the parent's entries with no verdict."""
    found = [_endorsement_of(r) for r in nested if r.label.startswith(ENDORSEMENT_LABEL)]
    if found or nested:
        return tuple(found)
    document = view.data
    achievement = achievement_of(document) if document else {}
    out = []
    for item in listed(document.get("endorsement")) + listed(achievement.get("endorsement")):
        if isinstance(item, dict):
            out.append(
                Endorsement(
                    issuer_name(item.get("issuer")),
                    passage(text(_subject(item).get("endorsementComment")), 2_000)[0],
                    "",
                )
            )
    return tuple(out)


def _node(document: dict[str, Any], verdict: str, fallback: str) -> tuple[str, Node]:
    achievement = achievement_of(document)
    key = text(achievement.get("id"))
    node = Node(
        line(text(achievement.get("name")) or text(document.get("name")) or fallback),
        line(text(achievement.get("achievementType"))),
        issuer_name(document.get("issuer")),
        verdict,
    )
    return key, node


def tree(nested: Sequence[Report], view: SignedView) -> tuple[Node, ...]:
    """A CLR's achievements (CLR 2.0 §B.1.3 ClrSubject), arranged by ``association``
    (``isParentOf`` / ``isChildOf``) when it has any, each with its own credential's verdict."""
    document = view.data
    if not document:
        return ()
    subject = _subject(document)
    nodes: list[Node] = []
    keys: list[str] = []
    inner = [r for r in nested if r.label.startswith(ACHIEVEMENT_LABEL)]
    if inner:
        for report in inner:
            data = report.view.data
            if data:
                key, node = _node(data, report.verdict.value, "Achievement")
            else:
                name = line(text((report.about or {}).get("name")) or "A signed credential")
                key, node = "", Node(name, "", "", report.verdict.value)
            keys.append(key)
            nodes.append(node)
    else:
        for credential in listed(subject.get("verifiableCredential")):
            if isinstance(credential, dict):
                key, node = _node(credential, "", "Achievement")
            else:
                key, node = "", Node("A signed credential (JWT)", "", "")
            keys.append(key)
            nodes.append(node)
    # The first credential for each achievement id is where its children hang.
    by_key = {}
    for index, key in enumerate(keys):
        if key and key not in by_key:
            by_key[key] = index
    children: dict[int, list[int]] = {}
    has_parent: set[int] = set()
    for association in listed(subject.get("association")):
        if not isinstance(association, dict):
            continue
        kind = association.get("associationType")
        source, target = ident(association.get("sourceId")), ident(association.get("targetId"))
        if kind == "isChildOf":
            source, target = target, source
        elif kind != "isParentOf":
            continue
        if source in by_key and target in by_key and source != target:
            parent, child = by_key[str(source)], by_key[str(target)]
            if child not in children.setdefault(parent, []):
                children[parent].append(child)
                has_parent.add(child)

    def build(index: int, seen: frozenset[int]) -> Node:
        node = nodes[index]
        kids = tuple(build(k, seen | {k}) for k in children.get(index, []) if k not in seen)
        return Node(node.name, node.kind, node.issuer, node.verdict, kids)

    roots = [i for i in range(len(nodes)) if i not in has_parent]
    if not roots and nodes:  # every node has a parent: a cycle; show them flat
        roots = list(range(len(nodes)))
    return tuple(build(i, frozenset({i})) for i in roots)
