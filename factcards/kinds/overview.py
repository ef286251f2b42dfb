"""The overview card: the home page's story in a few sentences, and its key figures."""

from __future__ import annotations

from pydantic import Field

from factcards.kinds import Kind
from factcards.kinds.fields import EVIDENCE_SKELETON, CardBase, Claim, Evidence, Id, SignOff, Strict, Text


class Figure(Strict):
    """A key number, attributed to whoever reported it."""

    label: Text
    value: Text
    reported_by: Id
    evidence: list[Evidence] = Field(min_length=1)
    signoff: SignOff | None = None


class OverviewCard(CardBase):
    """The home page: the story in a few sentences and its key figures."""

    title: Text
    summary: list[Claim] = Field(min_length=1)
    figures: list[Figure] = []


KIND = Kind(
    name="overview", model=OverviewCard, title="Home", noun="overview", label="title", order=0,
    placement="home",
    references=((("figures", "*", "reported_by"), ("people", "organizations", "sources")),),
    statements=(("summary", "text"), ("figures", "label")),
    skeleton="""\
id: {id}
title: ""                     # the site's title on the home page
summary:                      # the story in a few sentences
  - text: ""
""" + EVIDENCE_SKELETON + """\
figures: []                   # key numbers: label, value, reported_by, evidence
""")
