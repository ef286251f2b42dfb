"""Every number a statement gives is given by one of its passages, with its qualifier, what it
counts, the total it is part of and the party or place it is given: "at least 11 dead,
including four children" is no sum of one passage's total and another's part."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, Statement, figure_values, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.rules.number_readings import (
    counts_alike,
    day_spans,
    given_numbers,
    label_counts_days,
    label_done,
    label_head,
    named_count,
    number_parties,
    placed,
    read_numbers,
    self_counted,
)
from factcards.text.counts import done_to, phrase, totals
from factcards.text.dates import without_dates
from factcards.text.numbers import Number, numbers_in, unreadable
from factcards.text.party_tokens import PLACE
from factcards.text.phrase_parties import antecedent_owners
from factcards.text.verbatim import normalise

ID = "number-not-supported"
SCOPE = "valid"
SUMMARY = ("Every number in a statement — digits ('1,200'), words ('two thousand', 'a dozen'), "
           "vague counts ('dozens'), ranges ('10 to 12'), with 'at least', 'only', 'about' and the "
           "like — is given by one passage with the same value, the same qualifier and the same "
           "thing counted ('three women' is not 'three men'; 'two of the dead were women' counts "
           "women); a passage's 'the pair' or 'both' gives two. A "
           "date's digits are not a count. The passage that gives a number also gives the total it "
           "is part of ('nine dead, including four children') and the party or place its words "
           "give it ('two Fernley children', 'killed in Fernley'): none is borrowed from another; "
           "nor is what happened to them ('two injured' is not 'two killed'). "
           "A number a statement counts itself ('the two ministers, A and B') needs no passage. "
           "A key figure's value counts the noun its label opens with ('Children killed in "
           "Fernley': children), and a label in days is given by a span ('two days later'). "
           "A token mixing digits and letters ('9O') is refused.")
FIX = "Make the number, its qualifier and what it counts match one quoted passage."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Alderbrook Town Council voted to close two bridges."))


# A count of part of something, and what that part was: "two of the casualties ... were men".
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those)\s+[^,;.]*?\b(?:were|was|are|is)\s+(\w+)",
                        re.IGNORECASE)


def _why_not(number: Number, total: Number | None, mine: frozenset[tuple[str, str]], said: str,
             ev: Evidence, look: Lookup, happened: str | None = None, days: bool = False) -> str | None:
    """Why one passage does not give a statement's number: '' if it gives it, with the total
    it is part of and the place or party its phrase gives it; None if it has no such number."""
    text, at = placed(ev, look)
    found, parts = read_numbers(text)
    why = None
    for given in given_numbers(ev.quote) + (day_spans(ev.quote) if days else ()):
        if not (number.same(given) and counts_alike(number, given, look.vocabulary)):
            continue
        index = next((i for i, n in enumerate(found) if n.start == at + given.start), None)
        theirs = parts[index] if index is not None else None
        if total is not None and not (theirs is not None and total.same(theirs)
                                      and counts_alike(total, theirs, look.vocabulary)):
            why = (f"counts '{named_count(number)}' among '{named_count(total)}', but the passage giving it "
                   + (f"counts it among '{named_count(theirs)}'" if theirs else "gives it alone"))
            continue
        own = number_parties(text, found[index], found, look, False) if index is not None else \
            number_parties(normalise(ev.quote), given, given_numbers(ev.quote), look, False)
        missing = mine - own
        if missing and index is not None:  # "The attack killed two": the attack named before
            missing -= antecedent_owners(text, found[index].start, look.vocabulary.keys,
                                         lambda t: {p for _, _, p in look.parties(t, False)}, at)
        if missing:
            party, how = min(missing)
            why = (f"'{said}' {'places the count in' if how == PLACE else 'gives the count to'} "
                   f"'{look.party_name(party)}', which the passage giving '{named_count(given)}' does not")
            continue
        theirs_happened = done_to(text, found[index], found) if index is not None else \
            done_to(normalise(ev.quote), given, given_numbers(ev.quote))
        if happened and theirs_happened and not look.vocabulary.keys(happened) & \
                look.vocabulary.keys(theirs_happened):
            why = (f"'{said}' has them {happened}, where the passage giving '{named_count(given)}' has "
                   f"them {theirs_happened}")
            continue
        return ""
    return why


def unsupported(st: Statement, look: Lookup, label: str = "") -> Iterator[Finding]:
    """The statement's numbers no one passage gives. A key figure's value (the statement)
    counts what its `label` opens with ("Children killed ...") and has happen to them what a
    label that opens with it says ("Injured in ..."), and where the label counts
    days, a passage's span of days ("two days later") gives it."""
    text = normalise(st.text)
    days, head = label_counts_days(label), label_head(label)
    for token in unreadable(text):
        yield Finding(st.path, f"'{token}' mixes digits and letters, so it is no number a "
                      "reader can trust", "write the number in digits or in words")
    not_counts = set(look.settings.not_counts)
    stated = numbers_in(without_dates(text))
    for number, total in zip(stated, totals(text, stated), strict=True):
        if number.value == (1.0,) and number.counts[:1] and number.counts[0] in not_counts:
            continue
        if self_counted(number, text, look, [ev.quote for ev in st.evidence]):
            continue
        if head and not number.counts:
            number = replace(number, counts=head)
        mine = number_parties(text, number, stated, look, True)
        said = phrase(text, number, stated).strip()
        happened = done_to(text, number, stated, passive=True) or label_done(label)
        reasons = [_why_not(number, total, mine, said, ev, look, happened, days) for ev in st.evidence]
        part = _PARTITIVE.match(text, number.end) if number.end >= 0 else None  # "two of them were men"
        if part and "" not in reasons:
            reasons += [_why_not(replace(number, counts=(part.group(1).lower(),)), total, mine, said,
                                 ev, look, happened, days) for ev in st.evidence]
        if "" in reasons:
            continue
        passages = [given_numbers(ev.quote) for ev in st.evidence]
        reason = next((r for r in reasons if r), None)
        if reason:
            yield Finding(st.path, f"{reason}: a number keeps the total it is part of and "
                          "the place it is given in its own passage",
                          "give the number as one passage gives it, with its total and place")
            continue
        seen = sorted({f"'{n.text}{' ' + ' '.join(n.counts[:1]) if n.counts else ''}'"
                       for given in passages for n in given})
        yield Finding(st.path, f"'{number.text}{' ' + number.counts[0] if number.counts else ''}' "
                      f"is not given by any one of its passages (they give {', '.join(seen) or 'nothing'})",
                      "make the number, words like 'at least', and what it counts match one quote")


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        yield from unsupported(st, look)
    labels = [figure.label for figure in getattr(cf.card, "figures", None) or []]
    for st, label in zip(figure_values(cf), labels, strict=True):
        yield from unsupported(st, look, label)
