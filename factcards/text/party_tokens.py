"""The pieces every reading of parties in a phrase shares: how a word is linked to a party,
which tokens stand in one clause, and which tokens a party's name covers."""

from __future__ import annotations

from dataclasses import dataclass

from factcards.text.words import Word

OWNER = "owner"
PLACE = "place"
TOWARDS = "towards"  # "the envoy to Fernley"
FROM = "from"  # "recalled its envoy from Fernley"
PLACES = frozenset({"in", "inside", "at", "within"})
SKIP = 3  # words a party may stand before the word it owns ("Alderbrook's long-serving Deputy Mayor")
_BREAKS = frozenset(".;:,()\"“”")


@dataclass(frozen=True)
class Link:
    """A word (by its keys), the party it belongs to, and how (`owner`, `place`, `towards` or
    `from`)."""

    keys: frozenset[str]
    word: str
    party: str
    how: str
    possessive: str = ""  # the party's word, where it owns the word in the possessive ("Alderbrook's")
    spelled: frozenset[str] = frozenset()  # a name's words, by their keys: what a possessive matches
    sent: bool = False  # an owned word sent somewhere ("Alderbrook's envoy to Fernley")


def joined(text: str, tokens: tuple[Word, ...], a: int, b: int) -> bool:
    """Whether tokens a and b (a < b, next to each other) stand in one clause: nothing but
    spaces, hyphens and apostrophes between them."""
    return not _BREAKS.intersection(text[tokens[a].end:tokens[b].start])


def party_at(tokens: tuple[Word, ...], spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """Token index -> party, for tokens inside a party span."""
    found: dict[int, str] = {}
    for i, token in enumerate(tokens):
        for a, b, party in spans:
            if a <= token.start < b:
                found[i] = party
                break
    return found


def name_end(tokens: tuple[Word, ...], party: dict[int, str], i: int) -> int:
    """The last token of the word or name at `i`."""
    while i in party and i + 1 in party and party[i + 1] == party[i]:
        i += 1
    return i
