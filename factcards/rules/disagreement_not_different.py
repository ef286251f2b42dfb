"""A recorded disagreement really is one: different values, each given by its own passages,
from at least two sources."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcards.kinds.disagreements import Account
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_DISAGREEMENT, dispute
from factcards.text.dates import dates_in, resolved, without_dates
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise

ID = "disagreement-not-different"
SCOPE = "valid"
KINDS = ("disagreements",)
SUMMARY = ("A recorded disagreement has accounts with different values, each given by its own "
           "passages, from at least two sources.")
FIX = "Give each account the value its passages state, from its own source."
EXAMPLE_KIND = "disagreements"
EXAMPLES = (GOOD_DISAGREEMENT, dispute('value: "2024-01-17"', 'value: "2024-01-16"'))


def _fold(text: str, subject: str) -> str:
    text = normalise(text).strip()
    return text if subject == "name" else re.sub(r"[-\s]+", " ", text.lower())


def _supports(account: Account, subject: str) -> bool:
    for ev in account.evidence:
        quote = normalise(ev.quote)
        if subject == "date":
            try:
                day = dt.date.fromisoformat(account.value)
            except ValueError:
                return False
            if day in resolved(dates_in(quote), day.year):
                return True
        elif subject == "count":
            wanted = numbers_in(account.value, one_is_a_number=True)
            given = numbers_in(without_dates(quote), one_is_a_number=True)
            if wanted and all(any(n.value == w.value for n in given) for w in wanted):
                return True
        elif _fold(account.value, subject) in _fold(quote, subject):
            return True
    return False


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card = cf.card
    seen: dict[str, int] = {}
    for j, account in enumerate(card.accounts):  # type: ignore[union-attr]
        key = _fold(account.value, card.subject)  # type: ignore[union-attr]
        if key in seen:
            yield Finding(("accounts", j, "value"), f"gives the same value as account {seen[key] + 1}",
                          "merge the two accounts; a disagreement needs different values")
        seen.setdefault(key, j)
        if not _supports(account, card.subject):  # type: ignore[union-attr]
            yield Finding(("accounts", j, "value"), f"no passage of this account gives '{account.value}'",
                          "make the value the words (or date, or number) the passages give")
    sources = {ev.source for account in card.accounts for ev in account.evidence}  # type: ignore[union-attr]
    if len(sources) < 2:
        yield Finding(("accounts",), "every account cites the same source; a disagreement is "
                      "between sources", "cite each account's own source")
