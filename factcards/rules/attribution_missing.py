"""A contested statement says who says so, and that party is named next to the quote."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.text.verbatim import normalise
from factcards.text.words import SENTENCE_BREAK, can_be_noun, can_be_verb, only_verb, words

ID = "attribution-missing"
SCOPE = "valid"
SUMMARY = ("A contested statement — one using a word of the project's `contested` vocabulary, "
           "such as deaths, casualties or targets — says who says so (a word of its `attribution` "
           "vocabulary: 'according to ...', '... said'); and a party a statement is attributed to "
           "is named in or next to a quoted passage. Words naming people ('the dead') or "
           "describing a noun ('target date') state nothing contested. A role that says what "
           "its holder did ('Closed the road') where every passage gives the act only as "
           "someone's claim ('Fernley said that its crews closed the road', 'accuses Fernley of "
           "closing the road', in the quote's sentence) says whose claim it is.")
FIX = "Write 'according to ...' or '... said', quoting where they say it."
_EXAMPLE = """\
id: example
title: The bridge is unsafe for lorries, a report says
claims:
  - text: The bridge was unsafe for lorries, according to a report presented at the meeting.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "the bridge was unsafe for lorries, according to a report presented at the meeting"
"""
EXAMPLE_KIND = "background"
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("for lorries, according to a report presented at the meeting.\n",
                                       "for lorries.\n"))

CLAUSE = re.compile(r"[.;:](?:\s|$)")
NEAR = 150  # characters around a quote that count as "next to" it


def _contested(clause: str, look: Lookup) -> str | None:
    """The first word of the project's contested vocabulary the clause states as a fact: not
    one naming people ("the dead", "families of the dead") or describing a noun ("target
    date")."""
    vocabulary = frozenset(w.lower() for w in look.settings.contested)
    tokens = words(clause)
    for i, word in enumerate(tokens):
        if word.lower not in vocabulary:
            continue
        before = tokens[i - 1].lower if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        describes = after is not None and not only_verb(word.text) and can_be_noun(after.text)
        if before == "the" or describes:
            continue
        return word.text
    return None


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if st.prose:
            yield from _attributed(st.path, st.text, st.evidence, look)
        elif st.path[0] == "roles":  # its first act, where it names no speaker
            first = normalise(st.text.split(";")[0])
            claimed = None if look.attribution.search(first) else _only_claimed(first, st.evidence, look)
            if claimed:
                yield Finding(st.path, f"says its holder did '{claimed}', which its passages give "
                              "only as someone's claim ('... said that ...')",
                              "say whose claim it is ('says its missiles hit ...'), or quote a "
                              "passage that states it")


def _only_claimed(role: str, evidence: list[Evidence], look: Lookup) -> str | None:
    """The act a role opens with ("Closed the road") where every passage that tells it
    reports it as someone's claim ("Fernley said that its crews closed the road", "accuses
    Fernley of closing the road"), read in the quote's sentence where the quote leaves the act
    out."""
    tokens = words(role)
    if len(tokens) < 2 or tokens[1].lower == "of" or not can_be_verb(tokens[0].lower):
        return None  # "Head of the council" names an office
    verb = tokens[0]
    told = claimed = 0
    for ev in evidence:
        quote = normalise(ev.quote)
        if not any(w.forms & verb.forms for w in words(quote)):  # "attacks against the military":
            quote = normalise(sentence(look, ev))  # the act it quotes is told in its sentence
        for part in SENTENCE_BREAK.split(quote):
            found = next((w for w in words(part) if w.forms & verb.forms), None)
            if found is None:
                continue
            told += 1
            before = part[:found.start]
            said = list(look.attribution.finditer(before))  # the nearest report: "said that"
            claimed += bool((said and _CLAIM.match(before, said[-1].end())) or _ACCUSED.search(before))
    return verb.text if told and claimed == told else None


_CLAIM = re.compile(r"\s+(?:\w+\s+){0,2}?(?:that|what)\s", re.IGNORECASE)
_ACCUSED = re.compile(r"\baccus\w*\s+(?:\S+\s+){0,4}?of\s+$", re.IGNORECASE)  # "accuses Fernley of"


def _attributed(path: tuple, text: str, evidence: list[Evidence], look: Lookup) -> Iterator[Finding]:
    text = normalise(text)
    for clause in CLAUSE.split(text):
        contested = _contested(clause, look)
        if contested and not look.attribution.search(clause):
            yield Finding(path, f"'{contested}' makes this a contested statement, but "
                          f"'{clause.strip()}' states it as fact",
                          "say who says so: 'according to ...', '... said'")
            return
    marker = look.attribution.search(text)
    if marker is None:
        return
    named = look.named(text)
    if marker.group().lower() == "according to":
        party = next(((k, i) for at, k, i in named if at > marker.start()), None)
    else:
        party = next(((k, i) for at, k, i in reversed(named) if at < marker.start()), None)
    if party is None or any(_near(look, ev, *party) for ev in evidence):
        return
    yield Finding(path, f"attributed to '{party[1]}', who is not named in or next to any quoted "
                  "passage", "quote the passage in which they say it")


def _near(look: Lookup, ev: Evidence, kind: str, key: str) -> bool:
    """Whether the party is named near the quote, or is who the quote's short name ("the
    Ministry") stands for."""
    if (kind, key) in look.coreferents(ev):
        return True
    text = look.sources.get(ev.source)
    spans = text.locate(ev.quote) if text else None
    if not spans:
        return False
    start, end = spans[0][0], spans[-1][1]
    return (kind, key) in look.mentioned(text.body[max(0, start - NEAR):end + NEAR])  # type: ignore[union-attr]
