"""Numbers as copy writes them, each with its qualifier and the words it counts.

Digits with separators ("1,200", "1.5"), number words up to the millions ("two thousand and
five", "ninety-nine", "a hundred"), "a dozen", vague counts ("dozens", "hundreds"), ranges
("10 to 12", "between 10 and 12") and qualifiers ("at least", "only", "more than", "about").
Dates are not numbers: the caller removes them first (`dates.without_dates`). A token that
mixes digits and letters ("9O", "1l") is reported as unreadable, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcards.text.memo import remembered
from factcards.text.words import can_be_verb, words

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
_AND = re.compile(r"^and\s", re.I)
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
                            _AND.sub("", match.group().strip()), match.start(),
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


def collectives(text: str) -> list[Number]:
    """The counts a text gives with a collective noun: "the pair" is two of whoever it
    names, "a pair of envoys" two envoys. A passage that says "the pair" gives the "two
    ministers" a statement writes for them."""
    return [Number((float(COLLECTIVES[m.group(1).lower()]),), "",
                   _counted(text, m.end(), []) if m.group(2) else (), m.group(), m.start(), m.end())
            for m in _COLLECTIVE.finditer(text)]


def phrase(text: str, number: Number, found: list[Number] | tuple[Number, ...] = ()) -> str:
    """The number and the words that go with it, to the end of its clause or the next number
    of `found` ("two children killed in Fernley"): where a count's place or party is read."""
    stop = min([n.start for n in found if n.start >= number.end] + [len(text)])
    rest = _NEW_CLAUSE.split(CLAUSE_END.split(text[number.end:stop], maxsplit=1)[0], maxsplit=1)[0]
    for match in _AND_VERB.finditer(rest):  # "reported nine casualties and condemned the strikes"
        if can_be_verb(match.group(1)):
            rest = rest[:match.start()]
            break
    return text[number.start:number.end] + rest


# "and" before a verb in the past begins what the subject did next, no longer the count's phrase.
_AND_VERB = re.compile(r"\s+and\s+(\w+ed)\b", re.IGNORECASE)
_BE = frozenset({"were", "was", "are", "is", "be", "been", "being"})
_AUXILIARIES = _BE | {"had", "have", "has"}


def done_to(text: str, number: Number, found: list[Number] | tuple[Number, ...] = (),
            passive: bool = False) -> str | None:
    """What a count's phrase says happened to what it counts: the first participle after it
    ("two children killed", "three others were injured"); in a list ("two children and three
    others were killed") the one the list ends with. None if its phrase gives none. With
    `passive`, only a participle after "were", "was" or "been": "two ministers resolved" says
    what they did, not what was done to them."""
    said = words(phrase(text, number, found)[number.end - number.start:])
    for i, word in enumerate(said):
        if word.lower not in _AUXILIARIES and word.lower.endswith(("ed", "en")) and can_be_verb(word.text):
            return word.text if not passive or (i and said[i - 1].lower in _BE) else None
    later = [n for n in found if n.start >= number.end]
    if later and _LIST.match(text[number.end:later[0].end - len(later[0].text)]):
        return done_to(text, later[0], found, passive)
    return None


# Words that begin another clause: "two children when it hit targets" ends at "when".
_NEW_CLAUSE = re.compile(r"\b(?:when|while|whereas|after|before|because|since|although|though|as|but)\b",
                         re.IGNORECASE)


_PART_OF = re.compile(r"\b(?:including|among them|among whom|of whom|of which|of them)\s*$", re.I)
_THEIR_PART = re.compile(r"^\s*(?:of them|of whom)\b", re.I)
_LIST = re.compile(r"^[^,.;:!?()]*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_SENTENCE_END = re.compile(r"[.;!?]")


def totals(text: str, found: list[Number]) -> list[Number | None]:
    """For each number of `found` (left to right), the total it is part of: "nine dead,
    including four children" makes four a part of nine; "four children, three women and
    two men" are all parts of it, and so is "two of them". None where it stands alone."""
    text = text.replace("...", ",  ").replace("…", ",")  # an elision ends a list's item
    out: list[Number | None] = []
    for i, number in enumerate(found):
        total = None
        if i:
            before, gap = found[i - 1], text[found[i - 1].end:number.start]
            if _AND.match(text[number.start:number.end]):  # "... and two men"
                gap += "and "
            if not _SENTENCE_END.search(gap):
                if _PART_OF.search(gap) or _THEIR_PART.match(text[number.end:]):
                    total = before
                elif out[i - 1] is not None and _LIST.match(gap):
                    total = out[i - 1]
        out.append(total)
    return out


def unreadable(text: str) -> list[str]:
    """Tokens that mix digits and letters ("9O"): a number no reader should guess at."""
    return [m.group() for m in UNREADABLE.finditer(text)]
