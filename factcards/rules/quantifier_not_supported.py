"""A statement's "all", "some", "most" or "only" is its passage's: these short words are
function words to the word aligner, yet "some engagements" for "all engagements", or "the only
source" for "an important source", says something else."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.distributive import distributed, predicate
from factcards.text.verbatim import normalise
from factcards.text.words import words

ID = "quantifier-not-supported"
SCOPE = "valid"
SUMMARY = ("A quantifier in a statement ('all', 'every', 'each', 'some', 'most', 'few', 'only') "
           "stands in one of its quoted passages, as itself or as a word the project's settings "
           "make equivalent (`equivalents`: 'every' for 'all'): how many of a thing, or that it "
           "is the only one, is what the passage says. 'Each side denies' over the newsroom's "
           "own word for the parties stands where the passages have two parties deny. Like a "
           "number, a quantifier is never signed off.")
FIX = "Use the passage's own quantifier, or leave it out."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Pakistan recalled all its ambassadors from Iran."))

# The words that say how many of a thing, or that it is the only one. Which of them a passage
# may say for which is the project's reviewed table of equivalents, not the code's.
QUANTIFIERS = frozenset({"all", "every", "each", "some", "most", "few", "only"})


def _reciprocal(tokens: tuple, i: int) -> bool:
    """ "each other", "one another": a pronoun, not a quantifier."""
    return i + 1 < len(tokens) and tokens[i + 1].lower.removesuffix("'s") == "other"


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):  # "each side denies": what the passages give each party
        tokens = words(normalise(st.text))
        mine = [w for i, w in enumerate(tokens) if w.lower in QUANTIFIERS and not _reciprocal(tokens, i)]
        if not mine:
            continue
        quotes = [normalise(ev.quote) for ev in st.evidence]
        theirs = {w.lower for quote in quotes for w in words(quote)}
        for word in mine:
            if any(look.vocabulary.equivalent(word.lower, other) for other in theirs):
                continue
            said = predicate(tokens, tokens.index(word), look.vocabulary.is_free)
            if said is None or not distributed(said.text, quotes, look.vocabulary.keys,
                                               lambda text: look.parties(text, statement=False)):
                yield Finding(st.path, f"says '{word.text}', which none of its quoted passages "
                              "says", "use the passage's own quantifier, or leave it out")
                break
