"""The readings number-not-supported holds a statement's numbers against: the numbers a quote
gives (in its paragraph, with the totals they are part of; its spans of days), what a key
figure's label counts, whether two numbers count the same thing, the parties a number's words
give it, and the counts a statement makes itself ('the two councillors, Okafor and Haldane').
Read by `number_not_supported`; no rule of its own."""

from __future__ import annotations

import functools
import re

from factcards.kinds.fields import Evidence
from factcards.rules.context import Lookup
from factcards.text.counts import phrase, totals
from factcards.text.dates import dates_in, without_dates
from factcards.text.numbers import Number, collectives, numbers_in
from factcards.text.phrase_parties import count_parties
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import can_be_noun, can_be_verb, only_verb, words


@functools.lru_cache(maxsize=1 << 16)
def given_numbers(quote: str) -> tuple[Number, ...]:
    """The numbers a quote gives; remembered, as the same passages back many statements."""
    plain = without_dates(normalise(quote))
    return tuple(numbers_in(plain, one_is_a_number=True) + collectives(plain))


@functools.lru_cache(maxsize=1 << 12)
def day_spans(quote: str) -> tuple[Number, ...]:
    """A quote's spans of days ("two days later") read as counts of days: what a key figure
    labelled in days gives ("Days between the vote and the closure: 2")."""
    return tuple(Number((float(abs(m.days)),), "", ("days",), m.text, m.start)
                 for m in dates_in(normalise(quote)) if m.days)


def label_counts_days(label: str) -> bool:
    return any("day" in word.forms for word in words(label))


def label_head(label: str) -> tuple[str, ...]:
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


def label_done(label: str) -> str | None:
    """What a figure's label that opens with a participle says happened to what its value
    counts ("Injured in Fernley": injured)."""
    first = next(iter(words(label)), None)
    return first.text.lower() if first is not None and first.lower.endswith(("ed", "en")) \
        and can_be_verb(first.text) and not can_be_noun(first.text) else None


def counts_alike(stated: Number, given: Number, vocabulary: Vocabulary) -> bool:
    """Whether the two count the same thing: the words after them share a word (or form, or
    equivalent); a number with nothing after it counts whatever its passage counts."""
    if not stated.counts or not given.counts:
        return True
    theirs = frozenset().union(*(vocabulary.keys(w) for w in given.counts))
    return any(vocabulary.keys(w) & theirs for w in stated.counts)


def self_counted(number: Number, text: str, look: Lookup, quotes: list[str]) -> bool:
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
def read_numbers(text: str) -> tuple[tuple[Number, ...], tuple[Number | None, ...]]:
    """A paragraph's numbers and the totals they are part of."""
    found = numbers_in(without_dates(text), one_is_a_number=True)
    return tuple(found), tuple(totals(text, found))


def placed(ev: Evidence, look: Lookup) -> tuple[str, int]:
    """The text a quote's numbers are read in (its paragraph, where the quote is found whole)
    and where the quote starts in it."""
    quote, paragraph = normalise(ev.quote), look.context(ev)
    at = paragraph.find(quote)
    return (paragraph, at) if at >= 0 else (quote, 0)


def number_parties(text: str, number: Number, found: tuple[Number, ...] | list[Number], look: Lookup,
             statement: bool) -> frozenset[tuple[str, str]]:
    """The parties the words after a number give it, and how (`attach.count_parties`)."""
    words = phrase(text, number, found)
    return count_parties(words, look.parties(words, statement), lambda k: k in look.vocabulary.party_groups)


def named_count(number: Number) -> str:
    return f"{number.text}{' ' + number.counts[0] if number.counts else ''}"
