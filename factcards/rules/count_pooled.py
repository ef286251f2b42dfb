"""A count a passage gives for several parties' happenings together ("The diversions, which
each council has planned, will cost ...") is no count of one party's: a key figure's label or a
statement that gives it to one ("Fernley's diversion") takes the others' share too; and one
party's count is not given to all the happenings together."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import OVERVIEW
from factcards.text.distributive import OF_PARTIES
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import SENTENCE_BREAK, words

ID = "count-pooled"
SCOPE = "valid"
SUMMARY = ("A count given to one party's happening, in the singular ('Fernley's diversion'), in a "
           "key figure's label or a statement, rests on a passage that counts that happening of "
           "that party: where the sentence giving the number counts the happenings of several "
           "parties together ('The diversions, which each council has planned, will cost ...'), "
           "the count is of them all ('both councils' diversions'). The other way round, a count "
           "given to several happenings together ('both diversions', 'on both sides') does not "
           "rest on a part of a sentence that gives it to one party's ('the Fernley diversion').")
FIX = "Say what the passage counts: the happenings of all the parties together, or the one."
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
_ADJECTIVE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([A-Z][\w-]*)\s+([a-z][\w-]*)")  # "the Fernley vote"


def _owned(label: str, v: Vocabulary) -> tuple[str, str, frozenset[str]] | None:
    """The words that give a happening to one party ("Fernley's diversion", "Fernley's
    closures", "the Fernley closure"; in the plural or after an adjective, only a word the
    settings make a verb's equivalent), the happening's word and its keys."""
    for m in (*_OWNED.finditer(label), *_ADJECTIVE.finditer(label)):
        party, thing = m.groups()
        happening = bool(v.keys(thing) & v.verb_groups)  # "strikes", not "ambassadors"
        if v.party(party) and (happening or (not thing.endswith("s") and m.re is _OWNED)):
            return m.group(), thing, v.keys(thing)
    return None


def pooled(text: str, values: set, keys: frozenset[str], v: Vocabulary) -> str | None:
    """The plural happening a sentence of `text` counts one of `values` for, with a word
    that pools them ("each", "both", "all") in the part of the sentence that gives it."""
    for part in _giving(text, values):
        tokens = words(part)
        plural = next((w.text for w in tokens if w.lower.endswith("s") and v.keys(w.text) & keys
                       and not w.text[:1].isupper()), None)
        if plural and any(w.lower in OF_PARTIES for w in tokens):
            return plural
    return None


_PARTS = re.compile(r",\s+(?:while|whereas)\b|;")
_POOLING = re.compile(rf"\b(?:{'|'.join(sorted(OF_PARTIES | {'together'}))})\b", re.IGNORECASE)
_PLURAL = re.compile(r"\b(?:both|all|the)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*s)\b", re.IGNORECASE)


def _pooling(label: str, v: Vocabulary) -> tuple[str, frozenset[str]] | None:
    """The plural happening a label pools several parties' counts over ("the strikes on both
    sides", "both strikes together"), with its keys."""
    if not _POOLING.search(label):
        return None
    m = next((m for m in _PLURAL.finditer(label) if v.keys(m.group(1)) & v.verb_groups), None)
    return (m.group(1), v.keys(m.group(1))) if m else None  # a happening: "strikes", not "countries"


def single(text: str, values: set, keys: frozenset[str], v: Vocabulary) -> str | None:
    """The one party's happening the part of a sentence of `text` that gives one of `values`
    counts it for ("two children were killed in the Fernley attack"), where that part pools
    nothing."""
    for part in _giving(text, values):
        if _POOLING.search(part):
            continue
        for before, w in pairwise(words(part)):
            owner = before.text.removesuffix("'s").removesuffix("’s")
            if not w.lower.endswith("s") and v.keys(w.text) & keys and v.party(owner):
                return f"{before.text} {w.text}"
    return None


def _giving(text: str, values: set) -> Iterator[str]:
    """The parts of the sentences of `text` (each side of a "while") that give one of `values`."""
    for whole in SENTENCE_BREAK.split(text):
        for part in _PARTS.split(whole):
            if any(val in values for n in numbers_in(part, one_is_a_number=True) for val in n.value):
                yield part


def _counted(cf: CardFile) -> Iterator[tuple[tuple, str, str, list]]:
    """(path, text, value, evidence) of each count: a key figure's label and value, and each
    statement with the numbers it gives."""
    for i, figure in enumerate(getattr(cf.card, "figures", None) or []):
        yield ("figures", i, "label"), normalise(figure.label), normalise(figure.value), figure.evidence
    for st in statements(cf):  # each part on its own: "casualties on both sides: X reported nine"
        for part in _STATED_PARTS.split(normalise(st.text)):
            yield st.path, part, part, st.evidence


_STATED_PARTS = re.compile(r"[:;]|,\s+(?:while|whereas)\b")


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    v = look.vocabulary
    for path, label, value, evidence in _counted(cf):
        pools = _pooling(label, v)
        owned = None if pools else _owned(label, v)  # "X's strike followed; both strikes killed"
        values = {val for n in numbers_in(value, one_is_a_number=True) for val in n.value} \
            if pools or owned else set()
        if not values:
            continue
        found = next((p for ev in evidence if (p := pooled(sentence(look, ev), values, owned[2], v))),
                     None) if owned else None
        if found is not None:
            yield Finding(path, f"gives the count to '{owned[0]}', but its passage counts the "
                          f"{found} of several parties together",
                          "say what the passage counts: the happenings of all the parties together")
            continue
        one = next((p for ev in evidence if (p := single(sentence(look, ev), values, pools[1], v))),
                   None) if pools else None
        if one is not None:
            yield Finding(path, f"gives the count to '{pools[0]}' together, but its passage counts "
                          f"it for '{one}' alone", "say what the passage counts: that one happening")
