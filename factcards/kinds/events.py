"""Event cards: what happened on one day, in statements with evidence."""

from __future__ import annotations

from typing import Any

from factcards.kinds import Kind
from factcards.kinds.fields import EVIDENCE_SKELETON, IsoDate
from factcards.kinds.stories import INVOLVED, StoryCard


class EventCard(StoryCard):
    date: IsoDate


def _schema_org(card: EventCard) -> dict[str, Any]:
    return {"@type": "Event", "name": card.title, "startDate": card.date.isoformat(),
            "description": card.claims[0].text}


KIND = Kind(
    name="events", model=EventCard, title="Timeline", noun="event", label="title", order=10,
    references=INVOLVED, statements=(("claims", "text"),), page_template="story.html.j2",
    index_template="events_index.md.j2", schema_org=_schema_org,
    sort=lambda cf: (cf.card.date, cf.stem), date_field="date", statements_heading="What happened",
    home_link="the full [timeline]",
    intro="Every event in the order it happened. A hollow marker means the sources disagree on "
          "the date.",
    skeleton="""\
id: {id}
title: ""                     # what happened, in a few words
date: ""                      # the day it happened, YYYY-MM-DD (not the day it was reported)
people: []                    # ids of people cards
organizations: []             # ids of organisation cards
claims:
  - text: ""                  # one statement, in our own words
""" + EVIDENCE_SKELETON)
