"""Copy the published JSON-LD context documents into ``resources/contexts/`` and pin them.

Run by hand when the shared context collection grows (``python scripts/sync_contexts.py
SOURCE_FOLDER``); the app and the tests read only the copy in ``resources/contexts/``.

Writes, beside the byte-exact copies and their provenance (``SOURCES.md``):

- ``index.json``: context URL -> file (as the collection's own index says);
- ``sha256.json``: file -> SHA-256, taken from ``SOURCES.md`` and checked against the bytes;
- ``revisions.json``: for each indexed file with VARIANT files beside it (earlier published
  revisions of a mutable URL, named ``<stem>.<revision>.json``), the variants newest first. The
  verifier tries them only when a signature fails under the indexed copy.
- ``vocabulary.json``: the signed view's names for IRIs (``wallet.jsonld.vocabulary``).

``--vocabulary`` rewrites only ``vocabulary.json`` (after a change to how it is computed).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "resources" / "contexts"
_SECTION = re.compile(r"^## (\S+\.json)\s*$")
_SHA = re.compile(r"^- sha256: `([0-9a-f]{64})`")


def pinned_hashes(sources: str) -> dict[str, str]:
    hashes: dict[str, str] = {}
    current = None
    for line in sources.splitlines():
        section = _SECTION.match(line)
        if section:
            current = section.group(1)
            continue
        sha = _SHA.match(line)
        if sha and current:
            hashes[current] = sha.group(1)
            current = None
    return hashes


def _revision_order(name: str) -> tuple[int, str]:
    """Newest first: dated revisions by date, then named older copies (pre2025 before pre2022)."""
    revision = name.rsplit(".", 2)[-2]
    if revision.startswith("rev-"):
        return (0, "".join(chr(255 - ord(c)) for c in revision))
    if revision.startswith("pre"):
        return (1, "".join(chr(255 - ord(c)) for c in revision))
    return (2, revision)


def revisions(files: list[str], indexed: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in files:
        if name in indexed or name.count(".") < 2:
            continue
        stem = name.rsplit(".", 2)[0] + ".json"
        if stem in indexed:
            found.setdefault(stem, []).append(name)
    return {stem: sorted(names, key=_revision_order) for stem, names in sorted(found.items())}


def main(source: Path) -> None:
    sources = (source / "SOURCES.md").read_text("utf-8")
    hashes = pinned_hashes(sources)
    index = json.loads((source / "index.json").read_text("utf-8"))
    files = sorted(p.name for p in source.glob("*.json") if p.name != "index.json")
    for name in files:
        data = (source / name).read_bytes()
        if hashlib.sha256(data).hexdigest() != hashes.get(name):
            sys.exit(f"{name}: its bytes do not match the sha256 in SOURCES.md")
        json.loads(data)
        shutil.copyfile(source / name, TARGET / name)
    shutil.copyfile(source / "SOURCES.md", TARGET / "SOURCES.md")
    (TARGET / "index.json").write_text(json.dumps(index, indent=1, sort_keys=True) + "\n")
    pins = {name: hashes[name] for name in files}
    (TARGET / "sha256.json").write_text(json.dumps(pins, indent=1, sort_keys=True) + "\n")
    variants = revisions(files, set(index.values()))
    (TARGET / "revisions.json").write_text(json.dumps(variants, indent=1) + "\n")
    print(f"{len(files)} contexts, {len(index)} URLs, {sum(map(len, variants.values()))} revisions")
    write_vocabulary()


def write_vocabulary() -> None:
    sys.path.insert(0, str(TARGET.parent.parent))
    from wallet.jsonld.contexts import ContextStore
    from wallet.jsonld.vocabulary import VOCABULARY_FILE, build_names

    names = build_names(ContextStore(TARGET))
    (TARGET / VOCABULARY_FILE).write_text(json.dumps(names, indent=0, sort_keys=True) + "\n")
    print(f"{len(names)} names in {VOCABULARY_FILE}")


if __name__ == "__main__":
    if "--vocabulary" in sys.argv:
        write_vocabulary()
    elif len(sys.argv) == 2:
        main(Path(sys.argv[1]))
    else:
        sys.exit(
            "usage: python scripts/sync_contexts.py SOURCE_FOLDER | --vocabulary"
            "  (SOURCE_FOLDER: the context collection)"
        )
