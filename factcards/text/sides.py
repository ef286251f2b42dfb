"""Which side of a verb a thing stands on: the one doing it, or the one it is done to.

A statement may keep every word of its passage and still turn it around: "groups targeted the
police" as "the police targeted groups", "supported by third countries" as "support third
countries". Here each clause is read around a verb the statement and the passage share: the
content words before it are its doer and those after it what it is done to, and a passive ("are
supported by X") puts the words after "by" on the doer's side. Where the statement's doer is
mostly the passage's other side, and the other way round, the two are swapped. This is no
parser: it reads one verb per clause and says nothing where a side is short.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcards.text.dates import MONTHS, WEEKDAYS, without_dates
from factcards.text.memo import SIZE, remembered
from factcards.text.words import DETERMINERS, Word, can_be_verb, words

_CLAUSES = re.compile(r"[.;:!?()]|,\s+(?:which|who|while|whereas|but|when|after|before)\b|\bthat\b")
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_BY = "by"
_NOT_BEFORE_VERB = DETERMINERS | {"to"}  # "the support", "to support": no verb of a clause
_WHEN = frozenset([*MONTHS, *WEEKDAYS, "then", "now", "early", "mid", "late"])
AGENT = 2  # content words right before an active verb that are its subject
SIDE = 2  # content words each side of the verb, at least, and crossed over, to call it swapped
Keys = Callable[[str], frozenset[str]]


@dataclass(frozen=True)
class Sides:
    """A verb's forms with the keys of the words on its doer's side and on the other side."""

    verb: frozenset[str]
    doer: tuple[frozenset[str], ...]  # each content word's keys
    done_to: tuple[frozenset[str], ...]
    agent: bool = False  # the doer is named after "by"


def _keys_of(tokens: tuple[Word, ...], keys: Keys) -> tuple[frozenset[str], ...]:
    return tuple(keys(w.text) for w in tokens if not w.stop and not w.negation)


def _shared(mine: tuple[frozenset[str], ...], theirs: tuple[frozenset[str], ...]) -> int:
    """How many of `mine`'s words stand among `theirs`."""
    pool = frozenset().union(*theirs)
    return sum(bool(word & pool) for word in mine)


def _as_verb(tokens: tuple[Word, ...], i: int) -> bool:
    """Whether word `i` can stand as a verb here: no name, not after an article or an owner
    ("the support", "its strike"), not before "of"."""
    word = tokens[i]
    if word.stop or not word.text[:1].islower() or not can_be_verb(word.text):
        return False
    before = tokens[i - 1].lower if i else ""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return before not in _NOT_BEFORE_VERB and not before.endswith(("'s", "’s")) and after != "of"


def _agent(after: tuple[Word, ...]) -> bool:
    """Whether the words after a participle name who did it ("reported by Fernley"), not
    when ("failed by March 9", "done by Friday")."""
    return len(after) > 1 and after[0].lower == _BY and after[1].lower not in _WHEN \
        and not after[1].text[:1].isdigit()


@functools.lru_cache(maxsize=SIZE)
def _slots(clause: str, keys: Keys) -> tuple[tuple[int, frozenset[str]], ...]:
    """Where a clause's words can stand as verbs, with their keys: found once per clause, as
    each verb of each statement quoting it is looked for again."""
    tokens = words(clause)
    return tuple((i, keys(w.text)) for i, w in enumerate(tokens) if _as_verb(tokens, i))


@functools.lru_cache(maxsize=SIZE)
def _read(clause: str, verb: frozenset[str], keys: Keys) -> Sides | None:
    tokens = words(clause)
    at = next((i for i, found in _slots(clause, keys) if found & verb), None)
    if at is None:
        return None
    before, after = tokens[:at], tokens[at + 1:]
    participle = tokens[at].lower.endswith(("ed", "en"))
    be = bool(before) and before[-1].lower in _BE
    agent = bool(after) and _agent(after)
    # "were supported by", "nine, reported by"; an irregular participle with both ("was met by")
    passive = (participle and (be or agent)) or (be and agent)
    if passive:
        by = next((i for i, w in enumerate(after) if w.lower == _BY), None)
        if by is None:
            return None
        # "extended by Okafor, a visit ...": the agent ends at a comma, unless a name or "the"
        # follows in apposition ("met by the Mayor, Ruth Okafor")
        agent = after[by + 1:]
        cut = next((k for k in range(1, len(agent)) if "," in clause[agent[k - 1].end:agent[k].start]
                    and agent[k].text[:1].islower() and agent[k].lower != "the"), len(agent))
        return Sides(verb, _keys_of(agent[:cut], keys), _keys_of(before, keys), agent=True)
    return Sides(verb, _keys_of(before, keys), _keys_of(after, keys))


@remembered
def clauses(text: str) -> list[str]:
    """The text's clauses, its dates and spans blanked: "two days later" is when, not who."""
    return [c for c in _CLAUSES.split(without_dates(text)) if c.strip()]


@functools.lru_cache(maxsize=SIZE)
def _stated(statement: str, keys: Keys) -> tuple[tuple[str, frozenset[str], Sides], ...]:
    """Each verb of the statement with its clause and how that clause reads around it: worked
    out once per statement, not again for each of its passages and each rule that asks."""
    found = []
    for clause in clauses(statement):
        for _, forms in _slots(clause, keys):
            verb = frozenset(f for f in forms if not f.startswith("~"))  # the word itself
            mine = _read(clause, verb, keys)
            if mine is not None:
                found.append((clause, verb, mine))
    return tuple(found)


def swapped_sides(statement: str, passage: str, keys: Keys) -> frozenset[str] | None:
    """The forms of a verb whose two sides the statement swaps from the passage, if any."""
    for _, verb, mine in _stated(statement, keys):
        if len(mine.doer) < SIDE or len(mine.done_to) < SIDE:
            continue
        for clause in clauses(passage):
            theirs = _read(clause, verb, keys)
            if theirs is None:
                continue
            there, back = _shared(mine.doer, theirs.done_to), _shared(mine.done_to, theirs.doer)
            kept = _shared(mine.doer, theirs.doer) + _shared(mine.done_to, theirs.done_to)
            if there >= SIDE and back >= SIDE and there + back > 2 * kept:
                return verb
    return None


def replaced_doer(statement: str, passages: list[str], keys: Keys,
                  is_party: Callable[[str], bool]) -> tuple[str, frozenset[str]] | None:
    """A party the statement makes the doer of a verb that a passage clause gives another doer
    after "by", where no passage clause with that verb names the party: "supported by Fernley"
    on "supported by third countries". (The party's word, the verb's forms.)"""
    for mine_clause, verb, mine in _stated(statement, keys):
        near = mine.doer if mine.agent else mine.doer[-AGENT:]  # the subject, by its verb
        doer = [w for w in words(mine_clause) if is_party(w.text) and keys(w.text) in near]
        theirs = [t for passage in passages for clause in clauses(passage)
                  if (t := _read(clause, verb, keys)) is not None]
        if not doer or not any(t.agent and t.doer and not _shared(near, t.doer) for t in theirs):
            continue
        named = frozenset().union(*(k for t in theirs for k in (*t.doer, *t.done_to)))
        lost = next((w for w in doer if not keys(w.text) & named), None)
        if lost is not None:
            return lost.text, verb
    return None
