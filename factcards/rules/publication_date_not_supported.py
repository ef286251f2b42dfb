"""A source's publication date, when given, is printed in full in the passage quoted for it,
outside the article: a date the article tells is the story's, not the page's."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.load.texts import SourceText
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.dates import dates_in
from factcards.text.verbatim import normalise

ID = "publication-date-not-supported"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("A source's publication date, when given, is printed in full, with its year, in the "
           "passage quoted for it, and that passage stands outside the article (beside the "
           "headline or byline): a date inside the article is one of the story's.")
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
        return
    text = look.sources.get(cf.stem)
    if text is not None and _in_article_only(text, normalise(published.quote)):
        yield Finding(("published", "quote"), "the date quoted for publication is printed only "
                      "in the article, where a date is one of the story's, not the page's",
                      "quote the date the page prints beside its headline or byline, or write "
                      "unknown")


def _in_article_only(text: SourceText, quote: str) -> bool:
    """Whether every place the page prints the quote is inside its article body (a byline the
    body's bounds hold but the finder blocks as furniture is the page's)."""
    found = _all(text.norm.text, quote)
    return bool(found) and all(text.body[at:at + len(quote)] == quote for at in found)


def _all(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while needle and at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found
