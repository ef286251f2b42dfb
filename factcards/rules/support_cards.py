"""Which support rules apply to which part of each card kind, plus the two card-level rules:
a source's own publication date, and a disagreement that really is one."""

from __future__ import annotations

import re

from factcards.load.models import (
    Account,
    DisagreementCard,
    EventCard,
    OverviewCard,
    SourceCard,
    StoryCard,
)
from factcards.problems import Problem
from factcards.rules.crosscheck import CardFile, Shared
from factcards.rules.support import (
    Support,
    check_attribution,
    check_date,
    check_elisions,
    check_names,
    check_numbers,
)
from factcards.text.extract import dates_in, numbers_in
from factcards.text.verbatim import normalise


def _statement(cf: CardFile, path: tuple, text: str, evidence: list, sup: Support) -> list[Problem]:
    problems = check_numbers(cf, (*path, "text"), text, evidence)
    problems += check_names(cf, (*path, "text"), text, evidence, sup)
    problems += check_attribution(cf, (*path, "text"), text, evidence, sup)
    for j, ev in enumerate(evidence):
        problems += check_elisions(cf, (*path, "evidence", j), ev, sup)
    return problems


def _listed(cf: CardFile, card: StoryCard, sup: Support) -> list[Problem]:
    """Everyone an event or background card lists must be named around its evidence."""
    around = sup.around([ev for claim in card.claims for ev in claim.evidence])
    problems = []
    for field in ("people", "organizations"):
        for i, key in enumerate(getattr(card, field)):
            if sup.known(field, key) and (field, key) not in around:
                problems.append(cf.problem((field, i), "name-not-supported",
                                           f"lists '{key}', who is not named in any of this "
                                           "card's evidence or the paragraphs it comes from",
                                           "remove them, or add evidence that names them"))
    return problems


def _source_date(cf: CardFile, card: SourceCard) -> list[Problem]:
    if card.published == "unknown":
        return []
    value = card.published.value
    if any(m.year == value.year and m.matches(value, None)
           for m in dates_in(normalise(card.published.quote))):
        return []
    return [cf.problem(("published", "quote"), "publication-date-not-supported",
                       f"the passage does not state {value.isoformat()} with its year",
                       "quote the words that print the full publication date")]


def _fold(text: str, subject: str) -> str:
    text = normalise(text).strip()
    return text if subject == "name" else re.sub(r"[-\s]+", " ", text.lower())


def _account_supports(account: Account, subject: str, sup: Support) -> bool:
    for ev in account.evidence:
        quote = normalise(ev.quote)
        if subject == "date":
            if any(m.as_date(2024) and m.matches(m.as_date(2024), None) and
                   m.as_date(2024).isoformat() == account.value for m in dates_in(quote)):
                return True
        elif subject == "count":
            wanted = numbers_in(account.value)
            if wanted and all(any(n.value == w.value for n in numbers_in(quote)) for w in wanted):
                return True
        elif _fold(account.value, subject) in _fold(quote, subject):
            return True
    return False


def _disagreement(cf: CardFile, card: DisagreementCard, sup: Support) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for j, account in enumerate(card.accounts):
        key = _fold(account.value, card.subject)
        if key in seen:
            problems.append(cf.problem(("accounts", j, "value"), "disagreement-not-different",
                                       f"gives the same value as account {seen[key] + 1}",
                                       "merge the two accounts; a disagreement needs different values"))
        seen.setdefault(key, j)
        if not _account_supports(account, card.subject, sup):
            problems.append(cf.problem(("accounts", j, "value"), "disagreement-not-different",
                                       f"no passage of this account gives '{account.value}'",
                                       "make the value the words (or date, or number) the passages give"))
    sources = {ev.source for account in card.accounts for ev in account.evidence}
    if len(sources) < 2:
        problems.append(cf.problem(("accounts",), "disagreement-not-different",
                                   "every account cites the same source; a disagreement is "
                                   "between sources", "cite each account's own source"))
    return problems


def check_support(files: list[CardFile], shared: Shared,
                  skip: set[str] = frozenset()) -> list[Problem]:  # type: ignore[assignment]
    """Every support rule, for every valid card not in `skip` (cards that already have errors:
    their quotes or references cannot be relied on)."""
    valid = [cf for cf in files if cf.card is not None]
    sup = Support.of(shared)
    problems: list[Problem] = []
    for cf in valid:
        if cf.path in skip:
            continue
        card = cf.card
        if isinstance(card, EventCard):
            problems += check_date(cf, card, sup)
        if isinstance(card, StoryCard):
            problems += _listed(cf, card, sup)
            for i, claim in enumerate(card.claims):
                problems += _statement(cf, ("claims", i), claim.text, claim.evidence, sup)
        elif isinstance(card, OverviewCard):
            for i, claim in enumerate(card.summary):
                problems += _statement(cf, ("summary", i), claim.text, claim.evidence, sup)
            for i, figure in enumerate(card.figures):
                for field in ("value", "label"):
                    problems += check_numbers(cf, ("figures", i, field), getattr(figure, field),
                                              figure.evidence)
        elif isinstance(card, SourceCard):
            problems += _source_date(cf, card)
        elif isinstance(card, DisagreementCard):
            problems += _disagreement(cf, card, sup)
    return problems
