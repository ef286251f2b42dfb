"""Dates as copy writes them, read out of statements and quoted passages.

"January 16", "16 January", "Jan. 16", "January 29, 2024", "the twenty-ninth of January", a
weekday ("on Wednesday"), and spans counted from another date ("two days later", "a week
after"). A date written without a year takes the year it is read with (the card's own date or
the source's publication date); there is no default year, and the day a mention gives is
worked out in `days`. Works on normalised text (see `verbatim.normalise`).
"""

from __future__ import annotations

import functools
import re

from factcards.text.days import DateMention
from factcards.text.hints import counts_days, names_month
from factcards.text.memo import SIZE, remembered
from factcards.text.numbers import word_value

MONTHS = {name: number for number, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# Parts of a day or a week: like a date, they say when ("at the weekend", "overnight").
TIMES = frozenset({"weekend", "weekends", "morning", "afternoon", "evening", "night", "overnight",
                   "dawn", "dusk", "midnight", "noon", "midday"})

_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_ABSOLUTE = re.compile(
    rf"\b(?:(?P<month>{_MONTHS})\.?\s(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s(?P<year>(?:1[89]|2\d)\d\d))?"
    rf"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s(?:of\s)?(?P<month2>{_MONTHS})\b\.?(?:,?\s(?P<year2>(?:1[89]|2\d)\d\d))?)",
    re.IGNORECASE)
# A day written as an ordinal word: "the twenty-ninth of January", "January twenty-sixth".
_ORDINAL = (r"(?:(?:twenty|thirty)[\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
            r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth")
_WORDED = re.compile(
    rf"\b(?:the\s)?(?P<day>{_ORDINAL})\s(?:of\s)?(?P<month>{_MONTHS})\b\.?(?:,?\s(?P<year>(?:1[89]|2\d)\d\d))?"
    rf"|\b(?P<month2>{_MONTHS})\.?\s(?:the\s)?(?P<day2>{_ORDINAL})\b(?:,?\s(?P<year2>(?:1[89]|2\d)\d\d))?",
    re.IGNORECASE)
_PARTS = re.compile(r"[\s-]+")  # the words of an ordinal ("twenty-ninth")
# The ordinals whose cardinal is not the ordinal less its "th" ("fifth": five, "twentieth": twenty).
_IRREGULAR = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
              "ninth": "nine", "twelfth": "twelve"}


def ordinal_value(text: str) -> int | None:
    """The number an ordinal word gives ("twenty-ninth": 29)."""
    *tens, last = _PARTS.split(text.lower())
    last = _IRREGULAR.get(last) or (last[:-4] + "y" if last.endswith("ieth") else last.removesuffix("th"))
    value = word_value(" ".join([*tens, last]))
    return int(value) if value is not None else None


_MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTHS})\s(?P<year>(?:1[89]|2\d)\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
_DIGIT = re.compile(r"\d")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_SPAN = re.compile(r"\b(?P<n>\d+|[a-z]+(?:-[a-z]+)?|a|an|one)\s(?P<unit>days?|weeks?)\s"
                   r"(?P<dir>later|after|earlier|before)\b", re.IGNORECASE)
# "the next day", "the following week", "the previous day", "the day before", "the week after".
_NEXT = re.compile(r"\bthe\s(?:(?P<dir>next|following|previous|preceding)\s(?P<unit>day|week)"
                   r"|(?P<unit2>day|week)\s(?P<dir2>after|later|before|earlier))\b", re.IGNORECASE)
_BACK = frozenset({"previous", "preceding", "before", "earlier"})
# A month alone, in full and capitalised, where a part of it or a preposition makes it a time:
# "early March", "by mid-March", "in March" (not "March" the verb, nor "May" the modal).
_FULL_MONTHS = "|".join(name.capitalize() for name in MONTHS if len(name) > 3 or name == "may")
_MONTH_ALONE = re.compile(rf"(?:\b(?:early|mid|late)[\s-]+|\b(?:in|by|since|until|till|through|"
                          rf"during|from|before|after)\s)(?P<month>{_FULL_MONTHS})\b(?![\s.][0-3]?\d\b)",
                          re.IGNORECASE)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = word_value(word.replace("-", " ")) if word.lower() not in ("a", "an", "one") else 1
    return int(value) if value is not None else None


@remembered
def dates_in(text: str) -> list[DateMention]:
    """Every date a text states, in order: absolute dates, weekdays, months with years, and
    spans ("two days later", "a week after", "the next day")."""
    found: list[DateMention] = []
    folded = text.casefold()
    month, days = names_month(folded), counts_days(folded)  # else those patterns cannot match
    digits = _DIGIT.search(text) is not None  # else no day in figures, nor a year
    for match in _ABSOLUTE.finditer(text) if month and digits else ():
        month = match.group("month") or match.group("month2")
        day = int(match.group("day") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
        if 1 <= day <= 31:
            found.append(DateMention(MONTHS[month.casefold()], day, int(year_text) if year_text else None,
                                     text=match.group(), start=match.start()))
    taken = [(m.start, m.start + len(m.text)) for m in found]
    for match in _WORDED.finditer(text) if month else ():
        day = ordinal_value(match.group("day") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
        if day is not None and 1 <= day <= 31 and not any(a <= match.start() < b for a, b in taken):
            found.append(DateMention(MONTHS[(match.group("month") or match.group("month2")).casefold()], day,
                                     int(year_text) if year_text else None, text=match.group(),
                                     start=match.start()))
    taken = [(m.start, m.start + len(m.text)) for m in found]
    for match in _MONTH_YEAR.finditer(text) if month and digits else ():
        if not any(a <= match.start() < b for a, b in taken):
            found.append(DateMention(MONTHS[match.group("month").casefold()], None, int(match.group("year")),
                                     text=match.group(), start=match.start()))
    for match in _WEEKDAY.finditer(text) if days else ():
        found.append(DateMention(weekday=WEEKDAYS.index(match.group(1).casefold()), text=match.group(),
                                 start=match.start()))
    for match in _SPAN.finditer(text) if days else ():
        n = _count(match.group("n"))
        if n is not None:
            unit = 7 if match.group("unit").lower().startswith("week") else 1
            sign = 1 if match.group("dir").lower() in ("later", "after") else -1
            found.append(DateMention(days=sign * n * unit, text=match.group(), start=match.start()))
    for match in _NEXT.finditer(text) if days else ():
        unit = 7 if (match.group("unit") or match.group("unit2")).lower() == "week" else 1
        sign = -1 if (match.group("dir") or match.group("dir2")).lower() in _BACK else 1
        found.append(DateMention(days=sign * unit, text=match.group(), start=match.start()))
    return sorted(found, key=lambda m: m.start)


def months_in(text: str) -> list[DateMention]:
    """Every month a text names alone as a time ("in early March", "by mid-March"), with no
    day or year: `dates_in` reads those that have one. `start` is the month's, so its part of
    the month ("early") stands before it; `text` is the whole phrase."""
    taken = [(m.start, m.start + len(m.text)) for m in dates_in(text) if m.month is not None]
    return [DateMention(MONTHS[match.group("month").casefold()], text=match.group(),
                        start=match.start("month"))
            for match in (_MONTH_ALONE.finditer(text) if names_month(text.casefold()) else ())
            if match.group("month")[0].isupper()
            and not any(a <= match.start("month") < b for a, b in taken)]


@functools.lru_cache(maxsize=SIZE)
def without_dates(text: str) -> str:
    """The text with its dates, years and spans of days blanked out (same length), so their
    numbers are not read as counts. Remembered, as the number rules read the same passages."""
    folded = text.casefold()
    month, days = names_month(folded), counts_days(folded)  # else those patterns cannot match
    digits = _DIGIT.search(text) is not None  # a day or a year has one; an ordinal day does not
    patterns = [*((_ABSOLUTE,) if month and digits else ()), *((_WORDED,) if month else ()),
                *((_MONTH_YEAR,) if month and digits else ()), *((_YEAR,) if digits else ()),
                *((_SPAN, _NEXT) if days else ())]
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return text
