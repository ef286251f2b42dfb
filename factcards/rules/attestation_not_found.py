"""What a source card says its page states (publisher, publication date) is printed there."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.rules.context import Finding
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.verbatim import NormalText, find

ID = "attestation-not-found"
SCOPE = "source"
SUMMARY = ("A publisher, publication date or attested address rests on words printed on the "
           "archived page.")
FIX = "Quote the page, or write unknown."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source('quote: "12 March 2030"', 'quote: "13 March 2030"'))


def check(card: SourceCard, norm: NormalText | None, seeds: dict[str, str]) -> Iterator[Finding]:
    for key in ("publisher", "published", "url"):
        attested = getattr(card, key)
        if isinstance(attested, str):  # unknown, or an address the newsroom recorded
            continue
        if norm is not None and find(norm.text, attested.quote) is None:
            yield Finding((key, "quote"),
                          f"the passage given for the {key} is not in the archived text",
                          "quote the words on the page that state it, or write unknown")
