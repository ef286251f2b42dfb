"""What a statement's passages date: the days, weekdays, months and spans they give, read in
the year of the event or of the source's publication, and whether they give a date a statement
writes. Read by `statement_date_not_supported`; no rule of its own."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcards.kinds.fields import Evidence
from factcards.rules.context import Lookup
from factcards.text.dated import bound, clauses
from factcards.text.dates import dates_in, months_in
from factcards.text.days import YEARLESS, DateMention, days_of
from factcards.text.verbatim import normalise


@dataclass(frozen=True)
class Given:
    """What passages date: days (weekdays counted back from known publication dates), the
    weekdays and the months alone they name."""

    days: frozenset[dt.date] = frozenset()
    weekdays: frozenset[int] = frozenset()
    months: frozenset[tuple[int, str]] = frozenset()  # (month, part of it: "early" or "")
    any_such: frozenset[int] = frozenset()  # weekdays of undated sources: any such day


def given_by(evidence: list[Evidence], look: Lookup, year: int | None,
             keep: Callable[[str], bool] = lambda clause: True, bounds: bool = True) -> Given:
    """What the passages date, in the clauses `keep` accepts only; with `bounds` false, not
    the dates that only bound a happening."""
    days: set[dt.date] = set()
    weekdays: set[int] = set()
    months: set[tuple[int, str]] = set()
    any_such: set[int] = set()
    for ev in evidence:
        published = look.published.get(ev.source)
        quote = normalise(ev.quote)
        kept = [(a, b) for a, b in clauses(quote) if keep(quote[a:b])]
        mentions = dates_in(quote)
        given = days_of(mentions, (published.year if published else None) or year)
        for m, day in zip(mentions, given, strict=True):
            if not any(a <= m.start < b for a, b in kept) or (not bounds and bound(quote, m)):
                continue
            days |= {day} if day is not None else set()
            if m.weekday is not None:
                weekdays.add(m.weekday)
                if published is not None:
                    days.add(published - dt.timedelta(days=(published.weekday() - m.weekday) % 7))
                else:
                    any_such.add(m.weekday)
        months |= {(m.month, part_of(quote, m)) for m in months_in(quote)
                   if m.month is not None and any(a <= m.start < b for a, b in kept)
                   and (bounds or not bound(quote, m))}
    return Given(frozenset(days), frozenset(weekdays), frozenset(months), frozenset(any_such))


# "early", "mid" and "late" in a month: its first, middle and last ten days or so.
PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
PART = re.compile(r"\b(early|mid|late)[\s-]+$", re.IGNORECASE)


def part_of(text: str, m: DateMention) -> str:
    """The part of a month a mention names ("late January"), or ''."""
    found = PART.search(text[:m.start])
    return found.group(1).lower() if found else ""


def apart(a: dt.date, b: dt.date) -> int | None:
    """Days from `a` to `b`; where one of them has no year (read in `YEARLESS`), only within
    one month, where the count is the same whatever the year ("January 18" to "January 29,
    2024" is eleven days)."""
    if a.year == b.year:
        return (b - a).days
    if YEARLESS in (a.year, b.year) and a.month == b.month:
        return b.day - a.day
    return None


def matching(m: DateMention, days: frozenset[dt.date], part: str = "") -> list[dt.date]:
    """The days that are the day, or fall in the month (or its part), a mention names."""
    if m.month is None:
        return []
    if m.day is None:
        low, high = PARTS.get(part, (1, 31))
        return [d for d in days if d.month == m.month and m.year in (None, d.year) and low <= d.day <= high]
    return [d for d in days if (d.month, d.day) == (m.month, m.day) and m.year in (None, d.year)]


def supported(m: DateMention, given: Given, own: dt.date | None, part: str = "") -> bool:
    days, weekdays = given.days, given.weekdays
    if m.days is not None:
        return any(apart(a, b) == m.days for a in days for b in days)
    if m.weekday is not None:
        return m.weekday in weekdays and (own is None or own.weekday() == m.weekday
                                          or any(d.weekday() == m.weekday for d in days))
    if m.day is None and m.year is None and any(
            month == m.month and (not part or theirs == part) for month, theirs in given.months):
        return True
    return bool(matching(m, days, part))
