"""Which party a word belongs to, as far as the words right next to it tell.

A party is a word of one of the project's party groups ("Alderbrook", "town"). A word belongs
to one when the party owns it ("Alderbrook's chief engineer", "Alderbrook Mayor Ruth Okafor",
"Mayor of Alderbrook"), places it ("the station in Alderbrook", "Fernley in Westshire"), is
where it goes ("the envoy to Alderbrook"), or, for a capitalised word, when it describes the
party ("Liberal Fernley"). Only these close links are read: this is no parser, and it says
nothing of words further apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcards.text.numbers import NUMBER
from factcards.text.words import Word, can_be_verb, only_verb, words

OWNER = "owner"
PLACE = "place"
TOWARDS = "towards"  # "the envoy to Fernley"
PLACES = frozenset({"in", "inside", "at", "within"})
_SKIP = 3  # words a party may stand before the word it owns ("Alderbrook's long-serving Deputy Mayor")


@dataclass(frozen=True)
class Link:
    """A word (by its keys), the party it belongs to, and how (`owner`, `place` or `towards`)."""

    keys: frozenset[str]
    word: str
    party: str
    how: str
    possessive: str = ""  # the party's word, where it owns the word in the possessive ("Alderbrook's")
    spelled: frozenset[str] = frozenset()  # a name's words, by their keys: what a possessive matches


_BREAKS = frozenset(".;:,()\"“”")


def joined(text: str, tokens: tuple[Word, ...], a: int, b: int) -> bool:
    """Whether tokens a and b (a < b, next to each other) stand in one clause: nothing but
    spaces, hyphens and apostrophes between them."""
    return not _BREAKS.intersection(text[tokens[a].end:tokens[b].start])


def _titles(text: str, tokens: tuple[Word, ...], party: dict[int, str], i: int, is_group) -> bool:
    """Whether a capitalised word is part of the title before a name ("Deputy Mayor Ruth
    Okafor"; not "the Mayor, Ruth Okafor"): the name, not the title, is what belongs to a party."""
    j = i
    while j < len(tokens) and j not in party and tokens[j].text[:1].isupper() \
            and (j + 1 >= len(tokens) or joined(text, tokens, j, j + 1)):
        j += 1
    return j > i and j in party and not is_group(party[j])


def party_at(tokens: tuple[Word, ...], spans: list[tuple[int, int, str]]) -> dict[int, str]:
    """Token index -> party, for tokens inside a party span."""
    found: dict[int, str] = {}
    for i, token in enumerate(tokens):
        for a, b, party in spans:
            if a <= token.start < b:
                found[i] = party
                break
    return found


def links(text: str, spans: list[tuple[int, int, str]], keys: Callable[[str], frozenset[str]],
          is_group: Callable[[str], bool], titled: bool = False) -> list[Link]:
    """The close links between the words of `text` and the parties `spans` mark (start, end,
    party key); `keys` gives a word's forms and equivalents, `is_group` whether a key is a
    party group (a country) rather than a named person or organisation. With `titled`, the
    words of a title before a name belong where the name does: a passage's "Alderbrook
    Deputy Mayor Ruth Okafor" gives Alderbrook its deputy mayor."""
    tokens = words(text)
    party = party_at(tokens, spans)
    out: list[Link] = []
    titles: list[int] = []
    for i, token in enumerate(tokens):
        if token.stop or (i in party and is_group(party[i])):
            if i in party and is_group(party[i]):
                out += _placed(text, tokens, party, i, is_group)
            continue
        if i in party and i > 0 and party.get(i - 1) == party[i]:
            continue  # inside a name: the name is read at its first word
        if i not in party and _titles(text, tokens, party, i, is_group):
            titles.append(i)  # a title's name is read instead
            continue
        if i not in party and can_be_verb(token.text):
            continue  # who does what is `roles`' to read
        own = {party[i]} if i in party else keys(token.text)  # a name by its card, not its words
        spelled = frozenset().union(*(keys(t.text) for t in tokens[i:name_end(tokens, party, i) + 1])) \
            if titled and i in party else frozenset()  # "Alderbrook Town Council": its council
        found = [Link(frozenset(own), token.text, key, OWNER, possessive, spelled)
                 for key, possessive in _owners(text, tokens, party, i, is_group)]
        how = _how(tokens, i, party)
        if not (found and how == TOWARDS):  # "Alderbrook's envoy to Fernley": whose it is says more
            found += [Link(frozenset(own), token.text, key, how, spelled=spelled)
                      for key in _right(text, tokens, party, _phrase_end(text, tokens, party, i), token,
                                        is_group)]
        if titled and i in party:
            found += [Link(keys(tokens[t].text), tokens[t].text, link.party, link.how)
                      for t in titles for link in found]
        titles = [] if i in party else titles
        out += found
    return out


def name_end(tokens: tuple[Word, ...], party: dict[int, str], i: int) -> int:
    """The last token of the word or name at `i`."""
    while i in party and i + 1 in party and party[i + 1] == party[i]:
        i += 1
    return i


def _phrase_end(text: str, tokens: tuple[Word, ...], party: dict[int, str], i: int) -> int:
    """The end of the word at `i`, or of the capitalised phrase it begins ("Parish Clerk"
    of Fernley)."""
    end = name_end(tokens, party, i)
    while (i not in party and end + 1 < len(tokens) and end + 1 not in party
           and tokens[end + 1].text[:1].isupper() and joined(text, tokens, end, end + 1)):
        end += 1
    return end


def _owners(text, tokens, party, i, is_group) -> list[tuple[str, str]]:
    """The group party standing just before the word: "Alderbrook's", "town's", over up to
    three words of a title ("Alderbrook's long-serving Deputy Mayor"); with whether it owns
    the word in the possessive, the possessive as written."""
    j, skipped = i - 1, 0
    while j >= 0 and skipped <= _SKIP:
        if not joined(text, tokens, j, j + 1):  # "Fernley, largely Liberal,": in apposition
            apposed = text[tokens[j].end:tokens[j + 1].start].strip() == ","
            if apposed and tokens[i].text[:1].isupper() and j in party and is_group(party[j]):
                return [(party[j], "")]
            return []
        if j in party and is_group(party[j]):
            between = tokens[j + 1:i]  # "Fernley's Mill Lane bridge", not "Fernley's council voted"
            named = all(w.text[:1].isupper() or not can_be_verb(w.text) for w in between)
            possessive = tokens[j].lower.endswith("'s") and named and not NUMBER.fullmatch(tokens[i].text)
            return [(party[j], tokens[j].text if possessive else "")]
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


def _how(tokens, i, party) -> str:
    """How the party after a word holds it: a place ("in"), a destination ("to"), or an owner."""
    end = name_end(tokens, party, i)
    after = tokens[end + 1].lower if end + 1 < len(tokens) else ""
    return PLACE if after in PLACES else TOWARDS if after == "to" else OWNER


def _right(text, tokens, party, end, token: Word, is_group) -> list[str]:
    """The group party just after the word: "of Alderbrook", "in Fernley", or right
    after a capitalised word that describes it ("Liberal Fernley")."""
    k = end + 1
    if k < len(tokens) and tokens[k].lower in PLACES | {"of", "to"}:
        k += 1
        if k < len(tokens) and tokens[k].lower == "the":
            k += 1
    elif not token.text[:1].isupper():
        return []
    if k >= len(tokens) or any(not joined(text, tokens, n, n + 1) for n in range(end, k)):
        return []
    return [party[k]] if k in party and is_group(party[k]) else []


def _placed(text, tokens, party, i, is_group) -> list[Link]:
    """A group party placed in another ("Fernley in Westshire")."""
    end = name_end(tokens, party, i)
    if end + 2 < len(tokens) and tokens[end + 1].lower in PLACES and end + 2 in party \
            and party[end + 2] != party[i] and is_group(party[end + 2]) \
            and joined(text, tokens, end, end + 1) and joined(text, tokens, end + 1, end + 2):
        return [Link(frozenset({party[i]}), tokens[i].text, party[end + 2], PLACE)]
    return []


def misattached(stated: list[Link], given: list[Link], present: Callable[[Link], bool] = lambda _: False
                ) -> tuple[Link, list[Link]] | None:
    """A link of the statement whose word the passage links, the same way, only to other
    parties: (the statement's link, the passage's). A possessive ("Fernley's station") is
    a claim of its own: its word must be given that party somehow, not placed elsewhere, and
    a word the passages print (`present`) but give no party is refused with no link beside it."""
    for mine in stated:
        alike = [g for g in given if g.keys & mine.keys or (mine.possessive and g.spelled & mine.keys)]
        theirs = alike if mine.possessive else [g for g in alike if g.how == mine.how]
        if theirs and not any(g.party == mine.party for g in theirs):
            return mine, theirs
        if mine.possessive and not theirs and present(mine):
            return mine, []
    return None
