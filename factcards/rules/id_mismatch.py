"""A card's id equals its file name: the id is the card's address."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, event

ID = "id-mismatch"
SCOPE = "card"
SUMMARY = "A card's id equals its file name."
FIX = "Make them equal."
EXAMPLES = (GOOD_EVENT, event("id: example", "id: another-example"))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    card_id = cf.data.get("id")
    if isinstance(card_id, str) and card_id != cf.stem:
        yield Finding(("id",), f"id '{card_id}' does not match the file name '{cf.stem}.yaml'",
                      f"set id to '{cf.stem}', or rename the file")
