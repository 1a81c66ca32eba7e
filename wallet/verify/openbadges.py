"""Open Badges 3.0 and CLR 2.0 rules: kinds, required fields, JSON schema, nested credentials.

STANDARDS §4. Required fields are part of ``format``; the 1EdTech JSON schemas (vendored in
``resources/schemas/``) are the informational ``schema`` check. Nested credentials (a CLR's
achievements, endorsements) are found here and verified on their own by the pipeline (A10).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft201909Validator

from wallet.resources import resource_path
from wallet.verify.structure import as_list, data_model, types_of

__all__ = [
    "ENDORSEMENT_LABEL",
    "NestedCredential",
    "credential_kind",
    "nested_credentials",
    "openbadge_problems",
    "schema_problems",
]

_OB_CONTEXT = re.compile(r"^https://purl\.imsglobal\.org/spec/ob/v3p0/context(-3\.\d\.\d)*\.json$")
_CLR_CONTEXT = re.compile(
    r"^https://purl\.imsglobal\.org/spec/clr/v2p0/context(-2\.\d\.\d)*\.json$"
)
OB_TYPES = frozenset({"OpenBadgeCredential", "AchievementCredential"})


def credential_kind(document: dict[str, Any]) -> str:
    """ "clr", "openbadge", "endorsement" or "vc"."""
    types = types_of(document)
    if "ClrCredential" in types:
        return "clr"
    if types & OB_TYPES:
        return "openbadge"
    if "EndorsementCredential" in types:
        return "endorsement"
    return "vc"


def openbadge_problems(document: dict[str, Any], kind: str) -> list[str]:
    """Required fields and types of OB 3.0 / CLR 2.0 (OB 3.0 §B.1, CLR 2.0 §B.1)."""
    if kind == "vc":
        return []
    problems: list[str] = []
    contexts = [c for c in as_list(document.get("@context")) if isinstance(c, str)]
    if kind == "clr" and not any(_CLR_CONTEXT.match(c) for c in contexts):
        problems.append("a CLR 2.0 credential must use the CLR 2.0 context")
    if kind != "clr" and not any(_OB_CONTEXT.match(c) for c in contexts):
        problems.append("an Open Badges 3.0 credential must use the Open Badges 3.0 context")
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
    problems = []
    for error in validator.iter_errors(candidate):
        where = "/".join(str(p) for p in error.absolute_path) or "(document)"
        problems.append(f"{where}: {error.message[:160]}")
        if len(problems) >= 5:
            break
    return problems


# --- nested credentials --------------------------------------------------------------------------
# Nested reports whose label starts with this are endorsements (third parties' opinions).
ENDORSEMENT_LABEL = "endorsement"


@dataclass(frozen=True)
class NestedCredential:
    label: str  # "achievement 2", "endorsement of the issuer", ...
    value: Any  # a credential object or a compact JWT string


def nested_credentials(document: dict[str, Any], kind: str) -> list[NestedCredential]:
    """Credentials inside this one that must be verified on their own (STANDARDS §7 A10)."""
    found: list[NestedCredential] = []
    if kind == "clr":
        for subject in as_list(document.get("credentialSubject")):
            if isinstance(subject, dict):
                for index, inner in enumerate(as_list(subject.get("verifiableCredential")), 1):
                    found.append(NestedCredential(f"achievement credential {index}", inner))
    places: list[tuple[str, Any]] = [("credential", document)]
    issuer = document.get("issuer")
    if isinstance(issuer, dict):
        places.append(("issuer", issuer))
    for subject in as_list(document.get("credentialSubject")):
        if isinstance(subject, dict) and isinstance(subject.get("achievement"), dict):
            places.append(("achievement", subject["achievement"]))
    for where, node in places:
        for index, inner in enumerate(as_list(node.get("endorsement")), 1):
            found.append(NestedCredential(f"{ENDORSEMENT_LABEL} {index} of the {where}", inner))
        for index, inner in enumerate(as_list(node.get("endorsementJwt")), 1):
            found.append(NestedCredential(f"{ENDORSEMENT_LABEL} JWT {index} of the {where}", inner))
    return found
