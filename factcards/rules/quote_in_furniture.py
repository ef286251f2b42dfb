"""Page furniture (other headlines, comment forms, excluded lines) is never cited."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event

ID = "quote-in-furniture"
SCOPE = "evidence"
SUMMARY = "Page furniture (other headlines, comment forms) is never cited."
FIX = "Cite the article text."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "Library opening hours extended for the summer"'))


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    source, quote = ev["source"], ev["quote"]
    cited = look.sources.get(source)
    if cited is None or cited.locate(quote) is not None or look.elsewhere(source, quote) \
            or cited.cut_from_words(quote):
        return
    if cited.in_furniture(quote):
        yield Finding((*path, "quote"), f"the quote is page furniture of source '{source}', "
                      "outside its article body, and cannot be cited", "cite the article text itself")
