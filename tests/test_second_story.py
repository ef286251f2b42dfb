"""A newsroom's second explainer, from `init` to a published site with no engine change: a small
story about another event (two sources, two people, two organisations, two events, a date the
sources dispute, written without a year, and an overview), its seeds registered as the new
project's README says. Its year comes from the sources' publication dates; where neither the
card nor the source gives one, `check` says so."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from factcards.project import load_project
from factcards.site.pages import card_page_urls
from tests.helpers import ROOT, build, card_count, cards, parse, second_story

pytestmark = pytest.mark.slow  # `init`, `check` and the build run as editors run them

TITLE = "Harbour strike: the fact cards"
HOME = "cards/overview/home.yaml"
# The home page's first statement, written with the year its passage leaves out.
YEARLESS = ("walked out over unpaid overtime", "walked out on March 3, 2031 over unpaid overtime")


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("second-story") / "harbour-strike"
    made = cards(ROOT, "init", str(project), "--title", TITLE)
    assert made.returncode == 0, made.stderr
    second_story(project, register=False)
    for seed in sorted(p.name for p in (project / "seeds").glob("*.txt")):
        subprocess.run(f"sha256sum {seed} >> SHA256SUMS", shell=True, cwd=project / "seeds", check=True)
    return project


def test_the_second_story_checks_clean_and_publishes_every_card(story, tmp_path):
    checked = cards(story, "check")
    assert (checked.returncode, checked.stdout) == (0, f"all {card_count(story)} cards valid\n")
    site = tmp_path / "site"
    built = build(story, site)
    assert built.returncode == 0, built.stderr
    urls = card_page_urls(load_project(story))
    assert len(urls) == 8  # sources, people, organisations and events; the rest are on index pages
    assert [url for url in urls if not (site / url / "index.html").is_file()] == []
    assert TITLE in (site / "index.html").read_text(encoding="utf-8")
    timeline = " ".join(" ".join(parse(site / "events/index.html").text).split())
    assert "3 March 2031 (date disputed: also reported as 2 March 2031)" in timeline
    differ = " ".join(" ".join(parse(site / "disagreements/index.html").text).split())
    assert "On which day did the strike begin?" in differ
    written = cards(story, "pages", str(tmp_path / "pages"))
    assert written.returncode == 0, written.stdout + written.stderr
    for path in ["feed.xml", "social.png", "cards.json", *(url.rstrip("/") + ".md" for url in urls)]:
        assert (tmp_path / "pages" / path).is_file(), path


def _variant(story: Path, target: Path, published: bool) -> Path:
    """A copy of the story whose home page writes a year its passage does not, and whose
    sources, unless `published`, do not say when they were published."""
    shutil.copytree(story, target)
    home = target / HOME
    home.write_text(home.read_text(encoding="utf-8").replace(*YEARLESS), encoding="utf-8")
    if not published:
        for card in (target / "cards/sources").glob("*.yaml"):
            text = card.read_text(encoding="utf-8")
            card.write_text(re.sub(r"published:\n  value: .*\n  quote: .*\n", "published: unknown\n", text),
                            encoding="utf-8")
    return target


def test_a_date_without_a_year_takes_the_year_its_source_was_published(story, tmp_path):
    checked = cards(_variant(story, tmp_path / "dated", published=True), "check")
    assert (checked.returncode, checked.stdout) == (0, f"all {card_count(story)} cards valid\n")


def test_a_date_without_a_year_and_no_publication_date_is_reported(story, tmp_path):
    checked = cards(_variant(story, tmp_path / "undated", published=False), "check")
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[:2] == [
        f"{HOME}:4:11: error[statement-date-not-supported] summary[0].text: 'March 3, 2031': its "
        "passages give no year, and their sources' publication dates are unknown",
        "    hint: quote the passage that dates it, or write the date it gives"]
    assert "1 error, 0 warnings in 1 file" in checked.stdout
