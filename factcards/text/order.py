"""Who acted first and who answered, as far as a few order words tell: "Fernley struck
first", "Alderbrook struck before Fernley", "Fernley struck after Alderbrook", "Fernley's
retaliatory strikes", "In response, Fernley's councillors ...". This is no parser: an order
word goes with the party that acts in its sentence (one not standing after a preposition or a verb, which
makes it a target or a place), or the party that owns the word ("Fernley's retaliatory").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcards.text.words import DETERMINERS, Word, can_be_verb, possessive, words

FIRST = "first"
ANSWER = "answer"
# Words that make an action an answer to another ("retaliatory", "in response", "reprisal").
# "responsible" and "responsive" say nothing of order.
_ANSWERS = re.compile(r"(?:retaliat\w*|reprisals?|respon(?:d(?:s|ed|ing)?|ses?)"
                      r"|counter-?(?:attack|strike)\w*)", re.IGNORECASE)
# Words that make an action come first ("preemptive strikes", "struck pre-emptively").
_FIRSTS = re.compile(r"pre-?empt\w*", re.IGNORECASE)
_PREPOSITIONS = frozenset({"against", "into", "in", "inside", "on", "at", "from", "to", "of", "by",
                           "with", "after", "before", "upon", "towards", "toward", "over"})
_SENTENCE = re.compile(r"[^.;!?]+")
_NEAR = 4  # words after "before"/"after" within which the other party stands


def says_order(word: str) -> bool:
    """Whether a word says who acted first or answered ("preemptive", "retaliatory"): that
    is the passages' to say, never the newsroom's."""
    return bool(_ANSWERS.fullmatch(word) or _FIRSTS.fullmatch(word))


def _orders(word: Word) -> bool:
    """Whether a word may say something of order, as `order` reads its sentence's words."""
    return word.lower in (FIRST, "before", "after") or word.lower in _FOLLOWS or says_order(word.text)


_FOLLOWS = frozenset({"followed", "follows", "following"})


def _never(_: str) -> bool:
    return False


def _acting(tokens: tuple[Word, ...], parties: list[tuple[int, str]], at: int,
            speech: Callable[[str], bool] = _never) -> str | None:
    """The party before token `at` that acts: the one that owns the word, or else the first
    not after a preposition or a verb (the subject, not a place named after it: "struck inside
    Fernley first"). After a speech
    verb a report opens ("says Fernley struck"): its party is the report's subject."""
    earlier = [(i, p) for i, p in parties if i < at]
    placed = at > 1 and tokens[at - 2].lower in _PREPOSITIONS and not possessive(tokens[at - 1])
    if earlier and earlier[-1][0] == at - 1 and _owns(tokens[at - 1], tokens[at]) and not placed:
        return earlier[-1][1]  # right before the word, it owns it: "Fernley's retaliatory strikes"
    for i, party in earlier:  # else the clause's subject, the first that can act
        before = tokens[i - 1] if i > 0 else None
        if before is None or not (before.lower in _PREPOSITIONS or (
                can_be_verb(before.text) and not before.stop and not speech(before.text))):
            return party
    return None


def _owns(owner: Word, word: Word) -> bool:
    """Whether a party's name right before an order word owns it: "Fernley's retaliatory",
    "Fernley first", but not the place that ends a phrase before "after" ("inside Fernley after")."""
    return word.lower not in ("before", "after") or possessive(owner)


def _after(parties: list[tuple[int, str]], at: int, within: int | None = None) -> str | None:
    return next((p for i, p in parties if i > at and (within is None or i - at <= within)), None)


def _first(tokens: tuple[Word, ...], k: int) -> bool:
    """Whether "first" at `k` says who acted first ("struck first"), not an ordinal ("the first
    visit", "Fernley's first strike")."""
    before = tokens[k - 1] if k > 0 else None
    return before is not None and before.lower not in DETERMINERS \
        and not possessive(before)


def order(text: str, spans: list[tuple[int, int, str]],
          speech: Callable[[str], bool] = _never) -> dict[str, set[str]]:
    """party -> what the text says of its order: FIRST, ANSWER, or both (then it says nothing).
    `speech(word)` says whether a word is a speech verb."""
    found: dict[str, set[str]] = {}
    if not any(_orders(w) for w in words(text)):
        return found  # no order word: its sentences' parties need no reading
    for sentence in _SENTENCE.finditer(text):
        tokens = words(sentence.group())
        base = sentence.start()
        parties = []
        for i, w in enumerate(tokens):
            owner = next((p for a, b, p in spans if a <= base + w.start < b), None)
            if owner is not None and not (parties and parties[-1][0] == i - 1 and parties[-1][1] == owner):
                parties.append((i, owner))
        for k, w in enumerate(tokens):
            said: list[tuple[str | None, str]] = []
            if _ANSWERS.fullmatch(w.text):
                opening = not any(i < k for i, _ in parties)  # "Two days later, in response, X"
                answered = _after(parties, k + 1, _NEAR) if k + 1 < len(tokens) \
                    and tokens[k + 1].lower in ("to", "for") else None
                others = [(i, p) for i, p in parties if p != answered]
                if answered is not None:  # "in response to Alderbrook's vote": it came first
                    said.append((answered, FIRST))
                # "Fernley, in retaliation, closed": the party set off right before it answers
                near = next((p for i, p in reversed(others) if k - 2 <= i < k
                             and "," in sentence.group()[tokens[i].end:tokens[k].start]), None)
                said.append((_after(others, k) if opening else near or _acting(tokens, others, k, speech),
                             ANSWER))
            elif (w.lower == FIRST and _first(tokens, k)) or _FIRSTS.fullmatch(w.text):
                said.append((_acting(tokens, parties, k, speech), FIRST))
            elif w.lower in ("before", "after") or w.lower in _FOLLOWS:
                other = _after(parties, k, _NEAR)
                actor = _acting(tokens, parties, k, speech)
                if other is not None and actor is not None and other != actor:
                    # "Fernley's vote followed Alderbrook's" is "after"; "..., followed by" is "before"
                    later = w.lower == "after" or (w.lower in _FOLLOWS and not (
                        k + 1 < len(tokens) and tokens[k + 1].lower == "by"))
                    said += [(actor, ANSWER if later else FIRST), (other, FIRST if later else ANSWER)]
            for party, what in said:
                if party is not None:
                    found.setdefault(party, set()).add(what)
    return found


def contradicted(stated: dict[str, set[str]], given: dict[str, set[str]]) -> tuple[str, str] | None:
    """(party, what the statement says of it) where the passages say only the opposite."""
    for party, said in stated.items():
        if len(said) != 1:
            continue
        (what,) = said
        opposite = ANSWER if what == FIRST else FIRST
        if given.get(party) == {opposite}:
            return party, what
    return None
