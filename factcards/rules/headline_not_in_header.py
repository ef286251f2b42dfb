"""A source's headline is the one printed above its article, not another story's."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.load.texts import body_span
from factcards.rules.context import Finding
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.verbatim import NormalText, find

ID = "headline-not-in-header"
SCOPE = "source"
SUMMARY = ("A source's headline is printed above its article body, where the page puts its own "
           "headline; a headline found only inside or after the article is another story's, or "
           "a subheading.")
FIX = "Copy the headline printed above the article."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source('"Council votes to close Mill Lane bridge"',
                                '"Library opening hours extended for the summer"'))


def check(card: SourceCard, norm: NormalText | None, seeds: dict[str, str]) -> Iterator[Finding]:
    span = body_span(card, norm) if norm is not None else None
    if span is None or find(norm.text, card.headline) is None:  # type: ignore[union-attr]
        return  # headline-not-found or body-marker-not-found says so
    if find(norm.text[:span[0]], card.headline) is None:  # type: ignore[union-attr]
        yield Finding(("headline",), "the headline is printed only inside or after the article "
                      "body, where other stories' headlines and subheadings stand",
                      "copy the headline printed above the article")
