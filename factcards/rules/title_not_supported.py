"""A card's title says nothing its statements do not: its words stand in the card's own
statements or the passages they quote."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, event
from factcards.text.align import align, passage_keys
from factcards.text.verbatim import normalise

ID = "title-not-supported"
SCOPE = "valid"
SUMMARY = ("Every content word of a card's title stands in the card's own statements or the "
           "passages they quote (in any form, or as an equivalent or another spelling of a name): "
           "a title is the card's headline, not a statement of its own.")
FIX = "Title the card with what its statements say."
EXAMPLES = (GOOD_EVENT, event("title: Alderbrook votes to close the Mill Lane bridge",
                              "title: Alderbrook votes to demolish the Mill Lane bridge"))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    title = getattr(cf.card, "title", None)
    found = statements(cf)
    if not title or not found:
        return
    names = {key for st in found for _, _, key in look.name_spans(normalise(st.text))}
    keys = [passage_keys(normalise(st.text), look.vocabulary, names) for st in found]
    keys += [passage_keys(normalise(ev.quote), look.vocabulary) for st in found for ev in st.evidence]
    text = normalise(title)
    missing = [a.word.text for a in align(text, keys, look.vocabulary, look.name_spans(text))
               if a.passage is None]
    if missing:
        yield Finding(("title",), f"the title's {', '.join(repr(w) for w in missing)} "
                      f"{'is' if len(missing) == 1 else 'are'} in none of the card's statements or "
                      "passages", "title the card with what its statements say")
