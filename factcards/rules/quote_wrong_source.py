"""A quote found in another source than the one it cites names the source it is in."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event

ID = "quote-wrong-source"
SCOPE = "evidence"
SUMMARY = "A quote found in another source than the one cited is named."
FIX = "Cite the source the hint names."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "The Mill Lane bridge is now due to close on April 3"'))


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    source, quote = ev["source"], ev["quote"]
    cited = look.sources.get(source)
    if cited is None or cited.locate(quote) is not None:
        return
    elsewhere = look.elsewhere(source, quote)
    if elsewhere:
        yield Finding((*path, "quote"), f"the quote is not in source '{source}'; it is in "
                      + ", ".join(f"'{s}'" for s in elsewhere), f"change source to '{elsewhere[0]}'")
