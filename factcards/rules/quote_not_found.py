"""Every quote is verbatim in its source's article body (see CONTRACT.md)."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.diagnose import closest_passage
from factcards.rules.examples import GOOD_EVENT, QUOTE, event

ID = "quote-not-found"
SCOPE = "evidence"
SUMMARY = "Every quote is verbatim in its source's article body."
FIX = "Copy the passage exactly; the hint marks the words that differ."
EXAMPLES = (GOOD_EVENT, event(QUOTE, QUOTE.replace("voted to close", "voted to shut")))


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    cited = look.sources.get(ev["source"])
    if cited is None or cited.locate(ev["quote"]) is not None:
        return
    if look.elsewhere(ev["source"], ev["quote"]) or cited.in_furniture(ev["quote"]) \
            or cited.cut_from_words(ev["quote"]):
        return  # quote-wrong-source, quote-in-furniture or quote-partial-word says where it is
    yield Finding((*path, "quote"), f"the quote is not verbatim in source '{ev['source']}'",
                  closest_passage(cited, ev["quote"]))
