"""A source card's seed file exists in `seeds/`."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.rules.context import Finding, did_you_mean
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.verbatim import NormalText

ID = "seed-not-found"
SCOPE = "source"
SUMMARY = "A source card's seed file exists in `seeds/`."
FIX = "Give the name of an archived file."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source("seed: 000_", "seed: 009_"))


def check(card: SourceCard, norm: NormalText | None, seeds: dict[str, str]) -> Iterator[Finding]:
    if norm is None:
        yield Finding(("seed",), f"there is no archived text seeds/{card.seed}",
                      did_you_mean(card.seed, set(seeds)))
