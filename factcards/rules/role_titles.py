"""The titles a role or a statement gives a person, held against the words their passages
put next to their name: before it ("Mayor Ruth Okafor"), in apposition ("Ruth Okafor, the Mayor
of Alderbrook"), or through "his counterpart". Read by role-not-the-subjects and
title-not-the-persons; no rule of its own."""

from __future__ import annotations

import re
from itertools import pairwise

from factcards.rules.context import Lookup
from factcards.rules.role_acts import lower_verb
from factcards.text.align import passage_keys
from factcards.text.content import content_words
from factcards.text.role_words import PERSON
from factcards.text.verbatim import normalise
from factcards.text.words import Word, words

BREAKS = frozenset(".;:()\"“”-–—")  # a comma may set off a title: "Haldane, Alderbrook's chief ..."


def other_name(word: Word, names: list[tuple[int, int]], own: int) -> bool:
    """Whether a word is inside another name than the one at `own`."""
    return any(a <= word.start < b and a != own for a, b in names)


def _apposed(text: str, tokens: tuple[Word, ...], at: int, end: int,
             people: list[tuple[int, int]]) -> str:
    """The words that stand next to a name as its title: before it ("Mayor Ruth Okafor",
    "the Mayor of Alderbrook, Ruth Okafor") and after it ("Ruth Okafor, the Mayor of
    Alderbrook"), out to a verb, another person's name, a second comma, or an "and" that
    joins another one to the name."""
    inside = [i for i, w in enumerate(tokens) if at <= w.start < end]
    if not inside:
        return ""

    def reach(i: int, step: int) -> int:
        commas = 0
        while 0 <= i + step < len(tokens):
            a, b = (tokens[i], tokens[i + step]) if step > 0 else (tokens[i + step], tokens[i])
            gap = text[a.end:b.start]
            commas += gap.count(",")
            nxt = tokens[i + step]
            if commas > 1 or BREAKS.intersection(gap) or lower_verb(nxt) or other_name(nxt, people, at):
                break
            if step > 0 and not commas and nxt.lower in ("and", "or"):
                break  # "Okafor and the Fernley clerk": the next one's words, not an apposition
            i += step
        return i

    return text[tokens[reach(inside[0], -1)].start:tokens[reach(inside[-1], 1)].end]


# "his Alderbrook counterpart, Ruth Okafor" holds the office of the one named before; "the
# counterparts Okafor and Whitlow" are each other's, whoever else was named before them.
_COUNTERPART = re.compile(r"\bcounterpart\b", re.IGNORECASE)


def apposed_texts(evidence: list, me: tuple[str, str], look: Lookup) -> tuple[set[str], list[str]]:
    """The keys of the words that stand next to the card's subject's name in its passages, and
    those words' texts (none if no passage names them)."""
    vocabulary, titles, apposed_all = look.vocabulary, set(), []
    for ev in evidence:
        for text in {normalise(ev.quote), look.context(ev)}:
            named = look.named(text)
            mine = [at for at, kind, key in named if (kind, key) == me]
            found = look.parties(text, statement=False)
            people = [(a, b) for a, b, key in found if key.startswith(PERSON)]
            tokens = words(text)
            for at in mine:
                end = next((b for a, b, _ in found if a == at), at + 1)
                apposed = _apposed(text, tokens, at, end, people)
                apposed_all.append(apposed)
                titles |= passage_keys(apposed, vocabulary)
                if _COUNTERPART.search(apposed):  # holds the office of the one named before
                    titles = titles.union(*(passage_keys(_apposed(text, tokens, a, b, people), vocabulary)
                                            for a, b in people if b <= at))
    return titles, apposed_all


def _title(role: str) -> str:
    """The role's title: its words up to a comma (what follows describes, other rules read
    it), and an office it says the holder held or holds too (", once its Mayor")."""
    first, *rest = re.split(r"[,;:(]", role)
    held = [w for part in rest if (m := _ALSO.match(part)) for w in m.group(1).split()
            if w[:1].isupper()]  # an office is capitalised: "once its Interior Minister"
    return " ".join([first, *held])


_ALSO = re.compile(r"\s*(?:once|formerly|previously|earlier|also|later)\s+(.*)", re.IGNORECASE)


def unsaid_title(role: str, evidence: list, me: tuple[str, str], look: Lookup) -> list[str]:
    """The words of a role that no passage puts next to the card's subject's name (none if no
    passage names them: whether the name is there is other rules' to say)."""
    return unsaid(role, *apposed_texts(evidence, me, look), look.vocabulary)


def left_out_title(title: str, evidence: list, me: tuple[str, str], look: Lookup) -> str | None:
    """The capitalised word every passage's title for the card's subject has before the title's
    own words, and the title leaves out: another office."""
    return left_out(title, apposed_texts(evidence, me, look)[1], look.vocabulary)


def unsaid(role: str, titles: set[str], apposed: list[str], vocabulary) -> list[str]:
    if not apposed:
        return []
    return [w.text for w in content_words(_title(role), vocabulary)
            if not vocabulary.party(w.text) and not vocabulary.keys(w.text) & titles]


def left_out(role: str, apposed: list[str], vocabulary) -> str | None:
    """The capitalised word every passage's title for the card's subject has right before the
    role's own title words, and the role leaves out; passages that give them no such title
    ("welcomed by Okafor") say nothing of it."""
    own = [w.text for w in words(_title(role)) if w.text[:1].isupper() and not vocabulary.party(w.text)]
    titled = [text for text in apposed if own and own[0] in {w.text for w in words(text)}]
    dropped = [_dropped(_title(role), text, vocabulary) for text in titled]
    return dropped[0] if dropped and all(dropped) else None


def _dropped(title: str, apposed: str, vocabulary) -> str | None:
    """The capitalised word a passage's title has right before the role's own title words and
    the role leaves out ("Deputy" of "Deputy Mayor Ruth Okafor" for "Mayor"): another office.
    A party's word there ("Alderbrook Mayor") is whose office it is, not another one."""
    mine = [w for w in words(title) if w.text[:1].isupper() and not vocabulary.party(w.text)]
    if not mine:
        return None
    have = {w.lower for w in words(title)}
    for before, word in pairwise(words(apposed)):
        if word.text == mine[0].text and before.text[:1].isupper() and before.lower not in have \
                and not vocabulary.party(before.text) and not before.stop \
                and not apposed[before.end:word.start].strip():
            return before.text
    return None
