"""What people and organisation cards share: a name, its spellings, and roles with evidence."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from factcards.kinds.fields import EVIDENCE_SKELETON, CardBase, Role, Text


class EntityCard(CardBase):
    name: Text
    spellings: list[Text] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)


def schema_org(type_: str) -> Any:
    """The schema.org description of a named person or organisation."""

    def describe(card: EntityCard) -> dict[str, Any]:
        return {"@type": type_, "name": card.name, "alternateName": card.spellings,
                "description": "; ".join(role.role for role in card.roles)}

    return describe


SKELETON = """\
id: {id}
name: ""                      # the name as we write it
spellings:                    # every spelling the sources print
  - ""
roles:
  - role: ""                  # the role as the sources give it
""" + EVIDENCE_SKELETON
