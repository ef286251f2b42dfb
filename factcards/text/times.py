"""How many times a thing happened, said with "once" or "again": "struck once", "spoke more
than once", "accused it again".

"once" is also a conjunction ("once the talks ended") and an adverb of time ("was once home to"),
and in those senses it counts nothing: only its place in the clause tells them apart.
"""

from __future__ import annotations

from factcards.text.words import DETERMINERS, Word, words

# Words that make "once" a repeat or an instant, not a count ("once again", "at once").
_NOT_A_COUNT_AFTER = frozenset({"again", "more", "upon", "a", "an"})
_NOT_A_COUNT_BEFORE = frozenset({"at", "was", "were", "is", "are", "had", "has", "have", "been"})
# Words that may follow a counting "once" in the same clause ("met once in 2019", "spoke once by
# phone", "more than once and agreed"); anything else starts what "once" is about.
_AFTER_A_COUNT = frozenset({"and", "or", "but", "by", "in", "on", "at", "during", "with", "over",
                            "from", "to", "since", "before", "after", "only", "each", "per"})
_QUOTES = " \"'“”‘’"  # 'prints "Fernley" once': the word quoted is counted
# Counts a passage may give for "more than once", and for "again".
_REPEATS = frozenset({"twice", "thrice", "repeatedly", "several", "multiple", "numerous", "times",
                      "again"})


def times_said(text: str, tokens: tuple[Word, ...], i: int) -> bool:
    """Whether the "once" at `i` says how many times something happened."""
    if i == 0 or tokens[i - 1].lower in _NOT_A_COUNT_BEFORE \
            or text[tokens[i - 1].end:tokens[i].start].strip(_QUOTES):  # ", once the talks ended"
        return False
    if i + 1 == len(tokens) or text[tokens[i].end:tokens[i + 1].start].strip():
        return True  # the clause ends on it: "struck once."
    after = tokens[i + 1].lower
    return after not in _NOT_A_COUNT_AFTER and after not in DETERMINERS and after in _AFTER_A_COUNT


def _more_than(tokens: tuple[Word, ...], i: int) -> bool:
    return i >= 2 and tokens[i - 1].lower == "than" and tokens[i - 2].lower == "more"


def said_times(tokens: tuple[Word, ...], i: int) -> str:
    """The count as the statement says it ("more than once", "only once")."""
    return "more than once" if _more_than(tokens, i) else " ".join(
        t.text for t in tokens[max(0, i - 1):i + 1] if t.lower in ("only", "just", "once"))


def once_backed(text: str, tokens: tuple[Word, ...], i: int, quotes: list[str]) -> bool:
    """Whether a passage gives the count: "once" for "once", and for "more than once" the same
    words or a count of more ("twice", "several times", "repeatedly")."""
    more = _more_than(tokens, i)
    for quote in quotes:
        theirs = words(quote)
        for j, word in enumerate(theirs):
            if word.lower == "once" and times_said(quote, theirs, j) and _more_than(theirs, j) == more:
                return True
            if more and word.lower in _REPEATS:
                return True
    return False


def repeat_backed(quotes: list[str]) -> bool:
    """Whether a passage tells of a repeat ("again", "twice", "a second time"), as a statement's
    "again" does."""
    return any(w.lower in _REPEATS | {"second"} for quote in quotes for w in words(quote))
