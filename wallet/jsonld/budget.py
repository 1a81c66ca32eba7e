"""How much canonicalization work one verification may do (STANDARDS §7 A8).

RDFC-1.0 can need exponential work on "poison graphs" of symmetric blank nodes. A bound per
canonicalization is not enough, because one input can ask for many: a proof chain canonicalizes
the document once per proof, and a presentation or a CLR carries any number of credentials.
:func:`work_budget` opens one :class:`~wallet.jsonld.rdfc.WorkMeter` that every canonicalization
inside it draws from; nested calls share the outermost one. The meter counts units of work, not
seconds, so a document gets the same answer on a busy machine as on an idle one (issue 9). It
lives in a :class:`contextvars.ContextVar`, so each thread has its own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from wallet.jsonld.rdfc import DEFAULT_WORK, WorkMeter

__all__ = [
    "REVISION_WORK",
    "VERIFY_WORK",
    "current_meter",
    "revision_meter",
    "within_work_budget",
    "work_budget",
]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# What one input (a credential, or a presentation with everything inside it) may spend.
VERIFY_WORK = 4 * DEFAULT_WORK
# What one input may spend reading its credentials again under earlier revisions of a context
# that changed after publication (issue 10): each retry costs twice the document's statement
# count (expanded, then canonicalized) plus REVISION_OVERHEAD. A genuine old credential (a
# hundred statements, twenty revisions) needs ~6,000, ten of them in a presentation 60,000;
# without a bound, a 2 MB presentation of forged ones took 40 s.
REVISION_WORK = 100_000
REVISION_OVERHEAD = 100

_CURRENT: ContextVar[WorkMeter | None] = ContextVar("wallet_canon_meter", default=None)
_REVISIONS: ContextVar[WorkMeter | None] = ContextVar("wallet_revision_meter", default=None)


def current_meter() -> WorkMeter:
    """The open verification's meter, or a fresh one for a canonicalization on its own."""
    return _CURRENT.get() or WorkMeter()


def revision_meter() -> WorkMeter:
    """The open verification's allowance for re-reading under earlier context revisions.

    Its own meter, so retries for one credential never leave another without the work its
    canonicalization needs.
    """
    return _REVISIONS.get() or WorkMeter(REVISION_WORK)


@contextmanager
def work_budget(units: int = VERIFY_WORK) -> Iterator[WorkMeter]:
    """Open a meter for one verification, or join the one already open on this thread."""
    existing = _CURRENT.get()
    if existing is not None:
        yield existing
        return
    meter = WorkMeter(units)
    token = _CURRENT.set(meter)
    revisions = _REVISIONS.set(WorkMeter(REVISION_WORK))
    try:
        yield meter
    finally:
        _REVISIONS.reset(revisions)
        _CURRENT.reset(token)


def within_work_budget(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` inside :func:`work_budget` (a verification entry point)."""

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with work_budget():
            return func(*args, **kwargs)

    return wrapper
