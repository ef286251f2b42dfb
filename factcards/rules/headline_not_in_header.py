"""A source's headline is the one printed above its article, not another story's, nor the
standfirst printed under it."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.load.texts import body_span
from factcards.rules.context import Finding
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.verbatim import NormalText, find, normalise

ID = "headline-not-in-header"
SCOPE = "source"
SUMMARY = ("A source's headline is printed above its article body, where the page puts its own "
           "headline; a headline found only inside or after the article is another story's, or "
           "a subheading. A sentence ending in a full stop below a heading of the page's header "
           "is the standfirst, not the headline.")
FIX = "Copy the headline printed above the article."
EXAMPLE_KIND = "sources"
_HEADING_WORDS = 3
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
        return
    heading = _heading_above(norm.original, card.headline)  # type: ignore[union-attr]
    if heading is not None:
        yield Finding(("headline",), f"the headline is a sentence printed under the heading "
                      f"'{heading}': the standfirst, not the headline",
                      "copy the heading printed above it")


def _heading_above(page: str, headline: str) -> str | None:
    """For a headline that ends in a full stop, the heading printed on a line above it (three
    words or more, ending in no full stop), if any."""
    if not headline.rstrip().endswith("."):
        return None
    lines = [normalise(line).strip() for line in page.splitlines()]
    at = next((n for n, line in enumerate(lines) if find(line, headline) is not None), 0)
    return next((line for line in reversed(lines[:at])
                 if len(line.split()) >= _HEADING_WORDS and not line.endswith(".")), None)
