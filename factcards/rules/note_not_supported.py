"""A source card's notes invent nothing: their numbers, dates, quoted words and names are
printed in the archive."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE
from factcards.rules.facts import facts, missing

ID = "note-not-supported"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("Every number, date, name and quoted phrase in a source card's notes is printed in "
           "the archived sources (a note may compare its page with the others). Dates written "
           "YYYY-MM-DD are the newsroom's own records, such as the day a page was retrieved.")
FIX = "Correct the note, or quote what the page prints."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE + 'notes:\n  - "Names Alderbrook\'s chief engineer as Tom Haldane."\n',
            GOOD_SOURCE + 'notes:\n  - "Names Alderbrook\'s chief engineer as Tom Holden."\n')


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    archive = "\n".join(text.norm.original for text in look.sources.values())
    for i, note in enumerate(cf.card.notes):  # type: ignore[union-attr]
        absent = missing(facts(note), archive)
        if absent:
            yield Finding(("notes", i), f"the note's {', '.join(absent)} "
                          f"{'is' if len(absent) == 1 else 'are'} printed in no archived source",
                          "correct the note, or quote what the page prints")
