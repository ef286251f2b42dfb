"""Every number a statement gives is given by one of its passages, with its qualifier and
what it counts."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, Statement, figure_values, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.align import Vocabulary
from factcards.text.dates import without_dates
from factcards.text.numbers import Number, collectives, numbers_in, unreadable
from factcards.text.verbatim import normalise

ID = "number-not-supported"
SCOPE = "valid"
SUMMARY = ("Every number in a statement — digits ('1,200'), words ('two thousand', 'a dozen'), "
           "vague counts ('dozens'), ranges ('10 to 12'), with 'at least', 'only', 'about' and the "
           "like — is given by one passage with the same value, the same qualifier and the same "
           "thing counted ('three women' is not 'three men'); a passage's 'the pair' gives two. A "
           "date's digits are not a count. "
           "A number a statement counts itself ('the two ministers, A and B') needs no passage. "
           "A token mixing digits and letters ('9O') is refused.")
FIX = "Make the number, its qualifier and what it counts match one quoted passage."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Alderbrook Town Council voted to close two bridges."))


@functools.lru_cache(maxsize=1 << 16)
def _given(quote: str) -> tuple[Number, ...]:
    """The numbers a quote gives; remembered, as the same passages back many statements."""
    plain = without_dates(normalise(quote))
    return tuple(numbers_in(plain, one_is_a_number=True) + collectives(plain))


def _counts_alike(stated: Number, given: Number, vocabulary: Vocabulary) -> bool:
    """Whether the two count the same thing: the words after them share a word (or form, or
    equivalent); a number with nothing after it counts whatever its passage counts."""
    if not stated.counts or not given.counts:
        return True
    theirs = frozenset().union(*(vocabulary.keys(w) for w in given.counts))
    return any(vocabulary.keys(w) & theirs for w in stated.counts)


def _self_counted(number: Number, text: str, look: Lookup) -> bool:
    """'The two councillors, Okafor and Haldane': a count of the names that
    follow it in the same sentence."""
    sentence = text[number.start:].split(".")[0]
    names = {key for _, _, key in look.name_spans(sentence)}
    return len(number.value) == 1 and number.value[0] == len(names)


def unsupported(st: Statement, look: Lookup) -> Iterator[Finding]:
    text = normalise(st.text)
    for token in unreadable(text):
        yield Finding(st.path, f"'{token}' mixes digits and letters, so it is no number a "
                      "reader can trust", "write the number in digits or in words")
    not_counts = set(look.settings.not_counts)
    for number in numbers_in(without_dates(text)):
        if number.value == (1.0,) and number.counts[:1] and number.counts[0] in not_counts:
            continue
        passages = [_given(ev.quote) for ev in st.evidence]
        if any(number.same(n) and _counts_alike(number, n, look.vocabulary)
               for given in passages for n in given) or _self_counted(number, text, look):
            continue
        seen = sorted({f"'{n.text}{' ' + ' '.join(n.counts[:1]) if n.counts else ''}'"
                       for given in passages for n in given})
        yield Finding(st.path, f"'{number.text}{' ' + number.counts[0] if number.counts else ''}' "
                      f"is not given by any one of its passages (they give {', '.join(seen) or 'nothing'})",
                      "make the number, words like 'at least', and what it counts match one quote")


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        yield from unsupported(st, look)
    for st in figure_values(cf):
        yield from unsupported(st, look)
