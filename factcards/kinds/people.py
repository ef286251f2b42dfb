"""Person cards: officials and others the sources name."""

from __future__ import annotations

from factcards.kinds import Kind
from factcards.kinds.entities import SKELETON, EntityCard, schema_org


class PersonCard(EntityCard):
    pass


KIND = Kind(
    name="people", model=PersonCard, title="People", noun="person", label="name", order=20,
    statements=(("roles", "role"),), page_template="entity.html.j2",
    index_template="entities_index.md.j2", schema_org=schema_org("Person"), nav="Who's who",
    names=True, skeleton=SKELETON, home_link="[who's who]",
    lead="Every official the sources name, with the roles the sources give them and every "
         "spelling they use.",
    intro="Everyone the sources name, with the roles the sources give them and every spelling "
          "they use.")
