"""A source's publication date, when given, is printed in full in the passage quoted for it."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.dates import dates_in
from factcards.text.verbatim import normalise

ID = "publication-date-not-supported"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("A source's publication date, when given, is printed in full, with its year, in the "
           "passage quoted for it.")
FIX = "Quote the printed date, or write unknown."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source('value: "2030-03-12"', 'value: "2030-03-13"'))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    published = cf.card.published  # type: ignore[union-attr]
    if published == "unknown":
        return
    value = published.value
    if not any(m.year == value.year and m.matches(value, None)
               for m in dates_in(normalise(published.quote))):
        yield Finding(("published", "quote"), f"the passage does not state {value.isoformat()} with "
                      "its year", "quote the words that print the full publication date")
