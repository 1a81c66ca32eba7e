"""Open Badges 3.0 and CLR 2.0 rules: kinds, profile rules, JSON schema, nested credentials.

STANDARDS §4. Everything here reads the signed view. The profile rules and the 1EdTech JSON
schemas (vendored in ``resources/schemas/``) are the ``schema`` row: a genuine credential that
bends its profile is still genuine (issue 10; DESIGN "Verification report"). Nested credentials
(a CLR's achievements, endorsements) are found by the IRI of the property that holds them
(:data:`wallet.verify.reading.NESTED_PROPERTIES`) and verified on their own (A10).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any

from jsonschema_rs import Draft201909Validator, ValidationError

from wallet.jsonld.expansion import Found
from wallet.resources import resource_path
from wallet.verify.structure import as_list, data_model, types_of
from wallet.wording import plain

__all__ = [
    "ENDORSEMENT_LABEL",
    "NestedCredential",
    "credential_kind",
    "nested_credentials",
    "openbadge_problems",
    "schema_problems",
]

_VC = "https://www.w3.org/2018/credentials#"

_OB_CONTEXT = re.compile(r"^https://purl\.imsglobal\.org/spec/ob/v3p0/context(-3\.\d\.\d)*\.json$")
_CLR_CONTEXT = re.compile(
    r"^https://purl\.imsglobal\.org/spec/clr/v2p0/context(-2\.\d\.\d)*\.json$"
)
OB_TYPES = frozenset({"OpenBadgeCredential", "AchievementCredential"})


def credential_kind(view: dict[str, Any]) -> str:
    """ "clr", "openbadge", "endorsement" or "vc", from the view's (signed) types.

    The view names a type ``OpenBadgeCredential`` only when it is the Open Badges IRI; the same
    word under VCDM 2.0's issuer-dependent vocabulary (no OB 3.0 context) stays a full IRI, so
    such a credential is a plain W3C credential (issue 10).
    """
    types = types_of(view)
    if "ClrCredential" in types:
        return "clr"
    if types & OB_TYPES:
        return "openbadge"
    if "EndorsementCredential" in types:
        return "endorsement"
    return "vc"


def unrecognised_profile(
    view: dict[str, Any], undefined: frozenset[str] = frozenset()
) -> str | None:
    """A schema note for a credential that names an Open Badges type its contexts do not define:
    under a vocabulary that gives it an IRI of its own (in the view), or under none (``undefined``,
    the types that are in no statement)."""
    for value in sorted(types_of(view) | undefined):
        local = value.rsplit("#", 1)[-1]
        if local in (*OB_TYPES, "ClrCredential", "EndorsementCredential") and (
            "#" in value or value in undefined
        ):
            return (
                f"it is typed {local} but does not use the context that defines it, so it is "
                "checked as a plain W3C credential"
            )
    return None


def openbadge_problems(
    document: dict[str, Any], kind: str, undefined_types: frozenset[str] = frozenset()
) -> list[str]:
    """The OB 3.0 / CLR 2.0 profile rules (OB 3.0 §B.1, CLR 2.0 §B.1), as schema notes."""
    if kind == "vc":
        note = unrecognised_profile(document, undefined_types)
        return [note] if note else []
    problems: list[str] = []
    contexts = [c for c in as_list(document.get("@context")) if isinstance(c, str)]
    if kind == "clr" and not any(_CLR_CONTEXT.match(c) for c in contexts):
        problems.append("a CLR 2.0 credential should use the CLR 2.0 context")
    if kind != "clr" and not any(_OB_CONTEXT.match(c) for c in contexts):
        problems.append("an Open Badges 3.0 credential should use the Open Badges 3.0 context")
    if data_model(document) == "1.1" and kind == "openbadge" and not document.get("name"):
        problems.append("a VCDM 1.1 Open Badges credential must have a name")
    issuer = document.get("issuer")
    if isinstance(issuer, dict) and "Profile" not in types_of(issuer):
        problems.append("the issuer's type must include Profile")
    for subject in as_list(document.get("credentialSubject")):
        if not isinstance(subject, dict):
            continue
        problems.extend(_subject_problems(subject, kind))
    for evidence in as_list(document.get("evidence")):
        if isinstance(evidence, dict) and "Evidence" not in types_of(evidence):
            problems.append("every evidence's type must include Evidence")
    return problems


def _subject_problems(subject: dict[str, Any], kind: str) -> list[str]:
    problems: list[str] = []
    if "id" not in subject and not subject.get("identifier"):
        problems.append("credentialSubject needs an id or an identifier")
    for identity in as_list(subject.get("identifier")):
        if isinstance(identity, dict) and "IdentityObject" not in types_of(identity):
            problems.append("every identifier's type must include IdentityObject")
    if kind == "clr":
        if "ClrSubject" not in types_of(subject):
            problems.append("credentialSubject's type must include ClrSubject")
        if not as_list(subject.get("verifiableCredential")):
            problems.append("a CLR must contain at least one verifiableCredential")
        return problems
    if kind == "endorsement":
        if "EndorsementSubject" not in types_of(subject):
            problems.append("credentialSubject's type must include EndorsementSubject")
        return problems
    if "AchievementSubject" not in types_of(subject):
        problems.append("credentialSubject's type must include AchievementSubject")
    achievement = subject.get("achievement")
    if not isinstance(achievement, dict):
        problems.append("credentialSubject must have an achievement")
        return problems
    if "Achievement" not in types_of(achievement):
        problems.append("the achievement's type must include Achievement")
    for member in ("id", "name", "description", "criteria"):
        if member not in achievement:
            problems.append(f"the achievement has no {member}")
    for result in as_list(subject.get("result")):
        if isinstance(result, dict) and "Result" not in types_of(result):
            problems.append("every result's type must include Result")
    for description in as_list(achievement.get("resultDescription")):
        if isinstance(description, dict) and "ResultDescription" not in types_of(description):
            problems.append("every resultDescription's type must include ResultDescription")
    return problems


# --- JSON schema ---------------------------------------------------------------------------------
_SCHEMA_FILES = {
    "openbadge": "achievementcredential.json",
    "endorsement": "endorsementcredential.json",
}
_validators: dict[str, Draft201909Validator] = {}
_validators_lock = threading.Lock()


def _validator(kind: str) -> Draft201909Validator | None:
    name = _SCHEMA_FILES.get(kind)
    if name is None:
        return None
    with _validators_lock:
        validator = _validators.get(kind)
        if validator is None:
            schema = json.loads(resource_path("schemas", name).read_text("utf-8"))
            validator = Draft201909Validator(schema)
            _validators[kind] = validator
    return validator


def schema_problems(document: dict[str, Any], kind: str) -> list[str] | None:
    """The 1EdTech JSON schema's complaints, or None when no schema applies.

    The gh-pages schema wants ``proof`` as an array; a single proof object is accepted by 1EdTech
    and normalised here before validating (STANDARDS §4). VCDM 1.1-based OB 3.0 credentials are
    checked against the 2.0 schema's rules only where they agree, so they are not checked.
    """
    validator = _validator(kind)
    if validator is None or data_model(document) != "2.0":
        return None
    candidate = document
    if isinstance(document.get("proof"), dict):
        candidate = {**document, "proof": [document["proof"]]}
    if validator.is_valid(candidate):
        return []
    if _has_more_values(candidate, _MANY_VALUES):
        # jsonschema-rs gathers every error before it yields the first: 40,000 alignments
        # without a targetUrl took 2 s (attack 9). Its first error alone costs nothing.
        try:
            validator.validate(candidate)
        except ValidationError as first:
            return [_problem(first), "(a large document: only its first problem is named)"]
        return []
    problems = []
    for error in validator.iter_errors(candidate):
        problems.append(_problem(error))
        if len(problems) >= 5:
            break
    return problems


# Past this many JSON values, only the schema's first complaint is named (see above).
_MANY_VALUES = 5_000


def _problem(error: Any) -> str:
    where = "/".join(str(p) for p in error.instance_path) or "(document)"
    return f"{where}: {plain(error.message, 160)}"


def _has_more_values(document: Any, limit: int) -> bool:
    """True when ``document`` holds more than ``limit`` JSON values (stops counting there)."""
    count, stack = 0, [document]
    while stack:
        item = stack.pop()
        count += 1
        if count > limit:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


# --- nested credentials --------------------------------------------------------------------------
# Nested reports whose label starts with this are endorsements (third parties' opinions).
ENDORSEMENT_LABEL = "endorsement"


@dataclass(frozen=True)
class NestedCredential:
    label: str  # "achievement credential 2", "endorsement 1 of the issuer", ...
    value: Any  # a credential object, a compact JWT string or an enveloped credential


_PLACES = {
    _VC + "issuer": "issuer",
    "https://purl.imsglobal.org/spec/vc/ob/vocab.html#creator": "achievement's creator",
    "https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievement": "achievement",
    "https://purl.imsglobal.org/spec/vc/clr/vocab.html#achievement": "achievement",
}


def nested_credentials(found: tuple[Found, ...], kind: str) -> list[NestedCredential]:
    """Credentials directly inside this one (not inside one of those), labelled for people.

    ``found`` comes from the expansion, which reports the raw values it met under the nested
    properties (:data:`wallet.verify.reading.NESTED_PROPERTIES`) with the path to each.
    """
    from wallet.verify.reading import NESTED_PROPERTIES

    counts: dict[str, int] = {}
    result: list[NestedCredential] = []
    for item in found:
        if any(step in NESTED_PROPERTIES for step in item.path):
            continue  # inside a nested credential: that one's own verification finds it
        local = item.property.rsplit("#", 1)[-1]
        if local == "verifiableCredential":
            group = "achievement credential" if kind == "clr" else "credential"
            if kind not in ("clr", "presentation"):
                continue
        else:
            where = next((_PLACES[s] for s in reversed(item.path) if s in _PLACES), "credential")
            jwt = " JWT" if local == "endorsementJwt" else ""
            group = f"{ENDORSEMENT_LABEL}{jwt} {{}} of the {where}"
        counts[group] = counts.get(group, 0) + 1
        number = counts[group]
        label = group.format(number) if "{}" in group else f"{group} {number}"
        result.append(NestedCredential(label, item.value))
    return result
