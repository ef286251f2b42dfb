"""Denials: "denies", "denied", and a passage's denial of the charge it has just told ("X
accuses Y of Z. Y denies these charges."), which lets a statement say that Y denies Z. Read by
the negation rule (what a denial negates) and the attribution rule (who denies it)."""

from __future__ import annotations

import re

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


def charge(tokens: tuple[Word, ...] | list[Word]) -> frozenset[str]:
    """The forms of the charge a passage tells and then denies ("X accuses Y of Z. Y denies
    these charges."): its words before the denial; none if it denies no charge by name."""
    at = charge_denied(tokens)
    return frozenset().union(*(w.forms for w in tokens[:at])) if at is not None else frozenset()


def denied(text: str, tokens: list[Word], d: int) -> list[Word]:
    """The content words a statement's denial (word `d`) denies, to the end of its clause
    ("denies providing a safe haven; ..."); where it names the charge only as one ("Fernley
    denies these charges"), the charge told in the clause before it."""
    def breaks(k: int) -> bool:  # a clause ends between words k - 1 and k
        return bool(_BREAK.search(text[tokens[k - 1].end:tokens[k].start]))
    if charge_denied(tokens[d:d + 3]) == 0:
        own = next((k for k in range(d, 0, -1) if breaks(k)), 0)
        start = next((k for k in range(own - 1, 0, -1) if breaks(k)), 0) if own else 0
        return [w for w in tokens[start:d] if not w.stop]
    out = []
    for k in range(d + 1, len(tokens)):
        if not tokens[k].stop:
            out.append(tokens[k])
        if k + 1 < len(tokens) and breaks(k + 1):
            break
    return out


_BREAK = re.compile(r"[.;:!?]")


def denies(words: list[Word], charged: frozenset[str]) -> bool:
    """Whether what a statement denies is, for the most part, a charge a passage denies: more
    than half its content words that are not names are the charge's (who accuses whom is
    named on both sides of any charge)."""
    plain = [w for w in words if not w.text[:1].isupper()]
    return bool(plain) and 2 * sum(bool(w.forms & charged) for w in plain) > len(plain)
