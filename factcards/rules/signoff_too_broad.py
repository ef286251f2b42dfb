"""A sign-off rewords; it does not state. Readers see signed-off words as the newsroom's own
wording of what the passages say, so a statement must rest mostly on its passages: the words a
sign-off covers are a small share of its content words, each stands alone (two side by side
make a phrase of their own, "a trade dispute", a new thing rather than a reworded word), and
none states a fact no editor can vouch for: a cause or an occasion ("over ...", "because of
...", "after ..."), what a thing was done with, by or against ("with ...", "using ..."), or how
much of a thing, or how many parties together, a word counts ("mostly", "jointly")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from factcards.rules.context import CardFile, Finding, Lookup, Statement, statements
from factcards.text.align import Aligned, align
from factcards.text.verbatim import normalise
from factcards.text.words import Word, forms, proper, words

ID = "signoff-too-broad"
SCOPE = "valid"
SUMMARY = ("A statement with a `signoff` rests mostly on its passages: its signed-off words are "
           "at most a third of its content words (one, in a statement of fewer than six), at "
           "least one word besides its names stands in a passage, no two signed-off words stand "
           "side by side ('a trade dispute' is a new thing, not a reworded word), and no "
           "signed-off word says why or after what something happened ('over', 'because of', "
           "'after'), what it was done with, by or against ('with', 'using', 'against'), how "
           "much of a thing, how far it reached or how many parties did it ('mostly', "
           "'countrywide', 'jointly'), nor describes a thing the passages print undescribed ('a "
           "civilian target' for 'a target'; 'a pivotal step' for 'a crucial step' rewords): "
           "causes, occasions, means, shares, counts and descriptions are facts, which a passage "
           "must give.")
FIX = "Quote a passage that says it, or sign off one word that rewords what the passage says."
EXAMPLE_KIND = "background"
_EXAMPLE = """\
id: example
title: Alderbrook closes Mill Lane bridge
organizations:
  - alderbrook-town-council
claims:
  - text: Alderbrook Town Council decided to close the Mill Lane bridge to traffic.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Alderbrook Town Council voted to close the Mill Lane bridge to traffic"
    signoff:
      by: A. Second Editor
      words: [decided]
"""
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("to traffic.", "over a budget dispute.")
            .replace("words: [decided]", "words: [decided, budget, dispute]"))

SHARE = 3  # a statement's content words per signed-off word, at least
# Words after which a statement says why, or after what, something happened.
_CAUSAL = frozenset({"because", "due", "owing", "over", "amid", "after", "following", "since",
                     "for"})
# Words after which a statement says what, or whom, a thing was done with, by or against.
_MEANS = frozenset({"with", "without", "using", "via", "through", "by", "against"})
# Adverbs that count like a quantifier: how much of a thing ("mostly children"), how far it
# reached ("countrywide"), or how many parties did it, and whether together ("jointly
# launched", "unilaterally").
_COUNTING = frozenset({"mostly", "mainly", "largely", "partly", "partially", "chiefly",
                       "primarily", "predominantly", "overwhelmingly", "principally", "entirely",
                       "wholly", "fully", "completely", "totally", "solely", "exclusively",
                       "almost", "nearly", "jointly", "together", "mutually", "collectively",
                       "unilaterally", "bilaterally", "multilaterally", "separately",
                       "independently", "individually", "alone", "respectively", "both",
                       "countrywide", "nationwide", "worldwide", "globally", "everywhere",
                       "universally", "throughout"})


def _together(text: str, first: Word, second: Word) -> bool:
    """Whether nothing but function words stand between two words ("dispute over trade")."""
    gap = text[first.end:second.start]
    return not any(not w.stop for w in words(gap)) and not any(c in gap for c in ",;:.!?()")


def _governing(text: str, word: Word, linking: frozenset[str]) -> str | None:
    """The word of `linking` whose object `word` is: the first content word after it, in one
    clause ("over trade", "with drones")."""
    for w in reversed(words(text[:word.start])):
        if any(c in text[w.end:word.start] for c in ",;:.!?()"):
            return None
        if w.lower in linking:  # "using" is no function word
            return w.text
        if not w.stop:
            return None
    return None


def _problem(text: str, aligned: list[Aligned], signed: set[str], names: set[int]) -> str | None:
    mine = [a.word for a in aligned if a.word.forms & signed]
    if not mine:
        return None
    if len(mine) > max(1, len(aligned) // SHARE):
        return (f"rests mostly on signed-off words ({len(mine)} of its {len(aligned)} content "
                "words), not on its passages")
    if not any(a.passage is not None and a.word.start not in names for a in aligned):
        return "has no word but names in its passages: the sign-off would say all the rest"
    for first, second in pairwise(aligned):
        if first.word in mine and second.word in mine and _together(text, first.word, second.word):
            return (f"signs off '{text[first.word.start:second.word.end]}' together: a phrase "
                    "of the newsroom's own, not a reworded word")
    for word in mine:
        if word.lower in _COUNTING:
            return (f"signs off '{word.text}', which counts like a quantifier (how much of a "
                    "thing, how far it reached, or how many parties did it): that is the "
                    "passage's to say")
        if (cause := _governing(text, word, _CAUSAL)) is not None:
            return f"signs off '{word.text}' after '{cause}': a cause or an occasion is a fact"
        if (means := _governing(text, word, _MEANS)) is not None:
            return (f"signs off '{word.text}' after '{means}': what a thing was done with, by "
                    "or against is a fact")
    return None


def _names(text: str, look: Lookup) -> set[int]:
    """Where the statement's names start: listed names and words made from names."""
    spans = look.name_spans(text)
    return {w.start for w in words(text)
            if proper(w.text) or any(a <= w.start < b for a, b, _ in spans)}


def problem(st: Statement, look: Lookup) -> str | None:
    """What is too broad in a statement's sign-off, or None."""
    text = normalise(st.text)
    passages = [look.passage_keys(ev) for ev in st.evidence]
    aligned = align(text, passages, look.vocabulary, look.name_spans(text))
    signed = set().union(*(forms(w) for w in st.signed_off))
    quotes = [words(normalise(ev.quote)) for ev in st.evidence]
    return _problem(text, aligned, signed, _names(text, look)) \
        or _describes(text, aligned, signed, quotes, look)


def _describes(text: str, aligned: list[Aligned], signed: set[str], quotes: list, look: Lookup
               ) -> str | None:
    """A signed-off word right before a word of the passages that the passages print with no
    such word before it ("a civilian target" for "a target"): it describes the thing, a fact;
    in place of a passage's own describing word ("a pivotal step" for "a crucial step") it
    rewords."""
    keys = look.vocabulary.keys
    for first, second in pairwise(aligned):
        if not first.word.forms & signed or second.passage is None or second.word.forms & signed \
                or text[first.word.end:second.word.start].strip():
            continue
        wanted = keys(second.word.text)
        before = [theirs[j - 1] if j else None for theirs in quotes for j, w in enumerate(theirs)
                  if keys(w.text) & wanted]
        if before and all(b is None or b.stop for b in before):
            return (f"signs off '{first.word.text}' before '{second.word.text}', which its "
                    "passages print with no such word: a description of the thing is a fact")
    return None


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if st.signed_off and (found := problem(st, look)) is not None:
            yield Finding((*st.path[:-1], "signoff", "words"), f"the statement {found}",
                          "quote a passage that says it, or sign off only a word that rewords "
                          "what the passage says")
