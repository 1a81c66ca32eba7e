"""Credentials in the vault: adding, reading, listing, searching, removing, re-verifying.

A credential is one row of ``credentials`` (summary and original bytes, two records) plus its
``reports``, ``tags``, ``notes`` and ``signature_cache`` records under the same credential id
(the cache's entries carry a MAC under a key only this vault has: :mod:`wallet.vault.sigcache`).
Summaries are decrypted once at unlock into an in-memory index: listing and full-text search never
touch the disk (nothing searchable is stored readable, so SQLite FTS is not an option).
A record that fails its tag is left out of the index and reported in :attr:`Catalog.damaged`.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from wallet.errors import VaultCorrupted
from wallet.vault.codec import dumps, loads, report_to_json
from wallet.vault.models import CredentialId, CredentialSummary
from wallet.vault.sigcache import cache_mac_key, open_entries, seal_entries
from wallet.vault.store import VaultStore
from wallet.vault.summary import (
    baked_image,
    dedupe_material,
    embedded_images,
    identity_material,
    summarize,
)
from wallet.vault.verifying import CacheEntries
from wallet.verify import Report, Verdict
from wallet.verify.parts import parts_from_json

__all__ = ["Catalog", "new_id"]

MAX_REPORTS_KEPT = 10


def new_id() -> str:
    return secrets.token_hex(8)


@dataclass
class _Entry:
    summary: CredentialSummary
    haystack: str  # lower-case name, issuer, description and skills, for search
    identity: str | None = None  # keyed id and issuer (Catalog.same_credential)


def _haystack(s: CredentialSummary) -> str:
    """What search looks in: names, issuers, the recipient, description, skills, tags, kind and
    the names of the credentials inside."""
    kind = s.achievement_type or ""
    fields = [s.name, s.issuer_name, s.recipient, kind, s.description, *s.skills, *s.tags]
    return "\n".join([*fields, *s.related]).casefold()


def _alignments(value: Any) -> tuple[tuple[str, str, str], ...] | None:
    if not isinstance(value, list):
        return None
    return tuple(
        (str(a[0]), str(a[1]), str(a[2])) for a in value if isinstance(a, list) and len(a) == 3
    )


def _skill_pairs(value: Any) -> tuple[tuple[str, str], ...] | None:
    """The stored (framework, skill) pairs; None for summaries written before they were kept."""
    if not isinstance(value, list):
        return None
    return tuple((str(p[0]), str(p[1])) for p in value if isinstance(p, list) and len(p) == 2)


class Catalog:
    """The credential index over one unlocked :class:`VaultStore`. Not thread-safe."""

    def __init__(self, store: VaultStore) -> None:
        self._store = store
        self._cache_key = cache_mac_key(store.data_key)
        self._entries: dict[CredentialId, _Entry] = {}
        self.damaged: dict[CredentialId, VaultCorrupted] = {}
        self._dedupe: dict[str, CredentialId] = {}
        # Index changes wait for their transaction to commit (a rollback must not show them).
        self._pending: list[tuple[CredentialId, str | None, dict[str, Any], tuple[str, ...]]] = []
        self._load()

    # --- reading ------------------------------------------------------------------------------
    def _load(self) -> None:
        tags: dict[str, tuple[str, ...]] = {}
        for rid, blob, version in self._store.rows("tags"):
            try:
                tags[rid] = tuple(loads(self._store.open_record("tags", rid, blob, version), rid))
            except VaultCorrupted as exc:
                self.damaged[CredentialId(rid)] = exc
        for rid, dedupe, blob, version in self._store.credential_rows():
            cid = CredentialId(rid)
            self._dedupe[str(dedupe)] = cid
            try:
                plain = self._store.open_record("credentials.summary", cid, blob, version)
                self._index(cid, loads(plain, cid), tags.get(cid, ()))
            except (VaultCorrupted, KeyError, TypeError, ValueError) as exc:
                self.damaged[cid] = (
                    exc
                    if isinstance(exc, VaultCorrupted)
                    else VaultCorrupted(f"credential {cid} has a damaged summary", record=cid)
                )

    def _index(self, cid: CredentialId, value: dict[str, Any], tags: tuple[str, ...]) -> None:
        summary = CredentialSummary(
            id=cid,
            name=value["name"],
            issuer_name=value["issuer_name"],
            issuer_id=value["issuer_id"],
            issued=value["issued"],
            added=datetime.fromisoformat(value["added"]),
            verdict=Verdict(value["verdict"]),
            checked=datetime.fromisoformat(value["checked"]),
            kind=value["kind"],
            achievement_type=value["achievement_type"],
            description=value["description"],
            skills=tuple(value["skills"]),
            tags=tags,
            image_hash=value.get("image"),
            skill_pairs=_skill_pairs(value.get("skill_pairs")),
            alignments=_alignments(value.get("alignments")),
            recipient=str(value.get("recipient") or ""),
            recipient_hashed=value.get("recipient_hashed") is True,
            parts=parts_from_json(value.get("parts")),
            related=tuple(str(r) for r in value.get("related") or () if isinstance(r, str)),
            image_url=value["image_url"] if isinstance(value.get("image_url"), str) else None,
        )
        identity = value.get("identity")
        self._entries[cid] = _Entry(
            summary, _haystack(summary), identity if isinstance(identity, str) else None
        )
        self.damaged.pop(cid, None)

    def summaries(self) -> list[CredentialSummary]:
        """Newest first."""
        return sorted(
            (e.summary for e in self._entries.values()), key=lambda s: s.added, reverse=True
        )

    def summary(self, cid: CredentialId) -> CredentialSummary:
        if cid in self.damaged:
            raise self.damaged[cid]
        entry = self._entries.get(cid)
        if entry is None:
            raise KeyError(cid)
        return entry.summary

    def search(self, text: str) -> list[CredentialSummary]:
        """Every credential whose name, issuer, description, skills or tags contain all words."""
        words = text.casefold().split()
        hits = [e.summary for e in self._entries.values() if all(w in e.haystack for w in words)]
        return sorted(hits, key=lambda s: s.added, reverse=True)

    def find_duplicate(self, report: Report, original: bytes) -> tuple[str, CredentialId | None]:
        """The de-duplication key of ``report``'s credential and the one stored under it."""
        key = self._store.cipher.keyed_id("dedupe", dedupe_material(report, original))
        return key, self._dedupe.get(key)

    def same_credential(self, report: Report) -> CredentialId | None:
        """A stored credential with the same signed id and issuer (another copy of it)."""
        material = identity_material(report.view)
        if material is None:
            return None
        wanted = self._store.cipher.keyed_id("identity", material)
        return next((cid for cid, entry in self._entries.items() if entry.identity == wanted), None)

    def original(self, cid: CredentialId) -> bytes:
        original = self._store.credential_part(cid, "original")
        if original is None:
            raise KeyError(cid)
        return original

    def latest_report(self, cid: CredentialId) -> dict[str, Any]:
        plain = self._store.get("reports", cid)
        if plain is None:
            raise VaultCorrupted(f"credential {cid} has lost its reports", record=cid)
        history = loads(plain, cid)
        return dict(history[-1])

    def cache_entries(self, cid: CredentialId) -> CacheEntries:
        """The credential's cached static checks whose MAC holds (the rest are verified anew)."""
        plain = self._store.get("signature_cache", cid)
        if plain is None:
            return ()
        return open_entries(self._cache_key, loads(plain, cid))

    # --- writing (inside the caller's transaction) --------------------------------------------
    def add(
        self,
        conn: sqlite3.Connection,
        dedupe: str,
        original: bytes,
        report: Report,
        entries: CacheEntries,
        now: datetime,
        *,
        cid: CredentialId | None = None,
        added: datetime | None = None,
        tags: tuple[str, ...] = (),
    ) -> CredentialId:
        """Store a new credential; call :meth:`commit_pending` after the transaction commits."""
        cid = cid or CredentialId(new_id())
        cipher = self._store.cipher
        image_id = None
        baked = baked_image(original)
        for image in ([baked] if baked else embedded_images(report.view))[:1]:
            image_id = cipher.keyed_id("image", hashlib.sha256(image).digest())
            self._store.put(conn, "images", image_id, image)  # same bytes, same id: stored once
        value = {
            **summarize(report.view, report),
            "identity": self._identity_key(report),
            "added": (added or now).isoformat(),
            "verdict": report.verdict.value,
            "checked": now.isoformat(),
            "image": image_id,
        }
        self._store.put_credential(conn, cid, dedupe, dumps(value), original)
        self._store.put(
            conn, "reports", cid, dumps([{"at": now.isoformat(), "report": report_to_json(report)}])
        )
        self._put_cache(conn, cid, entries)
        if tags:
            self._store.put(conn, "tags", cid, dumps(list(tags)))
        self._pending.append((cid, dedupe, value, tags))
        return cid

    def _identity_key(self, report: Report) -> str | None:
        material = identity_material(report.view)
        return None if material is None else self._store.cipher.keyed_id("identity", material)

    def commit_pending(self) -> None:
        """Index what :meth:`add` wrote, once its transaction has committed."""
        for cid, dedupe, value, tags in self._pending:
            if dedupe is not None:
                self._dedupe[dedupe] = cid
            self._index(cid, value, tags)
        self._pending = []

    def discard_pending(self) -> None:
        self._pending = []

    def record_report(
        self,
        conn: sqlite3.Connection,
        cid: CredentialId,
        report: Report,
        entries: CacheEntries,
        now: datetime,
    ) -> None:
        """Append a re-verification to the credential's history and update its summary."""
        plain = self._store.get("reports", cid)
        history = loads(plain, cid) if plain is not None else []
        history = [*history, {"at": now.isoformat(), "report": report_to_json(report)}][
            -MAX_REPORTS_KEPT:
        ]
        self._store.put(conn, "reports", cid, dumps(history))
        self._put_cache(conn, cid, entries)
        entry = self._entries[cid]
        plain = self._store.credential_part(cid, "summary")
        if plain is None:
            raise KeyError(cid)
        value = loads(plain, cid)
        # Everything read from the credential is read anew (a summary from an older version
        # gains the fields it lacked, an OB 2.0 badge the name and issuer a verification with
        # the network fetched); what the vault decided (added, image) is kept.
        value.update(summarize(report.view, report))
        value.update(verdict=report.verdict.value, checked=now.isoformat())
        self._store.update_summary(conn, cid, dumps(value))
        self._pending.append((cid, None, value, entry.summary.tags))

    def _put_cache(
        self, conn: sqlite3.Connection, cid: CredentialId, entries: CacheEntries
    ) -> None:
        if entries:
            sealed = seal_entries(self._cache_key, entries)
            self._store.put(conn, "signature_cache", cid, dumps(sealed))

    def set_tags(self, conn: sqlite3.Connection, cid: CredentialId, tags: tuple[str, ...]) -> None:
        self.summary(cid)
        self._store.put(conn, "tags", cid, dumps(list(tags)))

    def retag(self, cid: CredentialId, tags: tuple[str, ...]) -> None:
        entry = self._entries[cid]
        summary = CredentialSummary(**{**entry.summary.__dict__, "tags": tags})
        self._entries[cid] = _Entry(summary, _haystack(summary), entry.identity)

    def remove(self, conn: sqlite3.Connection, cid: CredentialId) -> None:
        if cid not in self._entries and cid not in self.damaged:
            raise KeyError(cid)
        self._store.delete(conn, "credentials", cid)
        for table in ("reports", "tags", "notes", "signature_cache"):
            self._store.delete(conn, table, cid)

    def forget(self, cid: CredentialId) -> None:
        self._entries.pop(cid, None)
        self.damaged.pop(cid, None)
        self._dedupe = {k: v for k, v in self._dedupe.items() if v != cid}

    def ids(self) -> list[CredentialId]:
        return list(self._entries)
