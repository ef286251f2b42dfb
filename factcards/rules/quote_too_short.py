"""A quote has substance: a few function words, or one word, support nothing."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event
from factcards.text.verbatim import pieces
from factcards.text.words import words

ID = "quote-too-short"
SCOPE = "evidence"
MIN_WORDS = 3
MIN_CONTENT = 2
SUMMARY = (f"A quote has at least {MIN_WORDS} words, {MIN_CONTENT} of them content words (not "
           "'the', 'of', 'it' and the like): a word or two cannot show what a source says.")
FIX = "Quote the whole phrase or sentence the statement rests on."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "Council voted"'))


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    found = [w for piece in pieces(ev["quote"]) for w in words(piece)]
    content = [w for w in found if not w.stop]
    if len(found) < MIN_WORDS or len(content) < MIN_CONTENT:
        yield Finding((*path, "quote"), f"the quote has {len(found)} word"
                      f"{'' if len(found) == 1 else 's'} ({len(content)} content), too few to show "
                      "what the source says", "quote the whole phrase or sentence the statement "
                      "rests on")
