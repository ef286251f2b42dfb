"""Disagreement cards: where sources differ, every account with its own evidence."""

from __future__ import annotations

from pydantic import Field

from factcards.kinds import Kind
from factcards.kinds.fields import EVIDENCE_SKELETON, CardBase, Evidence, Id, SignOff, Strict, Text


class Account(Strict):
    """One source's version of a disputed fact."""

    says: Text
    value: Text
    evidence: list[Evidence] = Field(min_length=1)
    signoff: SignOff | None = None


class DisagreementCard(CardBase):
    """Where sources differ: every account, each with its own evidence, side by side."""

    title: Text
    subject: Text  # one of the project's `subjects` (see project.yml)
    events: list[Id] = []
    accounts: list[Account] = Field(min_length=2)


def _disputed_dates(card: DisagreementCard) -> list[str]:
    """A disagreement about a date gives each account's date for the events it is about."""
    return [account.value for account in card.accounts] if card.subject == "date" else []


KIND = Kind(
    name="disagreements", model=DisagreementCard, title="Where sources differ",
    noun="disagreement", label="title", order=40, placement="index",
    references=((("events", "*"), ("events",)),), statements=(("accounts", "says"),),
    index_template="disagreements_index.md.j2", disputed_dates=_disputed_dates,
    disputes=True, home_link="[where the sources differ]",
    intro="Where the sources disagree, each account is given with its own evidence; none is "
          "silently preferred.",
    skeleton="""\
id: {id}
title: ""                     # the question the sources answer differently
subject: ""                   # one of the project's subjects (project.yml): {subjects}
events: []
accounts:                     # at least two, each from its own source
  - says: ""
    value: ""                 # the date (YYYY-MM-DD), number or words its passages give
""" + EVIDENCE_SKELETON)
