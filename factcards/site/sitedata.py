"""What the pages need to know about the cards as a whole: who appears where, who cites what,
which dates are disputed. Computed once per build from the valid cards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcards.kinds import KINDS, values_at
from factcards.kinds.fields import Evidence
from factcards.load.texts import SourceText
from factcards.rules.context import CardFile, Lookup
from factcards.site.passages import anchor


def evidence_of(cf: CardFile) -> list[Evidence]:
    """Every evidence mapping on a card, in the fields its kind declares."""
    return [ev for field in KINDS[cf.kind].evidence_fields
            for item in getattr(cf.card, field, None) or [] for ev in item.evidence]


def page_path(kind: str, key: str) -> str:
    """Where a card is shown, under docs/: its own page, the part of its kind's index page
    that shows it in full, or the home page. Every address on the site comes from here."""
    placement = KINDS[kind].placement if kind in KINDS else "own"
    if placement == "home":
        return "index.md"
    if placement == "index":
        return f"{kind}/index.md#{key}"
    return f"{kind}/{key}.md"


def page_url(kind: str, key: str) -> str:
    """The address of a card's `page_path` relative to the site's root, as MkDocs publishes
    pages (each in a folder of its own, "events/x.md" at "events/x/")."""
    path, _, fragment = page_path(kind, key).partition("#")
    url = path.removesuffix("index.md") if path.endswith("index.md") else path.removesuffix(".md") + "/"
    return url + (f"#{fragment}" if fragment else "")


def label(cf: CardFile) -> str:
    """How a card is named in links: the field its kind declares (headline, title or name)."""
    return getattr(cf.card, KINDS[cf.kind].label, None) or cf.stem


@dataclass
class SiteData:
    """The valid cards with the reverse links between them."""

    cards: dict[str, dict[str, CardFile]]
    sources: dict[str, SourceText]
    changed: dict[str, str] = field(default_factory=dict)
    edit_base: str | None = None
    appears_in: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    cited_by: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    other_dates: dict[str, list[dt.date]] = field(default_factory=dict)
    look: Lookup | None = None  # the checker's lookups, to show readers each statement's support

    def __post_init__(self) -> None:
        for kind, declared in KINDS.items():
            for cf in self.of_kind(kind):
                data = cf.card.model_dump()  # type: ignore[union-attr]
                for pattern, targets in declared.references:
                    for _, ref in values_at(data, pattern):
                        for target in targets:
                            if ref in self.cards.get(target, {}):
                                self.appears_in.setdefault((target, ref), []).append((kind, cf.stem))
        for kind, by_id in sorted(self.cards.items()):
            for key in sorted(by_id):
                for ev in evidence_of(by_id[key]):
                    self.cited_by.setdefault(ev.source, []).append((kind, key, ev.quote))
        for kind, declared in KINDS.items():
            for cf in self.of_kind(kind) if declared.disputed_dates is not None else ():
                given = declared.disputed_dates(cf.card)  # type: ignore[misc]
                data = cf.card.model_dump() if given else {}  # type: ignore[union-attr]
                for pattern, targets in declared.references:
                    for _, ref in values_at(data, pattern):
                        for target in targets:
                            self._note_dates(target, ref, given)

    def _note_dates(self, kind: str, key: str, given: list[str]) -> None:
        """Dates a card gives for a dated card it references, besides that card's own."""
        own = self.date_of(kind, key)
        for value in given:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                continue
            if own is not None and day != own and day not in self.other_dates.get(key, []):
                self.other_dates.setdefault(key, []).append(day)

    def referencing(self, kind: str, key: str, by: str | None = None) -> list[tuple[str, str]]:
        """The cards that name a card (of kind `by` only, when given)."""
        return [(k, i) for k, i in self.appears_in.get((kind, key), []) if by is None or k == by]

    def disputes(self, kind: str, key: str) -> list[tuple[str, str]]:
        """The cards that set out where the sources differ about a card (`Kind.disputes`)."""
        return [(k, i) for k, i in self.appears_in.get((kind, key), []) if KINDS[k].disputes]

    def involving(self, kind: str, key: str) -> list[tuple[str, str]]:
        """The cards with pages of their own that name a card: where it appears."""
        return [(k, i) for k, i in self.appears_in.get((kind, key), [])
                if KINDS[k].placement == "own"]

    @staticmethod
    def references_of(cf: CardFile) -> list[tuple[tuple[str, ...], list[str]]]:
        """Each place its kind declares a card names others, with the ids it names there and
        the kinds they may be; places that name none are left out."""
        data = cf.card.model_dump()  # type: ignore[union-attr]
        found = [(targets, [ref for _, ref in values_at(data, pattern)])
                 for pattern, targets in KINDS[cf.kind].references]
        return [(targets, refs) for targets, refs in found if refs]

    def of_kind(self, kind: str) -> list[CardFile]:
        """Cards of a kind in reading order: events by date, everything else by id."""
        cards = self.cards.get(kind, {})
        order = KINDS[kind].sort if kind in KINDS else None
        if order is not None:
            return sorted(cards.values(), key=order)
        return [cards[key] for key in sorted(cards)]

    def passage(self, source: str, quote: str) -> str | None:
        """The anchor of a quote on its source's page, or None when the quote is not there
        (only possible in a preview of broken cards; a published site has none)."""
        text = self.sources.get(source)
        if text is None or text.locate(quote) is None:
            return None
        return anchor(source, quote)

    def card(self, kind: str, key: str) -> CardFile | None:
        return self.cards.get(kind, {}).get(key)

    def find(self, key: str, kinds: tuple[str, ...]) -> tuple[str, CardFile] | None:
        """The first of `kinds` that has a card with this id."""
        for kind in kinds:
            if (cf := self.card(kind, key)) is not None:
                return kind, cf
        return None

    def date_of(self, kind: str, key: str) -> dt.date | None:
        """The day a card of a dated kind happened (None for a kind its cards are not dated in)."""
        field = KINDS[kind].date_field if kind in KINDS else None
        cf = self.card(kind, key)
        return getattr(cf.card, field, None) if field and cf is not None else None
