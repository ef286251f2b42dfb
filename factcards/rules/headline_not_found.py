"""A source's headline is printed in its archived text."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.rules.context import Finding
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.verbatim import NormalText, find

ID = "headline-not-found"
SCOPE = "source"
SUMMARY = "A source's headline is printed in its archived text."
FIX = "Copy the headline exactly."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source("Council votes to close", "Council votes to shut"))


def check(card: SourceCard, norm: NormalText | None, seeds: dict[str, str]) -> Iterator[Finding]:
    if norm is not None and find(norm.text, card.headline) is None:
        yield Finding(("headline",), "the headline is not printed in the archived text",
                      "copy the headline exactly as the page prints it")
