"""Shareable, findable and fresh: canonical addresses and a full sitemap once the site's address
is set, Open Graph and Twitter tags with a picture made at build time, a valid Atom feed of new
cards and corrections linked from every page, and a "last checked" date on every page."""

from __future__ import annotations

import re
import struct
import subprocess
import sys
from html import unescape as html_unescape
from pathlib import Path

import feedparser
import pytest
import yaml

from tests.helpers import copy_project

pytestmark = pytest.mark.slow  # builds sites

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://newsroom.example/factcards/"
EVENT = "cards/events/pakistan-strikes-inside-iran.yaml"


def build(root: Path, out: Path) -> subprocess.CompletedProcess:
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "FACTCARDS_SITE_URL": BASE,
           "SOURCE_DATE_EPOCH": "1706486400"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                          cwd=root, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The site as published, with a correction on one card so the feed has one."""
    root = copy_project(tmp_path_factory.mktemp("share"))
    card = root / EVENT
    card.write_text(card.read_text(encoding="utf-8") + 'corrections:\n  - date: "2024-02-01"\n'
                    "    note: The toll was first given as nine dead; the source says casualties.\n",
                    encoding="utf-8")
    out = root / "site"
    result = build(root, out)
    assert result.returncode == 0, result.stderr
    return out


def html_pages(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("index.html"))


def test_every_page_has_its_canonical_address_and_is_in_the_sitemap(built):
    listed = set(re.findall(r"<loc>([^<]+)</loc>", (built / "sitemap.xml").read_text()))
    for page in html_pages(built):
        address = BASE + page.parent.relative_to(built).as_posix().removeprefix(".") + "/"
        address = address.replace("factcards//", "factcards/")
        html = page.read_text(encoding="utf-8")
        assert f'<link rel="canonical" href="{address}">' in html, page
        assert f'<meta property="og:url" content="{address}">' in html, page
        assert address in listed, address
    assert len(listed) == len(html_pages(built)) > 40


def test_every_page_can_be_shared_with_title_summary_and_picture(built):
    for page in html_pages(built):
        html = page.read_text(encoding="utf-8")
        tags = dict(re.findall(r'<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)"',
                               html))
        assert tags["og:title"] and tags["twitter:title"] == tags["og:title"], page
        description = html_unescape(tags["og:description"])
        assert 20 < len(description) <= 201 and description.count(". ") == 0, (page, description)
        assert tags["og:image"] == BASE + "social.png" and tags["twitter:card"] == "summary_large_image"
    event = (built / "events/pakistan-strikes-inside-iran/index.html").read_text(encoding="utf-8")
    assert '<meta property="og:title" content="Pakistan strikes targets inside Iran">' in event
    png = (built / "social.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1200, 630)


def test_the_atom_feed_is_valid_and_lists_new_cards_and_corrections(built):
    feed = feedparser.parse((built / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10" and feed.feed.title
    ids = [entry.id for entry in feed.entries]
    assert len(ids) == len(set(ids)) > 30
    for entry in feed.entries:
        assert entry.link.startswith(BASE) and entry.published_parsed and entry.summary
        path = entry.link.removeprefix(BASE).split("#")[0]
        assert (built / path / "index.html").exists(), entry.link
    correction = next(e for e in feed.entries if e.title.startswith("Correction"))
    assert "casualties" in correction.summary and correction.published.startswith("2024-02-01")


def test_every_page_links_the_feed_and_says_when_it_was_last_checked(built):
    for page in [*html_pages(built), built / "404.html"]:
        html = page.read_text(encoding="utf-8")
        assert 'type="application/atom+xml"' in html, page
        assert re.search(r'Last checked against the archived sources on\s*<time datetime="2024-01-29">'
                         r"29 January 2024</time>", html), page


def test_the_publishing_workflow_sets_the_site_address():
    workflow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages"))
    build_step = next(s for s in steps if "mkdocs build" in s.get("run", ""))
    expected = "${{ steps." + pages["id"] + ".outputs.base_url }}/"
    assert build_step["env"]["FACTCARDS_SITE_URL"] == expected
    assert "!ENV FACTCARDS_SITE_URL" in (ROOT / "mkdocs.yml").read_text()
