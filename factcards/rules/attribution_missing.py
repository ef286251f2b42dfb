"""A contested statement says who says so, and that party is named next to the quote."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.verbatim import normalise

ID = "attribution-missing"
SCOPE = "valid"
SUMMARY = ("A contested statement — deaths, casualties, injuries, targets — says who says so; and "
           "a party a statement is attributed to is named in or next to a quoted passage.")
FIX = "Write 'according to ...' or '... said', quoting where they say it."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Pakistan recalled its ambassador from Iran, whose "
                                    "strike had killed children."))

CONTESTED = re.compile(r"\b(?:killed|killing|kill|dead|deaths?|died|casualt\w*|fatalit\w*|injured|"
                       r"wounded|target\w*|hideouts?)\b", re.IGNORECASE)
ATTRIBUTION = re.compile(r"\b(?:said|says|say|reported|reports|report|claimed|claims|claim|"
                         r"announced|accused|accuses|according to|called|calls|alleged|alleges|"
                         r"confirmed|named|counted|stated|denies|denied)\b", re.IGNORECASE)
CLAUSE = re.compile(r"[.;:](?:\s|$)")
NEAR = 150  # characters around a quote that count as "next to" it


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if st.prose:
            yield from _attributed(st.path, st.text, st.evidence, look)


def _attributed(path: tuple, text: str, evidence: list[Evidence], look: Lookup) -> Iterator[Finding]:
    text = normalise(text)
    for clause in CLAUSE.split(text):
        contested = CONTESTED.search(clause)
        if contested and not ATTRIBUTION.search(clause):
            yield Finding(path, f"'{contested.group()}' makes this a contested statement, but "
                          f"'{clause.strip()}' states it as fact",
                          "say who says so: 'according to ...', '... said'")
            return
    marker = ATTRIBUTION.search(text)
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
    text = look.sources.get(ev.source)
    spans = text.locate(ev.quote) if text else None
    if not spans:
        return False
    start, end = spans[0][0], spans[-1][1]
    return (kind, key) in look.mentioned(text.body[max(0, start - NEAR):end + NEAR])  # type: ignore[union-attr]
