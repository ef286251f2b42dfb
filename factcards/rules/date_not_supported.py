"""An event's date is stated by at least one of its passages, for the event itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, event
from factcards.text.dated import bound, clauses, tells
from factcards.text.dates import dates_in
from factcards.text.days import days_of
from factcards.text.verbatim import normalise

ID = "date-not-supported"
SCOPE = "valid"
KINDS = ("events",)
SUMMARY = ("An event's date is stated by at least one of its passages: 'March 11', '11 March', "
           "'Mar. 11', 'March 11, 2030', or a weekday ('on Monday') counted back from the "
           "source's publication date. A weekday in a source whose publication date is unknown "
           "could be any such day, and supports no date. 'Two days later' after a date counts "
           "from that date; a date written without a year is read in the event's year. The "
           "date must stand in a clause that tells what the claim citing it says happened: a "
           "deadline in another passage ('register by March 26') does not date a vote, unless "
           "the vote's own passage names the weekday that date falls on, and a bound ('by March 26') "
           "is no day of the event.")
FIX = "Quote the passage that gives the day, or correct the date."
EXAMPLES = (GOOD_EVENT, event('date: "2030-03-11"', 'date: "2030-03-10"'))


def _stating(date: dt.date, ev: Evidence, look: Lookup,
             keep: Callable[[str], bool] = lambda clause: True, bounds: bool = False) -> list[str]:
    """The clauses of a passage, among those `keep` accepts, that state the date (with
    `bounds`, also as a bound: "by March 26")."""
    quote = normalise(ev.quote)
    published = look.published.get(ev.source)
    mentions = dates_in(quote)
    days = days_of(mentions, date.year)
    return [quote[a:b].strip() for a, b in clauses(quote) if keep(quote[a:b])
            and any(a <= m.start < b and (day == date or m.matches(date, published))
                    and (bounds or not bound(quote, m))  # "by March 26" is no day of the event
                    for m, day in zip(mentions, days, strict=True))]


def _weekdays(ev: Evidence, look: Lookup, keep: Callable[[str], bool]) -> set[int]:
    """The weekdays a passage of a source with no known publication date names, in the clauses
    `keep` accepts: any such day could be meant."""
    if look.published.get(ev.source) is not None:
        return set()
    quote = normalise(ev.quote)
    kept = [(a, b) for a, b in clauses(quote) if keep(quote[a:b])]
    return {m.weekday for m in dates_in(quote)
            if m.weekday is not None and any(a <= m.start < b for a, b in kept)}


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card = cf.card
    date = card.date  # type: ignore[union-attr]
    stated, lent, weekdays = [], [], set()
    for claim in card.claims:  # type: ignore[union-attr]
        text = normalise(claim.text)
        names = look.name_spans(text)
        quotes = [normalise(ev.quote) for ev in claim.evidence]

        def telling(clause: str, text: str = text, names: list = names, quotes: list = quotes) -> bool:
            return tells(text, clause, look.vocabulary, names, quotes)

        for ev in claim.evidence:
            if _stating(date, ev, look, telling):
                return
            lent += _stating(date, ev, look)
            weekdays |= _weekdays(ev, look, telling)
            published = look.published.get(ev.source)
            undated = "" if published else ", whose publication date is unknown"
            stated += [f"'{m.text}' ({ev.source}{undated if m.weekday is not None else ''})"
                       for m in dates_in(normalise(ev.quote))]
    if lent and date.weekday() in weekdays:
        return  # another passage's date, on the weekday the event's own passage names
    if lent:
        yield Finding(("date",), f"the date {date.isoformat()} is stated only for another happening "
                      f"('{lent[0]}'), not for what this event's claims say happened",
                      "quote the passage that dates this event, or correct the date")
        return
    bounded = [clause for claim in card.claims for ev in claim.evidence  # type: ignore[union-attr]
               for clause in _stating(date, ev, look, bounds=True)]
    if bounded:
        yield Finding(("date",), f"the date {date.isoformat()} is given by the evidence only as a "
                      f"bound ('{bounded[0]}'), not as the day it happened",
                      "quote the passage that dates this event, or correct the date")
        return
    found = "; the evidence gives " + ", ".join(stated) if stated else \
        "; no evidence passage states a date"
    yield Finding(("date",), f"the date {date.isoformat()} is not stated by the evidence{found}",
                  "quote the passage that gives the day, or correct the date")
