"""A statement's "all", "some", "most" or "only" is its passage's: these short words are
function words to the word aligner, yet "some engagements" for "all engagements", or "the only
source" for "an important source", says something else."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.verbatim import normalise
from factcards.text.words import words

ID = "quantifier-not-supported"
SCOPE = "valid"
SUMMARY = ("A quantifier in a statement ('all', 'every', 'each', 'some', 'most', 'few', 'only') "
           "stands in one of its quoted passages ('all', 'every' and 'each' stand for each "
           "other): how many of a thing, or that it is the only one, is what the passage says.")
FIX = "Use the passage's own quantifier, or leave it out."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Alderbrook Town Council voted to close all its bridges."))

# Each quantifier with the words a passage may say it with.
_SAME = {"all": {"all", "every", "each", "entire", "whole"}, "every": {"all", "every", "each"},
         "each": {"all", "every", "each"}, "some": {"some"}, "most": {"most"}, "few": {"few"},
         "only": {"only", "sole", "solely"}}


def _reciprocal(tokens: tuple, i: int) -> bool:
    """ "each other", "one another": a pronoun, not a quantifier."""
    return i + 1 < len(tokens) and tokens[i + 1].lower.removesuffix("'s") == "other"


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        tokens = words(normalise(st.text))
        mine = [w for i, w in enumerate(tokens) if w.lower in _SAME and not _reciprocal(tokens, i)]
        if not mine:
            continue
        theirs = {w.lower for ev in st.evidence for w in words(normalise(ev.quote))}
        for word in mine:
            if not _SAME[word.lower] & theirs:
                yield Finding(st.path, f"says '{word.text}', which none of its quoted passages "
                              "says", "use the passage's own quantifier, or leave it out")
                break
