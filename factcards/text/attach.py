"""Which party a word belongs to, as far as the words right next to it tell.

A party is a word of one of the project's party groups ("Alderbrook", "town"). A word belongs
to one when the party owns it ("Alderbrook's chief engineer", "Alderbrook Mayor Ruth Okafor",
"Mayor of Alderbrook"), or places it ("the station in Alderbrook", "Fernley in Westshire"),
or, for a capitalised word, when it describes the party ("Liberal Fernley"). Only
these close links are read: this is no parser, and it says nothing of words further apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcards.text.words import Word, can_be_verb, only_verb, words

OWNER = "owner"
PLACE = "place"
_PLACES = frozenset({"in", "inside", "at", "within"})
_SKIP = 3  # words a party may stand before the word it owns ("Alderbrook's long-serving Deputy Mayor")


@dataclass(frozen=True)
class Link:
    """A word (by its keys), the party it belongs to, and how (`owner` or `place`)."""

    keys: frozenset[str]
    word: str
    party: str
    how: str


_BREAKS = frozenset(".;:,()\"“”")


def _joined(text: str, tokens: tuple[Word, ...], a: int, b: int) -> bool:
    """Whether tokens a and b (a < b, next to each other) stand in one clause: nothing but
    spaces, hyphens and apostrophes between them."""
    return not _BREAKS.intersection(text[tokens[a].end:tokens[b].start])


def _titles(tokens: tuple[Word, ...], party: dict[int, str], i: int, is_group) -> bool:
    """Whether a capitalised word is part of the title before a name ("Deputy Mayor Ruth
    Okafor"): the name, not the title, is what belongs to a party."""
    j = i
    while j < len(tokens) and j not in party and tokens[j].text[:1].isupper():
        j += 1
    return j > i and j in party and not is_group(party[j])


def _party_at(tokens: tuple[Word, ...], spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """Token index -> party, for tokens inside a party span."""
    found: dict[int, str] = {}
    for i, token in enumerate(tokens):
        for a, b, party in spans:
            if a <= token.start < b:
                found[i] = party
                break
    return found


def links(text: str, spans: list[tuple[int, int, str]], keys: Callable[[str], frozenset[str]],
          is_group: Callable[[str], bool]) -> list[Link]:
    """The close links between the words of `text` and the parties `spans` mark (start, end,
    party key); `keys` gives a word's forms and equivalents, `is_group` whether a key is a
    party group (a country) rather than a named person or organisation."""
    tokens = words(text)
    party = _party_at(tokens, spans)
    out: list[Link] = []
    for i, token in enumerate(tokens):
        if token.stop or (i in party and is_group(party[i])):
            if i in party and is_group(party[i]):
                out += _placed(text, tokens, party, i, is_group)
            continue
        if i in party and i > 0 and party.get(i - 1) == party[i]:
            continue  # inside a name: the name is read at its first word
        if i not in party and (_titles(tokens, party, i, is_group) or can_be_verb(token.text)):
            continue  # a title's name is read instead; who does what is `roles`' to read
        own = {party[i]} if i in party else keys(token.text)  # a name by its card, not its words
        for key in _owners(text, tokens, party, i, is_group):
            out.append(Link(frozenset(own), token.text, key, OWNER))
        for key in _right(text, tokens, party, _phrase_end(text, tokens, party, i), token, is_group):
            out.append(Link(frozenset(own), token.text, key, PLACE if _is_place(tokens, i, party)
                            else OWNER))
    return out


def _end(tokens: tuple[Word, ...], party: dict[int, str], i: int) -> int:
    """The last token of the word or name at `i`."""
    while i in party and i + 1 in party and party[i + 1] == party[i]:
        i += 1
    return i


def _phrase_end(text: str, tokens: tuple[Word, ...], party: dict[int, str], i: int) -> int:
    """The end of the word at `i`, or of the capitalised phrase it begins ("Parish Clerk"
    of Fernley)."""
    end = _end(tokens, party, i)
    while (i not in party and end + 1 < len(tokens) and end + 1 not in party
           and tokens[end + 1].text[:1].isupper() and _joined(text, tokens, end, end + 1)):
        end += 1
    return end


def _owners(text, tokens, party, i, is_group) -> list[str]:
    """The group party standing just before the word: "Alderbrook's", "town's", over up to
    three words of a title ("Alderbrook's long-serving Deputy Mayor")."""
    j, skipped = i - 1, 0
    while j >= 0 and skipped <= _SKIP:
        if not _joined(text, tokens, j, j + 1):  # "Fernley, largely Liberal,": in apposition
            apposed = text[tokens[j].end:tokens[j + 1].start].strip() == ","
            if apposed and tokens[i].text[:1].isupper() and j in party and is_group(party[j]):
                return [party[j]]
            return []
        if j in party and is_group(party[j]):
            return [party[j]]
        if j in party:  # over a name that the party owns too: "Alderbrook Town Council spokesperson"
            while j - 1 >= 0 and party.get(j - 1) == party[j]:
                j -= 1
            skipped += 1
            j -= 1
            continue
        word = tokens[j]
        if word.stop or word.negation or only_verb(word.text):  # "Alderbrook closed the bridge"
            return []
        skipped += 1
        j -= 1
    return []


def _is_place(tokens, i, party) -> bool:
    end = _end(tokens, party, i)
    return end + 1 < len(tokens) and tokens[end + 1].lower in _PLACES


def _right(text, tokens, party, end, token: Word, is_group) -> list[str]:
    """The group party just after the word: "of Alderbrook", "in Fernley", or right
    after a capitalised word that describes it ("Liberal Fernley")."""
    k = end + 1
    if k < len(tokens) and tokens[k].lower in _PLACES | {"of"}:
        k += 1
        if k < len(tokens) and tokens[k].lower == "the":
            k += 1
    elif not token.text[:1].isupper():
        return []
    if k >= len(tokens) or any(not _joined(text, tokens, n, n + 1) for n in range(end, k)):
        return []
    return [party[k]] if k in party and is_group(party[k]) else []


def _placed(text, tokens, party, i, is_group) -> list[Link]:
    """A group party placed in another ("Fernley in Westshire")."""
    end = _end(tokens, party, i)
    if end + 2 < len(tokens) and tokens[end + 1].lower in _PLACES and end + 2 in party \
            and party[end + 2] != party[i] and is_group(party[end + 2]) \
            and _joined(text, tokens, end, end + 1) and _joined(text, tokens, end + 1, end + 2):
        return [Link(frozenset({party[i]}), tokens[i].text, party[end + 2], PLACE)]
    return []


def misattached(stated: list[Link], given: list[Link]) -> tuple[Link, list[Link]] | None:
    """A link of the statement whose word the passage links, the same way, only to other
    parties: (the statement's link, the passage's)."""
    for mine in stated:
        theirs = [g for g in given if g.how == mine.how and g.keys & mine.keys]
        if theirs and not any(g.party == mine.party for g in theirs):
            return mine, theirs
    return None
