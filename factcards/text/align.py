"""Align a statement with the passages it rests on, word by word.

Each content word of the statement (see `content`) must stand in one of its passages: as itself,
in another form ("struck", "strike"), as a word the project's settings make equivalent (see
`vocabulary`), or as another spelling of the same name. What aligns nowhere is the newsroom's
own wording, which the rules report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcards.text.content import content_words
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import Word


@dataclass(frozen=True)
class Aligned:
    """A content word of the statement and the passage it stands in (None: in none)."""

    word: Word
    passage: int | None


def passage_keys(text: str, vocabulary: Vocabulary, extra: Iterable[str] = ()) -> frozenset[str]:
    """Everything a passage can align a word with: its words' keys, its phrases, and `extra`
    (the ids of the names it prints)."""
    return vocabulary.text_keys(text).union(extra)


_UN = ("un", "non-", "non")  # the prefixes that negate a word, as "not" does before it
_NOT_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _negated(text: str, word: Word) -> bool:
    """Whether a word follows a "not" within a word ("not provoked", "not been provoked")."""
    return bool(_NOT_BEFORE.search(text[:word.start]))


PREFIX = 4  # letters a stem must have to match a longer form it begins ("deni", "denial")


def _derived(keys: set[str], found: frozenset[str]) -> bool:
    """Whether a form of the word begins a form of the passage's, or the reverse: "denial"
    and "denies" (stem "deni"), "retaliatory" and "retaliation"."""
    stems = [k for k in keys if len(k) >= PREFIX and k.isalpha()]
    return any(other.startswith(stem) or (len(other) >= PREFIX and stem.startswith(other))
               for stem in stems for other in found if other[:1] == stem[:1] and other.isalpha())


def align(statement: str, passages: list[frozenset[str]], vocabulary: Vocabulary,
          names: list[tuple[int, int, str]] = ()) -> list[Aligned]:
    """Each content word of `statement` with the first passage (by index) it aligns with.
    `names` are (start, end, id) of the names the statement prints: a word inside one aligns
    where a passage prints any spelling of that name."""
    spans = [*vocabulary.phrase_spans(statement), *names]
    out = []
    for word in content_words(statement, vocabulary):
        keys = set(vocabulary.keys(word.text))
        keys |= {key for a, b, key in spans if a <= word.start < b}
        where = next((i for i, found in enumerate(passages) if not keys.isdisjoint(found)), None)
        if where is None and "-" in word.text:  # a compound: each part, in one passage
            parts = [set(vocabulary.keys(part)) for part in word.text.split("-") if part]
            where = next((i for i, found in enumerate(passages)
                          if all(part & found or _derived(part, found) for part in parts)), None)
        elif where is None:
            where = next((i for i, found in enumerate(passages) if _derived(keys, found)), None)
        if where is None and _negated(statement, word):  # "not provoked" for "unprovoked"
            negative = set().union(*(vocabulary.keys(f"{prefix}{word.text}") for prefix in _UN))
            where = next((i for i, found in enumerate(passages) if negative & found), None)
        out.append(Aligned(word, where))
    return out
