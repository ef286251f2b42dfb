"""A word keeps the party its passage gives it: "Fernley's chief engineer" where the passage
has Alderbrook's, "the station in Fernley" where it has "in Alderbrook", "Liberal Alderbrook"
where it has "Liberal Fernley and ... Labour Alderbrook". Every word is in the passage; which party it belongs
to is not."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, headline, statements
from factcards.text.attach import Link, links, misattached
from factcards.text.verbatim import normalise
from factcards.text.words import forms, words

ID = "party-misattached"
SCOPE = "valid"
SUMMARY = ("A word that belongs to a party in the statement belongs to the same party in its "
           "passage: owned by it ('Alderbrook's engineer', 'Alderbrook Mayor', 'Mayor of "
           "Alderbrook') or placed in it ('in Alderbrook'). Where the passage links that word, "
           "the same way, only to other parties, the statement has moved it.")
FIX = "Give the word the party the passage gives it, or quote the passage that says so."
EXAMPLE_KIND = "background"
_EXAMPLE = """\
id: example
title: Residents of Fernley cross the bridge
claims:
  - text: Many residents of Fernley cross the bridge to reach the station in Alderbrook.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "many residents of Fernley cross the bridge to reach the station in Alderbrook"
"""
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("of Fernley cross the bridge to reach the station in Alderbrook.",
                                       "of Alderbrook cross the bridge to reach the station in Fernley."))


def text_links(text: str, look: Lookup, statement: bool = True) -> list[Link]:
    vocabulary = look.vocabulary
    spans = []
    for a, b, key in look.parties(text, statement):
        first = words(text[a:b])
        named = look.name_spans(text[a:b]) if key.startswith("~") and len(first) > 1 else []
        if named:  # "Alderbrook Town Council": the party, then what it owns
            spans += [(a, a + first[0].end, key), (a + first[1].start, b, named[0][2])]
        else:
            spans.append((a, b, key))
    return links(text, spans, forms, lambda key: key in vocabulary.party_groups)


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in [*statements(cf), *headline(cf)]:
        if st.path[0] == "roles":
            continue  # a role belongs to the card's own subject: role-not-the-subjects
        stated = text_links(normalise(st.text), look)
        if not stated:
            continue
        given = [link for ev in st.evidence
                 for link in text_links(normalise(ev.quote), look, statement=False)]
        found = misattached(stated, given)
        if found is not None:
            mine, theirs = found
            other = ", ".join(sorted({repr(look.party_name(g.party)) for g in theirs}))
            yield Finding(st.path, f"gives '{mine.word}' to '{look.party_name(mine.party)}', but its "
                          f"passages give it to {other}",
                          "give the word the party the passage gives it, or quote the passage "
                          "that says so")
