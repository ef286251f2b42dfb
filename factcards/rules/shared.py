"""What every check consults, whichever card it checks: the located source texts, their
publication dates, the spellings and roles the entity cards list, and the days dated cards give."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcards.kinds import KINDS, SOURCES
from factcards.load.cardfile import CardFile
from factcards.load.texts import SourceText
from factcards.text.verbatim import normalise

# The kinds whose cards list spellings of a name.
ENTITIES = tuple(kind.name for kind in KINDS.values() if kind.names)


@dataclass
class Shared:
    """What every check consults, whichever card it checks: each located source text and its
    publication date, and the spellings entity cards list. Made from a share of the cards, two
    of these merge into the whole (see `project.check_project`)."""

    sources: dict[str, SourceText] = field(default_factory=dict)
    published: dict[str, dt.date | None] = field(default_factory=dict)
    listed: set[str] = field(default_factory=set)  # normalised, from every entity card, valid or not
    names: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, spelling), valid cards
    roles: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, role), valid cards
    # "kind/id" -> the day a dated card gives, and its title: what happened that day
    dated: dict[str, tuple[dt.date, str]] = field(default_factory=dict)

    def merge(self, other: Shared) -> Shared:
        return Shared({**self.sources, **other.sources}, {**self.published, **other.published},
                      self.listed | other.listed, sorted(self.names + other.names),
                      sorted(self.roles + other.roles), {**self.dated, **other.dated})


def listed_spellings(data: dict) -> list[tuple[int, str]]:
    items = data.get("spellings")
    return [(i, v) for i, v in enumerate(items) if isinstance(v, str)] if isinstance(items, list) else []


def shared_facts(files: list[CardFile], sources: dict[str, SourceText]) -> Shared:
    """The facts `files` give every check: their publication dates, listed spellings and
    roles, and the days dated cards give."""
    published = {cf.stem: None if cf.card.published == "unknown" else cf.card.published.value  # type: ignore[union-attr]
                 for cf in files if cf.kind == SOURCES and cf.card is not None}
    listed = {normalise(s).strip() for cf in files if cf.kind in ENTITIES
              for _, s in listed_spellings(cf.data)}
    names = sorted((cf.kind, cf.stem, normalise(s).strip()) for cf in files
                   if cf.kind in ENTITIES and cf.card is not None
                   for s in cf.card.spellings)  # type: ignore[attr-defined]
    roles = sorted((cf.kind, cf.stem, normalise(r.role)) for cf in files
                   if cf.kind in ENTITIES and cf.card is not None
                   for r in getattr(cf.card, "roles", None) or [])
    dated = {f"{cf.kind}/{cf.stem}": (getattr(cf.card, KINDS[cf.kind].date_field),
                                      getattr(cf.card, "title", "") or "") for cf in files
             if cf.card is not None and cf.kind in KINDS and KINDS[cf.kind].date_field}
    return Shared(sources, published, listed, names, roles, dated)
