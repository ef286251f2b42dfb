"""Every card another card names exists: the references each kind declares, and the source of
every piece of evidence."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds import KINDS, SOURCES, values_at
from factcards.rules.context import CardFile, Finding, Lookup, did_you_mean
from factcards.rules.examples import GOOD_EVENT, event

ID = "unknown-reference"
SCOPE = "card"
SUMMARY = "Every referenced card exists; near misses are suggested."
FIX = "Fix the id, or create the card."
EXAMPLES = (GOOD_EVENT, event("  - alderbrook-town-council", "  - alderbrook-town-counsil"))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    kind = KINDS[cf.kind]
    patterns = [*kind.references, *(((field, "*", "evidence", "*", "source"), (SOURCES,))
                                    for field in kind.evidence_fields)]
    for pattern, kinds in patterns:
        for path, ref in values_at(cf.data, pattern):
            if isinstance(ref, str) and ref.strip() and not any(
                    ref in look.ids.get(k, ()) for k in kinds):
                known = set().union(*(look.ids.get(k, set()) for k in kinds))
                yield Finding(path, f"there is no {' or '.join(kinds)} card with id '{ref}'",
                              did_you_mean(ref, known))
