"""The templates read the kind registry: a template shared between kinds, or used by the engine's
own pages, names no kind; a kind's own templates name no other kind. What a shared template
shows of a card (its date, the cards it names, who disputes it, its headings) comes from the
card's `Kind`, so a kind declared differently is shown differently with no template change."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from factcards.kinds import KINDS, Kind
from factcards.kinds.background import BackgroundCard
from factcards.site.render import render_site
from factcards.site.sitedata import SiteData

TEMPLATES = Path(__file__).resolve().parents[1] / "factcards" / "site" / "templates"


def owners(template: str) -> set[str]:
    """The kinds whose page or index template it is."""
    return {kind.name for kind in KINDS.values()
            if template in (kind.page_template, kind.index_template)}


def named(text: str) -> set[str]:
    """The kinds a template names: in quotes ("people") or in an address (../people/)."""
    return {name for name in KINDS
            if re.search(rf"""(["']{re.escape(name)}["'])|([(/]{re.escape(name)}/)""", text)}


def test_the_scan_sees_a_kind_named_in_quotes_or_in_an_address():
    assert named('{{ link("people", key) }}') == {"people"}
    assert named("the [background](../background/index.md)") == {"background"}
    assert named("{{ link(kind, key) }}: the people the events name") == set()


def test_no_template_names_a_kind_but_its_own():
    found = {}
    for path in sorted(TEMPLATES.glob("*.j2")):
        mine = owners(path.name)
        allowed = mine if len(mine) == 1 else set()  # shared or engine pages: none
        if wrong := named(path.read_text(encoding="utf-8")) - allowed:
            found[path.name] = sorted(wrong)
    assert found == {}


def test_a_shared_story_page_shows_what_its_kind_declares(real_project, monkeypatch):
    """A kind on the story page that names only people, with a heading of its own: the page
    lists the people under their kind's title, and nothing of events (no date, no disputes)."""
    kind = Kind(name="statements", model=BackgroundCard, title="Statements", noun="statement",
                label="title", order=35, references=((("people", "*"), ("people",)),),
                statements=(("claims", "text"),), page_template="story.html.j2",
                statements_heading="What was said")
    monkeypatch.setitem(KINDS, kind.name, kind)
    background = real_project.cards["background"]
    stem, cf = next((stem, cf) for stem, cf in sorted(background.items())
                    if cf.card.people and cf.card.organizations)
    cards = {**real_project.cards, "statements": {stem: dataclasses.replace(cf, kind="statements")}}
    pages = render_site(SiteData(cards, real_project.sources))
    page = pages[f"statements/{stem}.md"]
    assert f'<li><strong>People:</strong> <a href="../../people/{cf.card.people[0]}/">' in page
    assert "Organisations:" not in page and "Date:" not in page and "Sources differ" not in page
    assert 'id="what-was-said"' in page
    assert f"../../statements/{stem}/" in pages[f"people/{cf.card.people[0]}.md"]  # appears in


def test_the_home_page_points_to_the_index_pages_its_kinds_ask_for(real_pages):
    pointers = [f"[{kind.home_link.split('[')[1].split(']')[0]}]({kind.name}/index.md)"
                for kind in KINDS.values() if kind.home_link]
    assert pointers and all(pointer in real_pages["index.md"] for pointer in pointers)


def test_a_figure_links_whoever_the_overview_kind_lets_report_it():
    overview = next(kind for kind in KINDS.values() if kind.placement == "home")
    assert overview.targets(("figures", "*", "reported_by")) == ("people", "organizations", "sources")
    assert overview.targets(("no", "such", "field")) == ()
