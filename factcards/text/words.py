"""Words as the support rules compare them: each word of a text with its place, and the forms it
matches: itself, its Snowball stem and its dictionary forms (lemminflect's lemma table, so
"struck" meets "strike" and "casualties" meets "casualty"). Function words come from the Snowball
project's English stop list; negations are kept apart, as they carry the meaning. The stemmer
is PyStemmer's C build of Snowball where it is installed (snowballstemmer picks it).
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
import re
from pathlib import Path
from typing import NamedTuple

import snowballstemmer
import stopwords

# A word: letters and digits, with inner apostrophes and hyphens ("Amir-Abdollahian", "don't").
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Words that negate what follows them; a denial negates what it denies ("denied the visit").
NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "without", "none", "nobody",
                       "nothing", "cannot", "deny", "denies", "denied", "denying", "denial"})
_STEMMER = snowballstemmer.stemmer("english")
_STOP = frozenset(word.replace("’", "'") for word in stopwords.get_stopwords("english")) - NEGATIONS


@functools.cache
def _lemma_table() -> tuple[dict[str, str], dict[str, str]]:
    """lemminflect's table of word forms: their lemmas and their parts of speech, read from the
    package's data file without importing the package (its import loads numpy and a model the
    rules do not need). Lemmas are kept joined by "/" and split only for the words looked up."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lemma_lu.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = handle.read().lower().splitlines()
    lemmas: dict[str, str] = {}
    tags: dict[str, str] = {}
    for row in rows:
        form, tag, found = row.split(",", 2)
        lemmas[form] = f"{lemmas[form]}/{found}" if form in lemmas else found
        tags[form] = f"{tags[form]} {tag}" if form in tags else tag
    return lemmas, tags


def can_be_verb(word: str) -> bool:
    """Whether the dictionary knows the word as a verb form ("said", "met", "talks")."""
    tags = _lemma_table()[1].get(word.lower(), "")
    return "verb" in tags or "aux" in tags


def can_be_noun(word: str) -> bool:
    """Whether the dictionary knows the word as a noun form ("date", "enforcement")."""
    return "noun" in _lemma_table()[1].get(word.lower(), "").split()


def only_verb(word: str) -> bool:
    """Whether the dictionary knows the word as a verb form and as nothing else ("recalled",
    "met"; not "evening", which is also a noun)."""
    tags = set(_lemma_table()[1].get(word.lower(), "").split())
    return bool(tags) and tags <= {"verb", "aux"}


@functools.lru_cache(maxsize=1 << 16)
def forms(word: str) -> frozenset[str]:
    """Every form a word matches by: itself, its stem, its lemmas and their stems."""
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    found = {lower, _STEMMER.stemWord(lower)}
    lemmas = _lemma_table()[0]
    for lemma in lemmas[lower].split("/") if lower in lemmas else ():
        found |= {lemma, _STEMMER.stemWord(lemma)}
    if "-" in lower:  # "south-western" is also "southwestern"
        joined = lower.replace("-", "")
        found |= {joined, _STEMMER.stemWord(joined)}
    return frozenset(found)


class Word(NamedTuple):
    """One word of a text, where it stands, and how the rules read it."""

    text: str
    start: int
    end: int
    lower: str
    stop: bool  # a function word
    negation: bool

    @property
    def forms(self) -> frozenset[str]:
        return forms(self.text)


@functools.lru_cache(maxsize=1 << 16)
def _reading(text: str) -> tuple[str, bool, bool]:
    lower = text.lower().replace("’", "'")
    return (lower, lower in _STOP or lower.removesuffix("'s") in _STOP,
            lower in NEGATIONS or lower.endswith("n't"))


@functools.lru_cache(maxsize=1 << 14)
def words(text: str) -> tuple[Word, ...]:
    """The words of a text; remembered, as the rules read the same passages again and again."""
    return tuple(Word(m.group(), m.start(), m.end(), *_reading(m.group())) for m in WORD.finditer(text))
