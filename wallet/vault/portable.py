"""A vault's contents as one JSON value (what a backup file encrypts) and back.

Keyed ids (images, settings, key slots, duplicate detection) depend on the data key, which differs
between vaults, so the export holds the plain facts and the import recomputes every keyed id.

A backup may have been made by someone else (issue 11), so a restore believes only what it can
check, and never overwrites what the learner already has:

- every credential is verified again from its original bytes (``verify_many``, as an import);
  a backup carries no verification reports and no signature-cache entries, and older backups'
  are ignored, so a forged credential cannot arrive marked valid;
- the backup's holder keys join the learner's as *old* keys; the learner's current key stays
  current (only :func:`merge_contents` with ``adopt_identity``, for a new wallet made from the
  backup, makes the backup's current key current);
- its trusted issuers are *offered* (:attr:`MergeResult.offered_issuers`), never applied;
- its settings fill only settings the learner has not set;
- :meth:`MergeResult.lines` says exactly what changed.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from wallet.errors import VaultCorrupted
from wallet.present.holder import HolderKeyring
from wallet.vault.catalog import Catalog
from wallet.vault.codec import dumps
from wallet.vault.models import CollectionId, CredentialId
from wallet.vault.organise import Organiser
from wallet.vault.store import VaultStore
from wallet.vault.trusted import SETTING as TRUSTED_SETTING
from wallet.vault.trusted import TrustedIssuer, TrustedIssuers
from wallet.vault.verifying import Job, Outcome, verify_many
from wallet.verify import Verdict, VerifyOptions

__all__ = ["PAYLOAD_FORMAT", "MergeResult", "export_contents", "merge_contents"]

# 2: no reports, no signature cache (issue 11). 1 is still read; those members are ignored.
PAYLOAD_FORMAT = 2
_READABLE = (1, 2)
HOLDER_SLOT = "holder"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def export_contents(store: VaultStore, catalog: Catalog, organiser: Organiser) -> dict[str, Any]:
    """Everything readable in the vault that a restore will use: original bytes and the
    learner's own records. Damaged credentials are left out (the caller has
    ``catalog.damaged`` to tell the learner which)."""
    credentials = [
        {
            "id": summary.id,
            "original": _b64(catalog.original(summary.id)),
            "added": summary.added.isoformat(),
            "tags": list(summary.tags),
            "note": organiser.note(summary.id),
        }
        for summary in catalog.summaries()
    ]
    return {
        "format": PAYLOAD_FORMAT,
        "credentials": credentials,
        "collections": [
            {"id": c.id, "name": c.name, "position": c.position, "members": list(c.members)}
            for c in organiser.collections()
        ],
        "settings": organiser.settings(),
        "holder_keys": {slot: key.hex() for slot, key in organiser.holder_keys().items()},
        "shares": [
            {"at": s.at.isoformat(), "credentials": list(s.credential_ids), "details": s.details}
            for s in organiser.shares()
        ],
    }


@dataclass(frozen=True)
class MergeResult:
    """What a restore did. Ids in ``duplicates`` and ``rejected`` are the backup's own."""

    added: tuple[CredentialId, ...] = ()
    verdicts: dict[CredentialId, Verdict] = field(default_factory=dict)  # of ``added``, now
    duplicates: tuple[CredentialId, ...] = ()
    rejected: tuple[tuple[str, str], ...] = ()  # (backup id, reason)
    holder_keys_added: tuple[str, ...] = ()  # DIDs added as old keys
    holder_adopted: str | None = None  # the DID made current (a new wallet from the backup)
    offered_issuers: tuple[TrustedIssuer, ...] = ()  # trusted in the backup; not applied
    settings_added: tuple[str, ...] = ()
    settings_kept: tuple[str, ...] = ()  # differed in the backup; the learner's value kept
    collections_added: int = 0
    collections_merged: int = 0
    shares_added: int = 0

    def lines(self) -> list[str]:
        """Exactly what changed, one sentence a line (CLI ``restore``; the app's report)."""
        out = [f"{cid}: already in your wallet" for cid in self.duplicates]
        out += [f"{cid}: not restored: {reason}" for cid, reason in self.rejected]
        counts: dict[str, int] = {}
        for verdict in self.verdicts.values():
            counts[verdict.value] = counts.get(verdict.value, 0) + 1
        checked = ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
        out.append(
            f"added {len(self.added)} credential{'' if len(self.added) == 1 else 's'}, "
            "each verified again from its own bytes" + (f" ({checked})" if checked else "")
        )
        if self.holder_adopted:
            out.append(f"your holder identity is now the backup's: {self.holder_adopted}")
        for did in self.holder_keys_added:
            if did != self.holder_adopted:
                out.append(f"kept the backup's holder key {did} as an old key (not used to sign)")
        for issuer in self.offered_issuers:
            out.append(
                f"the backup trusts {issuer.name or issuer.id} ({issuer.id}); not applied: "
                f"'learner-wallet trust add {issuer.id}' trusts it"
            )
        if self.settings_added:
            out.append("settings added: " + ", ".join(self.settings_added))
        if self.settings_kept:
            out.append("settings kept as they were: " + ", ".join(self.settings_kept))
        if self.collections_added or self.collections_merged:
            out.append(
                f"collections: {self.collections_added} added, "
                f"{self.collections_merged} merged with yours"
            )
        if self.shares_added:
            entries = "entry" if self.shares_added == 1 else "entries"
            out.append(f"share history: {self.shares_added} {entries} added")
        return out


@dataclass(frozen=True)
class _Item:
    backup_id: str
    original: bytes
    added: datetime
    tags: tuple[str, ...]
    note: str


def _items(payload: dict[str, Any]) -> list[_Item]:
    """The payload's credentials, every member checked before anything is verified or written.
    Raises VaultCorrupted."""
    if payload.get("format") not in _READABLE:
        raise VaultCorrupted(f"unknown backup contents format {payload.get('format')!r}")
    items = []
    for item in payload["credentials"]:
        tags = item.get("tags", [])
        note = item.get("note") or ""
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise TypeError("tags")
        if not isinstance(note, str):
            raise TypeError("note")
        items.append(
            _Item(
                str(item["id"]),
                base64.b64decode(item["original"], validate=True),
                datetime.fromisoformat(item["added"]),
                tuple(tags),
                note,
            )
        )
    return items


def merge_contents(
    payload: dict[str, Any],
    store: VaultStore,
    catalog: Catalog,
    organiser: Organiser,
    options: VerifyOptions,
    clock: Callable[[], datetime],
    *,
    adopt_identity: bool = False,
    workers: int | None = None,
) -> MergeResult:
    """Verify the payload's credentials again and add the new ones, with the learner's records
    the backup brings, in one transaction (see the module docstring for what is never taken).

    ``options`` are the learner's verification options (their trusted issuers, not the
    backup's). Slow: verification. Raises VaultCorrupted when the payload is malformed;
    nothing is then written.
    """
    try:
        items = _items(payload)
        outcomes = list(verify_many([Job(i.original) for i in items], options, workers))
        return _write(payload, items, outcomes, store, catalog, organiser, clock, adopt_identity)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError, binascii.Error) as exc:
        catalog.discard_pending()
        raise VaultCorrupted(f"the backup's contents are malformed ({exc!r})") from None
    except BaseException:
        catalog.discard_pending()
        raise


def _write(
    payload: dict[str, Any],
    items: list[_Item],
    outcomes: list[Outcome],
    store: VaultStore,
    catalog: Catalog,
    organiser: Organiser,
    clock: Callable[[], datetime],
    adopt_identity: bool,
) -> MergeResult:
    now = clock()
    added: list[CredentialId] = []
    verdicts: dict[CredentialId, Verdict] = {}
    duplicates: list[CredentialId] = []
    rejected: list[tuple[str, str]] = []
    renamed: dict[str, CredentialId] = {}
    seen: dict[str, CredentialId] = {}
    holder = _merged_holder(payload, organiser, adopt_identity)
    offered = _offered_issuers(payload, organiser)
    settings_added, settings_kept = [], []
    mine = organiser.settings()
    with store.transaction() as conn:
        for item, outcome in zip(items, outcomes, strict=True):
            report = outcome.report
            if report is None or report.kind != "credential":
                rejected.append((item.backup_id, outcome.error or "not a single credential"))
                continue
            dedupe, existing = catalog.find_duplicate(report, item.original)
            existing = existing or seen.get(dedupe)
            if existing is not None:
                duplicates.append(CredentialId(item.backup_id))
                renamed[item.backup_id] = existing
                continue
            wanted = CredentialId(item.backup_id)
            taken = wanted in catalog.ids() or wanted in catalog.damaged or wanted in added
            cid = catalog.add(
                conn,
                dedupe,
                item.original,
                report,
                outcome.entries,
                now,
                cid=None if taken else wanted,
                added=item.added,
                tags=item.tags,
            )
            seen[dedupe] = renamed[item.backup_id] = cid
            if item.note:
                store.put(conn, "notes", cid, item.note.encode("utf-8"))
            added.append(cid)
            verdicts[cid] = report.verdict
        for name, value in payload["settings"].items():
            if name == TRUSTED_SETTING or value is None:
                continue  # trust is offered, never applied
            if name not in mine:
                rid = store.cipher.keyed_id("settings", name.encode())
                store.put(conn, "settings", rid, dumps({"name": name, "value": value}))
                settings_added.append(name)
            elif mine[name] != value:
                settings_kept.append(name)
        keys_added: tuple[str, ...] = ()
        adopted = None
        if holder is not None:
            ring, keys_added, adopted = holder
            _put_holder(store, conn, HOLDER_SLOT, ring.to_record())
        known_slots = organiser.holder_keys()
        for slot, key in payload["holder_keys"].items():
            if slot != HOLDER_SLOT and slot not in known_slots:  # an opaque slot: never replaced
                _put_holder(store, conn, slot, bytes.fromhex(key))
        collections_added, collections_merged = _merge_collections(
            payload, store, conn, organiser, renamed
        )
        shares_added = 0
        for s in payload["shares"]:
            value = {**s, "credentials": [renamed.get(m, m) for m in s["credentials"]]}
            # Keyed on the content, so restoring one backup twice records each share once.
            rid = store.cipher.keyed_id("shares", dumps(s))
            if store.get("shares", rid) is None:
                shares_added += 1
            store.put(conn, "shares", rid, dumps(value))
    catalog.commit_pending()
    return MergeResult(
        added=tuple(added),
        verdicts=verdicts,
        duplicates=tuple(duplicates),
        rejected=tuple(rejected),
        holder_keys_added=keys_added,
        holder_adopted=adopted,
        offered_issuers=offered,
        settings_added=tuple(settings_added),
        settings_kept=tuple(settings_kept),
        collections_added=collections_added,
        collections_merged=collections_merged,
        shares_added=shares_added,
    )


def _put_holder(store: VaultStore, conn: Any, slot: str, record: bytes) -> None:
    rid = store.cipher.keyed_id("holder_keys", slot.encode())
    store.put(conn, "holder_keys", rid, dumps({"name": slot, "value": record.hex()}))


def _merged_holder(
    payload: dict[str, Any], organiser: Organiser, adopt: bool
) -> tuple[HolderKeyring, tuple[str, ...], str | None] | None:
    """The learner's holder keyring with the backup's keys added (ring, DIDs added, DID made
    current), or None when the backup brings no key the learner lacks. Raises VaultCorrupted
    for a backup whose holder key record is not one Learner Wallet writes."""
    theirs_hex = payload["holder_keys"].get(HOLDER_SLOT)
    if theirs_hex is None:
        return None
    try:
        theirs = HolderKeyring.from_record(bytes.fromhex(theirs_hex))
    except VaultCorrupted as exc:
        raise VaultCorrupted(f"the backup's holder key cannot be used ({exc})") from None
    record = organiser.holder_key(HOLDER_SLOT)
    if record is None:
        return theirs, tuple(k.did for k in theirs.keys), theirs.current.did
    mine = HolderKeyring.from_record(record)
    known = {k.did for k in mine.keys}
    new = tuple(k.did for k in theirs.keys if k.did not in known)
    adopted = theirs.current.did if adopt and theirs.current.did != mine.current.did else None
    if not new and adopted is None:
        return None
    return mine.merged_with(theirs, adopt=adopt), new, adopted


def _offered_issuers(payload: dict[str, Any], organiser: Organiser) -> tuple[TrustedIssuer, ...]:
    raw = payload["settings"].get(TRUSTED_SETTING)
    if not isinstance(raw, dict):
        return ()
    already = TrustedIssuers(organiser).ids()
    offered = []
    for issuer_id, entry in raw.items():
        try:
            issuer = TrustedIssuer(
                str(issuer_id), str(entry["name"]), datetime.fromisoformat(entry["since"])
            )
        except (KeyError, TypeError, ValueError):
            continue  # an offer that cannot be read is not made
        if issuer.id not in already:
            offered.append(issuer)
    return tuple(sorted(offered, key=lambda t: (t.name.casefold(), t.id)))


def _merge_collections(
    payload: dict[str, Any],
    store: VaultStore,
    conn: Any,
    organiser: Organiser,
    renamed: dict[str, CredentialId],
) -> tuple[int, int]:
    """Collections the learner lacks are added; one they have gains the backup's members (its
    name and position stay the learner's). Returns (added, merged)."""
    known = {c.id: c for c in organiser.collections()}
    added = merged = 0
    for c in payload["collections"]:
        members = [renamed.get(m, m) for m in c["members"]]
        mine = known.get(c["id"])
        if mine is None:
            value = {"name": c["name"], "position": c["position"], "members": members}
            added += 1
        else:
            union = list(dict.fromkeys([*mine.members, *members]))
            if union == list(mine.members):
                continue
            value = {"name": mine.name, "position": mine.position, "members": union}
            merged += 1
        store.put(conn, "collections", CollectionId(c["id"]), dumps(value))
    return added, merged
