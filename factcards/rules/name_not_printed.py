"""A person's or organisation's name is the sources' own: every word of it is in a spelling the
card lists (and the spellings are printed in the sources)."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import ENTITIES, CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_PERSON, person
from factcards.text.verbatim import normalise
from factcards.text.words import words

ID = "name-not-printed"
SCOPE = "valid"
KINDS = ENTITIES
SUMMARY = ("The name a person or organisation card shows is made of the words of its spellings, "
           "which the sources print: no title, family name or description the sources do not "
           "give.")
FIX = "Name them as the sources do; put descriptions in a role, with its evidence."
EXAMPLE_KIND = "people"
EXAMPLES = (GOOD_PERSON, person("name: Ruth Okafor", "name: Councillor Ruth Okafor"))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card = cf.card
    spelled = {form for spelling in card.spellings for w in words(normalise(spelling))  # type: ignore[union-attr]
               for form in w.forms}
    extra = [w.text for w in words(normalise(card.name)) if not w.stop and not w.forms & spelled]  # type: ignore[union-attr]
    if extra:
        yield Finding(("name",), f"the name's {', '.join(repr(w) for w in extra)} "
                      f"{'is' if len(extra) == 1 else 'are'} in none of the card's spellings",
                      "name them as the sources do; put descriptions in a role, with its evidence")
