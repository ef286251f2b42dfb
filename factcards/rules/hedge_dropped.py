"""A statement keeps its passage's hedge: "the alleged bases", "appeared to send", "it is thought
that" make a report less than a fact, and a statement that drops the hedge states as fact what
the source does not."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.text.verbatim import normalise
from factcards.text.words import forms, words

ID = "hedge-dropped"
SCOPE = "valid"
SUMMARY = ("Where every passage a statement rests on hedges what it says ('alleged', 'appeared "
           "to', 'it is thought', 'scheduled to': the project's `hedges`), the statement keeps a "
           "hedge or says whose account it is ('according to', 'one source says').")
FIX = "Keep the passage's hedge, or say whose account it is."
EXAMPLE_KIND = "background"
_EXAMPLE = """\
id: example
title: Pakistan launches an airstrike
organizations:
  - government-of-pakistan
claims:
  - text: Pakistan launched an airstrike against what it alleges were hideouts of armed groups.
    evidence:
      - source: iranian-fm-visits-pakistan-to-patch-up-relations
        quote: "it launched an airstrike against what it alleges were hideouts of armed groups"
"""
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("against what it alleges were hideouts of armed groups.",
                                       "against hideouts of armed groups."))

REACH = 4  # content words after a hedge that it covers ("alleged bases of the ... group")


def _hedged(text: str, look: Lookup) -> tuple[dict[str, str], set[str]]:
    """The forms of the words a passage hedges (each with its hedge), and of those it states
    plainly."""
    tokens = words(normalise(text))
    covered: dict[int, str] = {}
    for i, word in enumerate(tokens):
        if word.forms & look.hedges:
            content = [j for j in range(i + 1, len(tokens)) if not tokens[j].stop][:REACH]
            covered.update({j: word.text for j in content if j not in covered})
    hedged = {form: covered[j] for j in covered for form in tokens[j].forms}
    plain = {form for j, w in enumerate(tokens) if j not in covered and not w.forms & look.hedges
             for form in w.forms}
    return hedged, plain


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if not st.evidence or not st.prose:
            continue
        text = normalise(st.text)
        mine = [w for w in words(text) if not w.stop]
        signed = set().union(*(forms(w) for w in st.signed_off))  # a sign-off is no hedge
        if any(w.forms & look.hedges and not w.forms & signed for w in mine) \
                or look.attribution.search(text):
            continue
        hedged: dict[str, str] = {}
        plain: set[str] = set()
        for ev in st.evidence:
            h, p = _hedged(ev.quote, look)
            hedged.update(h)
            plain |= p
        found = next((w for w in mine if w.forms & hedged.keys() and not w.forms & plain), None)
        if found is not None:
            hedge = next(hedged[f] for f in found.forms if f in hedged)
            yield Finding(st.path, f"states '{found.text}' as fact, which its passage hedges "
                          f"('{hedge}')", "keep the passage's hedge, or say whose account it is "
                          "('according to ...')")
