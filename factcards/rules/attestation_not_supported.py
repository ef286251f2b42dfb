"""What a source card says its page states is what the quoted words say: the publisher's name
is in its quote, and an address is printed on the page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.rules.context import Finding
from factcards.rules.examples import GOOD_SOURCE
from factcards.text.verbatim import NormalText, normalise

ID = "attestation-not-supported"
SCOPE = "source"
SUMMARY = ("A source's publisher is named, word for word, in the words quoted for it, and so is "
           "an address given as the page's own (`value` and `quote`); a plain "
           "address records where the page was retrieved. A page that states neither gets "
           "`unknown`, never a guess.")
FIX = "Quote the words that name the publisher, or write unknown."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE,  # a credit inside the article is no publisher: publisher-not-the-pages
            GOOD_SOURCE.replace("publisher: unknown", 'publisher:\n  value: Reuters\n  quote: '
                                '"Xinhua news agency reported"'))


def _printed(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(normalise(value).strip().lower())}(?!\w)",
                     normalise(text).lower()) is not None


def check(card: SourceCard, norm: NormalText | None, seeds: dict[str, str]) -> Iterator[Finding]:
    if card.publisher != "unknown" and not _printed(card.publisher.value, card.publisher.quote):
        yield Finding(("publisher", "value"), f"'{card.publisher.value}' is not named in the words "
                      "quoted for it", "quote the words that name the publisher, or write unknown")
    url = getattr(card.url, "value", None)  # a plain address records where we retrieved it
    if url is not None and not _printed(url, card.url.quote):  # type: ignore[union-attr]
        yield Finding(("url", "value"), "the address is not in the words quoted for it",
                      "quote the words that print the address, or keep a plain address of where "
                      "the page was retrieved")
