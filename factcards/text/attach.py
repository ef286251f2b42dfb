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

from factcards.text.attach_after import how, right
from factcards.text.numbers import NUMBER
from factcards.text.party_tokens import OWNER, PLACE, PLACES, SKIP, TOWARDS, Link, joined, name_end, party_at
from factcards.text.words import Word, can_be_verb, only_verb, words

_NOUN_AFTER = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "these", "those"})


def _titles(text: str, tokens: tuple[Word, ...], party: dict[int, str], i: int, is_group) -> bool:
    """Whether a capitalised word is part of the title before a name ("Deputy Mayor Ruth
    Okafor"; not "the Mayor, Ruth Okafor"): the name, not the title, is what belongs to a party."""
    j = i
    while j < len(tokens) and j not in party and tokens[j].text[:1].isupper() \
            and (j + 1 >= len(tokens) or joined(text, tokens, j, j + 1)):
        j += 1
    return j > i and j in party and not is_group(party[j])


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
        if token.stop or token.lower in PLACES or (i in party and is_group(party[i])):  # "inside" places
            if i in party and is_group(party[i]):
                out += _placed(text, tokens, party, i, is_group)
            continue
        if i in party and i > 0 and party.get(i - 1) == party[i]:
            continue  # inside a name: the name is read at its first word
        if i not in party and _titles(text, tokens, party, i, is_group):
            titles.append(i)  # a title's name is read instead
            continue
        if i not in party and can_be_verb(token.text) \
                and not _noun_here(text, tokens, i, party.get(i - 1, ""), is_group):
            continue  # who does what is `roles`' to read
        own = {party[i]} if i in party else keys(token.text)  # a name by its card, not its words
        spelled = frozenset().union(*(keys(t.text) for t in tokens[i:name_end(tokens, party, i) + 1])) \
            if titled and i in party else frozenset()  # "Alderbrook Town Council": its council
        held = how(tokens, i, party)
        after = right(text, tokens, party, _phrase_end(text, tokens, party, i), token, is_group)
        sent = held != OWNER and bool(after)  # "Alderbrook's envoy to Fernley": which envoy
        found = [Link(frozenset(own), token.text, key, OWNER, possessive, spelled, sent)
                 for key, possessive in _owners(text, tokens, party, i, is_group)]
        if not (found and held == TOWARDS):  # "Alderbrook's envoy to Fernley": whose it is says more
            found += [Link(frozenset(own), token.text, key, held, spelled=spelled) for key in after]
        if titled and i in party:
            found += [Link(keys(tokens[t].text), tokens[t].text, link.party, link.how)
                      for t in titles for link in found]
        subject = _its_subject(text, tokens, party, i, is_group) if titled else None
        if subject is not None:  # a passage's "Fernley recalled its envoy": Fernley's envoy
            found.append(Link(frozenset(own), token.text, subject, OWNER))
        titles = [] if i in party else titles
        out += found
    return out


def _its_subject(text: str, tokens: tuple[Word, ...], party: dict[int, str], i: int,
                 is_group: Callable[[str], bool]) -> str | None:
    """The party whose "its" a word follows, where the party is the subject right before the
    verb that takes it ("Fernley recalled its envoy", "Fernley had closed its road"); nothing
    stands between them, so no other party can be whose "its" it is."""
    if i < 3 or tokens[i - 1].lower not in ("its", "their"):
        return None
    j = i - 2
    while j > 0 and tokens[j].lower in _BETWEEN:
        j -= 1
    if not (can_be_verb(tokens[j].text) and tokens[j].text[:1].islower() and not tokens[j].stop):
        return None
    j -= 1
    while j > 0 and tokens[j].lower in _BETWEEN:
        j -= 1
    if j not in party or not is_group(party[j]) \
            or not all(joined(text, tokens, k, k + 1) for k in range(j, i)):
        return None
    return party[j]


_BETWEEN = frozenset({"had", "has", "have", "also", "then", "later", "already", "swiftly"})


def _noun_here(text: str, tokens: tuple[Word, ...], i: int, before_party: str,
               is_group: Callable[[str], bool]) -> bool:
    """Whether a word that may be a verb is a noun where it stands: right after an article or a
    pronoun's possessive ("its bridge"), or after two parties joined by a hyphen ("the
    Alderbrook-Fernley border"), which describe a thing and do nothing. (After a party's
    possessive it stays unread: "Fernley's vote" is read as a claim of its own, and a passage
    may tell the same act by its verb.)"""
    if i == 0 or not joined(text, tokens, i - 1, i):
        return False
    before = tokens[i - 1]
    return before.lower in _NOUN_AFTER \
        or ("-" in before.text and bool(before_party) and is_group(before_party))


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
    while j >= 0 and skipped <= SKIP:
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
    a claim of its own: its word must be given that party somehow (by its owner, where the
    passages give it one), not placed elsewhere, and
    a word the passages print (`present`) but give no party is refused with no link beside it."""
    for mine in stated:
        alike = [g for g in given if g.keys & mine.keys or (mine.possessive and g.spelled & mine.keys)]
        # "its envoy from Fernley" is not Fernley's, unless the statement's envoy is one sent
        # elsewhere ("Fernley's envoy to Alderbrook"): where it goes tells which envoy it is
        owned = [] if mine.sent else [g for g in alike if g.how == OWNER]
        theirs = (owned or alike) if mine.possessive else [g for g in alike if g.how == mine.how]
        if theirs and not any(g.party == mine.party for g in theirs):
            return mine, theirs
        if mine.possessive and not theirs and present(mine):
            return mine, []
    return None
