"""A name a statement sets into a clause it takes from another passage: "the diversions will cost
Ruth Okafor 30,000 pounds" on one passage about what they cost bus companies and another that
names the mayor for something else. Every word stands in some passage, so the
word aligner finds nothing wrong; but the clause is one passage's, and the name is not in it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import event
from factcards.text.align import align
from factcards.text.verbatim import normalise
from factcards.text.words import words

ID = "name-from-another-passage"
SCOPE = "valid"
SUMMARY = ("A name (a person or organisation with a card, not a country or its capital by one "
           "word) in a "
           "clause of a statement resting on several passages stands in the passage that gives "
           "the clause its words. Where one passage gives the clause most of its other words and "
           "does not name it (nor does its paragraph), and each passage that does name it gives "
           "the clause none of its words that one does not, and lacks two that it gives, the "
           "statement has set the name into another passage's clause: 'the diversions will cost "
           "Ruth Okafor 30,000 pounds' on a passage about what they cost bus companies and one "
           "that names the mayor for something else. A name set off by commas is read in the "
           "clause around it ('the mayor, Ruth Okafor, said ...'), and a passage that prints "
           "the words set before it ('the mayor') may mean it. A passage that speaks of someone without "
           "naming them ('the pair', 'these groups', 'they') may mean the name, unless its "
           "paragraph names another of its kind. A clause ends at a comma, a semicolon, a colon, "
           "a bracket, a dash, or before a word that opens another ('after', 'when', 'while', "
           "'because').")
FIX = "Name in the clause whom its passage names, or quote the passage that names yours there."
_COST = """\
  - text: The diversions will cost {} at least 30,000 pounds.
    evidence:
      - source: bridge-closure-moved
        quote: >-
          The diversions, which each council has planned, will cost bus companies in Alderbrook
          and Fernley at least 30,000 pounds
      - source: council-votes-to-close-bridge
        quote: "The Mayor of Alderbrook, Ruth Okafor, said the bridge would close on April 1"
"""
EXAMPLES = (event("claims:\n", "claims:\n" + _COST.format("bus companies")),
            event("claims:\n", "claims:\n" + _COST.format("Ruth Okafor")))
_CLAUSE = re.compile(r"[,;:()\[\]]|\s[-–—]\s|\s(?=(?:after|before|when|while|because|since|until|"
                     r"although|though|whereas)\s)", re.IGNORECASE)
LEAST = 2  # words of a clause only its passage gives, before a name from another stands out


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of `text` that holds the span start..end; a name set off by
    commas ("Fernley's clerk, Dana Whitlow, said") is read in the clause around it."""
    before = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    after = _CLAUSE.search(text, end)
    a, b = (before[-1] if before else 0), (after.start() if after else len(text))
    if text[a:start].strip() or text[end:b].strip(" .") or not before:
        return a, b
    outer = [m.end() for m in _CLAUSE.finditer(text, 0, before[-1] - 1)]
    further = _CLAUSE.search(text, after.end()) if after else None
    return (outer[-1] if outer else 0), (further.start() if further else len(text))


def _apposed(text: str, clause: tuple[int, int], start: int) -> str:
    """The words a statement sets before a name set off by commas ("Fernley's clerk" in
    "Fernley's clerk, Dana Whitlow, said"): a passage that prints them may mean the name."""
    a, _ = clause
    return text[a:start].rstrip(" ,") if "," in text[a:start] else ""


# Words with which a passage speaks of someone it does not name there: a pronoun ("they"), a
# demonstrative before a noun ("these groups"), or a number of those named before ("the pair").
_REFERS = re.compile(r"\b(?:he|she|they|him|her|them|his|their|(?:these|those|this|that)\s+[a-z]+|"
                     r"the\s+(?:pair|two|three|duo|trio)|both)\b", re.IGNORECASE)


def _may_mean(ev: Evidence, key: str, named: set[str], look: Lookup) -> bool:
    """Whether the passage may speak of the entity `key` without naming it: its quote refers to
    someone ("the pair", "these groups") and its paragraph names no one else of that kind for
    it to mean (a statement's own names aside)."""
    if not _REFERS.search(normalise(ev.quote)):
        return False
    kind = key.split("/", 1)[0]
    return not any(k == kind and f"{k}/{ident}" not in named
                   for k, ident in look.mentioned(look.context(ev)))


def moved(text: str, evidence: list[Evidence], look: Lookup) -> list[tuple[str, str]]:
    """(name, source) for each name the statement sets into a clause that the passage in
    `source` gives its words and does not name it in."""
    if len(evidence) < 2:
        return []
    names = look.name_spans(text)
    found: list[tuple[str, str]] = []
    for start, end, key in names:
        named = words(text[start:end])
        if len(named) == 1 and look.vocabulary.party(named[0].text):
            continue  # a country and its capital go by many words; the party rules read them
        around = [key in look.passage_keys(ev) for ev in evidence]
        if not any(around) or all(around):
            continue
        a, b = _clause(text, start, end)
        clause = text[a:b]
        described = _apposed(text, (a, b), start)
        opening = len(text) - len(text.lstrip())  # the statement's first word may be capitalised
        given = [{w.word.lower for w in align(clause, [look.quote_keys(ev)], look.vocabulary)
                  if w.passage is not None
                  and not (w.word.text[:1].isupper() and a + w.word.start != opening)
                  and not any(s <= a + w.word.start < e for s, e, _ in names)} for ev in evidence]
        best = max(range(len(evidence)), key=lambda i: (len(given[i]), around[i]))
        if not around[best] and all(
                given[i] <= given[best] and len(given[best] - given[i]) >= LEAST
                for i, named in enumerate(around) if named) and not _may_mean(
                    evidence[best], key, {k for _, _, k in names}, look) and not (
                    described and all(w.passage is not None for w in align(
                        described, [look.quote_keys(evidence[best])], look.vocabulary))):
            found.append((text[start:end], evidence[best].source))
    return found


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        for name, source in dict.fromkeys(moved(normalise(st.text), st.evidence, look)):
            yield Finding(st.path, f"sets '{name}' into a clause whose words come from its passage "
                          f"in '{source}', which names someone else there: '{name}' comes from "
                          "another passage", "name whom the clause's passage names, or quote "
                          "the passage that names yours there")
