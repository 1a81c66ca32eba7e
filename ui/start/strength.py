"""A passphrase strength estimate for the meter: rough bits of entropy, and a word for them.

Deliberately simple and conservative (no dictionary shipped): character classes times length,
with repeated characters and common sequences counted once. Not a security boundary: Argon2id
and the learner's choice are; the meter only nudges.
"""

from __future__ import annotations

import math
import string

from PySide6.QtCore import QCoreApplication

__all__ = ["MIN_LENGTH", "estimate_bits", "strength_label"]

MIN_LENGTH = 8
_SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm")
_COMMON = ("password", "passphrase", "letmein", "123456", "qwerty", "wallet", "admin")


def estimate_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    lowered = passphrase.lower()
    effective = 0.0
    previous = ""
    for i, c in enumerate(lowered):
        if c == previous:
            effective += 0.25  # "aaaa" is barely more than "a"
        elif i and any(previous + c in seq for seq in _SEQUENCES):
            effective += 0.4  # "abcd", "1234"
        else:
            effective += 1.0
        previous = c
    bits = effective * math.log2(max(pool, 2))
    if any(word in lowered for word in _COMMON):
        bits *= 0.5
    return bits


def strength_label(bits: float) -> str:
    translate = QCoreApplication.translate  # literal calls: what pyside6-lupdate reads

    if bits < 40:
        return translate("Strength", "Weak")
    if bits < 60:
        return translate("Strength", "Fair")
    if bits < 80:
        return translate("Strength", "Good")
    return translate("Strength", "Strong")
