"""What the pages need to know about the cards as a whole: who appears where, who cites what,
which dates are disputed. Computed once per build from the valid cards.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from factcards.rules.crosscheck import CardFile
from factcards.load.models import (
    DisagreementCard,
    EntityCard,
    EventCard,
    Evidence,
    OverviewCard,
    SourceCard,
    StoryCard,
)
from factcards.site.passages import anchor
from factcards.load.texts import SourceText


def evidence_of(cf: CardFile) -> list[Evidence]:
    """Every evidence mapping on a card, whatever its kind."""
    card = cf.card
    groups: list = []
    if isinstance(card, StoryCard):
        groups = card.claims
    elif isinstance(card, EntityCard):
        groups = card.roles
    elif isinstance(card, DisagreementCard):
        groups = card.accounts
    elif isinstance(card, OverviewCard):
        groups = [*card.summary, *card.figures]
    return [ev for group in groups for ev in group.evidence]


def page_path(kind: str, key: str) -> str:
    """Where a card is shown, under docs/: its own page, or the part of an index page that
    shows it in full (the overview is the home page; disagreements share one page)."""
    if kind == "overview":
        return "index.md"
    if kind == "disagreements":
        return f"disagreements/index.md#{key}"
    return f"{kind}/{key}.md"


def page_url(kind: str, key: str) -> str:
    """The address of a card's `page_path` relative to the site's root, as MkDocs publishes
    pages (each in a folder of its own, "events/x.md" at "events/x/")."""
    path, _, fragment = page_path(kind, key).partition("#")
    url = path.removesuffix("index.md") if path.endswith("index.md") else path.removesuffix(".md") + "/"
    return url + (f"#{fragment}" if fragment else "")


def label(cf: CardFile) -> str:
    """How a card is named in links: headline, title or name."""
    card = cf.card
    if isinstance(card, SourceCard):
        return card.headline
    return getattr(card, "title", None) or getattr(card, "name", cf.stem)


@dataclass
class SiteData:
    """The valid cards with the reverse links between them."""

    cards: dict[str, dict[str, CardFile]]
    sources: dict[str, SourceText]
    changed: dict[str, str] = field(default_factory=dict)
    edit_base: str | None = None
    appears_in: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)
    cited_by: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    disputes: dict[str, list[str]] = field(default_factory=dict)
    other_dates: dict[str, list[dt.date]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for kind in ("events", "background"):
            for cf in self.of_kind(kind):
                for ref_kind in ("people", "organizations"):
                    for ref in getattr(cf.card, ref_kind):
                        self.appears_in.setdefault((ref_kind, ref), []).append((kind, cf.stem))
        for kind, by_id in sorted(self.cards.items()):
            for key in sorted(by_id):
                for ev in evidence_of(by_id[key]):
                    self.cited_by.setdefault(ev.source, []).append((kind, key, ev.quote))
        for cf in self.of_kind("disagreements"):
            card = cf.card
            assert isinstance(card, DisagreementCard)
            for event in card.events:
                self.disputes.setdefault(event, []).append(cf.stem)
                if card.subject == "date" and event in self.cards.get("events", {}):
                    self._note_dates(event, card)

    def _note_dates(self, event: str, card: DisagreementCard) -> None:
        own = self.cards["events"][event].card.date  # type: ignore[union-attr]
        for account in card.accounts:
            try:
                day = dt.date.fromisoformat(account.value)
            except ValueError:
                continue
            if day != own and day not in self.other_dates.get(event, []):
                self.other_dates.setdefault(event, []).append(day)

    def of_kind(self, kind: str) -> list[CardFile]:
        """Cards of a kind in reading order: events by date, everything else by id."""
        cards = self.cards.get(kind, {})
        if kind == "events":
            return sorted(cards.values(), key=lambda cf: (cf.card.date, cf.stem))  # type: ignore[union-attr]
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
        for kind in kinds:
            if (cf := self.card(kind, key)) is not None:
                return kind, cf
        return None

    def event(self, key: str) -> EventCard | None:
        cf = self.card("events", key)
        return cf.card if cf is not None and isinstance(cf.card, EventCard) else None
