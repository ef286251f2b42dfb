"""Everyone a statement names, and everyone a card lists, is named by its evidence."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds import KINDS
from factcards.rules.context import ENTITIES, CardFile, Finding, Lookup, Statement, statements
from factcards.rules.examples import GOOD_EVENT, event
from factcards.text.verbatim import normalise

ID = "name-not-supported"
SCOPE = "valid"
SUMMARY = ("Every person or organisation a statement names (by any spelling on their card), and "
           "everyone an event lists, is named in the evidence or the paragraph it comes from (a "
           "body whose spelling is a party's word, by any word the settings make equivalent).")
FIX = "Quote a passage that names them, or correct the name."
EXAMPLES = (GOOD_EVENT, event("organizations:", "people:\n  - ruth-okafor\norganizations:"))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    every = []
    for st in filter(Statement.prose.fget, statements(cf)):  # type: ignore[arg-type]
        every += st.evidence
        text = normalise(st.text)
        named = look.name_spans(text)
        around = look.around(st.evidence) if named else set()
        groups = set().union(*(look.passage_keys(ev) for ev in st.evidence)) if named else set()
        seen = set()
        for start, end, owner in named:
            kind, key = owner.split("/", 1)
            party = look.vocabulary.party(text[start:end]) if " " not in text[start:end] else None
            if (kind, key) not in around and key not in seen and party not in groups:
                seen.add(key)
                yield Finding(st.path, f"names '{key}', but no spelling of that name is in the "
                              "evidence or the paragraphs it comes from",
                              "quote a passage that names them, or correct the name")
    yield from _listed(cf, look, every)


def _listed(cf: CardFile, look: Lookup, evidence: list) -> Iterator[Finding]:
    """Everyone a card lists among those involved must be named around its evidence."""
    lists = [(pattern[0], kinds) for pattern, kinds in KINDS[cf.kind].references
             if pattern[1:] == ("*",) and set(kinds) <= set(ENTITIES)]
    if not lists or not evidence:
        return
    around = look.around(evidence)
    groups = set().union(*(look.passage_keys(ev) for ev in evidence))
    for field, kinds in lists:
        for i, key in enumerate(getattr(cf.card, field)):
            owner = next(((kind, key) for kind in kinds if look.known(kind, key)), None)
            # a body named as its country, by a word the settings give it ("Fernley's" council)
            spelled = {look.vocabulary.party(s) for s in look.spellings.get(owner, [])} - {None}
            if owner is not None and owner not in around and not spelled & groups:
                yield Finding((field, i), f"lists '{key}', who is not named in any of this card's "
                              "evidence or the paragraphs it comes from",
                              "remove them, or add evidence that names them")
