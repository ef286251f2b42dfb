"""Dates and numbers as newsroom copy writes them, read out of claims and quoted passages.

Pure text functions: "January 16", "16 January", "Jan. 16", "January 29, 2024", a weekday
("on Wednesday"), "two days later" after a date; "nine", "11", "at least two". Everything works on
normalised text (see `verbatim.normalise`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {name: number for number, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "one" is left out on purpose: in copy it is mostly a pronoun ("one source", "one another").
WORDS = {word: value for value, word in enumerate([
    "zero", "_", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty"]) if word != "_"}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12})
QUALIFIERS = ("at least", "more than", "over", "nearly", "almost", "about", "around", "up to",
              "fewer than", "less than", "some")

_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_ABSOLUTE = re.compile(
    rf"\b(?:(?P<month>{_MONTHS})\.?\s(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s(?P<month2>{_MONTHS})\b\.?(?:,?\s(?P<year2>(?:19|20)\d\d))?)",
    re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_LATER = re.compile(r"\b(?P<n>\d+|" + "|".join(WORDS) + r"|one|a)\s(?:days?)\s(?:later|after)\b",
                    re.IGNORECASE)
# Every number or qualifier starts a word with a digit or one of these letters; checking that first
# lets the search skip most words at once instead of trying each alternative on them.
_NUMBER_FIRST = "".join(sorted({word[0] for word in (*WORDS, *QUALIFIERS)}))
_NUMBER = re.compile(rf"\b(?=[\d{_NUMBER_FIRST}])(?:(?P<qual>" + "|".join(QUALIFIERS)
                     + r")\s)?(?P<num>\d[\d,]*(?:\.\d+)?\b|(?:" + "|".join(WORDS) + r")\b)",
                     re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date a passage states: a full date when the year is known or given, else month and day;
    or a weekday alone."""

    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    text: str = ""

    def matches(self, date: dt.date, published: dt.date | None) -> bool:
        if self.weekday is not None:
            if published is None:
                return date.weekday() == self.weekday
            back = (published.weekday() - self.weekday) % 7
            return date == published - dt.timedelta(days=back)
        if self.year is not None and self.year != date.year:
            return False
        return (self.month, self.day) == (date.month, date.day)

    def as_date(self, year: int) -> dt.date | None:
        try:
            return dt.date(self.year or year, self.month or 0, self.day or 0)
        except ValueError:
            return None


def _count(word: str) -> int:
    word = word.lower()
    if word in ("one", "a"):
        return 1
    return WORDS.get(word) or int(word)


def dates_in(text: str, year: int = 2024) -> list[DateMention]:
    """Every date a text states, in order; "N days later" after a date gives that date plus N."""
    found: list[tuple[int, DateMention]] = []
    for match in _ABSOLUTE.finditer(text):
        month = match.group("month") or match.group("month2")
        day = int(match.group("day") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
        if 1 <= day <= 31:
            found.append((match.start(), DateMention(MONTHS[month.lower()], day,
                                                     int(year_text) if year_text else None,
                                                     text=match.group())))
    for match in _WEEKDAY.finditer(text):
        found.append((match.start(), DateMention(weekday=WEEKDAYS.index(match.group(1).lower()),
                                                 text=match.group())))
    found.sort(key=lambda item: item[0])
    for match in _LATER.finditer(text):
        before = [m for at, m in found if at < match.start() and m.month is not None]
        base = before[-1].as_date(year) if before else None
        if base is not None:
            later = base + dt.timedelta(days=_count(match.group("n")))
            found.append((match.start(), DateMention(later.month, later.day, before[-1].year,
                                                     text=match.group())))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]


def dates_outside(text: str) -> str:
    """The text with its absolute dates removed, so their day numbers are not counted twice."""
    return _ABSOLUTE.sub(" ", text)


@dataclass(frozen=True)
class Number:
    value: float
    qualifier: str
    text: str


def numbers_in(text: str) -> list[Number]:
    """Every number a text states, with its qualifier ("at least", "nearly", ...) if it has one."""
    found = []
    for match in _NUMBER.finditer(text):
        raw = match.group("num")
        value = float(WORDS[raw.lower()]) if raw.lower() in WORDS else float(raw.replace(",", ""))
        qualifier = (match.group("qual") or "").strip().lower()
        found.append(Number(value, qualifier, match.group().strip()))
    return found
