"""Denials: "denies", "denied", and a passage's denial of the charge it has just told ("X
accuses Y of Z. Y denies these charges."), which lets a statement say that Y denies Z. Read by
the negation rule (what a denial negates) and the attribution rule (who denies it)."""

from __future__ import annotations

from factcards.text.words import Word

_THESE = frozenset({"these", "those", "the", "such", "all", "this"})
_CHARGES = frozenset({"this", "it", "charge", "charges", "allegation", "allegations", "accusation",
                      "accusations", "claim", "claims"})


def is_denial(word: Word) -> bool:
    """A denial is a verb too: "did not deny" negates the denial."""
    return word.lower.startswith(("deni", "deny"))


def charge_denied(tokens: tuple[Word, ...] | list[Word]) -> int | None:
    """Where a text denies a charge it names only as one ("denies these charges", "denies
    this"): the charge itself is told before it, in the words before that index."""
    for k, word in enumerate(tokens):
        if not is_denial(word) or k + 1 >= len(tokens):
            continue
        after = tokens[k + 1].lower
        if after in _CHARGES or (after in _THESE and k + 2 < len(tokens)
                                 and tokens[k + 2].lower in _CHARGES):
            return k
    return None
