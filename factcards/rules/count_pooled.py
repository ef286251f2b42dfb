"""A count a passage gives for several parties' happenings together ("The diversions, which
each council has planned, will cost ...") is no count of one party's: a key figure's label that
gives it to one ("Fernley's diversion") takes the others' share too."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import OVERVIEW
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import SENTENCE_BREAK, words

ID = "count-pooled"
SCOPE = "valid"
KINDS = ("overview",)
SUMMARY = ("A key figure whose label gives the count to one party's happening, in the singular "
           "('Fernley's diversion'), rests on a passage that counts that happening of that party: "
           "where the sentence giving the number counts the happenings of several parties "
           "together ('The diversions, which each council has planned, will cost ...'), the "
           "label says what the count is of ('both councils' diversions').")
FIX = "Label the figure with what the passage counts: the happenings of all the parties together."
EXAMPLE_KIND = "overview"
_HOME = OVERVIEW + """\
  - label: Cost to bus companies of the diversions each council has planned
    value: at least 30,000 pounds
    reported_by: bridge-closure-moved
    evidence:
      - source: bridge-closure-moved
        quote: >-
          The diversions, which each council has planned, will cost bus companies in Alderbrook
          and Fernley at least 30,000 pounds.
"""
EXAMPLES = (_HOME, _HOME.replace("of the diversions each council has planned",
                                 "of Fernley's diversion"))
_OWNED = re.compile(r"\b([\w-]+)['’]s\s+([a-z][\w-]*)")
_SEVERAL = frozenset({"both", "each", "all"})


def _owned(label: str, v: Vocabulary) -> tuple[str, str, frozenset[str]] | None:
    """The party and the singular happening a label gives it ("Fernley's diversion"), with the
    happening's keys."""
    for m in _OWNED.finditer(label):
        party, thing = m.groups()
        if v.party(party) and not thing.endswith("s"):
            return m.group(), thing, v.keys(thing)
    return None


def pooled(text: str, values: set, keys: frozenset[str], v: Vocabulary) -> str | None:
    """The plural happening a sentence of `text` counts one of `values` for, with several
    parties' happenings together ("each", "both", "all")."""
    for part in SENTENCE_BREAK.split(text):
        if not any(val in values for n in numbers_in(part, one_is_a_number=True) for val in n.value):
            continue
        tokens = words(part)
        plural = next((w.text for w in tokens if w.lower.endswith("s") and v.keys(w.text) & keys
                       and not w.text[:1].isupper()), None)
        if plural and any(w.lower in _SEVERAL for w in tokens):
            return plural
    return None


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    v = look.vocabulary
    for i, figure in enumerate(getattr(cf.card, "figures", None) or []):
        owned = _owned(normalise(figure.label), v)
        if owned is None:
            continue
        values = {val for n in numbers_in(normalise(figure.value), one_is_a_number=True) for val in n.value}
        found = next((p for ev in figure.evidence
                      if (p := pooled(sentence(look, ev), values, owned[2], v))), None)
        if found is not None:
            yield Finding(("figures", i, "label"), f"gives the count to '{owned[0]}', but its "
                          f"passage counts the {found} of several parties together",
                          "label the figure with what the passage counts")
