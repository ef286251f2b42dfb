"""Turn cards into Markdown pages with Jinja. Pure: cards in, {page path: text} out.

Every `{{ ... }}` in a template is made inert (see `escape.inert`) unless the template marks it
trusted, so no card text can become markup. Cards reach readers through index pages per kind, so
the site's navigation stays the same size however many cards there are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from factcards.check import CardFile
from factcards.escape import inert, meta_title
from factcards.models import EntityCard, EventCard, Evidence, SourceCard
from factcards.sources import SourceText
from factcards.verbatim import BLOCKED

KIND_TITLES = {
    "events": "Events",
    "people": "People",
    "organizations": "Organisations",
    "sources": "Sources",
}

CARD_TEMPLATES = {
    "events": "event.md.j2",
    "people": "entity.md.j2",
    "organizations": "entity.md.j2",
    "sources": "source.md.j2",
}


def long_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


@dataclass
class SiteData:
    """The cards to publish, with the reverse links pages need (who appears where)."""

    cards: dict[str, dict[str, CardFile]]
    sources: dict[str, SourceText]
    appears_in: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    cited_by: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for cf in self.cards.get("events", {}).values():
            card = cf.card
            assert isinstance(card, EventCard)
            for kind in ("people", "organizations"):
                for ref in getattr(card, kind):
                    self.appears_in.setdefault((kind, ref), []).append(cf.stem)
        for kind, by_id in self.cards.items():
            for cf in by_id.values():
                for ev in _evidence_of(cf):
                    self.cited_by.setdefault(ev.source, []).append((kind, cf.stem, ev.quote))

    def card(self, kind: str, key: str) -> CardFile | None:
        return self.cards.get(kind, {}).get(key)

    def events_by_date(self) -> list[CardFile]:
        events = self.cards.get("events", {}).values()
        return sorted(events, key=lambda cf: (cf.card.date, cf.stem))  # type: ignore[attr-defined]


def _evidence_of(cf: CardFile) -> list:
    card = cf.card
    if isinstance(card, EventCard):
        return [ev for claim in card.claims for ev in claim.evidence]
    if isinstance(card, EntityCard):
        return [ev for role in card.roles for ev in role.evidence]
    return []


def label(cf: CardFile) -> str:
    card = cf.card
    if isinstance(card, SourceCard):
        return card.headline
    return getattr(card, "title", None) or getattr(card, "name", cf.stem)


def article_paragraphs(text: SourceText) -> list[str]:
    """The article body as printed, paragraph by paragraph, without furniture inside it."""
    start, end = text.norm.original_span(text.body_start, text.body_end)
    paragraphs = []
    offset = start
    for line in text.norm.original[start:end].split("\n"):
        citable = any(text.body[i] != BLOCKED for i in _norm_range(text, offset, len(line)))
        if line.strip() and citable:
            paragraphs.append(line)
        offset += len(line) + 1
    return paragraphs


def _norm_range(text: SourceText, offset: int, length: int) -> range:
    """Normalised indexes covering original [offset, offset + length)."""
    lo = _to_norm(text, offset)
    return range(lo, min(_to_norm(text, offset + length), len(text.body)))


def _to_norm(text: SourceText, original: int) -> int:
    lo, hi = 0, len(text.norm.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if text.norm.to_original(mid) < original:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _environment(site: SiteData, depth: int) -> Environment:
    env = Environment(loader=PackageLoader("factcards", "templates"), autoescape=False,
                      finalize=inert, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    prefix = "../" * depth

    def link(kind: str, key: str, text: str | None = None) -> Markup:
        """A Markdown link to a card's page, or plain text when the card is not published."""
        cf = site.card(kind, key)
        shown = inert(text if text is not None else (label(cf) if cf else key))
        return Markup(f"[{shown}]({prefix}{kind}/{key}.md)") if cf else Markup(shown)

    def citation(ev: Evidence) -> Markup:
        return Markup(f"{link('sources', ev.source)}: “{inert(ev.quote)}”")

    env.globals.update(citation=citation, link=link, site=site, label=label, KIND_TITLES=KIND_TITLES)
    env.filters.update(long_date=long_date, meta_title=meta_title)
    return env


def render_site(site: SiteData) -> dict[str, str]:
    """Every generated page, keyed by its path under the docs folder."""
    pages: dict[str, str] = {}
    env = _environment(site, depth=1)
    for kind, title in KIND_TITLES.items():
        cards = site.events_by_date() if kind == "events" else [
            site.cards[kind][key] for key in sorted(site.cards.get(kind, {}))]
        pages[f"{kind}/index.md"] = env.get_template(f"{kind}_index.md.j2").render(
            title=title, cards=cards)
        template = env.get_template(CARD_TEMPLATES[kind])
        for cf in cards:
            extra = {"paragraphs": article_paragraphs(site.sources[cf.stem])} \
                if kind == "sources" and cf.stem in site.sources else {}
            pages[f"{kind}/{cf.stem}.md"] = template.render(cf=cf, card=cf.card, kind=kind, **extra)
    return pages
