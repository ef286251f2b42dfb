"""The engine: runs every rule of the registry over the cards and stamps what each finds with
the rule's id, level and the position of the value in the card file.

Pure: cards, seed texts and ids in, problems out. Stages follow the data: source cards are
located in their seeds (`source` rules), every card is checked as written, valid or not
(`card` and `evidence` rules), then every valid card whose quotes and references hold is
judged on what its evidence says (`valid` rules).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from factcards.kinds import KINDS, SOURCES, values_at
from factcards.kinds.sources import SourceCard
from factcards.load.texts import SourceText, body_of
from factcards.problems import Problem
from factcards.rules import Rule, of_scope
from factcards.rules.context import CardFile, Finding, Lookup, Shared, shared_facts
from factcards.text.verbatim import NormalText

if TYPE_CHECKING:
    from factcards.verdicts import Verdicts


def _stamp(rule: Rule, cf: CardFile, findings: Iterable[Finding]) -> list[Problem]:
    return [cf.problem(f.path, rule.id, f.message, f.hint, rule.level) for f in findings]


def evidence_items(cf: CardFile) -> list[tuple[tuple, dict]]:
    """Every well-formed evidence mapping in a card, read from the raw data so that a card with
    a schema error elsewhere still has its quotes checked."""
    return [(path, ev) for field in KINDS[cf.kind].evidence_fields
            for path, ev in values_at(cf.data, (field, "*", "evidence", "*"))
            if isinstance(ev, dict) and all(isinstance(ev.get(k), str) and ev[k].strip()
                                            for k in ("source", "quote"))]


def locate_sources(files: list[CardFile], seeds: dict[str, str]
                   ) -> tuple[dict[str, SourceText], list[Problem]]:
    """Find each valid source card's seed and article body; the `source` rules judge the page."""
    sources: dict[str, SourceText] = {}
    problems: list[Problem] = []
    rules = of_scope("source")
    for cf in files:
        if cf.kind != SOURCES or cf.card is None:
            continue
        seed = seeds.get(cf.card.seed)  # type: ignore[attr-defined]
        norm = NormalText.of(seed) if seed is not None else None
        for rule in rules:
            problems += _stamp(rule, cf, rule.module.check(cf.card, norm, seeds))  # type: ignore[union-attr]
        text = body_of(cf.card, norm) if norm is not None else None  # type: ignore[arg-type]
        if text is not None:
            sources[cf.stem] = text
    return sources, problems


def judge_page(card: SourceCard, text: str, seeds: dict[str, str]) -> tuple[SourceText | None,
                                                                          list[Finding]]:
    """A source card held against its page by the `source` rules, and its located body: for a
    proposed card, before anything is written."""
    norm = NormalText.of(text)
    found = [f for rule in of_scope("source") for f in rule.module.check(card, norm, seeds)]  # type: ignore[union-attr]
    return body_of(card, norm), found


def share(files: list[CardFile], seeds: dict[str, str]) -> tuple[Shared, list[Problem]]:
    """What `files` give every check, and the problems found locating their sources."""
    sources, problems = locate_sources(files, seeds)
    return shared_facts(files, sources), problems


def _judged(cf: CardFile, stage: str, verdicts: Verdicts | None,
            judge: Callable[[], list[Problem]]) -> list[Problem]:
    """A card's problems at `stage`: remembered by `verdicts` if it was judged as it is now in
    this world, else judged (and remembered)."""
    known = verdicts.get(cf, stage) if verdicts is not None else None
    if known is not None:
        return known
    found = judge()
    if verdicts is not None:
        verdicts.put(cf, found, stage)
    return found


def check_cards(files: list[CardFile], look: Lookup, verdicts: Verdicts | None = None) -> list[Problem]:
    """The `card` and `evidence` rules, on every card as written, valid or not (remembered as
    `check_valid` remembers)."""
    card_rules, evidence_rules = of_scope("card"), of_scope("evidence")
    problems: list[Problem] = []
    for cf in files:
        problems += _judged(cf, "card", verdicts, lambda cf=cf: [
            *(p for rule in card_rules if rule.applies(cf.kind)
              for p in _stamp(rule, cf, rule.module.check(cf, look))),  # type: ignore[union-attr]
            *(p for path, ev in evidence_items(cf) for rule in evidence_rules
              for p in _stamp(rule, cf, rule.module.check(path, ev, look)))])  # type: ignore[union-attr]
    return problems


def check_valid(files: list[CardFile], look: Lookup, skip: set[str] | frozenset[str] = frozenset(),
                verdicts: Verdicts | None = None) -> list[Problem]:
    """The `valid` rules, for every valid card not in `skip` (cards that already have errors:
    their quotes or references cannot be relied on). A card `verdicts` remembers as it is now,
    in this world, is given its remembered problems; each judged card's are remembered."""
    rules = of_scope("valid")
    problems: list[Problem] = []
    for cf in files:
        if cf.card is None or cf.path in skip:
            continue
        problems += _judged(cf, "valid", verdicts, lambda cf=cf: [
            p for rule in rules if rule.applies(cf.kind)
            for p in _stamp(rule, cf, rule.module.check(cf, look))])  # type: ignore[union-attr]
    return problems


def cross_check(files: list[CardFile], ids: dict[str, set[str]], seeds: dict[str, str],
                shared: Shared | None = None) -> tuple[Shared, list[Problem]]:
    """Every check of the cards as written; `ids` holds the stems of all card files, valid or
    not. `shared` is made from `files` unless given (when `files` is only a share)."""
    problems: list[Problem] = []
    if shared is None:
        shared, problems = share(files, seeds)
    return shared, problems + check_cards(files, Lookup(ids, shared))
