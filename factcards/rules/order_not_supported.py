"""A statement keeps who acted first: a party its passages have answer another ("Fernley's
response to Alderbrook's vote") did not act first, and the one they have act first did not answer."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import CardFile, Finding, Lookup, headline, statements
from factcards.text.order import ANSWER, FIRST, contradicted, order
from factcards.text.verbatim import normalise

ID = "order-not-supported"
SCOPE = "valid"
SUMMARY = ("A statement or title that says a party acted first ('struck first', 'before "
           "Alderbrook') rests on passages that do not have that party answer another ('retaliatory "
           "strikes', 'in response', 'after'); one that has a party answer rests on passages "
           "that do not have it act first. A passage is read in its whole sentence: 'Alderbrook voted, "
           "followed by Fernley's response' tells who acted first, wherever the quote stops.")
FIX = "Keep the order the passages give, or quote the passage that gives yours."
_EXAMPLE = """\
id: example
title: Fernley plans bus diversions
date: "2030-03-13"
organizations:
  - fernley-parish-council
claims:
  - text: Fernley Parish Council met in response to Alderbrook's vote to plan bus diversions.
    evidence:
      - source: bridge-closure-moved
        quote: >-
          In response to Alderbrook's vote, Fernley Parish Council met on Wednesday to plan bus
          diversions
"""
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("met in response to Alderbrook's vote to plan",
                                       "met before Alderbrook's vote to plan"))



def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    speech = look.vocabulary.speech
    for st in [*statements(cf), *headline(cf)]:
        text = normalise(st.text)
        stated = order(text, look.parties(text), speech)
        if not stated:
            continue
        given: dict[str, set[str]] = {}
        for ev in st.evidence:  # the quote's sentence: "..., followed by Fernley's retaliatory"
            quote = normalise(sentence(look, ev))
            for party, said in order(quote, look.parties(quote, statement=False), speech).items():
                given.setdefault(party, set()).update(said)
        found = contradicted(stated, _with_the_other(given, stated))
        if found is not None:
            party, what = found
            who = look.party_name(party)
            yield Finding(st.path, f"has '{who}' {'act first' if what == FIRST else 'answer'}, but "
                          f"its passages have '{who}' {'answer another' if what == FIRST else 'act first'}",
                          "keep the order the passages give, or quote the passage that gives yours")


def _with_the_other(given: dict[str, set[str]], stated: dict[str, set[str]]) -> dict[str, set[str]]:
    """What the passages say of order, and of the other party where they speak of one only:
    if only Fernley answered, the other country the statement names acted first."""
    if len(given) != 1:
        return given
    ((party, said),) = given.items()
    others = [p for p in stated if p != party]
    if len(said) != 1 or not party.startswith("~") or len(others) != 1 or not others[0].startswith("~"):
        return given
    other = ANSWER if said == {FIRST} else FIRST
    return {**given, others[0]: {other}}
