"""Strict JSON parsing: size cap, depth cap, no duplicate keys, no NaN.

Everything the wallet reads as JSON goes through :func:`parse_json`, so a hostile file meets the
same limits wherever it enters (STANDARDS §7 A8).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from wallet.errors import InputError, InputTooDeep, InputTooLarge

__all__ = ["MAX_JSON_BYTES", "MAX_JSON_DEPTH", "parse_json"]

MAX_JSON_BYTES = 2 * 1024 * 1024
# A CLR with nested credentials, endorsements and proofs stays well under 40 levels.
MAX_JSON_DEPTH = 64


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        # 1e400 parses to infinity: no signature over it means the same thing everywhere.
        raise ValueError(f"the number {text[:40]} is too large to represent")
    return value


# A \uD800-\uDBFF escape not followed by a \uDC00-\uDFFF one, or a low one alone: text no UTF-8
# can carry, which would break every later step that encodes it.
_LONE_SURROGATE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<![dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def _depth_within(value: Any, limit: int) -> bool:
    """True when ``value`` nests no deeper than ``limit``; iterative, so it cannot overflow."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return False
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return True


def parse_json(data: bytes | str, *, max_bytes: int = MAX_JSON_BYTES) -> Any:
    """Parse ``data`` as strict JSON.

    Raises :class:`InputTooLarge` past ``max_bytes``, :class:`InputTooDeep` past
    :data:`MAX_JSON_DEPTH`, and :class:`InputError` for empty input, invalid JSON, duplicate
    keys or NaN/Infinity.
    """
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    if size > max_bytes:
        raise InputTooLarge(f"JSON of {size:,} bytes is over the {max_bytes:,}-byte limit")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(f"not UTF-8 text (byte {exc.start})") from None
    if not data.strip():
        raise InputError("the input is empty")
    if "\\u" in data and _LONE_SURROGATE.search(data):
        raise InputError("invalid JSON: a \\u escape names half of a character (a lone surrogate)")
    try:
        value = json.loads(
            data,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
        )
    except _DuplicateKey as exc:
        raise InputError(f"duplicate JSON key {exc.args[0]!r}") from None
    except RecursionError:
        raise InputTooDeep(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError as exc:
        raise InputError(f"invalid JSON: {exc}") from None
    if not _depth_within(value, MAX_JSON_DEPTH):
        raise InputTooDeep(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value
