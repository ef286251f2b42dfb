"""Organisation cards: governments, ministries, groups and agencies the sources name."""

from __future__ import annotations

from factcards.kinds import Kind
from factcards.kinds.entities import SKELETON, EntityCard, schema_org


class OrganizationCard(EntityCard):
    pass


KIND = Kind(
    name="organizations", model=OrganizationCard, title="Organisations", noun="organisation",
    label="name", order=21, statements=(("roles", "role"),), page_template="entity.html.j2",
    index_template="entities_index.md.j2", schema_org=schema_org("Organization"),
    nav="Who's who", names=True, whole_party=True, skeleton=SKELETON,
    lead="Every government, ministry and group the sources name.",
    intro="Every government, ministry, group and agency the sources name, with the roles the "
          "sources give them and every spelling they use.")
