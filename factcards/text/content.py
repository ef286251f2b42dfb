"""The content words of a statement: those it must find in its passages. Not a function word,
a quantifier, a number, a date, a negation or a hedge used as one: other rules read those. Its
own module, as the aligner (`align`) and the rules that read a statement's own words (its roles,
attributions and sign-offs) all ask which words carry its content.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcards.text.dates import MONTHS, WEEKDAYS
from factcards.text.numbers import NUMBER, numbers_in
from factcards.text.words import QUANTIFIERS, Word, can_be_verb, possessive, words

if TYPE_CHECKING:
    from factcards.text.vocabulary import Vocabulary

_SKIP = frozenset([*MONTHS, *WEEKDAYS])
_YEAR_OR_DIGITS = re.compile(r"\d[\d,.]*(?:st|nd|rd|th|s)?")


# What a hedge that is also a verb follows when it hedges: a form of "be" ("was planned", "is
# thought") or an article ("the planned visit"); after its subject it says what someone did.
_BEFORE_HEDGE = frozenset({"be", "is", "are", "was", "were", "been", "being", "a", "an", "the"})
# What a hedge that is also a verb is followed by when it has no object: "the visit planned for
# May", "talks expected to resume"; "the council planned the closure" has one.
_AFTER_HEDGE = frozenset({"for", "to"})


def hedging(tokens: tuple[Word, ...], i: int, hedges: frozenset[str]) -> bool:
    """Whether word `i` is one of the settings' hedges, used as a hedge: adding one only makes
    a statement say less than its passage ("the visit was planned for January 29"), and the
    hedge rule reads hedges. "The council planned the closure" states a plan: that needs a passage;
    "the closure planned for May" does not."""
    if not tokens[i].forms & hedges:
        return False
    if not can_be_verb(tokens[i].text):  # "reportedly", "likely"
        return True
    if i + 1 < len(tokens) and tokens[i + 1].lower in _AFTER_HEDGE:  # "the visit planned for May"
        return True
    before = next((w.lower for w in reversed(tokens[:i]) if not w.lower.endswith("ly")), "")
    return before in _BEFORE_HEDGE


def _ranked(tokens: tuple[Word, ...], i: int) -> bool:
    """Whether a newsroom word says something of the thing itself: a rank ("the first
    intrusion", "his first visit"; the newsroom may say "first announced" in its own voice), or parties acting
    together ("Fernley and Alderbrook together closed"; "both tolls together" only adds up, and
    so does "the attacks together killed at least 11": a count after the verb is a sum)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.stop:
        return False
    if tokens[i].lower in _TOGETHER:
        after = " ".join(w.text for w in tokens[i + 2:i + 6])
        return can_be_verb(nxt.text) and nxt.text[:1].islower() and not any(
            n.start == 0 for n in numbers_in(after))
    return tokens[i].lower in _ORDINALS and i > 0 and (
        tokens[i - 1].lower in _OWNERS or possessive(tokens[i - 1]))


_OWNERS = frozenset({"the", "his", "her", "its", "their", "our"})  # "his first visit": a rank
_ORDINALS = frozenset({"first", "last", "second", "third", "final", "latest"})
_TOGETHER = frozenset({"together", "jointly"})


def content_words(text: str, vocabulary: Vocabulary) -> list[Word]:
    """The words a statement must find in its passages."""
    return vocabulary.content_words(text)


def read_content_words(text: str, vocabulary: Vocabulary) -> list[Word]:
    """The words a statement must find in its passages, read afresh (`Vocabulary.content_words`
    remembers them)."""
    numbers = [(m.start(), m.end()) for m in NUMBER.finditer(text)]
    tokens = words(text)
    return [w for i, w in enumerate(tokens)
            if not w.stop and not w.negation and w.lower not in QUANTIFIERS
            and not set(w.lower.split("-")) & _SKIP
            and not _YEAR_OR_DIGITS.fullmatch(w.lower)
            and not (vocabulary.is_free(w) and not _ranked(tokens, i))
            and not any(a <= w.start < b for a, b in numbers)
            and not hedging(tokens, i, vocabulary.hedges)]
