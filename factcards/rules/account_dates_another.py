"""Each account of a disputed day dates the happening the disagreement asks about: a passage
that gives the day to another party's act ("Fernley closes the footbridge on April 3")
is no account of the day Alderbrook closes its bridge."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcards.kinds import KINDS as REGISTRY
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_DISAGREEMENT
from factcards.text.dated import clause_at
from factcards.text.dates import dates_in
from factcards.text.days import days_of
from factcards.text.roles import Role, roles
from factcards.text.verbatim import normalise

ID = "account-dates-another"
SCOPE = "valid"
KINDS = tuple(name for name, kind in REGISTRY.items() if kind.disputed_dates is not None)
SUMMARY = ("In a disagreement about a date whose title asks when a party did something ('On which "
           "day does Alderbrook close the bridge?'), no account's passage gives its day to another "
           "party doing it: 'Fernley Parish Council closes the footbridge on April 3' dates Fernley's "
           "closing, not Alderbrook's.")
FIX = "Quote the passage that gives the day of the happening the title asks about."
EXAMPLE_KIND = "disagreements"
_GOOD = GOOD_DISAGREEMENT.replace(
    "title: On which day does the Mill Lane bridge close, April 1 or April 3?",
    "title: On which day does Alderbrook close the bridge, April 1 or April 3?").replace(
    'quote: "said the bridge would close on April 1"',
    'quote: "said the bridge would close on April 1"\n      - source: council-votes-to-close-bridge\n'
    '        quote: "Alderbrook Town Council voted to close the Mill Lane bridge"')
EXAMPLES = (_GOOD, _GOOD.replace('quote: "The Mill Lane bridge is now due to close on April 3"',
                                 'quote: "Fernley Parish Council closes the Brook Street '
                                 'footbridge on April 3"'))


def _actors(text: str, look: Lookup, statement: bool) -> list[Role]:
    v = look.vocabulary
    return [r for r in roles(text, look.parties(text, statement), v.keys, v.saying, v.verb_groups)
            if r.role == "actor"]


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card = cf.card
    if REGISTRY[cf.kind].disputed_dates is None or getattr(card, "subject", None) != "date":
        return
    title = normalise(card.title)  # type: ignore[union-attr]
    which = title.lower().find("which")  # the question's part: "After Y's, on which day did X"
    question = re.split(r"[,?;]", title[title.rfind(",", 0, which) + 1:])[0] if which >= 0 else title
    asked = _actors(question, look, True)[:1]
    if not asked:
        return
    for i, account in enumerate(card.accounts):  # type: ignore[union-attr]
        try:
            day = dt.date.fromisoformat(account.value)
        except ValueError:
            continue
        for j, ev in enumerate(account.evidence):
            quote = normalise(ev.quote)
            mentions = dates_in(quote)
            for m, given in zip(mentions, days_of(mentions, day.year), strict=True):
                if given != day or m.days is not None:  # a span counts from another day
                    continue
                theirs = _actors(clause_at(quote, m.start), look, False)
                for mine in asked:
                    doing = [r for r in theirs if r.action & mine.action]
                    if doing and not any(r.party == mine.party for r in doing):
                        who, whom = look.party_name(doing[0].party), look.party_name(mine.party)
                        yield Finding(("accounts", i, "evidence", j, "quote"),
                                      f"gives {day:%B} {day.day} to '{who}' doing it, but the title "
                                      f"asks when '{whom}' did", "quote the passage that gives "
                                      "the day of the happening the title asks about")
                        return
