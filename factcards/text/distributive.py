"""A quantifier that sums up what the passages give each party: "each side denies" where one
passage has Alderbrook deny and another Fernley. The quantifier ranges over the newsroom's own
word for the parties ("side", "country"), so it says no more than the passages say of each."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from factcards.text.words import Word, only_verb, words

if TYPE_CHECKING:
    from factcards.text.vocabulary import Vocabulary

# "each side", "every country", "all sides": what a distributive quantifier may begin.
DISTRIBUTIVE = frozenset({"each", "every", "all"})
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")
PARTIES = 2  # a sum over fewer parties says nothing a plain statement would not


def predicate(tokens: Sequence[Word], i: int, newsroom: Callable[[Word], bool],
              quantifiers: frozenset[str] = DISTRIBUTIVE) -> Word | None:
    """The word a quantifier at `i` says of each party: the first word after its noun that is
    not a function word ("denies" in "each side denies"); None unless the noun is one of the
    newsroom's own words for the parties ("side", "country")."""
    if tokens[i].lower not in quantifiers or i + 1 >= len(tokens) or not newsroom(tokens[i + 1]):
        return None
    return next((w for w in tokens[i + 2:] if not w.stop), None)


def distributed(word: str, quotes: Sequence[str], keys: Callable[[str], frozenset[str]],
                parties: Callable[[str], list[tuple[int, int, str]]]) -> bool:
    """Whether the quotes give `word` to at least two parties, each in a sentence of its own:
    the party named last before the word is the one it is said of."""
    mine = keys(word)
    found = set()
    for quote in quotes:
        for sentence in _SENTENCE.split(quote):
            named = parties(sentence)
            for other in words(sentence):
                if keys(other.text) & mine:
                    before = [party for a, _, party in named if a < other.start]
                    found.update(before[-1:])
    return len(found) >= PARTIES


OF_PARTIES = DISTRIBUTIVE | {"both"}


def acting_each(tokens: tuple[Word, ...], i: int) -> Word | None:
    """The verb right after "each" ("..., and each denies it"): what each party does."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt if tokens[i].lower == "each" and nxt is not None and nxt.text[:1].islower() \
        and only_verb(nxt.text) else None


_CLAUSE_OPENERS = frozenset({"and", "but", "while", "then", "so"})


def heads(text: str, tokens: tuple[Word, ...], i: int) -> bool:
    """Whether the quantifier at `i` opens its clause's subject ("Both countries recalled",
    "..., and both countries"), not an object ("push both countries over the edge")."""
    return i == 0 or tokens[i - 1].lower in _CLAUSE_OPENERS \
        or bool(set(text[tokens[i - 1].end:tokens[i].start]) & set(",;:"))


def said_of_them(said: Word, word: Word, quotes: list[str], vocab: Vocabulary) -> bool:
    """Whether a passage says what the statement's "both countries" (or "each side") did of
    its own such parties: "both countries have requested" is no "both countries recalled"."""
    for quote in quotes:
        theirs = words(quote)
        for j, other in enumerate(theirs):
            if vocab.equivalent(word.lower, other.lower):
                verb = predicate(theirs, j, vocab.is_free, OF_PARTIES)
                if verb is None or vocab.keys(verb.text) & vocab.keys(said.text) \
                        or (vocab.speech(verb.text) and vocab.speech(said.text)):
                    return True  # no act of theirs to compare, or the same act (or both say)
    return False
