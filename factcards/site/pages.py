"""Every file a published site holds besides the theme: the pages made from the cards, the rules
page, the exports, the feed, the picture shown when a page is shared and the archive, from one
plain function.

`build_pages` knows no site generator. The MkDocs adapter (`publish.mkdocs_hooks`) hands its
output to MkDocs; `build_cards.py pages DIR` writes it to a folder for any other generator.
Pages and the feed come as text; the picture as bytes; the exports as `Json`, written piece by
piece, because at a newsroom's scale they are tens of megabytes; the archive as the path of each
seed, copied byte for byte.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from factcards.kinds import KINDS
from factcards.load.seeds import SEEDS
from factcards.project import Project
from factcards.site.exports import ARCHIVE, annotations, cards_json, timeline_json
from factcards.site.feed import FEED, atom
from factcards.site.preview import PROBLEMS_PAGE, problems_page
from factcards.site.render import rendered_pages
from factcards.site.rules_page import rules_page
from factcards.site.sitedata import SiteData, page_path, page_url
from factcards.site.social import IMAGE, social_image

RULES_PAGE = "rules.md"


@dataclass(frozen=True)
class Json:
    """A JSON document to publish, kept as data until it is written (see `exports.dump_to`)."""

    document: object


Content = str | bytes | Json | Path  # a page's text, a picture, a JSON document, or a file to copy


@dataclass(frozen=True)
class Settings:
    """What the pages need to know about where and how they are published."""

    title: str = ""  # the site's name: the headline of the timeline export, the feed's title
    description: str = ""  # what the site is: with its name, on the picture of a shared page
    base_url: str = ""  # where the site is published; the exports' addresses start with it
    edit_base: str | None = None  # where a repository file is edited; card pages link there
    changed: Mapping[str, str] = field(default_factory=dict)  # card file -> date last changed
    added: Mapping[str, str] = field(default_factory=dict)  # card file -> date first published
    built: dt.date | None = None  # the build's day, for feed entries of undated cards (None: today)
    serving: bool = False  # a preview: cards with problems are shown, with a page listing them


def build_pages(project: Project, settings: Settings = Settings()) -> Iterator[tuple[str, Content]]:
    """Every generated file as (path under the site's source folder, content), one at a time.

    The exports come first, while nothing else is held: their documents are the largest. The
    caller decides whether cards with errors may be published (a preview shows them)."""
    site = SiteData(project.cards, project.sources, dict(settings.changed),
                    edit_base=settings.edit_base, look=project.lookup())
    yield "cards.json", Json(cards_json(site))
    yield "annotations.jsonld", Json(annotations(site, settings.base_url))
    yield "timeline.json", Json(timeline_json(site, settings.title))
    yield FEED, atom(site, dict(settings.added), settings.built or dt.date.today(), settings.title,
                     settings.base_url)
    yield IMAGE, social_image(settings.title, settings.description)
    for name in sorted(project.seeds):
        yield f"{ARCHIVE}/{name}", project.root / SEEDS / name
    yield from rendered_pages(site)
    yield RULES_PAGE, rules_page()
    if settings.serving and project.problems:
        yield PROBLEMS_PAGE, problems_page(project.problems, project.checked)


def card_files(project: Project) -> dict[str, str]:
    """{page path: card file} of every card with a page of its own: its edit link opens the card."""
    return {page_path(kind, key): cf.path for kind, cards in project.cards.items()
            for key, cf in cards.items() if _own_page(kind)}


def card_page_urls(project: Project) -> list[str]:
    """The address of every card's own page, for a build to confirm each was published."""
    return sorted(page_url(kind, key) for kind, cards in project.cards.items() for key in cards
                  if _own_page(kind))


def _own_page(kind: str) -> bool:
    return KINDS[kind].placement == "own" and KINDS[kind].page_template is not None
