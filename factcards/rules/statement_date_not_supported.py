"""Every date a statement writes is given by its own passages, for the happening the statement
dates with it: a day, a weekday, a month (or its early, middle or late part), or a span of days
between two dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, Statement, figure_values, statements
from factcards.rules.date_given import Given, apart, given_by, matching, part_of, supported
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.rules.span_sides import misordered
from factcards.text.dated import beside, bound, clause_at, clauses, miscalendared, part_of_day_moved, tells
from factcards.text.dates import dates_in, months_in
from factcards.text.days import YEARLESS, DateMention
from factcards.text.verbatim import normalise

ID = "statement-date-not-supported"
SCOPE = "valid"
SUMMARY = ("A date a statement writes — 'March 11', 'on Monday', 'Monday evening', 'in March 2030', 'two "
           "days later', 'a week after', 'late March', a figure's value — is given by the "
           "statement's own passages: the same day "
           "(read in the year of the event, or of the source's publication), the same weekday "
           "(and, on an event, the weekday of its date), or two dates that many days apart (in one "
           "month when one of them has no year), in the span's direction where the passages "
           "date both happenings ('the vote, three days before the closure'). A "
           "weekday counts as a day only back from a known publication date. The date must "
           "stand in a passage's clause that tells the statement's happening: 'register by "
           "March 26' does not date a vote, unless the vote's own passage names the weekday "
           "that date falls on. The year may come from any passage.")
FIX = "Quote the passage that dates it, or write the date the passage gives."
EXAMPLES = (GOOD_EVENT, event(TEXT, TEXT.replace("text: Alderbrook", "text: On March 12 Alderbrook")))


def _of_the_date(m: DateMention, mentions: list[DateMention], text: str, given: Given,
                 own: dt.date | None) -> bool:
    """Whether a weekday stands beside a day the statement gives ("Tuesday, January 16",
    "January 18, a Thursday") and is that day's weekday in the calendar, the day itself
    supported: the weekday then says nothing the date does not."""
    for other in mentions:
        if other.day is None or other.month is None:
            continue
        year = other.year or (own.year if own else None)
        day = other.on(year) if year else None
        if beside(text, m, other) and day is not None and day.weekday() == m.weekday \
                and supported(other, given, own):
            return True
    return False


def _agrees(m: DateMention, lent: Given, told: Given, part: str) -> bool:
    """Whether a date lent by a passage about another happening agrees with what the
    statement's own passages say of it: a day of theirs, or the weekday they name ("arrived on
    Monday" and "the visit on March 11, 2030", a Monday)."""
    if m.weekday is not None:
        return any(d.weekday() == m.weekday and d.year != YEARLESS for d in told.days)
    return any(d in told.days or (d.year != YEARLESS and d.weekday() in told.any_such)
               for d in matching(m, lent.days, part))


def _lender(evidence: list[Evidence], look: Lookup, year: int | None, m: DateMention, part: str,
            own: dt.date | None) -> str:
    """The passage clause that gives a date, for the message."""
    for ev in evidence:
        quote = normalise(ev.quote)
        for a, b in clauses(quote):
            clause = quote[a:b]
            if supported(m, given_by([ev], look, year, clause.__eq__), own, part):
                return clause.strip()
    return ""


_RELATIVE_TIME = re.compile(
    r",\s+(?=(?:\w+\s+){0,2}(?:days?|weeks?|hours?)\s+(?:after|before|later|earlier)\b)"
    r"|\s(?=\w+\s+(?:days?|weeks?)\s+(?:after|before)\s)")  # "... two days after the vote of May 2"


_THAT = re.compile(r"\bthat\s", re.IGNORECASE)


def _own_part(clause: str, text: str, at: int) -> str:
    """The part of a clause a date stands in where a comma brings in another happening by its
    distance in time ("came on Friday, two days after X accused Y": Friday dates the coming;
    "closed two days after the vote of May 2": May 2 dates the vote),
    or a "that" what was said or done ("On Monday, Fernley announced that Okafor would visit":
    Monday dates the announcement, not the visit)."""
    start = text.find(clause)
    offset = at - start if start != -1 else -1
    if offset < 0:
        return clause
    cuts = sorted([m.start() for m in _RELATIVE_TIME.finditer(clause)]
                  + [m.start() for m in _THAT.finditer(clause)])
    spans = list(zip([0, *cuts], [*cuts, len(clause)], strict=True))
    return next((clause[a:b] for a, b in spans if a <= offset < b), clause)


def _telling(st: Statement, look: Lookup, text: str, m: DateMention) -> Callable[[str], bool]:
    """Which passage clauses tell the happening of the statement's clause that holds `m`."""
    clause = _own_part(clause_at(text, m.start), text, m.start)
    names = look.name_spans(clause)
    quotes = [normalise(ev.quote) for ev in st.evidence]
    return lambda passage: tells(clause, passage, look.vocabulary, names, quotes)


def _span_told(st: Statement, look: Lookup, text: str, m: DateMention) -> bool:
    """Whether a passage gives the statement's span ("two days later") in a clause that tells
    the happening the statement counts it to (not the one it counts from, after "after"): "two
    days later it launched an airstrike" is no span to a recall."""
    clause = clause_at(text, m.start)
    at = m.start - text.find(clause) if text.find(clause) >= 0 else 0
    counted = clause
    if m.text.lower().endswith(("after", "before")):  # without "after X": what it counts from
        ends = [e for e in (clause.find(",", at + len(m.text)),) if e >= 0]
        counted = clause[:at] + clause[ends[0] if ends else len(clause):]
    quotes = [normalise(ev.quote) for ev in st.evidence]
    return any(tells(counted, quote[a:b], look.vocabulary, look.name_spans(counted), quotes)
               for quote in quotes for a, b in clauses(quote)
               if any(d.days == m.days for d in dates_in(quote[a:b])))


def _told(st: Statement, look: Lookup, text: str, m: DateMention, given: Given,
          own: dt.date | None, part: str, bounds: bool) -> bool:
    """Whether the passages that tell the happening of `m`'s clause give its date, or agree
    with the one another passage lends. The year may come from any passage: the story's year
    is not the happening's news."""
    telling = _telling(st, look, text, m)
    told = given_by(st.evidence, look, own.year if own else None, telling, bounds)
    if supported(replace(m, year=None), told, own, part):
        return True
    # "announced on Monday that X will visit next week": the visit's date is not the announcement's
    ahead = any(_AHEAD.search(quote[a:b]) for ev in st.evidence
                for quote in [normalise(ev.quote)] for a, b in clauses(quote) if telling(quote[a:b]))
    return not ahead and _agrees(m, given, told, part)


_AHEAD = re.compile(r"\b(?:next|following|coming)\s+(?:week|month|year)\b|\btomorrow\b", re.IGNORECASE)


def _misordered(st: Statement, look: Lookup, text: str, m: DateMention, own: dt.date | None) -> bool:
    """Whether a span ("three days before the closure") runs against the dates its passages
    give its two happenings (`span_sides`)."""
    year = own.year if own else None
    quotes = [normalise(ev.quote) for ev in st.evidence]

    def telling(clause: str, passage: str) -> bool:
        return tells(clause, passage, look.vocabulary, look.name_spans(clause), quotes)
    return misordered(text, m, lambda keep: given_by(st.evidence, look, year, keep).days, telling, apart)


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    own = getattr(cf.card, "date", None)
    for st in [*statements(cf), *figure_values(cf)]:
        yield from unsupported(st, look, own)
        moved = part_of_day_moved(normalise(st.text), [normalise(ev.quote) for ev in st.evidence])
        if moved is not None:
            yield Finding(st.path, f"'{moved[0]}' is not the time its passages give ('{moved[1]}')",
                          "write the part of the day the passage gives, or leave it out")


def unsupported(st: Statement, look: Lookup, own: dt.date | None) -> Iterator[Finding]:
    """The dates a statement writes that its passages do not give it (`own`: the date of
    the card it is on, if it has one)."""
    text = normalise(st.text)
    mentions = sorted([*dates_in(text), *months_in(text)], key=lambda m: m.start)
    if not mentions:
        return
    year = own.year if own else None
    everything = given_by(st.evidence, look, year)
    quotes = [normalise(ev.quote) for ev in st.evidence]
    bounded = any(bound(q, d) for q in quotes for d in dates_in(q))
    # the days its passages give a happening: "by March 26" bounds one, it does not date it
    days = given_by(st.evidence, look, year, bounds=False) if bounded else everything
    quoted_spans = {m.days for q in quotes for m in dates_in(q) if m.days is not None}
    wrong = {m.start for m, _ in miscalendared(text)}
    for m, day in miscalendared(text):
        yield Finding(st.path, f"'{m.text}' stands beside {day:%B} {day.day}, {day.year}, which "
                      f"was a {day:%A}", "write the weekday the calendar gives, or leave it out")
    for m in mentions:
        if m.start in wrong:
            continue
        # a span may end on a bound; a figure's value is read with its label
        bounds = m.days is not None or not st.prose or bound(text, m)
        given = everything if bounds else days
        part = part_of(text, m)
        if m.days is not None and m.days in quoted_spans and _span_told(st, look, text, m):
            continue
        if m.days is not None and _misordered(st, look, text, m, own):
            yield Finding(st.path, f"'{m.text}' runs the wrong way: its passages date the "
                          "two happenings the other way round, or further apart",
                          "count the days from the dates the passages give each happening")
            continue
        if m.weekday is not None and _of_the_date(m, mentions, text, given, own):
            continue
        if supported(m, given, own, part):
            if m.days is None and not _told(st, look, text, m, given, own, part, bounds):
                lender = _lender(st.evidence, look, own.year if own else None, m, part, own)
                yield Finding(st.path, f"'{m.text}' is the date its passages give for another "
                              f"happening ('{lender}'), not for the one this statement dates "
                              "with it",
                              "quote the passage that dates this happening, or write the date it gives")
            continue
        if not bounds and supported(m, everything, own, part):
            yield Finding(st.path, f"'{m.text}' is a date its passages give only as a bound "
                          "('by', 'until', 'before' it), not as the day it happened",
                          "write the bound as the passage does ('by ...'), or quote the passage "
                          "that dates the happening")
            continue
        yearless = m.year is not None and supported(DateMention(m.month, m.day), given, own)
        why = (f"'{m.text}': its passages give no year, and their sources' publication dates are "
               "unknown" if yearless else f"'{m.text}' is not a date its passages give")
        yield Finding(st.path, why, "quote the passage that dates it, or write the date it gives")
