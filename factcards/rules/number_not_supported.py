"""Every number a statement gives is given by one of its passages, with its qualifier, what it
counts, the total it is part of and the party or place it is given: "at least 11 dead,
including four children" is no sum of one passage's total and another's part."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import replace

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, Statement, figure_values, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.counts import done_to, phrase, totals
from factcards.text.dates import dates_in, without_dates
from factcards.text.numbers import Number, collectives, numbers_in, unreadable
from factcards.text.party_tokens import PLACE
from factcards.text.phrase_parties import antecedent_owners, count_parties
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import can_be_noun, can_be_verb, only_verb, words

ID = "number-not-supported"
SCOPE = "valid"
SUMMARY = ("Every number in a statement — digits ('1,200'), words ('two thousand', 'a dozen'), "
           "vague counts ('dozens'), ranges ('10 to 12'), with 'at least', 'only', 'about' and the "
           "like — is given by one passage with the same value, the same qualifier and the same "
           "thing counted ('three women' is not 'three men'); a passage's 'the pair' gives two. A "
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


@functools.lru_cache(maxsize=1 << 16)
def _given(quote: str) -> tuple[Number, ...]:
    """The numbers a quote gives; remembered, as the same passages back many statements."""
    plain = without_dates(normalise(quote))
    return tuple(numbers_in(plain, one_is_a_number=True) + collectives(plain))


@functools.lru_cache(maxsize=1 << 12)
def _spans(quote: str) -> tuple[Number, ...]:
    """A quote's spans of days ("two days later") read as counts of days: what a key figure
    labelled in days gives ("Days between the vote and the closure: 2")."""
    return tuple(Number((float(abs(m.days)),), "", ("days",), m.text, m.start)
                 for m in dates_in(normalise(quote)) if m.days)


def _counts_days(label: str) -> bool:
    return any("day" in word.forms for word in words(label))


def _head(label: str) -> tuple[str, ...]:
    """The nouns a figure's label opens with, which its value counts ("Children killed in
    Fernley": children; "Union members on strike": union members); none where it opens
    otherwise ("Killed in Fernley")."""
    found: list[str] = []
    for word in words(label):
        if word.stop or not can_be_noun(word.text) or (not found and can_be_verb(word.text)) \
                or only_verb(word.text):
            break
        found.append(word.lower)
    return tuple(found)


def _counts_alike(stated: Number, given: Number, vocabulary: Vocabulary) -> bool:
    """Whether the two count the same thing: the words after them share a word (or form, or
    equivalent); a number with nothing after it counts whatever its passage counts."""
    if not stated.counts or not given.counts:
        return True
    theirs = frozenset().union(*(vocabulary.keys(w) for w in given.counts))
    return any(vocabulary.keys(w) & theirs for w in stated.counts)


def _self_counted(number: Number, text: str, look: Lookup, quotes: list[str]) -> bool:
    """'The two councillors, Okafor and Haldane': a count of the names that follow it in the
    same sentence. Or 'Alderbrook and Fernley ... the two towns', where a passage names the
    same group without a count ('the towns'): a count of the parties the sentence named."""
    if len(number.value) != 1:
        return False
    if number.value[0] == len(_listed(text[number.end:].split(".")[0], look)):
        return True
    before = text[:number.start]
    before = before[before.rfind(".") + 1:]
    if not before.lower().endswith("the ") or not number.counts:
        return False
    named = {party for _, _, party in look.parties(before)}
    group = " ".join(number.counts[:2]).lower()
    return number.value[0] == len(named) and any(
        re.search(rf"\bthe {re.escape(group)}\b", normalise(q).lower()) for q in quotes)


_BETWEEN = re.compile(r"^(?:\s*,)?\s*(?:and\s+)?$")


def _listed(rest: str, look: Lookup) -> set[str]:
    """The names listed right after a counted noun and a comma or colon: ", Okafor and
    Haldane" (names later in the sentence are no such list)."""
    head = re.match(r"^[^,:;()]*[,:]\s*", rest)
    if head is None:
        return set()
    found: set[str] = set()
    at = head.end()
    for a, b, key in look.name_spans(rest):
        if a < at:
            continue
        if not _BETWEEN.match(rest[at:a]):
            break
        found.add(key)
        at = b
    return found


@functools.lru_cache(maxsize=1 << 12)
def _read(text: str) -> tuple[tuple[Number, ...], tuple[Number | None, ...]]:
    """A paragraph's numbers and the totals they are part of."""
    found = numbers_in(without_dates(text), one_is_a_number=True)
    return tuple(found), tuple(totals(text, found))


def _placed(ev: Evidence, look: Lookup) -> tuple[str, int]:
    """The text a quote's numbers are read in (its paragraph, where the quote is found whole)
    and where the quote starts in it."""
    quote, paragraph = normalise(ev.quote), look.context(ev)
    at = paragraph.find(quote)
    return (paragraph, at) if at >= 0 else (quote, 0)


def _parties(text: str, number: Number, found: tuple[Number, ...] | list[Number], look: Lookup,
             statement: bool) -> frozenset[tuple[str, str]]:
    """The parties the words after a number give it, and how (`attach.count_parties`)."""
    words = phrase(text, number, found)
    return count_parties(words, look.parties(words, statement), lambda k: k in look.vocabulary.party_groups)


def _why_not(number: Number, total: Number | None, mine: frozenset[tuple[str, str]], said: str,
             ev: Evidence, look: Lookup, happened: str | None = None, days: bool = False) -> str | None:
    """Why one passage does not give a statement's number: '' if it gives it, with the total
    it is part of and the place or party its phrase gives it; None if it has no such number."""
    text, at = _placed(ev, look)
    found, parts = _read(text)
    why = None
    for given in _given(ev.quote) + (_spans(ev.quote) if days else ()):
        if not (number.same(given) and _counts_alike(number, given, look.vocabulary)):
            continue
        index = next((i for i, n in enumerate(found) if n.start == at + given.start), None)
        theirs = parts[index] if index is not None else None
        if total is not None and not (theirs is not None and total.same(theirs)
                                      and _counts_alike(total, theirs, look.vocabulary)):
            why = (f"counts '{_named(number)}' among '{_named(total)}', but the passage giving it "
                   + (f"counts it among '{_named(theirs)}'" if theirs else "gives it alone"))
            continue
        own = _parties(text, found[index], found, look, False) if index is not None else \
            _parties(normalise(ev.quote), given, _given(ev.quote), look, False)
        missing = mine - own
        if missing and index is not None:  # "The attack killed two": the attack named before
            missing -= antecedent_owners(text, found[index].start, look.vocabulary.keys,
                                         lambda t: {p for _, _, p in look.parties(t, False)}, at)
        if missing:
            party, how = min(missing)
            why = (f"'{said}' {'places the count in' if how == PLACE else 'gives the count to'} "
                   f"'{look.party_name(party)}', which the passage giving '{_named(given)}' does not")
            continue
        theirs_happened = done_to(text, found[index], found) if index is not None else \
            done_to(normalise(ev.quote), given, _given(ev.quote))
        if happened and theirs_happened and not look.vocabulary.keys(happened) & \
                look.vocabulary.keys(theirs_happened):
            why = (f"'{said}' has them {happened}, where the passage giving '{_named(given)}' has "
                   f"them {theirs_happened}")
            continue
        return ""
    return why


def _named(number: Number) -> str:
    return f"{number.text}{' ' + number.counts[0] if number.counts else ''}"


def unsupported(st: Statement, look: Lookup, label: str = "") -> Iterator[Finding]:
    """The statement's numbers no one passage gives. A key figure's value (the statement)
    counts what its `label` opens with ("Children killed ..."), and where the label counts
    days, a passage's span of days ("two days later") gives it."""
    text = normalise(st.text)
    days, head = _counts_days(label), _head(label)
    for token in unreadable(text):
        yield Finding(st.path, f"'{token}' mixes digits and letters, so it is no number a "
                      "reader can trust", "write the number in digits or in words")
    not_counts = set(look.settings.not_counts)
    stated = numbers_in(without_dates(text))
    for number, total in zip(stated, totals(text, stated), strict=True):
        if number.value == (1.0,) and number.counts[:1] and number.counts[0] in not_counts:
            continue
        if _self_counted(number, text, look, [ev.quote for ev in st.evidence]):
            continue
        if head and not number.counts:
            number = replace(number, counts=head)
        mine = _parties(text, number, stated, look, True)
        said = phrase(text, number, stated).strip()
        happened = done_to(text, number, stated, passive=True)
        reasons = [_why_not(number, total, mine, said, ev, look, happened, days) for ev in st.evidence]
        if "" in reasons:
            continue
        passages = [_given(ev.quote) for ev in st.evidence]
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
