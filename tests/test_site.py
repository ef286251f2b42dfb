"""The real site built by MkDocs, as editors and CI build it."""

from __future__ import annotations

import shutil

import pytest

from tests.helpers import ENVOY, EVENT, HOSTILE, assert_links_land, build, hostile_event, parse, snapshot

pytestmark = pytest.mark.slow


def test_the_real_site_builds_strict(published):
    site = published.site
    assert list(published.tmp.iterdir()) == []  # the exports' temporary folder is removed
    pages = snapshot(site)
    for page in ("index.html", "events/index.html", "people/index.html", "rules/index.html",
                 "events/pakistan-strikes-inside-iran/index.html",
                 "sources/pakistan-iran-agree-to-deescalate/index.html"):
        assert page in pages
    event = parse(site / "events/pakistan-strikes-inside-iran/index.html")
    links = event.links()
    assert any(link.startswith("../../sources/pakistan-iran-agree-to-deescalate/#q-")
               for link in links)
    assert "../../people/ahmad-vahidi/" in links
    toc = [dict(attrs).get("href") for tag, attrs in event.tags
           if tag == "a" and "md-nav__link" in (dict(attrs).get("class") or "")]
    assert "#what-happened" in toc and "#history" in toc  # the theme's table of contents
    assert_links_land(site)
    index = (site / "search/search_index.json").read_text(encoding="utf-8")
    assert "Marg Bar Sarmachar" in index  # what the cards state and quote is searchable;
    for furniture in ("Akismet", "Cuomo"):  # the page furniture around an article is not
        assert furniture not in index
        assert furniture in (site / "sources/iranian-fm-visits-pakistan-to-patch-up-relations"
                             / "index.html").read_text(encoding="utf-8")
    assert not (published.root / "docs" / "events").exists(), "nothing is written into docs/"


def test_hostile_card_text_is_refused_and_nothing_is_published(workspace, tmp_path):
    """Markup in prose never reaches a published page: the build refuses it (the preview's
    rendering of such a card stays inert: `test_render.test_hostile_text_renders_inert`)."""
    hostile = " ".join(HOSTILE)
    workspace.write("cards/events/hostile.yaml", hostile_event(hostile))
    site = tmp_path / "site"
    result = build(workspace.root, site)
    assert result.returncode != 0
    assert "error[prose-markup]" in result.stdout + result.stderr
    assert not (site / "events/hostile/index.html").exists()


def test_a_bad_card_fails_the_build_and_leaves_the_previous_site(published, workspace, tmp_path_factory):
    site = tmp_path_factory.mktemp("out") / "site"
    shutil.copytree(published.site, site)
    before = snapshot(site)
    workspace.replace(EVENT, *ENVOY)
    result = build(workspace.root, site)
    assert result.returncode != 0
    assert f"{EVENT}:25:67: error[quote-not-found]" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(site) == before
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]  # nothing staged is left
