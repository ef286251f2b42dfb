"""A source's article body holds no page furniture: its bounds are widened over none, and
every "Also read" line, share line, author blurb or other story inside it is excluded."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE, source
from factcards.text.cues import SUBHEADING
from factcards.text.verbatim import BLOCKED, normalise

ID = "body-includes-furniture"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("Between a source's `start` and `end` the page's furniture finder sees no furniture "
           "that `exclude` leaves citable: other stories' headlines, 'Also read' lines, share "
           "lines, comment forms, author blurbs, bylines. Subheadings inside the article need no "
           "excluding: they are never citable.")
FIX = "Exclude the line, or move start or end so the body holds only the article."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE, source('end: "add twenty minutes to journeys."',
                                'end: "School choir wins regional prize"'))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    text = look.sources.get(cf.stem)
    if text is None:
        return
    for line, words, reason in text.furniture:
        if reason == SUBHEADING:
            continue
        needle = normalise(words).strip()
        at = text.norm.text.find(needle)
        while at != -1 and text.norm.line_of(at) != line:
            at = text.norm.text.find(needle, at + 1)
        if at != -1 and any(c != BLOCKED and not c.isspace() for c in text.body[at:at + len(needle)]):
            yield Finding(("body",), f"line {line} of seeds/{text.seed} is {reason}, inside the "
                          f"article body: '{words.strip()[:80]}'",
                          "add it to exclude, or move start or end so the body holds only the article")
