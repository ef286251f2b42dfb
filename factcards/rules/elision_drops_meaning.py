"""What a `...` in a quote leaves out must not carry the meaning: a negation or a number."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, QUOTE, event
from factcards.text.dates import without_dates
from factcards.text.numbers import numbers_in

ID = "elision-drops-meaning"
LEVEL = "warning"
SCOPE = "valid"
SUMMARY = "A warning: the text a '...' leaves out holds a negation (not, never, no) or a number."
FIX = "Quote the passage without eliding that word."
EXAMPLES = (GOOD_EVENT, event(QUOTE, 'quote: "advised the latter ... to send its ambassador to Islamabad"'))

NEGATION = re.compile(r"\b(?:not|never|no|nor|without)\b|n't\b", re.IGNORECASE)


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if not st.prose:
            continue
        for j, ev in enumerate(st.evidence):
            text = look.sources.get(ev.source)
            for gap in text.gaps(ev.quote) if text else []:
                dropped = NEGATION.search(gap)
                word = dropped.group() if dropped else next(
                    (n.text for n in numbers_in(without_dates(gap))), None)
                if word:
                    yield Finding((*st.evidence_path, j, "quote"),
                                  f"the '...' in this quote leaves out '{word}'",
                                  "quote the passage without eliding that word")
