"""A vault's contents as one JSON value (what a backup file encrypts) and back.

Keyed ids (images, settings, key slots, duplicate detection) depend on the data key, which differs
between vaults, so the export holds the plain facts and the import recomputes every keyed id.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from wallet.errors import InputError, VaultCorrupted
from wallet.vault.catalog import Catalog
from wallet.vault.codec import checks_to_json, dumps, loads
from wallet.vault.models import CollectionId, CredentialId
from wallet.vault.organise import Organiser
from wallet.vault.store import VaultStore
from wallet.verify import verify_input

__all__ = ["MergeResult", "export_contents", "merge_contents"]

PAYLOAD_FORMAT = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def export_contents(store: VaultStore, catalog: Catalog, organiser: Organiser) -> dict[str, Any]:
    """Everything readable in the vault. Damaged credentials are left out (the caller has
    ``catalog.damaged`` to tell the learner which)."""
    credentials = []
    for summary in catalog.summaries():
        cid = summary.id
        history = loads(store.get("reports", cid) or b"[]", cid)
        credentials.append(
            {
                "id": cid,
                "original": _b64(catalog.original(cid)),
                "added": summary.added.isoformat(),
                "reports": history,
                "tags": list(summary.tags),
                "note": organiser.note(cid),
                "cache": [[k.hex(), checks_to_json(c)] for k, c in catalog.cache_entries(cid)],
            }
        )
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


@dataclass
class MergeResult:
    """What a restore did: credentials added, and the ones already present (by backup id)."""

    added: list[CredentialId] = field(default_factory=list)
    duplicates: list[CredentialId] = field(default_factory=list)


def merge_contents(
    payload: dict[str, Any], store: VaultStore, catalog: Catalog, organiser: Organiser
) -> MergeResult:
    """Add the payload's credentials (skipping ones already here) and its other records, in one
    transaction. Raises VaultCorrupted when the payload is malformed; nothing is then written."""
    result = MergeResult()
    renamed: dict[str, CredentialId] = {}
    try:
        if payload.get("format") != PAYLOAD_FORMAT:
            raise VaultCorrupted(f"unknown backup contents format {payload.get('format')!r}")
        with store.transaction() as conn:
            for item in payload["credentials"]:
                original = base64.b64decode(item["original"], validate=True)
                # The credential is judged from its bytes, never from what the backup says of
                # it (issue 11): a file someone else made could claim anything.
                latest = verify_input(original)
                dedupe, existing = catalog.find_duplicate(latest, original)
                if existing is not None:
                    result.duplicates.append(CredentialId(item["id"]))
                    renamed[item["id"]] = existing
                    continue
                entries: tuple[Any, ...] = ()  # nor any signature-cache entry it carries
                wanted = CredentialId(item["id"])
                taken = wanted in catalog.ids() or wanted in catalog.damaged
                cid = catalog.add(
                    conn,
                    dedupe,
                    original,
                    latest,
                    entries,
                    datetime.now(UTC),
                    cid=None if taken else wanted,
                    added=datetime.fromisoformat(item["added"]),
                    tags=tuple(item["tags"]),
                )
                renamed[item["id"]] = cid
                if item["note"]:
                    store.put(conn, "notes", cid, item["note"].encode("utf-8"))
                result.added.append(cid)
            for name, value in payload["settings"].items():
                rid = store.cipher.keyed_id("settings", name.encode())
                store.put(conn, "settings", rid, dumps({"name": name, "value": value}))
            for slot, key in payload["holder_keys"].items():
                rid = store.cipher.keyed_id("holder_keys", slot.encode())
                store.put(conn, "holder_keys", rid, dumps({"name": slot, "value": key}))
            known = {c.id: c for c in organiser.collections()}
            for c in payload["collections"]:
                members = [renamed.get(m, m) for m in c["members"]]
                if c["id"] in known:
                    members = list(dict.fromkeys([*known[c["id"]].members, *members]))
                value = {"name": c["name"], "position": c["position"], "members": members}
                store.put(conn, "collections", CollectionId(c["id"]), dumps(value))
            for s in payload["shares"]:
                value = {**s, "credentials": [renamed.get(m, m) for m in s["credentials"]]}
                # Keyed on the content, so restoring one backup twice records each share once.
                rid = store.cipher.keyed_id("shares", dumps(s))
                store.put(conn, "shares", rid, dumps(value))
    except (KeyError, TypeError, ValueError, IndexError, InputError) as exc:
        catalog.discard_pending()
        raise VaultCorrupted(f"the backup's contents are malformed ({exc!r})") from None
    except BaseException:
        catalog.discard_pending()
        raise
    catalog.commit_pending()
    return result
