"""An elided quote stays within one paragraph of the article, never across a heading."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event

ID = "elision-across-paragraph"
SCOPE = "evidence"
SUMMARY = ("The pieces of a quote with '...' come from one paragraph: an elision never joins "
           "paragraphs, and never skips a heading, a line of furniture or an excluded passage.")
FIX = "Quote each paragraph as a piece of evidence of its own."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "found cracks in two of its supports. ... Fernley Parish '
                                     'Council asked Alderbrook to keep one lane open for buses"'))


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    cited = look.sources.get(ev["source"])
    if cited is not None and cited.gap_crosses(ev["quote"]):
        yield Finding((*path, "quote"), "the '...' in this quote joins text across a paragraph, "
                      "a heading or furniture", "quote each paragraph as evidence of its own")
