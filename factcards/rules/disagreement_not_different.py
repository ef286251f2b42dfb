"""A recorded disagreement really is one: different values, each given by its own passages,
from at least two sources."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from factcards.kinds.disagreements import Account
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_DISAGREEMENT, dispute
from factcards.text.align import align, passage_keys
from factcards.text.dates import dates_in, without_dates
from factcards.text.days import resolved
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise
from factcards.text.words import words

ID = "disagreement-not-different"
SCOPE = "valid"
KINDS = ("disagreements",)
SUMMARY = ("A recorded disagreement is about one of the project's subjects and has accounts "
           "with different values, each given by its own passages, from at least two sources, "
           "and no account's passages give another account's value: accounts that can all be "
           "true are no disagreement. A name account's value is a name, not a description, and "
           "is not printed beside another account's value in one paragraph. A wording account's "
           "value is only the words the sources give differently: no word of it is given by "
           "another account's passages too.")
FIX = "Give each account the value its passages state, from its own source."
EXAMPLE_KIND = "disagreements"
_PARTICLE = 3  # a lower-case word this short is part of a name ("ul", "bin", "al")
SPELLING = 60  # how alike (rapidfuzz ratio) two names must be to be spellings of one name
EXAMPLES = (GOOD_DISAGREEMENT, dispute('value: "2030-04-03"', 'value: "2030-04-01"'))


def _fold(text: str, subject: str) -> str:
    text = normalise(text).strip()
    return text if subject == "name" else re.sub(r"[-\s]+", " ", text.lower())


def _supports(account: Account, subject: str, value: str | None = None) -> bool:
    """Whether one of the account's passages gives `value` (by default, its own)."""
    value = account.value if value is None else value
    for ev in account.evidence:
        quote = normalise(ev.quote)
        if subject == "date":
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                return False
            if day in resolved(dates_in(quote), day.year):
                return True
        elif subject == "count":
            wanted = numbers_in(value, one_is_a_number=True)
            given = numbers_in(without_dates(quote), one_is_a_number=True)
            if wanted and all(any(n.value == w.value for n in given) for w in wanted):
                return True
        elif re.search(rf"(?<!\w){re.escape(_fold(value, subject))}(?!\w)", _fold(quote, subject)):
            return True
    return False


def _reworded(a: str, b: str, subject: str, look: Lookup) -> bool:
    """Whether two values are the same words up to the project's equivalents ("Alderbrook",
    "town"); for names, unless they are spellings of one another ("Okafor", "Okafur")."""
    if subject not in ("name", "wording"):
        return False
    mine, theirs = ([look.vocabulary.keys(w.text) for w in words(normalise(v)) if not w.stop]
                    for v in (a, b))
    if not mine or not theirs:
        return False
    covered = all(any(k & o for o in theirs) for k in mine) and all(any(o & k for k in mine)
                                                                     for o in theirs)
    if not covered or subject != "name":
        return covered
    return not _spellings(a, b)


def _spellings(a: str, b: str) -> bool:
    """Whether two names are spellings of one name ("Okafor", "Okafur"), not two names."""
    from rapidfuzz import fuzz  # imported only here: most checks compare no names' spellings

    return fuzz.ratio(a.lower(), b.lower()) >= SPELLING


def _shared_words(account: Account, other: Account, look: Lookup) -> list[str]:
    """The words of a wording account's value that the other account's passages give too
    (in any form, or as an equivalent): on those the sources agree."""
    keys = [passage_keys(normalise(ev.quote), look.vocabulary) for ev in other.evidence]
    return [a.word.text for a in align(normalise(account.value), keys, look.vocabulary)
            if a.passage is not None]


def _agreeing(card, look: Lookup) -> Iterator[Finding]:
    """A wording disagreement's values are only the words the sources give differently: a
    word both accounts' passages give is no part of the dispute ("struck a target" and
    "missile attacks" agree that there were strikes, and dispute nothing)."""
    for j, account in enumerate(card.accounts):
        for k, other in enumerate(card.accounts):
            shared = _shared_words(account, other, look) if k != j else []
            if shared:
                yield Finding(("accounts", j, "value"), f"account {k + 1}'s passages give "
                              f"{', '.join(repr(w) for w in shared)} too: the accounts agree on "
                              f"{'it' if len(shared) == 1 else 'them'}",
                              "make each value only the words the sources give differently, and "
                              "record a disagreement only where those exclude each other")
                break


def _not_names(card, look: Lookup) -> Iterator[Finding]:
    """A name dispute is between names: a description ("Fernley's council") is no other name,
    and another name printed beside it in one paragraph ("the Town Council (the Council)") is
    that page giving both."""
    for j, account in enumerate(card.accounts):
        described = [w.text for w in words(normalise(account.value))
                     if w.text.islower() and not w.stop and len(w.text) > _PARTICLE]
        if described:
            yield Finding(("accounts", j, "value"), f"'{account.value}' describes, with "
                          f"{', '.join(repr(w) for w in described)}: it is no name",
                          "record a name disagreement only between names the sources print")
            return
        for k, other in enumerate(card.accounts):
            if k == j or _spellings(account.value, other.value):
                continue  # a page may spell one name two ways: a spelling dispute still
            beside = next((ev for ev in account.evidence if re.search(
                rf"(?<!\w){re.escape(normalise(other.value).strip())}(?!\w)", look.context(ev))), None)
            if beside is not None:
                yield Finding(("accounts", j, "value"), f"the paragraph of account {j + 1}'s "
                              f"passage prints '{other.value}' too: that page gives both names",
                              "record a name disagreement only between sources")
                return


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card = cf.card
    if card.subject not in look.settings.subjects:  # type: ignore[union-attr]
        yield Finding(("subject",), f"'{card.subject}' is none of the project's subjects "  # type: ignore[union-attr]
                      f"({', '.join(look.settings.subjects)})", "use one of them (project.yml)")
        return
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
    for j, account in enumerate(card.accounts):  # type: ignore[union-attr]
        same = next((k for k, b in enumerate(card.accounts[:j])  # type: ignore[union-attr]
                     if _reworded(b.value, account.value, card.subject, look)), None)  # type: ignore[union-attr]
        if same is not None:
            yield Finding(("accounts", j, "value"), f"'{account.value}' says what account "
                          f"{same + 1}'s value says, in other words the project treats as the "
                          "same", "record a disagreement only where the sources' accounts "
                          "exclude each other")
    for j, account in enumerate(card.accounts):  # type: ignore[union-attr]
        other = next((k for k, b in enumerate(card.accounts) if k != j  # type: ignore[union-attr]
                      and _supports(b, card.subject, account.value)), None)  # type: ignore[union-attr]
        if other is not None:
            yield Finding(("accounts", j, "value"), f"account {other + 1}'s passages give "
                          f"'{account.value}' too, so the accounts do not conflict",
                          "record a disagreement only where the sources' accounts exclude each other")
    if card.subject == "name":  # type: ignore[union-attr]
        yield from _not_names(card, look)
    if card.subject == "wording":  # type: ignore[union-attr]
        yield from _agreeing(card, look)
    sources = {ev.source for account in card.accounts for ev in account.evidence}  # type: ignore[union-attr]
    if len(sources) < 2:
        yield Finding(("accounts",), "every account cites the same source; a disagreement is "
                      "between sources", "cite each account's own source")
