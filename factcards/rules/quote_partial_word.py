"""A quote begins and ends on word boundaries: never a piece of a longer word."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event

ID = "quote-partial-word"
SCOPE = "evidence"
SUMMARY = ("A quote, and each piece of an elided quote, begins and ends on a word boundary: "
           "'escalate the situation' cut out of 'de-escalate the situation', or 'Iranian "
           "citizens' out of 'non-Iranian citizens', says the opposite of its source.")
FIX = "Quote whole words, with their prefixes."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "escalate the situation"'))


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    cited = look.sources.get(ev["source"])
    if cited is not None and cited.cut_from_words(ev["quote"]):
        yield Finding((*path, "quote"), f"the quote stands in source '{ev['source']}' only as part "
                      "of longer words", "quote the whole words, prefixes such as 'non-' or 'de-' "
                      "included")
