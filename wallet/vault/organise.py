"""The learner's own records: notes, collections, settings, holder keys and share history.

Names chosen by callers (setting names, key slots) are stored under keyed ids, with the name
inside the encrypted record, so the file does not reveal which slots or settings exist.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from wallet.vault.catalog import new_id
from wallet.vault.codec import dumps, loads
from wallet.vault.models import (
    Collection,
    CollectionId,
    CredentialId,
    ShareId,
    ShareRecord,
)
from wallet.vault.store import VaultStore

__all__ = ["Organiser", "named_value", "put_named_value"]


class Organiser:
    """Reads decrypt on demand; every write is its own transaction. Not thread-safe."""

    def __init__(self, store: VaultStore) -> None:
        self._store = store

    # --- notes --------------------------------------------------------------------------------
    def note(self, cid: CredentialId) -> str:
        plain = self._store.get("notes", cid)
        return "" if plain is None else plain.decode("utf-8")

    def set_note(self, cid: CredentialId, text: str) -> None:
        with self._store.transaction() as conn:
            if text:
                self._store.put(conn, "notes", cid, text.encode("utf-8"))
            else:
                self._store.delete(conn, "notes", cid)

    # --- named records: settings and holder keys ----------------------------------------------
    def _named_get(self, table: str, name: str) -> Any:
        return named_value(self._store, table, name)

    def _named_put(self, table: str, name: str, value: Any) -> None:
        put_named_value(self._store, table, name, value)

    def _named_all(self, table: str) -> dict[str, Any]:
        found = {}
        for rid, blob, version in self._store.rows(table):
            record = loads(self._store.open_record(table, rid, blob, version), rid)
            found[record["name"]] = record["value"]
        return found

    def setting(self, name: str, default: Any = None) -> Any:
        value = self._named_get("settings", name)
        return default if value is None else value

    def set_setting(self, name: str, value: Any) -> None:
        """``value`` is any JSON value; None removes the setting."""
        self._named_put("settings", name, value)

    def settings(self) -> dict[str, Any]:
        return self._named_all("settings")

    def holder_key(self, slot: str) -> bytes | None:
        value = self._named_get("holder_keys", slot)
        return None if value is None else bytes.fromhex(value)

    def put_holder_key(self, slot: str, record: bytes | None) -> None:
        self._named_put("holder_keys", slot, None if record is None else record.hex())

    def holder_keys(self) -> dict[str, bytes]:
        return {k: bytes.fromhex(v) for k, v in self._named_all("holder_keys").items()}

    # --- collections --------------------------------------------------------------------------
    def collections(self) -> list[Collection]:
        found = []
        for rid, blob, version in self._store.rows("collections"):
            value = loads(self._store.open_record("collections", rid, blob, version), rid)
            members = tuple(CredentialId(m) for m in value["members"])
            found.append(
                Collection(CollectionId(str(rid)), value["name"], value["position"], members)
            )
        return sorted(found, key=lambda c: (c.position, c.name))

    def save_collection(self, collection: Collection) -> None:
        value = {
            "name": collection.name,
            "position": collection.position,
            "members": list(collection.members),
        }
        with self._store.transaction() as conn:
            self._store.put(conn, "collections", collection.id, dumps(value))

    def new_collection(self, name: str) -> Collection:
        position = max((c.position for c in self.collections()), default=-1) + 1
        collection = Collection(CollectionId(new_id()), name, position, ())
        self.save_collection(collection)
        return collection

    def delete_collection(self, cid: CollectionId) -> None:
        with self._store.transaction() as conn:
            self._store.delete(conn, "collections", cid)

    # --- share history ------------------------------------------------------------------------
    def record_share(
        self, at: datetime, credentials: tuple[CredentialId, ...], details: dict[str, Any]
    ) -> ShareRecord:
        record = ShareRecord(ShareId(new_id()), at, credentials, details)
        value = {"at": at.isoformat(), "credentials": list(credentials), "details": details}
        with self._store.transaction() as conn:
            self._store.put(conn, "shares", record.id, dumps(value))
        return record

    def shares(self) -> list[ShareRecord]:
        found = []
        for rid, blob, version in self._store.rows("shares"):
            value = loads(self._store.open_record("shares", rid, blob, version), rid)
            found.append(
                ShareRecord(
                    ShareId(str(rid)),
                    datetime.fromisoformat(value["at"]),
                    tuple(CredentialId(c) for c in value["credentials"]),
                    value["details"],
                )
            )
        return sorted(found, key=lambda s: s.at)


def named_value(store: VaultStore, table: str, name: str) -> Any:
    """The value kept under ``name`` in ``table`` (a record id keyed from the name), or None."""
    rid = store.cipher.keyed_id(table, name.encode())
    plain = store.get(table, rid)
    return None if plain is None else loads(plain, rid)["value"]


def put_named_value(store: VaultStore, table: str, name: str, value: Any) -> None:
    """Keep ``value`` under ``name`` in ``table`` (None: remove it), in one transaction."""
    rid = store.cipher.keyed_id(table, name.encode())
    with store.transaction() as conn:
        if value is None:
            store.delete(conn, table, rid)
        else:
            store.put(conn, table, rid, dumps({"name": name, "value": value}))
