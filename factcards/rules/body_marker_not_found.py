"""The article body's start and end are found, once, in the text; excluded furniture inside."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.sources import SourceCard
from factcards.load.texts import body_span, marker_span
from factcards.rules.context import Finding
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.verbatim import NormalText, find

ID = "body-marker-not-found"
SCOPE = "source"
SUMMARY = "The article body's start and end are found, once, in the text."
FIX = "Copy longer, exact passages."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source("On Monday evening", "On Monday night"))


def check(card: SourceCard, norm: NormalText | None, seeds: dict[str, str]) -> Iterator[Finding]:
    if norm is None:
        return
    start = marker_span(norm.text, card.body.start)
    if start == "ambiguous":
        yield Finding(("body", "start"), "the body start passage occurs more than once in the "
                      "archived text", "quote a longer passage so it is found only once")
        return
    if start is None:
        yield _absent("start")
        return
    span = body_span(card, norm)
    if span is None:
        yield _absent("end")
        return
    body = norm.text[span[0]:span[1]]
    for number, passage in enumerate(card.body.exclude):
        if find(body, passage) is None:
            yield Finding(("body", "exclude", number),
                          "this furniture passage is not inside the article body",
                          "copy it exactly from the archived text, between start and end")


def _absent(which: str) -> Finding:
    return Finding(("body", which), f"the body {which} passage is not in the archived text",
                   "copy the first (or last) words of the article exactly as archived")
