"""Evidence must support the statement, not merely exist.

A verbatim quote proves the words are in the source; these rules check that the words say what the
card says: the event's date, every number, every person and organisation named or listed, who a
statement is attributed to, what an elision leaves out, a source's own publication date, and that
a recorded disagreement really is one. Pure: valid cards and located texts in, problems out.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from factcards.load.models import EventCard, Evidence
from factcards.load.texts import SourceText
from factcards.problems import Problem
from factcards.rules.crosscheck import CardFile, Shared
from factcards.text.extract import Number, dates_in, dates_outside, numbers_in
from factcards.text.names import NameIndex
from factcards.text.verbatim import normalise

CONTESTED = re.compile(r"\b(?:killed|killing|kill|dead|deaths?|died|casualt\w*|fatalit\w*|injured|"
                       r"wounded|target\w*|hideouts?)\b", re.IGNORECASE)
ATTRIBUTION = re.compile(r"\b(?:said|says|say|reported|reports|report|claimed|claims|claim|"
                         r"announced|accused|accuses|according to|called|calls|alleged|alleges|"
                         r"confirmed|named|counted|stated|denies|denied)\b", re.IGNORECASE)
CLAUSE = re.compile(r"[.;:](?:\s|$)")
NEGATION = re.compile(r"\b(?:not|never|no|nor|without)\b|n't\b", re.IGNORECASE)
NEAR = 150  # characters around a quote that count as "next to" it


@dataclass(frozen=True)
class Support:
    """What the support rules look things up in; the name index is built once per check."""

    sources: dict[str, SourceText]
    published: dict[str, dt.date | None]
    owners: dict[str, list[tuple[str, str]]]  # normalised spelling -> (kind, id) of who it names
    names: NameIndex
    entities: frozenset[tuple[str, str]]
    _mentioned: dict[str, frozenset[tuple[str, str]]] = field(
        default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def of(cls, shared: Shared) -> Support:
        owners: dict[str, list[tuple[str, str]]] = {}
        for kind, key, spelling in shared.names:
            if spelling:
                owners.setdefault(spelling, []).append((kind, key))
        entities = frozenset(owner for found in owners.values() for owner in found)
        return cls(shared.sources, shared.published, owners, NameIndex(owners), entities)

    def named(self, text: str) -> list[tuple[int, str, str]]:
        """Entities a text names: (position, kind, id), the longest spelling at each place."""
        return [(at, kind, key) for at, spelling in self.names.find(normalise(text))
                for kind, key in self.owners[spelling]]

    def known(self, kind: str, key: str) -> bool:
        """Whether the entity has a valid card with at least one spelling to look for."""
        return (kind, key) in self.entities

    def mentioned(self, normal_text: str) -> frozenset[tuple[str, str]]:
        """Every entity any of whose spellings a normalised text prints, even inside a longer
        name: one scan answers every "is X mentioned here?" about the text. Remembered, as
        many statements rest on the same paragraphs."""
        found = self._mentioned.get(normal_text)
        if found is None:
            found = self._mentioned[normal_text] = frozenset(
                owner for _, spelling in self.names.find(normal_text, every=True)
                for owner in self.owners[spelling])
        return found

    def around(self, evidence: list[Evidence]) -> set[tuple[str, str]]:
        """Every entity named in the paragraphs the evidence comes from."""
        return set().union(*(self.mentioned(self.context(ev)) for ev in evidence))

    def context(self, ev: Evidence) -> str:
        """The normalised paragraph a quote comes from, or the quote itself if it is not found."""
        text = self.sources.get(ev.source)
        return (text.paragraph(ev.quote) if text else "") or normalise(ev.quote)


def _at(cf: CardFile, path: tuple, rule: str, message: str, hint: str, level: str = "error"
        ) -> Problem:
    problem = cf.problem(path, rule, message, hint)
    return problem if level == "error" else Problem(**{**problem.as_dict(), "level": level})


@functools.lru_cache(maxsize=1 << 16)
def _quote_numbers(quote: str) -> tuple[Number, ...]:
    """The numbers a quote gives; remembered, as the same passages back many statements."""
    return tuple(numbers_in(normalise(quote)))


def check_date(cf: CardFile, card: EventCard, sup: Support) -> list[Problem]:
    stated = []
    for claim in card.claims:
        for ev in claim.evidence:
            for mention in dates_in(normalise(ev.quote), card.date.year):
                if mention.matches(card.date, sup.published.get(ev.source)):
                    return []
                stated.append(f"'{mention.text}' ({ev.source})")
    found = "; the evidence gives " + ", ".join(stated) if stated else \
        "; no evidence passage states a date"
    return [_at(cf, ("date",), "date-not-supported",
                f"the date {card.date.isoformat()} is not stated by the evidence{found}",
                "quote the passage that gives the day, or correct the date")]


def check_numbers(cf: CardFile, path: tuple, text: str, evidence: list[Evidence]) -> list[Problem]:
    stated = numbers_in(text)
    given = [n for ev in evidence for n in _quote_numbers(ev.quote)] if stated else []
    problems = []
    for number in stated:
        if not any(n.value == number.value and n.qualifier == number.qualifier for n in given):
            seen = ", ".join(sorted({f"'{n.text}'" for n in given})) or "no numbers"
            problems.append(_at(cf, path, "number-not-supported",
                                f"'{number.text}' is not in this statement's evidence "
                                f"(it gives {seen})",
                                "make the number, and words like 'at least', match the quote"))
    return problems


def check_names(cf: CardFile, path: tuple, text: str, evidence: list[Evidence], sup: Support
                ) -> list[Problem]:
    named = sup.named(text)
    around = sup.around(evidence) if named else set()
    problems = []
    for _, kind, key in named:
        if (kind, key) not in around:
            problems.append(_at(cf, path, "name-not-supported",
                                f"names '{key}', but no spelling of that name is in the evidence "
                                "or the paragraphs it comes from",
                                "quote a passage that names them, or correct the name"))
    return list({p.message: p for p in problems}.values())


def check_attribution(cf: CardFile, path: tuple, text: str, evidence: list[Evidence],
                      sup: Support) -> list[Problem]:
    text = normalise(text)
    for clause in CLAUSE.split(text):
        contested = CONTESTED.search(clause)
        if contested and not ATTRIBUTION.search(clause):
            return [_at(cf, path, "attribution-missing",
                        f"'{contested.group()}' makes this a contested statement, but "
                        f"'{clause.strip()}' states it as fact",
                        "say who says so: 'according to ...', '... said'")]
    marker = ATTRIBUTION.search(text)
    if marker is None:
        return []
    named = sup.named(text)
    if marker.group().lower() == "according to":
        party = next(((k, i) for at, k, i in named if at > marker.start()), None)
    else:
        party = next(((k, i) for at, k, i in reversed(named) if at < marker.start()), None)
    if party is None or any(_near(sup, ev, *party) for ev in evidence):
        return []
    return [_at(cf, path, "attribution-missing",
                f"attributed to '{party[1]}', who is not named in or next to any quoted passage",
                "quote the passage in which they say it")]


def _near(sup: Support, ev: Evidence, kind: str, key: str) -> bool:
    text = sup.sources.get(ev.source)
    spans = text.locate(ev.quote) if text else None
    if not spans:
        return False
    start, end = spans[0][0], spans[-1][1]
    return (kind, key) in sup.mentioned(text.body[max(0, start - NEAR):end + NEAR])  # type: ignore[union-attr]


def check_elisions(cf: CardFile, path: tuple, ev: Evidence, sup: Support) -> list[Problem]:
    text = sup.sources.get(ev.source)
    problems = []
    for gap in text.gaps(ev.quote) if text else []:
        dropped = NEGATION.search(gap) or (numbers_in(dates_outside(gap)) or [None])[0]
        if dropped:
            word = dropped.group() if isinstance(dropped, re.Match) else dropped.text
            problems.append(_at(cf, (*path, "quote"), "elision-drops-meaning",
                                f"the '...' in this quote leaves out '{word}'",
                                "quote the passage without eliding that word", level="warning"))
    return problems
