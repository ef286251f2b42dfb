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
from factcards.text.words import can_be_adjective, words

ID = "scope-widened"
SCOPE = "valid"
SUMMARY = ("A statement that spreads something over a whole named place ('across Fernley', "
           "'throughout Fernley', 'all over Fernley') quotes a passage that says so of that "
           "place. A passage that names the place with a narrower word ('residents of Fernley', "
           "'across the border in Fernley') does not back it. Nor does a statement drop the "
           "bound its passage sets on a superlative ('the worst flood in history' for 'in recent "
           "history').")
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


def _unbounded(text: str, quotes: list[str], keys) -> str | None:
    """The bound a superlative's passage sets on its reach that the statement drops: "the
    most high-profile ... in history" for "in recent history"."""
    if not any(_superlative(w.lower) for w in words(text)) and not _MOST.search(text):
        return None
    for m in _REACH.finditer(text):
        mine = keys(m.group(2))
        for quote in quotes:
            for n in _BOUNDED.finditer(quote):
                if keys(n.group(3)) & mine and m.group(1).lower() == n.group(1).lower():
                    return n.group(2)
    return None


_MOST = re.compile(r"\b(?<!at )(?:most|least)\b|\bthe (?:first|only)\b", re.IGNORECASE)


def _superlative(word: str) -> bool:
    """Whether a word is an adjective's "-est" form ("largest", "biggest", "deadliest"), not a
    word that ends so ("protest", "west")."""
    if not word.endswith("est") or len(word) < 6:
        return False
    stem = word[:-3]
    bases = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "", stem[:-1] + "y"
             if stem.endswith("i") else "")
    return any(base and can_be_adjective(base) for base in bases)
_REACH = re.compile(r"\b(in|of|since)\s+(?:the\s+)?([a-z]+)\b")
_BOUNDED = re.compile(r"\b(in|of|since)\s+(?:the\s+)?([a-z]+)\s+([a-z]+)\b")


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    keys = look.vocabulary.keys
    for st in statements(cf):
        text = normalise(st.text)
        bound = _unbounded(text, [normalise(ev.quote) for ev in st.evidence], keys)
        if bound is not None:
            yield Finding(st.path, f"drops '{bound}' from the reach its passage gives a "
                          "superlative ('the most ... in recent history')",
                          "keep the passage's bound on it, or leave the superlative out")
            continue
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
