"""Property: the signed view holds only what the signature covers (issue 9's invariant).

For credentials made by the test factory with random text in every field a person reads (names,
descriptions, the achievement's nested fields, in any script), signed with eddsa-rdfc-2022, every
string in ``report.view.data`` appears in the canonical N-Quads that signature is over
(:meth:`wallet.verify.reading.Reading.rdfc`). A view that took one string from the JSON instead of
the statements would break it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import Issuer, make_badge
from tests.verify.hostile import verify
from wallet.verify import Verdict
from wallet.verify.pipeline import read_document

ISSUER = Issuer.from_seed(b"signed view property", "Property College")

# Any character but the C0/C1 controls and lone surrogates (which N-Quads escapes, and JSON
# cannot hold): letters of every script, marks, symbols, spaces, bidi and zero-width format ones.
_text = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=30).filter(
    lambda t: t.strip() != ""
)
_achievement_fields = st.fixed_dictionaries(
    {},
    optional={
        "humanCode": _text,
        "fieldOfStudy": _text,
        "specialization": _text,
        "inLanguage": st.sampled_from(["en", "fr-CA", "zh-Hant"]),
        "tag": st.lists(_text, min_size=1, max_size=3),
    },
)


def _strings(value: Any, key: str = "") -> Iterator[str]:
    if key == "@context":
        return  # the contexts the JSON names: not data, and checked against our pinned copies
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, key)


def _as_nquads_literal(text: str) -> str:
    """How canonical N-Quads writes a string of these characters (RDFC-1.0 §4.1: only the
    quotation mark and the backslash are escaped among them)."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=_text,
    description=_text,
    narrative=_text,
    issuer_name=_text,
    fields=_achievement_fields,
)
def test_every_string_in_the_view_is_in_the_signed_statements(
    name: str, description: str, narrative: str, issuer_name: str, fields: dict[str, Any]
) -> None:
    unsigned = make_badge(ISSUER, 7, name=name, description=description)
    unsigned = {k: copy.deepcopy(v) for k, v in unsigned.items() if k != "proof"}
    unsigned["issuer"]["name"] = issuer_name
    achievement = unsigned["credentialSubject"]["achievement"]
    achievement["criteria"]["narrative"] = narrative
    achievement.update(fields)
    signed = ISSUER.sign(unsigned)
    report = verify(signed)
    assert report.verdict is Verdict.VALID, [(c.id, c.message) for c in report.checks]
    nquads = read_document(signed).rdfc()
    leaves = list(_strings(report.view.data))
    assert name in leaves and narrative in leaves and issuer_name in leaves
    missing = [s for s in leaves if _as_nquads_literal(s) not in nquads]
    assert missing == [], (missing, nquads)
