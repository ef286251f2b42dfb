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


def test_hostile_card_text_is_inert_in_the_built_html(workspace, tmp_path):
    hostile = " ".join(HOSTILE)
    workspace.write("cards/events/hostile.yaml", hostile_event(hostile))
    site = tmp_path / "site"
    assert build(workspace.root, site).returncode == 0
    page = parse(site / "events/hostile/index.html")
    seen = " ".join(" ".join(page.text).split())
    assert " ".join(hostile.split()) in seen  # every character shows as typed
    for tag, attrs in page.tags:
        assert tag != "img" or dict(attrs).get("src") != "x"
        assert not any(name.startswith("on") for name, _ in attrs), (tag, attrs)
        assert not any((value or "").startswith("javascript:") for _, value in attrs)
        # A shared page's title and summary hold the text, escaped, as a meta tag's content.
        assert not any("evil" in (value or "") for name, value in attrs
                       if not (tag == "meta" and name == "content"))
    plain = parse(site / "events/pakistan-protests-and-recalls-its-ambassador/index.html")
    assert [t for t, _ in page.tags if t in ("script", "img", "iframe")] == [
        t for t, _ in plain.tags if t in ("script", "img", "iframe")]
    title = (site / "events/hostile/index.html").read_text().split("<title>")[1].split("</title>")[0]
    assert "<" not in title and "&lt;script&gt;alert(x)&lt;/script&gt;" in title


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
