"""A source's publisher is quoted from where a page names its own publisher (masthead, byline,
copyright line), not from a credit inside the article ("..., the Alderbrook Gazette reported") or a
share, navigation or other story's line."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE, PROJECT
from factcards.text import cues
from factcards.text.furniture import find_furniture
from factcards.text.verbatim import find

ID = "publisher-not-the-pages"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("A source's publisher is quoted from a line where the page names itself (masthead, "
           "byline, copyright or imprint line, author blurb), never from the article text, where "
           "a credit names who reported one statement, nor from a share, navigation, tags or "
           "photo-credit line or another story.")
FIX = "Quote the line where the page names its publisher, or write unknown."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE,
            (PROJECT / "cards" / "sources" / "bridge-closure-moved.yaml").read_text(encoding="utf-8")
            .replace("id: bridge-closure-moved", "id: example")
            .replace("  value: Fernley Echo\n  quote: Fernley Echo",
                     "  value: Alderbrook Gazette\n  quote: the Alderbrook Gazette reported"))
# Lines that speak of something else than who published the page.
_ELSEWHERE = frozenset({cues.SHARE, cues.OTHER_STORY, cues.TEASER, cues.RAIL, cues.COMMENTS,
                        cues.READ_ALSO, cues.RETRIEVED, cues.MEDIA, cues.WIDGET, cues.TAGS,
                        cues.TEASER_COPY})


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    publisher, text = cf.card.publisher, look.sources.get(cf.stem)  # type: ignore[union-attr]
    if publisher == "unknown" or text is None:
        return
    if text.locate(publisher.quote) is not None:
        yield Finding(("publisher", "quote"), f"'{publisher.quote}' is article text: a credit inside "
                      "the article names who reported a statement, not who published the page",
                      "quote the line where the page names its publisher, or write unknown")
        return
    spans = find(text.norm.text, publisher.quote)
    if not spans:
        return  # attestation-not-found says so
    line = text.norm.line_of(spans[0][0])
    reason = {item.line: item.reason for item in find_furniture(text.norm.original.split("\n"))}.get(line)
    if reason in _ELSEWHERE:
        yield Finding(("publisher", "quote"), f"line {line} of seeds/{text.seed} is {reason}, not "
                      f"where the page names its publisher: '{publisher.quote}'",
                      "quote the line where the page names its publisher, or write unknown")
