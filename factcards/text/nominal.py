"""Who does an action named by a noun: "Alderbrook's closure of the bridge" has Alderbrook
close it and the bridge closed. A statement that keeps the noun and puts the passage's owner
after its "of" ("the closure of Alderbrook by Fernley") turns the action around.

Read only where both sides are names (capitalised words): "the recall of its ambassador" and
"Fernley's ambassador" say whose, not who did what.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from factcards.text.memo import SIZE
from factcards.text.words import DETERMINERS, Word, words

Keys = Callable[[str], frozenset[str]]
_OWNED = ("'s", "’s")


@dataclass(frozen=True)
class Nominal:
    """A noun followed by "of", with the keys of its owner before it and its object after."""

    noun: frozenset[str]
    owner: frozenset[str]  # empty when none is named
    done_to: frozenset[str]  # empty when the object is no name


def _name(word: Word) -> bool:
    return word.text[:1].isupper() and not word.stop


@functools.lru_cache(maxsize=SIZE)
def nominals(text: str, keys: Keys) -> tuple[Nominal, ...]:
    """Each "N of X" of a text, with "Y's" before it if there is one: read once for every
    statement that quotes it."""
    tokens = words(text)
    found = []
    for i, word in enumerate(tokens[:-2]):
        if word.stop or tokens[i + 1].lower != "of" or not word.text[:1].islower():
            continue
        j = i + 2
        while j < len(tokens) and tokens[j].lower in DETERMINERS:
            j += 1
        after = tokens[j] if j < len(tokens) else None
        done_to = keys(after.text) if after and _name(after) and not after.text.endswith(_OWNED) \
            else frozenset()
        before = tokens[i - 1] if i else None
        owner = keys(before.text[:-2]) if before and before.text.endswith(_OWNED) \
            and _name(before) else frozenset()
        if owner or done_to:
            found.append(Nominal(keys(word.text), owner, done_to))
    return tuple(found)


def swapped_nominal(statement: str, passage: str, keys: Keys) -> frozenset[str] | None:
    """The forms of a noun whose object in the statement is its owner in the passage, which
    gives it another object: "the bombardment of Alderbrook" for "Alderbrook's bombardment
    of Fernley"."""
    theirs = nominals(passage, keys)
    for mine in nominals(statement, keys):
        if not mine.done_to:
            continue
        for other in theirs:
            if other.noun & mine.noun and other.owner & mine.done_to and other.done_to \
                    and not other.done_to & mine.done_to:
                return mine.noun
    return None
