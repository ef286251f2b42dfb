"""A key figure is credited to whoever its passage says gave it, read in the part of the sentence
that gives the number: in "Alderbrook counted nine, while Fernley said twelve" the twelve is
Fernley's. A figure credited to its source is one the article gives in its own voice."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import ENTITIES, CardFile, Finding, Lookup
from factcards.rules.examples import OVERVIEW
from factcards.rules.speech_clauses import split_parts
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise

ID = "reporter-not-speaker"
SCOPE = "valid"
KINDS = ("overview",)
SUMMARY = ("A key figure's `reported_by` is the party its passage names as giving the number (next "
           "to 'reported', 'said', 'according to' in the part of the sentence with the number: "
           "each side of a 'while' is its own), or the source itself when the article gives the "
           "number in its own voice, crediting no one (and then one of its passages is from that source).")
FIX = "Credit the party the passage credits with the number."
EXAMPLE_KIND = "overview"
_HOME = OVERVIEW + """\
  - label: Estimated cost of the repairs
    value: 1.2 million pounds
    reported_by: alderbrook-town-council
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Alderbrook Town Council said the repairs would cost an estimated 1.2 million pounds"
"""
EXAMPLES = (_HOME, _HOME.replace("reported_by: alderbrook-town-council",
                                 "reported_by: fernley-parish-council"))


def _with_number(text: str, values: set, look: Lookup) -> list[str]:
    """The parts of `text` (sentences, each side of a "while", a clause with a speaker of its
    own) that give one of the values."""
    return [s for s in split_parts(text, look)
            if any(v in values for n in numbers_in(s, one_is_a_number=True) for v in n.value)]


def _heard(look: Lookup, ev: Evidence, values: set, fallback: bool = True) -> set[str]:
    """Who the quote's sentence says gives the number: the speakers of the parts that give
    it (with `fallback`, of the whole sentence where no part does)."""
    whole = sentence(look, ev)
    parts = _with_number(whole, values, look) or ([whole] if fallback else [])
    return {key for part in parts for keys in look.speaking(part, statement=False, ev=ev) for key in keys}


def _names(look: Lookup, heard: set[str]) -> str:
    return ", ".join(repr(n) for n in sorted(look.party_name(k) for k in heard
                                             if not k.startswith("~")) or ["nobody"])


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for i, figure in enumerate(getattr(cf.card, "figures", None) or []):
        who = figure.reported_by
        values = {v for n in numbers_in(normalise(figure.value), one_is_a_number=True) for v in n.value}
        if any(ev.source == who for ev in figure.evidence):  # the article's own number
            heard = set().union(*(_heard(look, ev, values, fallback=False) for ev in figure.evidence))
            if any(not k.startswith("~") for k in heard):
                yield Finding(("figures", i, "reported_by"), f"the passage gives the number as said "
                              f"by {_names(look, heard)}, not in the article's own voice",
                              "credit the party the passage credits with the number")
            continue
        if who in look.sources:  # a source that none of the passages is from gives nothing
            yield Finding(("figures", i, "reported_by"), f"credits the source '{who}', but none "
                          "of the figure's passages is from it",
                          "credit the party the passage credits with the number")
            continue
        if not any(look.known(kind, who) for kind in ENTITIES):
            continue  # no valid card to name them by: its own problem is reported
        keys = {f"{kind}/{who}" for kind in ENTITIES} | {
            party for spelling, owners in look.owners.items() for kind, key in owners if key == who
            for party in [look.vocabulary.party(spelling.split()[0])] if party}
        heard = set().union(*(_heard(look, ev, values) for ev in figure.evidence))
        if not keys & heard:
            yield Finding(("figures", i, "reported_by"), f"the passage gives the number as said by "
                          f"{_names(look, heard)}, not '{who}'",
                          "credit the party the passage credits with the number")
