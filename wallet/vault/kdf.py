"""Argon2id: the passphrase → key-encryption-key step, its parameters and their bounds.

The parameters are stored in the vault (and in each backup) so the file says how to open it; they
are checked against :data:`BOUNDS` *before* any derivation, so a crafted file cannot make us
allocate gigabytes or spin for minutes. RFC 9106 §3.1 allows far more (up to 2^32 KiB); the
ceilings are twice what this wallet ever writes (:data:`DEFAULT_COST`), in each parameter and in
total work (memory × passes), so every file Learner Wallet made opens and a hand-made one asking
for more is refused at once, before a byte of memory is spent (issue 11: a 400-byte backup header
asking for 1 GiB, t=16, p=16 cost 13 s before "wrong passphrase"). The cost is injected: tests
pass :data:`TEST_COST` (KeePassXC's ``fastKdf()`` idea) instead of patching clocks.
"""

from __future__ import annotations

import json
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from wallet.errors import VaultCorrupted

__all__ = [
    "BOUNDS",
    "DEFAULT_COST",
    "TEST_COST",
    "KdfCost",
    "KdfParams",
    "calibrate",
    "derive_key",
]


@dataclass(frozen=True)
class KdfCost:
    """How hard Argon2id works: memory in KiB, passes and lanes (RFC 9106 m, t, p)."""

    memory_kib: int
    iterations: int
    lanes: int


# RFC 9106 §4 "second recommended option" is 64 MiB; we follow KeePassXC and spend more.
DEFAULT_COST = KdfCost(memory_kib=256 * 1024, iterations=3, lanes=4)
# The smallest cost Argon2 allows for 1 lane (8 KiB per lane): for tests and golden files only.
TEST_COST = KdfCost(memory_kib=8, iterations=1, lanes=1)


@dataclass(frozen=True)
class _Bounds:
    memory_kib: tuple[int, int] = (8, 2 * DEFAULT_COST.memory_kib)  # at most 512 MiB
    iterations: tuple[int, int] = (1, 2 * DEFAULT_COST.iterations)  # at most 6 passes
    lanes: tuple[int, int] = (1, 2 * DEFAULT_COST.lanes)  # at most 8 lanes
    salt_bytes: tuple[int, int] = (16, 64)
    # memory × passes, in KiB-passes: the time a derivation takes grows with this product.
    work: int = 2 * DEFAULT_COST.memory_kib * DEFAULT_COST.iterations


BOUNDS = _Bounds()


@dataclass(frozen=True)
class KdfParams:
    """The stored parameters: the cost and the salt. :meth:`from_json` enforces :data:`BOUNDS`."""

    cost: KdfCost
    salt: bytes

    @classmethod
    def fresh(cls, cost: KdfCost) -> KdfParams:
        params = cls(cost, secrets.token_bytes(16))
        params.check()
        return params

    def check(self) -> None:
        """Raise :class:`VaultCorrupted` when any parameter is outside :data:`BOUNDS`."""
        c = self.cost
        for name, value, (low, high) in (
            ("memory", c.memory_kib, BOUNDS.memory_kib),
            ("passes", c.iterations, BOUNDS.iterations),
            ("lanes", c.lanes, BOUNDS.lanes),
            ("salt length", len(self.salt), BOUNDS.salt_bytes),
        ):
            if not low <= value <= high:
                raise VaultCorrupted(
                    f"the file asks for an Argon2id {name} of {value}, outside {low}..{high}: "
                    "it was not written by Learner Wallet or has been tampered with"
                )
        if c.memory_kib < 8 * c.lanes:
            raise VaultCorrupted("the file's Argon2id memory is below 8 KiB per lane")
        if c.memory_kib * c.iterations > BOUNDS.work:
            raise VaultCorrupted(
                f"the file asks for Argon2id work of {c.memory_kib // 1024} MiB × {c.iterations} "
                f"passes, more than twice what Learner Wallet writes: it was not written by "
                "Learner Wallet or has been tampered with"
            )

    def to_json(self) -> bytes:
        """Canonical bytes: stored in the header and bound into the key-wrapping tag."""
        c = self.cost
        value = {"alg": "argon2id", "m": c.memory_kib, "t": c.iterations, "p": c.lanes}
        return json.dumps({**value, "salt": self.salt.hex()}, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> KdfParams:
        """Parse and bound-check stored parameters; raises :class:`VaultCorrupted`."""
        try:
            value = json.loads(data)
            if value["alg"] != "argon2id":
                raise ValueError(value["alg"])
            fields = (value["m"], value["t"], value["p"])
            if not all(type(v) is int for v in fields):
                raise ValueError(fields)
            params = cls(KdfCost(*fields), bytes.fromhex(value["salt"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultCorrupted(f"the key-derivation parameters are unreadable ({exc})") from None
        params.check()
        return params


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The 256-bit key-encryption key. Slow by design: never call it on the GUI thread."""
    params.check()
    c = params.cost
    kdf = Argon2id(
        salt=params.salt,
        length=32,
        iterations=c.iterations,
        lanes=c.lanes,
        memory_cost=c.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate(
    base: KdfCost = DEFAULT_COST,
    target_seconds: float = 0.5,
    clock: Callable[[], float] = time.perf_counter,
) -> KdfCost:
    """``base``, with more passes if one derivation on this machine takes under ``target_seconds``.

    Used once, when a vault is created; the result is stored in the vault.
    """
    probe = KdfParams.fresh(base)
    started = clock()
    derive_key("calibration", probe)
    elapsed = max(clock() - started, 1e-6)
    if elapsed >= target_seconds:
        return base
    ceiling = min(BOUNDS.iterations[1], BOUNDS.work // base.memory_kib)
    passes = min(ceiling, math.ceil(base.iterations * target_seconds / elapsed))
    return KdfCost(base.memory_kib, max(base.iterations, passes), base.lanes)
