"""What a `...` in a quote leaves out must not carry the meaning: a negation, a "non-", or a
number that counts what the quote keeps, or the charge a denial it keeps denies."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, QUOTE, event
from factcards.text.dates import without_dates
from factcards.text.denials import charge_denied
from factcards.text.numbers import numbers_in
from factcards.text.words import SENTENCE_BREAK, words

ID = "elision-drops-meaning"
SCOPE = "evidence"
SUMMARY = ("The text a '...' leaves out holds no negation ('not', 'never', 'no', a 'non-' "
           "prefix) and no number counting something the quote keeps: 'at least two ... children "
           "killed' would hide the count. Leaving out a number together with what it counts "
           "('nine casualties, including four children ... condemning the strikes') is fine.")
FIX = "Quote the passage without eliding that word."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "the cracks were ... dangerous to pedestrians"'))

NEGATION = re.compile(r"\b(?:not|never|no|nor|without)\b|n't\b|\bnon-", re.IGNORECASE)


def dropped(gap: str, kept_after: str, kept_before: str = "") -> str | None:
    """The word an elision must not leave out, if the gap holds one; the charge a denial kept
    after it names only as "these charges", where the gap holds the whole sentence that tells
    it (it crosses a sentence's end, or opens one: the quote before it ends one); or the name
    the kept words are about (`_named`)."""
    opens = kept_before.rstrip().endswith((".", "!", "?"))
    for negation in NEGATION.finditer(gap):  # one whose word is kept: "not ... to send"
        rest = gap[negation.end():]
        if not any(not w.stop for w in words(rest)):
            return negation.group()
    after = words(kept_after)
    sentences = SENTENCE_BREAK.split(gap.strip())
    told = [w.text for w in words(sentences[-1])]
    at = charge_denied(after[:4])
    if at is not None and at <= 1 and told and (opens or len(sentences) > 1):
        return " ".join(told[:7]) + (" ..." if len(told) > 7 else "")
    named = _named(gap, after, kept_before)
    if named:
        return named
    kept = {w.lower for w in after[:3] if not w.stop}
    for number in numbers_in(without_dates(gap), one_is_a_number=True):
        if not number.counts or set(number.counts) & kept:
            return number.text
    return None


def _named(gap: str, after: list, kept_before: str) -> str | None:
    """A name inside one sentence that the kept words are about: an aside set off by commas
    ("his counterpart, Ruth Okafor, ...") or the subject of the verb kept after the gap ("...
    were successfully targeted"). Without it, another passage could name someone else."""
    if SENTENCE_BREAK.search(gap.strip()) or gap.rstrip().endswith((".", "!", "?")) \
            or _ACCOUNT.search(gap):
        return None  # an aside that says whose account it is: elision-not-whole's
    name = _NAME.search(gap)
    if name is None:
        return None
    # an aside that is the name ("his counterpart, Ruth Okafor, ..."), not a phrase that has one
    aside = kept_before.rstrip().endswith(",") and gap.rstrip().endswith(",") \
        and 2 * len(words(name.group())) > len(words(gap))
    subject = bool(after) and after[0].lower in _AUXILIARIES
    return name.group() if aside or subject else None


_ACCOUNT = re.compile(r"\baccording to\b|\bsaid\b|\bsays\b", re.IGNORECASE)
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had"})
_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:al-|ul\s+|bin\s+)?[A-Z][\w’'-]+)+")


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    text = look.sources.get(ev["source"])
    spans = (text.locate(ev["quote"]) if text else None) or []
    for gap, before, (start, end) in zip(text.gaps(ev["quote"]) if text else [], spans, spans[1:],
                                         strict=False):
        body = text.body  # type: ignore[union-attr]
        word = dropped(gap, body[start:end], body[before[0]:before[1]])
        if word:
            yield Finding((*path, "quote"), f"the '...' in this quote leaves out '{word}'",
                          "quote the passage without eliding that word")
