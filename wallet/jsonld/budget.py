"""How much canonicalization work one verification may do (STANDARDS §7 A8).

Two costs grow faster than the input. RDFC-1.0 can need exponential time on "poison graphs" of
symmetric blank nodes (bounded by :mod:`wallet.jsonld.canon`'s step count and deadline), and
pyld's node map compares each new value with every value the same subject already has for the
property: quadratic, so one credential with 20,000 ``tag`` values (390 KB) took minutes.

Bounds per canonicalization are not enough, because one input can ask for many: a proof chain
canonicalizes the document once per proof, and a presentation or a CLR carries any number of
credentials. :func:`work_budget` opens one budget (a deadline and a number of value comparisons)
that every canonicalization inside it draws from; nested calls share the outermost budget. The
budget lives in a :class:`contextvars.ContextVar`, so each thread has its own.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

__all__ = [
    "MAX_NODE_MAP_COMPARISONS",
    "VERIFY_CANON_SECONDS",
    "WorkBudget",
    "current_budget",
    "node_map_comparisons",
    "within_work_budget",
    "work_budget",
]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# About 1 µs each: a whole input may spend ~0.5 s comparing values, and one property may hold
# about 1,000 values (no credential comes near; a large CLR has a few hundred associations).
MAX_NODE_MAP_COMPARISONS = 500_000
# What all canonicalizations of one input may take together; parsing and expansion come on top,
# and the whole must stay under the 2-second answer the CLI promises for hostile input.
VERIFY_CANON_SECONDS = 1.2


@dataclass
class WorkBudget:
    """What is left for the current verification. Mutable: every canonicalization draws on it."""

    deadline: float
    comparisons: int

    def seconds_left(self) -> float:
        return self.deadline - time.monotonic()


_CURRENT: ContextVar[WorkBudget | None] = ContextVar("wallet_canon_budget", default=None)


def current_budget() -> WorkBudget | None:
    return _CURRENT.get()


@contextmanager
def work_budget(
    seconds: float = VERIFY_CANON_SECONDS, comparisons: int = MAX_NODE_MAP_COMPARISONS
) -> Iterator[WorkBudget]:
    """Open a budget for one verification, or join the one already open on this thread."""
    existing = _CURRENT.get()
    if existing is not None:
        yield existing
        return
    budget = WorkBudget(time.monotonic() + seconds, comparisons)
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


def within_work_budget(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` inside :func:`work_budget` (a verification entry point)."""

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with work_budget():
            return func(*args, **kwargs)

    return wrapper


def node_map_comparisons(expanded: Any) -> int:
    """An upper estimate of the value comparisons pyld's node map makes for ``expanded``.

    Values are grouped by (subject, property) as the node map merges them: nodes with the same
    ``@id`` share their properties, so values spread over many copies of one node still count
    together. Each new value is compared with those already there: n(n-1)/2 per group.
    """
    counts: dict[tuple[object, str], int] = {}
    stack: list[Any] = [expanded]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict) or "@value" in node:
            continue
        subject = node.get("@id")
        key: object = subject if isinstance(subject, str) else id(node)
        for prop, value in node.items():
            if prop in ("@id", "@context", "@index"):
                continue
            values = value if isinstance(value, list) else [value]
            if prop not in ("@graph", "@list", "@set"):
                group = (key, prop)
                counts[group] = counts.get(group, 0) + len(values)
            stack.extend(v for v in values if isinstance(v, dict | list))
    return sum(n * (n - 1) // 2 for n in counts.values())
