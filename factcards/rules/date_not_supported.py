"""An event's date is stated by at least one of its passages."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, event
from factcards.text.dates import dates_in, resolved
from factcards.text.verbatim import normalise

ID = "date-not-supported"
SCOPE = "valid"
KINDS = ("events",)
SUMMARY = ("An event's date is stated by at least one of its passages: 'March 11', '11 March', "
           "'Mar. 11', 'March 11, 2030', or a weekday ('on Monday') counted back from the "
           "source's publication date. A weekday in a source whose publication date is unknown "
           "could be any such day, and supports no date. 'Two days later' after a date counts "
           "from that date; a date written without a year is read in the event's year.")
FIX = "Quote the passage that gives the day, or correct the date."
EXAMPLES = (GOOD_EVENT, event('date: "2030-03-11"', 'date: "2030-03-10"'))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card = cf.card
    date = card.date  # type: ignore[union-attr]
    stated = []
    for claim in card.claims:  # type: ignore[union-attr]
        for ev in claim.evidence:
            mentions = dates_in(normalise(ev.quote))
            published = look.published.get(ev.source)
            if date in resolved(mentions, date.year) or any(
                    m.matches(date, published) for m in mentions):
                return
            undated = "" if published else ", whose publication date is unknown"
            stated += [f"'{m.text}' ({ev.source}{undated if m.weekday is not None else ''})"
                       for m in mentions]
    found = "; the evidence gives " + ", ".join(stated) if stated else \
        "; no evidence passage states a date"
    yield Finding(("date",), f"the date {card.date.isoformat()} is not stated by the evidence{found}",  # type: ignore[union-attr]
                  "quote the passage that gives the day, or correct the date")
