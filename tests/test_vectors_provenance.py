"""The public test vectors in ``tests/vectors`` are what their provenance says they are.

``tests/vectors/SOURCES.md`` lists each file with its source repository, commit, licence and the
first 16 hex digits of its SHA-256. Every vector must be listed, every listed file present, and
every hash must match: a vector edited by hand, or added without its licence, fails here.
"""

from __future__ import annotations

import hashlib
import re

from tests.conftest import VECTORS

_FOLDER = re.compile(r"^## (\S+)/\s*$")
# Files about the collection itself (README.md describes the two result files).
_ABOUT = {
    "README.md",
    "SOURCES.md",
    "verification-results.checks.json",
    "verification-results.samples.json",
}


def _listed() -> dict[str, tuple[str, str]]:
    """path -> (licence, sha256 prefix), from the tables of SOURCES.md."""
    listed: dict[str, tuple[str, str]] = {}
    folder = None
    for line in (VECTORS / "SOURCES.md").read_text("utf-8").splitlines():
        if line.startswith("## "):
            match = _FOLDER.match(line)
            folder = match.group(1) if match else None
        elif folder and line.startswith("| ") and not line.startswith("| file "):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if set(cells[0]) <= {"-"}:
                continue
            listed[f"{folder}/{cells[0]}"] = (cells[4], cells[5])
    return listed


def test_every_vector_is_listed_with_a_licence_and_its_hash() -> None:
    listed = _listed()
    present = {
        str(path.relative_to(VECTORS)) for path in VECTORS.rglob("*") if path.is_file()
    } - _ABOUT
    assert len(present) > 300
    assert sorted(present - set(listed)) == []  # no vector without provenance
    assert sorted(set(listed) - present) == []  # none listed but missing
    for name, (licence, prefix) in sorted(listed.items()):
        assert licence, name
        digest = hashlib.sha256((VECTORS / name).read_bytes()).hexdigest()
        assert digest[:16] == prefix, name
