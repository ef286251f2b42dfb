"""A date a text mentions, and the day it gives: a month and day in a year, a weekday counted
back from a publication date, or a span counted from the date before it ("two days later").
Its own module, apart from reading mentions out of copy (`dates`): the rules resolve and
compare the days a statement and its passages give, whatever wording gave them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# The year a date is read in when neither it nor its context gives one: a leap year, so that
# 29 February reads.
YEARLESS = 2000


@dataclass(frozen=True)
class DateMention:
    """A date a text states: month and day (and year, when written); a weekday alone; a month
    and year; or a span counted from another date (`days`, signed)."""

    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    days: int | None = None
    text: str = ""
    start: int = 0

    def on(self, year: int | None) -> dt.date | None:
        """The date this mention gives in `year` (its own year first; `YEARLESS` when neither
        is known), if it names a day."""
        try:
            return dt.date(self.year or year or YEARLESS, self.month or 0, self.day or 0)
        except ValueError:
            return None

    def matches(self, date: dt.date, published: dt.date | None) -> bool:
        """Whether this mention states `date`. A weekday counts only back from a known
        publication date: "on Monday" in an undated article is any Monday."""
        if self.weekday is not None:
            if published is None:
                return False
            back = (published.weekday() - self.weekday) % 7
            return date == published - dt.timedelta(days=back)
        if self.days is not None or self.month is None or self.day is None:
            return False
        if self.year is not None and self.year != date.year:
            return False
        return (self.month, self.day) == (date.month, date.day)


def days_of(mentions: list[DateMention], year: int | None) -> list[dt.date | None]:
    """The day each mention gives (None: none), spans counted from the date before them."""
    days: list[dt.date | None] = []
    last: dt.date | None = None
    for mention in mentions:
        day = mention.on(year)
        if mention.days is not None:
            day = last + dt.timedelta(days=mention.days) if last is not None else None
        days.append(day)
        last = day or last
    return days


def resolved(mentions: list[DateMention], year: int | None) -> list[dt.date]:
    """The days a passage's mentions give, spans counted from the date before them."""
    return [day for day in days_of(mentions, year) if day is not None]
