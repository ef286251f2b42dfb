"""Background cards: context that has no single date, in statements with evidence."""

from __future__ import annotations

from typing import Any

from factcards.kinds import Kind
from factcards.kinds.fields import EVIDENCE_SKELETON
from factcards.kinds.stories import INVOLVED, StoryCard


class BackgroundCard(StoryCard):
    """Context that has no single date: long-running disputes, the places, the wider region."""


def _schema_org(card: BackgroundCard) -> dict[str, Any]:
    return {"@type": "Article", "headline": card.title}


KIND = Kind(
    name="background", model=BackgroundCard, title="Background", noun="background card",
    label="title", order=30, references=INVOLVED, statements=(("claims", "text"),),
    page_template="story.html.j2", index_template="background_index.md.j2",
    schema_org=_schema_org, home_link="the [background]", intro="What the sources report around the events.",
    skeleton="""\
id: {id}
title: ""                     # the subject, in a few words
people: []
organizations: []
claims:
  - text: ""                  # one statement, in our own words
""" + EVIDENCE_SKELETON)
