"""What a source card says its page states is what the quoted words say: the publisher's name
is in its quote, and an address is printed on the page or recorded by the archive as where the
page was retrieved."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.load.retrievals import record_name, recorded_url
from factcards.rules.context import Finding
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.verbatim import NormalText, normalise

ID = "attestation-not-supported"
SCOPE = "source"
SUMMARY = ("A source's publisher is named, word for word, in the words quoted for it, and so is "
           "an address given as the page's own (`value` and `quote`). A plain address is "
           "where the page was retrieved, and only the archive's record of that retrieval "
           "(written by `archive --url`) may give it; so with an address a source note gives. A "
           "page that states neither gets `unknown`, never a guess.")
FIX = "Quote the words that name the publisher, or write unknown."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source("value: The Alderbrook Gazette", "value: Fernley Echo"))


_ADDRESS = re.compile(r"https?://[^\s\"'<>]+[^\s\"'<>.,;:)]")


def _printed(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(normalise(value).strip().lower())}(?!\w)",
                     normalise(text).lower()) is not None


def check(card: SourceCard, norm: NormalText | None, seeds: dict[str, str]) -> Iterator[Finding]:
    if card.publisher != "unknown" and not _printed(card.publisher.value, card.publisher.quote):
        yield Finding(("publisher", "value"), f"'{card.publisher.value}' is not named in the words "
                      "quoted for it", "quote the words that name the publisher, or write unknown")
    url = getattr(card.url, "value", None)
    if url is not None and not _printed(url, card.url.quote):  # type: ignore[union-attr]
        yield Finding(("url", "value"), "the address is not in the words quoted for it",
                      "quote the words that print the address, or keep a plain address of where "
                      "the page was retrieved")
    if isinstance(card.url, str) and card.url != "unknown" and card.seed in seeds \
            and recorded_url(seeds, card.seed) != card.url:
        yield Finding(("url",), f"the page does not print '{card.url}', and the archive records no "
                      f"retrieval of it from there (seeds/{record_name(card.seed)})",
                      "write unknown, quote the page's own address, or archive the page again "
                      "with --url ADDRESS to record where it was saved from")
    for i, note in enumerate(card.notes):
        for address in _ADDRESS.findall(note):
            if address != recorded_url(seeds, card.seed) and (norm is None or address not in norm.text):
                yield Finding(("notes", i), f"the note gives the address '{address}', which the "
                              "page does not print and the archive records no retrieval from",
                              "leave the address out, or archive the page with --url ADDRESS")
