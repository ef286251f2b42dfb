"""What event and background cards share: a title, who is involved, and statements."""

from __future__ import annotations

from pydantic import Field

from factcards.kinds.fields import CardBase, Claim, Id, Text


class StoryCard(CardBase):
    """Statements about one subject, each with its evidence."""

    title: Text
    people: list[Id] = []
    organizations: list[Id] = []
    claims: list[Claim] = Field(min_length=1)


# Who a story card involves: ids of people and organisation cards.
INVOLVED = ((("people", "*"), ("people",)), (("organizations", "*"), ("organizations",)))
