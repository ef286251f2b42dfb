"""Numbers as copy writes them, each with its qualifier and the words it counts.

Digits with separators ("1,200", "1.5"), number words up to the millions ("two thousand and
five", "ninety-nine", "a hundred"), "a dozen", vague counts ("dozens", "hundreds"), ranges
("10 to 12", "between 10 and 12") and qualifiers ("at least", "only", "more than", "about").
Dates are not numbers: the caller removes them first (`dates.without_dates`). A token that
mixes digits and letters ("9O", "1l") is reported as unreadable, never guessed. What a
number's phrase says of what it counts (its total, what happened to it) is read in `counts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcards.text.memo import remembered
from factcards.text.words import words

_UNITS = str.split("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                   "fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = str.split("twenty thirty forty fifty sixty seventy eighty ninety")
VALUES = {word: i for i, word in enumerate(_UNITS)} | {word: 20 + 10 * i for i, word in enumerate(_TENS)}
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
VAGUE = {"dozens": "dozens", "scores": "scores", "hundreds": "hundreds", "thousands": "thousands",
         "millions": "millions", "handful": "handful"}
QUALIFIERS = ("at least", "at most", "more than", "fewer than", "less than", "up to", "nearly",
              "almost", "about", "around", "approximately", "roughly", "some", "over", "under",
              "only", "just", "exactly", "as many as")

_WORD = "|".join(sorted([*VALUES, *SCALES, "dozen", "and", "a", "an"], key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_AMOUNT = (rf"(?:{_DIGITS})(?:\s(?:{'|'.join(SCALES)}))?|(?:(?:{_WORD})(?:[\s-](?:{_WORD}))*)"
           rf"|{'|'.join(VAGUE)}")
_QUAL = "|".join(sorted(QUALIFIERS, key=len, reverse=True))
NUMBER = re.compile(
    rf"\b(?:(?P<qual>{_QUAL})\s)?(?:between\s)?(?P<num>{_AMOUNT})\b"
    rf"(?:\s?(?:-|to|and|or)\s?(?P<high>{_DIGITS}|(?:{_WORD})(?:[\s-](?:{_WORD}))*)\b)?", re.IGNORECASE)
# A qualifier after its number: "11 or more" says "at least 11".
_AFTER = re.compile(r"\s+or\s+(more|fewer|less)\b", re.IGNORECASE)
_AFTER_MEANS = {"more": "at least", "fewer": "at most", "less": "at most"}
CLAUSE_END = re.compile(r"[,;:.!?()]")
# The words of a number ("twenty-one thousand"); a figure and its scale ("1.5 million"); the
# "and", "a" or "an" that begin or end a match without counting; an "and" that begins one.
_PARTS = re.compile(r"[\s-]+")
_FIGURE = re.compile(rf"({_DIGITS})(?:\s(\w+))?")
_JOINERS = re.compile(r"(?:[\s-](?:and|a|an))+$|^(?:(?:and|a|an)[\s-])+", re.I)
LEADING_AND = re.compile(r"^and\s", re.I)
UNREADABLE = re.compile(r"\b(?=\w*\d)(?=\w*[^\W\d_])(?!\d+(?:st|nd|rd|th|s)\b)\w+\b")


@dataclass(frozen=True)
class Number:
    """A number a text states: its value (a range is two; a vague count is its word), its
    qualifier, the words after it (what it counts), and the text as written."""

    value: tuple[float | str, ...]
    qualifier: str
    counts: tuple[str, ...]
    text: str
    start: int
    end: int = -1  # where the number (not what it counts) ends

    def same(self, other: Number) -> bool:
        return self.value == other.value and self.qualifier == other.qualifier


def word_value(text: str) -> float | None:
    """The value of number words ("two thousand and five", "a dozen"), None if not a number."""
    total, current, seen = 0.0, 0.0, False
    for part in _PARTS.split(text.lower()):
        if part in ("and", "a", "an"):
            current = current or (1.0 if part != "and" else current)
            continue
        if part in VALUES:
            current += VALUES[part]
        elif part == "dozen":
            current = (current or 1) * 12
        elif part in SCALES:
            current = (current or 1) * SCALES[part]
            if SCALES[part] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _value(text: str) -> float | str | None:
    lower = text.lower()
    if lower in VAGUE:
        return VAGUE[lower]
    digits = _FIGURE.fullmatch(lower)
    if digits:
        base = float(digits.group(1).replace(",", ""))
        return base * SCALES[digits.group(2)] if digits.group(2) else base
    return word_value(lower)


@remembered
def numbers_in(text: str, one_is_a_number: bool = False) -> list[Number]:
    """Every number a text states, left to right. "one" and "a" alone are pronouns or articles
    far more often than counts: they count only after a qualifier ("only one"), or when asked."""
    found = []
    matches = list(NUMBER.finditer(text))
    for index, match in enumerate(matches):
        raw = match.group("num").strip()
        trimmed = _JOINERS.sub("", raw)
        if not trimmed or trimmed.lower() in ("and", "a", "an"):
            continue
        value = _value(trimmed)
        qualifier = (match.group("qual") or "").lower()
        if value is None or (trimmed.lower() == "one" and not qualifier and not one_is_a_number):
            continue
        high = match.group("high")
        values: tuple[float | str, ...] = (value,)
        if high is not None and (second := _value(high)) is not None:
            values = (value, second)
        end = match.end()
        after = _AFTER.match(text, end)
        if after and not qualifier and high is None:  # "11 or more" is "at least 11"
            qualifier, end = _AFTER_MEANS[after.group(1).lower()], after.end()
        found.append(Number(values, qualifier, _counted(text, end, matches[index + 1:]),
                            LEADING_AND.sub("", match.group().strip()), match.start(),
                            end))
    return found


def _counted(text: str, end: int, later: list[re.Match]) -> tuple[str, ...]:
    """What a number counts: the content words after it, up to the next number or the end of
    the phrase ("three women, and two men": "women" for three)."""
    stop = min([m.start() for m in later] + [len(text)])
    phrase = CLAUSE_END.split(text[end:stop], maxsplit=1)[0]
    return tuple(w.lower for w in words(phrase) if not w.stop)[:3]


# Nouns that are counts of what they name ("the pair agreed": two people), with their value.
COLLECTIVES = {"pair": 2, "trio": 3}
_COLLECTIVE = re.compile(rf"\b(?:the|a|this|that)\s({'|'.join(COLLECTIVES)})\b(\sof\b)?", re.IGNORECASE)
# "Both ministers" are two ministers (not "both of them", nor "both Fernley and Alderbrook").
_BOTH = re.compile(r"\bboth\b(?=\s+(?!of\b|and\b)[a-z])", re.IGNORECASE)


def collectives(text: str) -> list[Number]:
    """The counts a text gives with a collective noun: "the pair" is two of whoever it
    names, "a pair of envoys" two envoys, "both ministers" two ministers. A passage that says
    "the pair" gives the "two ministers" a statement writes for them."""
    return [Number((float(COLLECTIVES[m.group(1).lower()]),), "",
                   _counted(text, m.end(), []) if m.group(2) else (), m.group(), m.start(), m.end())
            for m in _COLLECTIVE.finditer(text)] + [
        Number((2.0,), "", _both_of(text, m.end()), m.group(), m.start(), m.end())
        for m in _BOTH.finditer(text)]


def _both_of(text: str, end: int) -> tuple[str, ...]:
    """What "both" counts: the noun after it, or a title ("Both Foreign Ministers")."""
    counted = _counted(text, end, [])
    after = words(text[end:])
    return counted[:2] if after and after[0].text[:1].isupper() else counted[:1]


def unreadable(text: str) -> list[str]:
    """Tokens that mix digits and letters ("9O"): a number no reader should guess at."""
    return [m.group() for m in UNREADABLE.finditer(text)]
