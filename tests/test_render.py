"""Rendered pages against golden files, and hostile card text staying inert."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from factcards.project import load_project
from factcards.site.render import render_site
from factcards.site.sitedata import SiteData
from tests.helpers import HOSTILE, hostile_event

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
PAGES = [
    "index.md",
    "corrections.md",
    "events/index.md",
    "events/pakistan-strikes-inside-iran.md",
    "people/index.md",
    "people/hossein-amir-abdollahian.md",
    "organizations/index.md",
    "organizations/jaish-al-adl.md",
    "background/index.md",
    "background/mutual-accusations.md",
    "disagreements/index.md",
    "sources/index.md",
    "sources/iranian-fm-visits-pakistan-to-patch-up-relations.md",
]
def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, f"{name} differs (UPDATE_GOLDEN=1 rewrites)"


@pytest.mark.parametrize("page", PAGES)
def test_real_pages_match_golden(real_pages, page):
    golden(page, real_pages[page])


def test_a_page_per_card_and_an_index_per_kind(real_project, real_pages):
    on_index = {"disagreements", "overview"}  # shown in full on an index page
    expected = {f"{kind}/{key}.md" for kind, cards in real_project.cards.items() for key in cards
                if kind not in on_index}
    expected |= {f"{kind}/index.md" for kind in real_project.cards if kind != "overview"}
    assert set(real_pages) == expected | {"index.md", "corrections.md"}


def test_events_index_is_in_date_order(real_pages):
    dates = re.findall(r'<p class="fc-event-date">(\d+ January 2024)( <span)?',
                       real_pages["events/index.md"])
    assert [day + (" (disputed)" if note else "") for day, note in dates] == [
        "16 January 2024 (disputed)", "17 January 2024", "18 January 2024 (disputed)",
        "19 January 2024", "29 January 2024", "29 January 2024"]


def test_hostile_text_renders_inert(workspace):
    workspace.write("cards/events/hostile.yaml", hostile_event(" ".join(HOSTILE)))
    workspace.replace("cards/people/jalil-abbas-jilani.yaml", "name: Jalil Abbas Jilani",
                      'name: "<b>Jilani</b> [x](javascript:y)"')
    project = load_project(workspace.root)
    # The checker refuses the markup; a preview of the broken card still shows it inert.
    assert project.problems and {p.rule for p in project.problems} <= {"prose-markup", "prose-characters"}
    pages = render_site(SiteData(project.cards, project.sources))
    golden("hostile-event.md", pages["events/hostile.md"])
    lines = pages["events/hostile.md"].splitlines()
    claim = lines[lines.index('<ol class="fc-claims">') + 1].removeprefix("<li>")
    claim = claim[:claim.index('<sup class="fc-refs"')]  # the references' own markup after it
    people = '<li><strong>People:</strong> <a href="../../people/jalil-abbas-jilani/">'
    person = next(line for line in lines if line.startswith(people))
    assert person.endswith("</a></li>")
    person = person[len(people):-len("</a></li>")]
    for text in (claim, person):
        raw = re.sub(r"&#[0-9]+;", "", text)  # what remains once references are set aside
        for marker in ("<", ">", "](", "*", "_", "`", "{", "!", "#", "|", "--", "&"):
            assert marker not in raw, marker
