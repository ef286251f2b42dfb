"""What a rule is given and gives back: the card's statements (each text with the evidence
beside it) and the findings it reports. What it looks things up in is the `Lookup`, re-exported
here with the rest a rule needs, so that a rule imports from one place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcards.kinds import KINDS
from factcards.kinds.fields import Evidence
from factcards.load.cardfile import CardFile
from factcards.load.yamlload import ValuePath
from factcards.rules.lookup import Lookup
from factcards.rules.shared import ENTITIES, Shared, listed_spellings, shared_facts
from factcards.text.verbatim import normalise
from factcards.text.words import can_be_verb

__all__ = ["ENTITIES", "CardFile", "Finding", "Lookup", "Shared", "Statement", "as_said",
           "did_you_mean", "figure_values", "headline", "listed_spellings", "shared_facts",
           "statements"]


@dataclass(frozen=True)
class Finding:
    """What a rule reports: where in the card, what is wrong, how to fix it. The engine stamps
    the rule's id and level and turns the path into a file position."""

    path: ValuePath
    message: str
    hint: str = ""


@dataclass(frozen=True)
class Statement:
    """A text a card states on the evidence beside it: a claim, a role, an account, a label."""

    path: ValuePath  # of the text itself
    text: str
    evidence: list[Evidence]
    signed_off: tuple[str, ...] = ()  # words a second editor approved as the newsroom's own

    @property
    def prose(self) -> bool:
        """Whether it is a sentence of the newsroom's own (`text`), not a role, account or label."""
        return self.path[-1] == "text"

    @property
    def evidence_path(self) -> ValuePath:
        return (*self.path[:-1], "evidence")


def did_you_mean(value: str, choices: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else f"no {value!r} card exists; create it first"


def statements(cf: CardFile) -> list[Statement]:
    """Every statement a valid card makes, where its kind declares them. Read once per card:
    the engine hands one card to rule after rule, each of which asks (the statements are
    frozen; each caller gets a list of its own)."""
    card, made = _LAST
    if card is not cf.card or card is None:  # held here, so no other card takes its place
        made = _statements(cf)
        _LAST[:] = [cf.card, made]
    return list(made)


# The last card whose statements were read, and its statements.
_LAST: list = [None, ()]


def _statements(cf: CardFile) -> tuple[Statement, ...]:
    found = []
    for field_name, key in KINDS[cf.kind].statements:
        for i, item in enumerate(getattr(cf.card, field_name, None) or []):
            signoff = getattr(item, "signoff", None)
            found.append(Statement((field_name, i, key), getattr(item, key), item.evidence,
                                   tuple(signoff.words) if signoff else ()))
    return tuple(found)


def as_said(cf: CardFile, st: Statement, text: str) -> str:
    """A statement's normalised text as a sentence: a role ("Mayor of Alderbrook, who
    said ...") is said of the card's own subject, so its name is put before it, or after the
    phrase a role opens with ("Two days later, closed the road")."""
    subject = (getattr(cf.card, "spellings", None) or [""])[0]
    if st.path[0] != "roles" or not subject:
        return text
    lead = _LEAD.match(text)  # "Two days later, closed the road": the subject after the comma,
    first = text.split(" ", 1)[0].lower()  # where the phrase is no act ("Reported nine, including")
    if lead and can_be_verb(text[lead.end():].split(" ", 1)[0]) and not can_be_verb(first):
        return f"{text[:lead.end()]}{normalise(subject)} {text[lead.end():]}"
    done_to = "was " if done_to_holder(text) else ""  # "Received at the airbase by Okafor"
    return f"{normalise(subject)} {done_to}{text[:1].lower()}{text[1:]}"


_LEAD = re.compile(r"^[^,;]+,\s+(?=[a-z])")
_DONE_TO = re.compile(r"^[A-Za-z]+ed\s+(?:by\b|(?:at|in|on|to|from|during|near|inside|outside|"
                      r"after|before|with)\b[^,;.]*?\bby\b)", re.IGNORECASE)


def done_to_holder(role: str) -> bool:
    """Whether a role says what was done to its holder: one that opens with a participle and
    no object, its doer after "by" in the same clause ("Received at the airbase by Okafor",
    "Accused by Fernley of ...")."""
    return bool(_DONE_TO.match(role))


def headline(cf: CardFile) -> list[Statement]:
    """A card's title as a statement resting on every passage its statements quote: a title
    must not swap who did what, or move a word to another party, any more than they may."""
    title = getattr(cf.card, "title", None)
    found = statements(cf)
    if not title or not found:
        return []
    return [Statement(("title",), title, [ev for st in found for ev in st.evidence])]


def figure_values(cf: CardFile) -> list[Statement]:
    """A card's key figures' values ("at least 11", "January 26"), each resting on its figure's
    evidence: its numbers and dates are read like a statement's."""
    return [Statement(("figures", i, "value"), figure.value, figure.evidence)
            for i, figure in enumerate(getattr(cf.card, "figures", None) or [])]
