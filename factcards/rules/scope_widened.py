"""A statement does not spread what its passage says of part of a place over the whole of it:
"across Fernley" or "throughout Fernley" stands only on a passage that says so of the place, not
on one that puts the happening in or near it ("residents of Fernley", "across the border in
Fernley")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT
from factcards.text.verbatim import normalise
from factcards.text.words import words

ID = "scope-widened"
SCOPE = "valid"
SUMMARY = ("A statement that spreads something over a whole named place ('across Fernley', "
           "'throughout Fernley', 'all over Fernley') quotes a passage that says so of that "
           "place. A passage that names the place with a narrower word ('residents of Fernley', "
           "'across the border in Fernley') does not back it.")
FIX = "Say where the passage puts it ('in Fernley', 'near Fernley'), or quote a passage that spreads it so."
_SHOPS = """\
  - text: Shops across the river in Fernley expect to lose customers while the bridge is shut.
    evidence:
      - source: bridge-closure-moved
        quote: "Shops across the river in Fernley expect to lose customers while the bridge is shut."
"""
_WITH_SHOPS = GOOD_EVENT.replace("claims:\n", "claims:\n" + _SHOPS)
EXAMPLES = (_WITH_SHOPS, _WITH_SHOPS.replace("text: Shops across the river in", "text: Shops across"))

_WIDE = re.compile(r"\b(?i:across|throughout|all over|all of|the whole of|the entire|everywhere in)"
                   r"\s+(?:the\s+)?(?=[A-Z])")


def _spread(text: str, keys) -> list[tuple[str, frozenset[str]]]:
    """Each named place a text spreads something over: its word and the word's keys."""
    found = []
    for m in _WIDE.finditer(text):
        name = next(iter(words(text[m.end():])), None)
        if name is not None:
            found.append((name.text, keys(name.text)))
    return found


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    keys = look.vocabulary.keys
    for st in statements(cf):
        text = normalise(st.text)
        for name, mine in _spread(text, keys):
            quotes = [normalise(ev.quote) for ev in st.evidence]
            if any(mine & theirs for quote in quotes for _, theirs in _spread(quote, keys)):
                continue
            if any(mine & keys(w.text) for quote in quotes for w in words(quote)):
                yield Finding(st.path, f"spreads it over all of '{name}', but its passages put "
                              f"it only in part of '{name}'",
                              "say where the passage puts it, or quote a passage that spreads "
                              "it so")
                break
