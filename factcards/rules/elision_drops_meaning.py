"""What a `...` in a quote leaves out must not carry the meaning: a negation, a "non-", or a
number that counts what the quote keeps."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event
from factcards.text.dates import without_dates
from factcards.text.numbers import numbers_in
from factcards.text.words import words

ID = "elision-drops-meaning"
SCOPE = "evidence"
SUMMARY = ("The text a '...' leaves out holds no negation ('not', 'never', 'no', a 'non-' "
           "prefix) and no number counting something the quote keeps: 'at least two ... children "
           "killed' would hide the count. Leaving out a number together with what it counts "
           "('nine casualties, including four children ... condemning the strikes') is fine.")
FIX = "Quote the passage without eliding that word."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "the cracks were ... dangerous to pedestrians"'))

NEGATION = re.compile(r"\b(?:not|never|no|nor|without)\b|n't\b|\bnon-", re.IGNORECASE)


def dropped(gap: str, kept_after: str) -> str | None:
    """The word an elision must not leave out, if the gap holds one."""
    for negation in NEGATION.finditer(gap):  # one whose word is kept: "not ... to send"
        rest = gap[negation.end():]
        if not any(not w.stop for w in words(rest)):
            return negation.group()
    kept = {w.lower for w in words(kept_after)[:3] if not w.stop}
    for number in numbers_in(without_dates(gap), one_is_a_number=True):
        if not number.counts or set(number.counts) & kept:
            return number.text
    return None


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    text = look.sources.get(ev["source"])
    spans = (text.locate(ev["quote"]) if text else None) or []
    for gap, (start, end) in zip(text.gaps(ev["quote"]) if text else [], spans[1:], strict=False):
        word = dropped(gap, text.body[start:end])  # type: ignore[union-attr]
        if word:
            yield Finding((*path, "quote"), f"the '...' in this quote leaves out '{word}'",
                          "quote the passage without eliding that word")
