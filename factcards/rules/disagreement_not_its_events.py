"""A disagreement about a date is about the dated cards it names: each of them carries the date
one of its accounts gives, and its happening is one the accounts' passages tell. A dispute whose
accounts all date another happening is linked to the wrong card, and the reader of that card
would be told of a doubt that is not its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from factcards.kinds import KINDS as REGISTRY
from factcards.kinds import values_at
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_DISAGREEMENT
from factcards.text.dated import tells
from factcards.text.verbatim import normalise

ID = "disagreement-not-its-events"
SCOPE = "valid"
KINDS = tuple(name for name, kind in REGISTRY.items() if kind.disputed_dates is not None)
SUMMARY = ("A disagreement about a date names only dated cards that carry one of its accounts' "
           "dates, and whose happening (their title) one of its accounts' passages tells: an event "
           "dated March 13 is not the one whose day is disputed as April 1 or April 3, nor is "
           "another happening of the same day.")
FIX = "Name the card whose date the accounts dispute, or give that card the date one account gives."
EXAMPLE_KIND = "disagreements"
EXAMPLES = (GOOD_DISAGREEMENT,
            GOOD_DISAGREEMENT.replace("subject: date\n",
                                      "subject: date\nevents:\n  - fernley-plans-bus-diversions\n"))


def _days(values: list[str]) -> set[dt.date]:
    found = set()
    for value in values:
        try:
            found.add(dt.date.fromisoformat(value))
        except ValueError:
            continue
    return found


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    kind = REGISTRY[cf.kind]
    if kind.disputed_dates is None:
        return
    disputed = _days(kind.disputed_dates(cf.card))
    if not disputed:
        return
    quotes = [normalise(ev.quote) for account in getattr(cf.card, "accounts", None) or []
              for ev in account.evidence]
    for pattern, targets in kind.references:
        for path, ref in values_at(cf.data, pattern):
            for target in targets:
                day, title = look.shared.dated.get(f"{target}/{ref}", (None, ""))
                if day is not None and day not in disputed:
                    given = ", ".join(f"{d:%B} {d.day}, {d.year}" for d in sorted(disputed))
                    yield Finding(path, f"names '{ref}', dated {day:%B} {day.day}, {day.year}, but "
                                  f"its accounts dispute {given}: they are about another "
                                  "happening", "name the card whose date the accounts dispute, "
                                  "or give that card the date one account gives")
                elif day is not None and title and not any(
                        tells(title, quote, look.vocabulary, look.name_spans(title)) for quote in quotes):
                    yield Finding(path, f"names '{ref}' ('{title}'), but none of its accounts' "
                                  "passages tells that happening: they date another one on the "
                                  "same day", "name the card whose date the accounts dispute")
