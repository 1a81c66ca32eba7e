"""The values the wallet service hands out: frozen, typed, free of any key material."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, NewType

from wallet.verify import Report, Verdict
from wallet.verify.parts import PartTally
from wallet.verify.view import SignedView

__all__ = [
    "Cancel",
    "Collection",
    "CollectionId",
    "CredentialDetail",
    "CredentialId",
    "CredentialSummary",
    "ImportItem",
    "ImportOutcome",
    "ImportStatus",
    "Progress",
    "ShareId",
    "ShareRecord",
]

CredentialId = NewType("CredentialId", str)
CollectionId = NewType("CollectionId", str)
ShareId = NewType("ShareId", str)

# progress(done, total): called on the calling thread after each durable step.
Progress = Callable[[int, int], None]
# cancel() -> True to stop at the next step; what was already saved stays saved.
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class CredentialSummary:
    """What a list row shows. ``kind``: ``"Open Badges 3.0"``, ``"CLR 2.0"``, ``"VC 2.0"``..."""

    id: CredentialId
    name: str
    issuer_name: str
    issuer_id: str
    issued: str | None  # validFrom / issuanceDate as written in the credential
    added: datetime
    verdict: Verdict
    checked: datetime  # when ``verdict`` was established
    kind: str
    achievement_type: str | None
    description: str
    skills: tuple[str, ...]
    tags: tuple[str, ...]
    image_hash: str | None  # pass to WalletService.image()
    # (framework, skill) for each OB 3.0 alignment and tag, framework "" when none is named;
    # None for a credential stored before summaries recorded them (read the document instead).
    skill_pairs: tuple[tuple[str, str], ...] | None = None
    # (framework, skill, target URL) for every skill it states, its CLR achievements' too
    # (wallet.vault.alignments); None for a summary stored before they were kept.
    alignments: tuple[tuple[str, str, str], ...] | None = None
    recipient: str = ""  # credentialSubject.name or the OB 2.0 recipient, when readable
    recipient_hashed: bool = False  # issued to a hashed email address (or other identity)
    # How the credentials inside fared (a CLR's achievements, endorsements): wallet.verify.parts
    parts: tuple[PartTally, ...] = ()
    related: tuple[str, ...] = ()  # names of the credentials inside and their issuers
    # The credential's picture on the web (https), when it has one: pass it to
    # WalletService.fetched_image() for the copy kept in the vault (issue 12).
    image_url: str | None = None


@dataclass(frozen=True)
class CredentialDetail:
    """One credential in full: the exact bytes imported, the parsed document, the last report.

    What it says is ``view`` (its signed view, from the report); ``document`` is the parsed
    original, only for presenting it again and for the raw-JSON tab.
    """

    summary: CredentialSummary
    original: bytes
    document: Any  # the parsed JSON object (or the compact JWT string)
    report: Report
    note: str

    @property
    def view(self) -> SignedView:
        return self.report.view


@dataclass(frozen=True)
class ImportItem:
    """One input to import: ``name`` is what the learner recognises (a file name)."""

    name: str
    data: bytes


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    ALREADY_THERE = "already there"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one input. ``reason`` says why when rejected, and what it was otherwise."""

    name: str
    status: ImportStatus
    credential_id: CredentialId | None
    verdict: Verdict | None
    reason: str

    def line(self) -> str:
        """One line for the command line: ``name: imported as ID (valid)`` and so on."""
        if self.status is ImportStatus.REJECTED:
            return f"{self.name}: rejected: {self.reason}"
        if self.status is ImportStatus.ALREADY_THERE:
            return f"{self.name}: already in your wallet as {self.credential_id}"
        return f"{self.name}: imported as {self.credential_id} ({self.verdict})"


@dataclass(frozen=True)
class Collection:
    """A named, ordered group of credentials; collections are listed by ``position``."""

    id: CollectionId
    name: str
    position: int
    members: tuple[CredentialId, ...]


@dataclass(frozen=True)
class ShareRecord:
    """One time the learner shared credentials: when, what, how and with whom (opaque details)."""

    id: ShareId
    at: datetime
    credential_ids: tuple[CredentialId, ...]
    details: dict[str, Any]
