"""An event's date is stated by at least one of its passages."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, event
from factcards.text.extract import dates_in
from factcards.text.verbatim import normalise

ID = "date-not-supported"
SCOPE = "valid"
KINDS = ("events",)
SUMMARY = ("An event's date is stated by at least one of its passages: 'January 16', '16 January', "
           "'Jan. 16', 'January 29, 2024', or a weekday ('on Wednesday') counted back from the "
           "source's publication date, or at least falling on that weekday when the publication "
           "date is unknown. 'Two days later' after a date counts from that date.")
FIX = "Quote the passage that gives the day, or correct the date."
EXAMPLES = (GOOD_EVENT, event('date: "2024-01-17"', 'date: "2024-01-18"'))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card = cf.card
    stated = []
    for claim in card.claims:  # type: ignore[union-attr]
        for ev in claim.evidence:
            for mention in dates_in(normalise(ev.quote), card.date.year):  # type: ignore[union-attr]
                if mention.matches(card.date, look.published.get(ev.source)):  # type: ignore[union-attr]
                    return
                stated.append(f"'{mention.text}' ({ev.source})")
    found = "; the evidence gives " + ", ".join(stated) if stated else \
        "; no evidence passage states a date"
    yield Finding(("date",), f"the date {card.date.isoformat()} is not stated by the evidence{found}",  # type: ignore[union-attr]
                  "quote the passage that gives the day, or correct the date")
