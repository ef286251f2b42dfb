"""What a phrase gives a party: the parties a count's phrase places or owns it with, whether
a text names a party as one that acts, and whether a pronoun owns a word. Read from the close
links `attach` finds; no parser."""

from __future__ import annotations

from collections.abc import Callable

from factcards.text.party_tokens import OWNER, PLACE, PLACES, joined, name_end, party_at
from factcards.text.words import can_be_verb, only_verb, words


def count_parties(text: str, spans: list[tuple[int, int, str]], is_group: Callable[[str], bool]
                  ) -> frozenset[tuple[str, str]]:
    """The parties a count's phrase gives ("two children killed in Fernley"), each with how:
    `place` right after "in" ("in Fernley", "in the town"), else `owner` ("two Fernley
    children", "in Fernley's station", "in the Fernley attack"). A party that does something
    ("Fernley reported") or that the phrase denies ("not Fernley residents") gives none."""
    tokens = words(text)
    party = party_at(tokens, spans)
    found = set()
    for i in range(len(tokens)):
        if i not in party or not is_group(party[i]) or party.get(i - 1) == party[i] \
                or (i and tokens[i - 1].negation):
            continue  # "not Fernley residents" gives them no party
        end = name_end(tokens, party, i)
        j = i - 1 if i and tokens[i - 1].lower != "the" else i - 2
        after = tokens[end + 1] if end + 1 < len(tokens) and joined(text, tokens, end, end + 1) else None
        if after is not None and only_verb(after.text):
            continue  # who counted them, not whose they are: "the nine dead Fernley reported"
        placed = (j >= 0 and tokens[j].lower in PLACES and not tokens[end].lower.endswith("'s")
                  and (after is None or after.stop or after.text[:1].isupper()))
        found.add((party[i], PLACE if placed else OWNER))
    return frozenset(found)


_PRONOUNS = frozenset({"its", "his", "her", "their"})


def pronoun_owned(text: str, keys: frozenset[str]) -> bool:
    """Whether the text gives a word (by its keys) an owner it does not name: "its ambassador",
    "their upcoming visit". Whose it is, the reader of the passage decides."""
    tokens = words(text)
    return any(token.forms & keys and any(t.lower in _PRONOUNS for t in tokens[max(0, i - 2):i])
               for i, token in enumerate(tokens))


def acting(text: str, spans: list[tuple[int, int, str]], is_group: Callable[[str], bool],
           key: str) -> bool:
    """Whether the text names the party `key` as one that acts, not only as the owner of some
    other word: alone ("Fernley asked", "launched by Fernley") or at the head of one of its
    bodies' names ("Fernley Parish Council"). "The Fernley clerk" names it as an owner."""
    tokens = words(text)
    party = party_at(tokens, spans)
    for i in range(len(tokens)):
        if party.get(i) != key or party.get(i - 1) == key or not is_group(key):
            continue
        end = name_end(tokens, party, i)
        after = tokens[end + 1] if end + 1 < len(tokens) and joined(text, tokens, end, end + 1) else None
        if after is not None and end + 1 in party and not is_group(party[end + 1]):
            return True  # the head of a body's name
        if tokens[end].lower.endswith("'s"):
            continue
        if after is None or after.stop or (after.text[:1].islower() and can_be_verb(after.text)):
            return True
    return False


def antecedent_owners(text: str, at: int, keys: Callable[[str], frozenset[str]],
                      parties: Callable[[str], set[str]], since: int = 0) -> frozenset[tuple[str, str]]:
    """The owners of what "The attack" at the head of the sentence holding `at` refers back to:
    the word of the previous sentence in the same group ("the Fernley vote ... The ballot"),
    read with the two words before it, none before `since` (where the quote starts). A count in
    that sentence belongs to that thing."""
    start = max(text.rfind(". ", 0, at), -2) + 2
    tokens = words(text[start:at])
    if len(tokens) < 2 or tokens[0].lower != "the" or tokens[1].stop:
        return frozenset()
    groups = {key for key in keys(tokens[1].text) if key.startswith("~")}
    before = text[max(text.rfind(". ", 0, start - 2), -2) + 2:start]
    earlier = words(before)
    for i, token in enumerate(earlier):
        if groups & keys(token.text):
            first = earlier[max(0, i - 2)].start
            if start - len(before) + first < since:
                return frozenset()
            window = before[first:token.end]
            return frozenset((party, OWNER) for party in parties(window))
    return frozenset()
