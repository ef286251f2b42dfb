"""Every number a statement gives is given, with its qualifier, by its evidence."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.extract import Number, numbers_in
from factcards.text.verbatim import normalise

ID = "number-not-supported"
SCOPE = "valid"
SUMMARY = ("Every number in a statement (digits or words, with 'at least', 'nearly' and the like) "
           "appears with the same value and qualifier in its evidence. 'One' is not counted: it is "
           "mostly a pronoun.")
FIX = "Make the number, and its qualifier, match the quote."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Pakistan recalled its two ambassadors."))


@functools.lru_cache(maxsize=1 << 16)
def _quote_numbers(quote: str) -> tuple[Number, ...]:
    """The numbers a quote gives; remembered, as the same passages back many statements."""
    return tuple(numbers_in(normalise(quote)))


def unsupported(path: tuple, text: str, evidence: list[Evidence]) -> Iterator[Finding]:
    stated = numbers_in(text)
    given = [n for ev in evidence for n in _quote_numbers(ev.quote)] if stated else []
    for number in stated:
        if not any(n.value == number.value and n.qualifier == number.qualifier for n in given):
            seen = ", ".join(sorted({f"'{n.text}'" for n in given})) or "no numbers"
            yield Finding(path, f"'{number.text}' is not in this statement's evidence (it gives {seen})",
                          "make the number, and words like 'at least', match the quote")


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if st.prose or st.path[0] == "figures":
            yield from unsupported(st.path, st.text, st.evidence)
    for i, figure in enumerate(getattr(cf.card, "figures", None) or []):
        yield from unsupported(("figures", i, "value"), figure.value, figure.evidence)
