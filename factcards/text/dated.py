"""Which happening a date is given for: the clause it stands in, and the words there that can
say what happened ("closed", "vote", "talks").

A date in a statement stands for its own clause's happening: "Fernley's council met on March
12" dates the meeting. A passage gives a date for the happening of its own clause: "residents
must register by March 26" dates the registration, and lends no date to the meeting. Clauses
end at a sentence's end, a semicolon, or "followed by", which brings in a later happening.
This is no parser: a clause that holds several happenings lends its date to each. A date
after "by" or "until" bounds a happening and is not its day; a weekday beside a full date names
it, and must be the calendar's.
"""

from __future__ import annotations

import datetime as dt
import re

from factcards.text.align import align, passage_keys
from factcards.text.dates import MONTHS, WEEKDAYS, dates_in
from factcards.text.days import DateMention
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import can_be_verb, words

# A clause ends at a semicolon, a full stop, "!" or "?" before a space or the end (not one ending
# an abbreviation such as "Jan." or "Mr."), or before ", followed by".
_END = re.compile(r";|[.!?](?=\s|$)|,?\s(?=followed\sby\b)", re.IGNORECASE)
_ABBREVIATIONS = frozenset({*(m for m in MONTHS if len(m) <= 4), "mr", "mrs", "ms", "dr", "st",
                            "gen", "lt", "col", "capt", "sgt", "rev", "prof", "no", "jr", "sr"})
_LAST_WORD = re.compile(r"\b(\w+)$")


def _abbreviation(before: str) -> bool:
    """Whether a full stop after `before` ends an abbreviation ("Jan.", "Dr.", an initial)."""
    last = _LAST_WORD.search(before)
    return last is not None and (len(last.group(1)) == 1 or last.group(1).lower() in _ABBREVIATIONS)


def clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a text."""
    found, start = [], 0
    for end in _END.finditer(text):
        if end.group() == "." and _abbreviation(text[:end.start()]):
            continue
        if text[start:end.start()].strip():
            found.append((start, end.start()))
        start = end.end()
    if text[start:].strip():
        found.append((start, len(text)))
    return found


def clause_at(text: str, at: int) -> str:
    """The clause a position of the text stands in."""
    return next((text[a:b] for a, b in clauses(text) if a <= at < b), text)


def happenings(clause: str, vocabulary: Vocabulary,
               names: list[tuple[int, int, str]] = ()) -> list[str]:
    """The words of a clause that can say what happened: content words the dictionary knows
    as verbs ("met", "strikes", "visit"), outside the names it prints ("Mill Lane"), and its
    speech verbs ("announced"): a clause that only reports is dated by the report."""
    found = [a.word.text for a in align(clause, [], vocabulary)
             if can_be_verb(a.word.text) and not any(x <= a.word.start < y for x, y, _ in names)]
    return found or [w.text for w in words(clause) if vocabulary.speech(w.text)]


def tells(clause: str, passage_clause: str, vocabulary: Vocabulary,
          names: list[tuple[int, int, str]] = (), passages: list[str] = ()) -> bool:
    """Whether a passage's clause tells the happening of a statement's clause: one of the
    statement clause's happening words stands in it (in any form or equivalent). Only the
    words that stand in one of the statement's `passages` (all of them, when none is given)
    count: a clause with no such word could be of anything, and any passage tells it."""
    wanted = set(happenings(clause, vocabulary, names))
    said = {w for w in wanted if vocabulary.speech(w)}  # no content word: matched by its keys
    if passages:
        keyed = [passage_keys(p, vocabulary) for p in passages]
        told = align(clause, keyed, vocabulary, names)
        wanted &= {a.word.text for a in told if a.passage is not None}
        said = {w for w in said if any(vocabulary.keys(w) & k for k in keyed)}
    if not wanted and not said:
        return True
    keys = passage_keys(passage_clause, vocabulary)
    return any(vocabulary.keys(w) & keys for w in said) or any(
        a.passage is not None and a.word.text in wanted for a in align(clause, [keys], vocabulary, names))


# A date after these words bounds a happening, and is not its day: "to return by January 26".
_BOUND = re.compile(r"\b(?:by|until|till|before|after|since|no\s+later\s+than)\s+(?:the\s+)?"
                    r"(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)


def bound(text: str, m: DateMention) -> bool:
    """Whether a date is a bound ("by March 26", "until Friday"), not a happening's day."""
    return _BOUND.search(text, max(0, m.start - 30), m.start) is not None


_BESIDE = re.compile(r"^[\s,]*(?:(?:a|an|the|on)\s+)?$", re.IGNORECASE)


def beside(text: str, a: DateMention, b: DateMention) -> bool:
    """Whether two mentions stand side by side, one naming the other ("Tuesday, March 12",
    "March 12, a Tuesday")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_BESIDE.match(text[first.start + len(first.text):second.start]))


def miscalendared(text: str) -> list[tuple[DateMention, dt.date]]:
    """Each weekday beside a full date (with its year) that the calendar does not give that
    date: "March 12, 2030, a Monday" where March 12, 2030 is a Tuesday."""
    mentions = dates_in(text)
    return [(m, day) for m in mentions if m.weekday is not None
            for other in mentions if other.day is not None and other.year is not None
            and (day := other.on(other.year)) is not None and beside(text, m, other)
            and day.weekday() != m.weekday]


_PART = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\s+(morning|afternoon|evening|night)\b",
                   re.IGNORECASE)


def part_of_day_moved(text: str, quotes: list[str]) -> tuple[str, str] | None:
    """A weekday's part of the day ("Wednesday morning") that the passages give only as
    another ("Wednesday evening"): (the statement's, a passage's)."""
    for m in _PART.finditer(text):
        day, part = m.group(1).lower(), m.group(2).lower()
        theirs = [(t.group(2).lower(), t.group()) for q in quotes for t in _PART.finditer(q)
                  if t.group(1).lower() == day]
        if theirs and all(p != part for p, _ in theirs):
            return m.group(), theirs[0][1]
    return None
