"""Denials: "denies", "denied", and a passage's denial of the charge it has just told ("X
accuses Y of Z. Y denies these charges."), which lets a statement say that Y denies Z. Read by
the negation rule (what a denial negates) and the attribution rule (who denies it)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcards.text.words import Word, can_be_verb

_THESE = frozenset({"these", "those", "the", "such", "all", "this"})
_CHARGES = frozenset({"this", "it", "charge", "charges", "allegation", "allegations", "accusation",
                      "accusations", "claim", "claims"})


def is_denial(word: Word) -> bool:
    """A denial is a verb too: "did not deny" negates the denial. "Rejects the charges"
    denies them."""
    return word.lower.startswith(("deni", "deny", "reject"))


def charge_denied(tokens: tuple[Word, ...] | list[Word]) -> int | None:
    """Where a text denies a charge it names only as one ("denies these charges", "denies
    this"): the charge itself is told before it, in the words before that index. "Denies the
    allegation that ..." tells the charge after it."""
    for k, word in enumerate(tokens):
        if not is_denial(word) or k + 1 >= len(tokens):
            continue
        after = tokens[k + 1].lower
        named = k + 1 if after in _CHARGES else k + 2 if (
            after in _THESE and k + 2 < len(tokens) and tokens[k + 2].lower in _CHARGES) else None
        if named is not None and not (named + 1 < len(tokens) and tokens[named + 1].lower in _TOLD):
            return k
    return None


_TOLD = frozenset({"that", "of", "about"})  # "denies the allegation that ...": the charge follows


@dataclass(frozen=True)
class Charge:
    """The charge a passage tells and then denies ("X accuses Y of Z. Y denies these
    charges."): the forms of its words, and of the acts it charges someone with ("of
    providing", "that Fernley shelters")."""

    words: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()


def charge(tokens: tuple[Word, ...] | list[Word]) -> Charge:
    """The charge a passage denies by name; an empty one if it denies none."""
    at = charge_denied(tokens)
    if at is None:
        return Charge()
    told = tokens[:at]
    acts = [w for k, w in enumerate(told) if k and w.text[:1].islower() and not w.stop
            and can_be_verb(w.text) and ((told[k - 1].lower == "of" and w.lower.endswith("ing"))
                                         or (told[k - 1].text[:1].isupper() and not told[k - 1].stop))]
    return Charge(frozenset().union(*(w.forms for w in told)), frozenset().union(*(w.forms for w in acts)))


def denied(text: str, tokens: list[Word], d: int) -> list[Word]:
    """The content words a statement's denial (word `d`) denies, to the end of its clause
    ("denies providing a safe haven; ..."); where it names the charge only as one ("Fernley
    denies these charges"), the charge told in the clause before it."""
    def breaks(k: int) -> bool:  # a clause ends between words k - 1 and k
        return bool(_BREAK.search(text[tokens[k - 1].end:tokens[k].start]))
    if charge_denied(tokens[d:d + 4]) == 0:  # "denies these charges", not "... charges that"
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


def denies(words: list[Word], charged: Charge, act: bool = True) -> bool:
    """Whether what a statement denies is, for the most part, a charge a passage denies: more
    than half its content words that are not names are the charge's (who accuses whom is
    named on both sides of any charge), and (with `act`) the first is an act it charges
    ("denies sheltering the group", not "denies attacking" the group is said to have done),
    past a word that names the charge ("denies the claim that it shelters the group")."""
    plain = [w for w in words if not w.text[:1].isupper()]
    if not plain or 2 * sum(bool(w.forms & charged.words) for w in plain) <= len(plain):
        return False
    # "denies Fernley's claim that it shelters them": the claim is named, its act comes after
    first = next((w for w in plain if w.lower not in _CHARGES), None)
    return not act or not charged.acts or (first is not None and bool(first.forms & charged.acts))
