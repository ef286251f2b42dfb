"""A quote begins and ends on word boundaries: never a piece of a longer word."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event

ID = "quote-partial-word"
SCOPE = "evidence"
SUMMARY = ("A quote, and each piece of an elided quote, begins and ends on a word boundary: "
           "'safe for lorries' cut out of 'unsafe for lorries', or 'essential journeys' "
           "out of 'non-essential journeys', says the opposite of its source.")
FIX = "Quote whole words, with their prefixes."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "safe for lorries"'))


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    cited = look.sources.get(ev["source"])
    if cited is not None and cited.cut_from_words(ev["quote"]):
        yield Finding((*path, "quote"), f"the quote stands in source '{ev['source']}' only as part "
                      "of longer words", "quote the whole words, prefixes such as 'non-' or 'de-' "
                      "included")
