"""A statement's clauses as speech: its parts (sentences, each side of a "while", a comma that
brings in a speaker of its own), each speaker's clause after "after" or "when", a speaker's two
reports joined by "and" ("said A, and that B"; "confirmed A and revealed B"), and a claim that
answers another party's. Each clause is judged by the passage part that says it, with its own
speaker."""

from __future__ import annotations

import re

from factcards.rules.context import Lookup
from factcards.text.speakers import owned_claims
from factcards.text.words import words

_PARTS = re.compile(r"(?<=[^.][.;])\s+|,\s+(?=(?:while|whereas|but)\s)")  # not at an elision
_COMMAS = re.compile(r",\s+")
SUBJECT = 4  # words of a new speaker after a comma: ", Fernley's parish clerk said"


def split_parts(text: str, look: Lookup) -> list[str]:
    """A text's parts: sentences, each side of a "while", and a comma that opens a clause
    with a speaker of its own ("While Alderbrook said ..., Fernley countered ...")."""
    parts = []
    for part in _PARTS.split(text):
        last = 0
        for comma in _COMMAS.finditer(part):
            ahead = part[comma.end():]
            said = look.attribution.search(ahead)
            if said and said.group().lower() != "according to" and \
                    len(words(ahead[:said.start()])) in range(1, SUBJECT + 1) and \
                    look.parties(ahead[:said.start()], statement=False):
                parts.append(part[last:comma.start()])
                last = comma.end()
        parts.append(part[last:])
    return [p for p in parts if p.strip()]
_JOINED = re.compile(r",\s+(?=and\s)")  # "X said A, and Y said B": two clauses, if both speak


def clauses(text: str, look: Lookup) -> list[str]:
    """The statement's clauses: its parts (`split_parts`), each speaker's clause after "after"
    or "when" (`_subordinate`), and, where a part credits two speakers, the part each
    speaker's ", and" begins: each clause is judged by the part of a passage that says it,
    with its own speaker."""
    found = []
    parts = [part for whole in split_parts(text, look) for part in _subordinate(whole, look)]
    for part in parts:
        pieces = _JOINED.split(part)
        if len(pieces) == 1 or len(look.speaking(part)) < 2:
            found.append(part)
            continue
        found.append(pieces[0])
        for piece in pieces[1:]:
            if look.speaking(piece):
                found.append(piece)
            else:
                found[-1] += ", " + piece
    return [piece for clause in found for told in _told(clause, look) for piece in _owned(told, look)]


_SUBORDINATE = re.compile(r"\s(?:after|before|when|as|since|until)\s", re.IGNORECASE)


def _subordinate(part: str, look: Lookup) -> list[str]:
    """A part whose "after", "before" or "when" opens a clause with a speaker of its own, after
    a clause with a speaker too, as two: "Fernley announced it the day after Alderbrook said
    so" is Fernley's up to "after" and Alderbrook's from there."""
    if not look.speaking(part):
        return [part]
    for cut in _SUBORDINATE.finditer(part):
        head, tail = part[:cut.start()], part[cut.end():]  # a head's speaker may be no party's
        if (look.speaking(head) or look.attribution.search(head)) and look.speaking(tail):
            return [head, *_subordinate(tail, look)]
    return [part]


_AND_THAT = re.compile(r",?\s+and\s+that\s+")
_AND = re.compile(r",?\s+and\s+")


def _told(clause: str, look: Lookup) -> list[str]:
    """A speaker's two reports as two clauses, each with the speaker: "Fernley said that A, and
    that B" is "Fernley said that A" and "Fernley said that B", and "Fernley confirmed A and
    revealed B" is "Fernley confirmed A" and "Fernley revealed B"; each is judged by the
    passage that says it."""
    for joint in _AND.finditer(clause):  # "Fernley confirmed A and revealed that B"
        head, verb = clause[:joint.start()], look.attribution.search(clause[:joint.start()])
        if verb and look.attribution.match(clause, joint.end()) and look.parties(head[:verb.start()]):
            return [head, *_told(clause[:verb.start()] + clause[joint.end():], look)]
    first = re.search(r"\bthat\s", clause)
    pieces = _AND_THAT.split(clause)
    if first is None or len(pieces) == 1 or not look.speaking(clause[:first.start()]):
        return [clause]
    return [pieces[0], *(clause[:first.end()] + piece for piece in pieces[1:])]


def _owned(clause: str, look: Lookup) -> list[str]:
    """A clause that answers a claim another party owns, as its two parts: "Alderbrook denies
    Fernley's charge" (Alderbrook's) and "Fernley's charge that the bridge is unsafe"
    (Fernley's)."""
    parties = [(a, b, frozenset({key})) for a, b, key in look.parties(clause)]
    for party, _, that in owned_claims(clause, parties):
        if party[0] and look.speaking(clause[:that]):
            return [clause[:that], clause[party[0]:]]
    return [clause]
