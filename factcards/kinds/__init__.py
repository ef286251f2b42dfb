"""Card kinds as data: one declaration per kind, read by every stage.

A kind is a module in this package that defines `KIND`, a `Kind`: its model, the references it
makes and to which kinds, the fields that carry statements and evidence, its page and index
templates and the words they use, its title, its skeleton, its schema.org type, its place in the
navigation, and the field that dates its cards or the dates it disputes. The loader, the rules,
the pages and their templates, the exports and the command line all ask this registry; none of
them names a kind of its own (a kind's own templates may name it). Adding a kind is adding a
module here and its templates.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from factcards.kinds.fields import CardBase

# The kind whose cards are the archived sources every piece of evidence cites.
SOURCES = "sources"

Pattern = tuple[str, ...]  # a path to values in a card; "*" stands for every item of a list
Placement = Literal["own", "index", "home"]


@dataclass(frozen=True)
class Kind:
    """Everything the engine knows about one kind of card."""

    name: str  # its folder under cards/
    model: type[CardBase]
    title: str  # the heading of its index page and its entry in the navigation
    noun: str  # one card of it, in messages: "event", "person"
    label: str  # the field that names a card in links
    order: int  # its place among the kinds: navigation, index pages
    # (path pattern, kinds): where a card names other cards by id, and which kinds they may be
    references: tuple[tuple[Pattern, tuple[str, ...]], ...] = ()
    # (list field, text key): items whose text is a statement resting on the item's `evidence`
    statements: tuple[tuple[str, str], ...] = ()
    placement: Placement = "own"  # a page per card, shown in full on the index, or the home page
    page_template: str | None = None
    index_template: str | None = None
    # A commented card to fill in; `{id}` stands for its id, `{subjects}` for the subjects the
    # project's settings allow a disagreement (project.yml).
    skeleton: str = ""
    schema_org: Callable[[Any], dict] | None = None  # the card's schema.org description
    nav: str | None = None  # the navigation section of its index page (None: one of its own)
    names: bool = False  # its cards list spellings of a name that statements may use
    # Its cards may stand for a whole party when spelled with the party's own word (a
    # council spelled "Fernley"); a person, whose surname may be a people's, never does.
    whole_party: bool = False
    sort: Callable[[Any], Any] | None = None  # reading order of cards; by id when None
    intro: str = ""  # what its index page says first, unless the project's settings say more
    date_field: str | None = None  # the field giving the day its cards happened: the timeline's
    # The dates a card gives for the dated cards it references besides their own (the accounts
    # of a disputed date): the timeline and their pages say the date is disputed.
    disputed_dates: Callable[[Any], list[str]] | None = None
    # Its cards set out where the sources differ about the cards they reference: those cards'
    # pages and index entries point to them under "Sources differ".
    disputes: bool = False
    statements_heading: str = "What the sources say"  # above the statements on a card's page
    lead: str = ""  # what its index page says first, when it says more than `intro`
    # How the home page points readers to its index page, the link's words in brackets ("the
    # full [timeline]"); a kind without one is reached through the navigation.
    home_link: str = ""

    @property
    def evidence_fields(self) -> tuple[str, ...]:
        """The list fields whose items carry `evidence`."""
        return tuple(dict.fromkeys(field for field, _ in self.statements))

    def targets(self, pattern: Pattern) -> tuple[str, ...]:
        """The kinds the references at `pattern` may name (none when it holds no references)."""
        return next((kinds for path, kinds in self.references if path == pattern), ())


def _discover() -> dict[str, Kind]:
    found = []
    for module in pkgutil.iter_modules(__path__):
        kind = getattr(importlib.import_module(f"{__name__}.{module.name}"), "KIND", None)
        if isinstance(kind, Kind):
            found.append(kind)
    return {kind.name: kind for kind in sorted(found, key=lambda k: (k.order, k.name))}


KINDS: dict[str, Kind] = _discover()


def kind_of(name: str) -> Kind:
    return KINDS[name]


def values_at(data: Any, pattern: Pattern, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (value path, value) a pattern reaches in raw card data; ill-formed parts are
    skipped, so the cards that fail the schema still have their well-formed parts read."""
    if not pattern:
        yield path, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for i, item in enumerate(data if isinstance(data, list) else []):
            yield from values_at(item, rest, (*path, i))
    elif isinstance(data, dict) and head in data:
        yield from values_at(data[head], rest, (*path, head))
