"""A key figure is credited to whoever its passage says gave it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import ENTITIES, CardFile, Finding, Lookup
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise

ID = "reporter-not-speaker"
SCOPE = "valid"
KINDS = ("overview",)
SUMMARY = ("A key figure's `reported_by` is the party its passage names as giving the number (next "
           "to 'reported', 'said', 'according to' in the sentence with the number), or the source "
           "itself when the article gives the number in its own voice.")
FIX = "Credit the party the passage credits with the number."
EXAMPLE_KIND = "overview"
_HOME = """\
id: example
title: Alderbrook votes to close the Mill Lane bridge
summary:
  - text: Alderbrook Town Council voted to close the Mill Lane bridge.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "On Monday evening, Alderbrook Town Council voted to close the Mill Lane bridge"
figures:
  - label: Estimated cost of the repairs
    value: 1.2 million pounds
    reported_by: alderbrook-town-council
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Alderbrook Town Council said the repairs would cost an estimated 1.2 million pounds"
"""
EXAMPLES = (_HOME, _HOME.replace("reported_by: alderbrook-town-council",
                                 "reported_by: fernley-parish-council"))


def _with_number(text: str, values: set) -> list[str]:
    """The sentences of `text` that give one of the values."""
    return [s for s in re.split(r"(?<=[.;])\s", text)
            if any(v in values for n in numbers_in(s, one_is_a_number=True) for v in n.value)]


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for i, figure in enumerate(getattr(cf.card, "figures", None) or []):
        who = figure.reported_by
        if any(ev.source == who for ev in figure.evidence):
            continue  # the article's own number
        if not any(look.known(kind, who) for kind in ENTITIES):
            continue  # no valid card to name them by: its own problem is reported
        values = {v for n in numbers_in(normalise(figure.value), one_is_a_number=True) for v in n.value}
        keys = {f"{kind}/{who}" for kind in ENTITIES} | {
            party for spelling, owners in look.owners.items() for kind, key in owners if key == who
            for party in [look.vocabulary.party(spelling.split()[0])] if party}
        heard: set[str] = set()
        for ev in figure.evidence:
            for part in _with_number(sentence(look, ev), values) or [sentence(look, ev)]:
                heard |= set().union(*look.speaking(part, statement=False, ev=ev))
        if not keys & heard:
            names = sorted(look.party_name(k) for k in heard if not k.startswith("~")) or ["nobody"]
            yield Finding(("figures", i, "reported_by"), f"the passage gives the number as said by "
                          f"{', '.join(repr(n) for n in names)}, not '{who}'",
                          "credit the party the passage credits with the number")
