"""Every date a statement writes is given by its own passages: a day, a weekday, a month, or
a span of days between two dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, Statement, figure_values, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.dates import YEARLESS, DateMention, dates_in, resolved
from factcards.text.verbatim import normalise

ID = "statement-date-not-supported"
SCOPE = "valid"
SUMMARY = ("A date a statement writes — 'March 11', 'on Monday', 'in March 2030', 'two "
           "days later', 'a week after', 'late March', a figure's value — is given by the "
           "statement's own passages: the same day "
           "(read in the year of the event, or of the source's publication), the same weekday "
           "(and, on an event, the weekday of its date), or two dates that many days apart (in one "
           "month when one of them has no year). A "
           "weekday counts as a day only back from a known publication date.")
FIX = "Quote the passage that dates it, or write the date the passage gives."
EXAMPLES = (GOOD_EVENT, event(TEXT, TEXT.replace("text: Alderbrook", "text: On March 12 Alderbrook")))


def _days(st: Statement, look: Lookup, year: int | None) -> tuple[set[dt.date], set[int]]:
    """The days the passages give (weekdays counted back from known publication dates) and the
    weekdays they name."""
    days: set[dt.date] = set()
    weekdays: set[int] = set()
    for ev in st.evidence:
        published = look.published.get(ev.source)
        mentions = dates_in(normalise(ev.quote))
        days |= set(resolved(mentions, (published.year if published else None) or year))
        for m in mentions:
            if m.weekday is not None:
                weekdays.add(m.weekday)
                if published is not None:
                    days.add(published - dt.timedelta(days=(published.weekday() - m.weekday) % 7))
    return days, weekdays


# "early", "mid" and "late" in a month: its first, middle and last ten days or so.
_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_PART = re.compile(r"\b(early|mid|late)[\s-]+$", re.IGNORECASE)


def _part(text: str, m: DateMention) -> str:
    """The part of a month a mention names ("late January"), or ''."""
    found = _PART.search(text[:m.start])
    return found.group(1).lower() if found else ""


def _apart(a: dt.date, b: dt.date) -> int | None:
    """Days from `a` to `b`; where one of them has no year (read in `YEARLESS`), only within
    one month, where the count is the same whatever the year ("January 18" to "January 29,
    2024" is eleven days)."""
    if a.year == b.year:
        return (b - a).days
    if YEARLESS in (a.year, b.year) and a.month == b.month:
        return b.day - a.day
    return None


def _supported(m: DateMention, days: set[dt.date], weekdays: set[int], own: dt.date | None,
               part: str = "") -> bool:
    if m.days is not None:
        return any(_apart(a, b) == m.days for a in days for b in days)
    if m.weekday is not None:
        return m.weekday in weekdays and (own is None or own.weekday() == m.weekday
                                          or any(d.weekday() == m.weekday for d in days))
    if m.day is None:
        low, high = _PARTS.get(part, (1, 31))
        return any(d.month == m.month and m.year in (None, d.year) and low <= d.day <= high
                   for d in days)
    return any((d.month, d.day) == (m.month, m.day) and m.year in (None, d.year) for d in days)


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    own = getattr(cf.card, "date", None)
    for st in [*statements(cf), *figure_values(cf)]:
        mentions = dates_in(normalise(st.text))
        if not mentions:
            continue
        days, weekdays = _days(st, look, own.year if own else None)
        spans = [m for m in mentions if m.days is not None]
        quoted_spans = {m.days for ev in st.evidence for m in dates_in(normalise(ev.quote))
                        if m.days is not None}
        for m in mentions:
            if m in spans and m.days in quoted_spans:
                continue
            if _supported(m, days, weekdays, own, _part(normalise(st.text), m)):
                continue
            yearless = m.year is not None and _supported(DateMention(m.month, m.day), days, weekdays, own)
            why = (f"'{m.text}': its passages give no year, and their sources' publication dates are "
                   "unknown" if yearless else f"'{m.text}' is not a date its passages give")
            yield Finding(st.path, why, "quote the passage that dates it, or write the date it gives")
