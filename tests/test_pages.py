"""Every generated file from one plain function, `build_pages`, written by the MkDocs adapter and
by `build_cards.py pages` alike; the navigation gains the index page of any kind it lacks."""

from __future__ import annotations

import ast
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from factcards.kinds import KINDS
from factcards.project import load_project
from factcards.publish import mkdocs_hooks
from factcards.publish.folder import write_all
from factcards.publish.nav import pages_in, with_kinds
from factcards.publish.staging import missing_pages
from factcards.site.feed import FEED
from factcards.site.pages import Json, Settings, build_pages, card_files, card_page_urls
from factcards.site.render import render_site
from factcards.site.sitedata import SiteData
from factcards.site.social import IMAGE
from tests.helpers import ENVOY, EVENT, PUBLISHED, ROOT, build, cards, snapshot

PURE = ("site", "kinds", "rules", "load", "text")  # the stages that know no site generator


def test_every_page_export_and_archived_text(real_project):
    built = dt.date(2030, 1, 2)
    files = dict(build_pages(real_project, Settings(title="T", base_url="https://x.org/", built=built)))
    pages = render_site(SiteData(real_project.cards, real_project.sources, look=real_project.lookup()))
    assert {path: files[path] for path in pages} == pages
    assert "rules.md" in files and "problems.md" not in files
    assert {path for path, content in files.items() if isinstance(content, Json)} == {
        "cards.json", "annotations.jsonld", "timeline.json"}
    archive = {path: content for path, content in files.items() if isinstance(content, Path)}
    assert archive == {f"archive/{name}": ROOT / "seeds" / name for name in real_project.seeds}
    assert files["timeline.json"].document["title"]["text"]["headline"] == "T"
    assert files["annotations.jsonld"].document["id"] == "https://x.org/annotations.jsonld"
    # The feed and the picture shown when a page is shared: new cards undated in the history
    # date from the build.
    assert files[FEED].startswith('<?xml version="1.0" encoding="utf-8"?>\n<feed ')
    assert '<link rel="self" type="application/atom+xml" href="https://x.org/feed.xml"/>' in files[FEED]
    assert "<updated>2030-01-02T00:00:00Z</updated>" in files[FEED]
    assert files[IMAGE].startswith(b"\x89PNG\r\n")


def test_a_preview_lists_its_problems_on_a_page(workspace):
    workspace.replace(EVENT, *ENVOY)
    project = load_project(workspace.root)
    assert "problems.md" not in dict(build_pages(project))
    page = dict(build_pages(project, Settings(serving=True)))["problems.md"]
    assert "quote-not-found" in page and EVENT in page


def test_card_pages_and_their_files(real_project):
    urls = card_page_urls(real_project)
    assert "events/pakistan-strikes-inside-iran/" in urls
    assert not any(url.startswith(("disagreements/", "overview/")) for url in urls)
    assert card_files(real_project)["people/ahmad-vahidi.md"] == "cards/people/ahmad-vahidi.yaml"
    assert len(urls) == len(card_files(real_project))


def test_missing_pages_are_named(tmp_path):
    (tmp_path / "events/a").mkdir(parents=True)
    (tmp_path / "events/a/index.html").write_text("x")
    assert missing_pages(tmp_path, ["events/a/", "events/b/"]) == ["events/b/"]


def test_no_site_generator_is_imported_by_the_core():
    for stage in PURE:
        for module in (ROOT / "factcards" / stage).rglob("*.py"):
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                assert not any(n.split(".")[0] in ("mkdocs", "properdocs") for n in names), module


def test_the_mkdocs_adapter_is_thin_and_keeps_its_state_in_one_object():
    source = (ROOT / "factcards/publish/mkdocs_hooks.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) <= 100
    tree = ast.parse(source)
    names = {name.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
             for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
             for name in ast.walk(target) if isinstance(name, ast.Name)}
    assert names == {"on_startup", "on_config", "on_pre_build", "on_files", "on_page_content",
                     "on_post_page", "on_post_build", "on_build_error", "on_shutdown"}
    assert len({getattr(mkdocs_hooks, name).__self__ for name in names}) == 1


def test_a_kind_missing_from_the_navigation_is_added_where_it_belongs():
    nav = [{"Home": "index.md"}, {"Timeline": "events/index.md"},
           {"Who's who": ["people/index.md"]}, {"Editors": ["editors.md"]}]
    added = with_kinds(nav)
    assert {f"{kind}/index.md" for kind, declared in KINDS.items() if declared.index_template} \
        <= pages_in(added)
    assert added[2] == {"Who's who": ["people/index.md", {"Organisations": "organizations/index.md"}]}
    assert added[-1] == {"Editors": ["editors.md"]}  # new kinds go after the kinds, not the end
    assert nav[2] == {"Who's who": ["people/index.md"]}  # the configuration is not changed
    assert with_kinds(added) == added and with_kinds(None) is None


def test_writing_to_a_folder(real_project, tmp_path):
    count = write_all(tmp_path, build_pages(real_project))
    assert count == len(list(build_pages(real_project)))
    json.loads((tmp_path / "cards.json").read_text(encoding="utf-8"))
    seed = next(iter(real_project.seeds))
    assert (tmp_path / "archive" / seed).read_bytes() == (ROOT / "seeds" / seed).read_bytes()


# What a build publishes besides the files `build_pages` makes: the theme's and MkDocs's own
# (with the 404 page of `overrides/`), and the hand-written pages and files under docs/.
GENERATOR = ("assets/", "search/", "sitemap.xml", "sitemap.xml.gz", "404.html")


def _published_as(path: str) -> str:
    """Where a file under the site's source folder is published: a page in a folder of its own."""
    if not path.endswith(".md"):
        return path
    return "index.html" if path == "index.md" else path.removesuffix("index.md").removesuffix(
        ".md").rstrip("/") + "/index.html"


@pytest.mark.slow
def test_the_pages_command_writes_what_the_build_publishes(published, tmp_path):
    out = tmp_path / "pages"
    result = cards(published.root, "pages", str(out), env=PUBLISHED)
    assert result.returncode == 0, result.stdout + result.stderr
    written = snapshot(out)
    site = snapshot(published.site)
    hand_written = {_published_as(p.relative_to(published.root / "docs").as_posix())
                    for p in (published.root / "docs").rglob("*") if p.is_file()}
    generated = {path for path in site if not path.startswith(GENERATOR) and path not in hand_written}
    assert {"feed.xml", "social.png", "cards.json", "rules/index.html"} <= generated
    # Both ways: every file the build made from the cards is written by the command, and every
    # file the command writes is published.
    assert generated == {_published_as(path) for path in written}
    for path in written:
        if not path.endswith(".md"):
            assert written[path] == site[path], path  # exports, feed, picture, archive: byte for byte


@pytest.mark.slow
def test_the_pages_command_refuses_a_card_with_an_error(workspace, tmp_path):
    workspace.replace(EVENT, *ENVOY)
    result = cards(workspace.root, "pages", str(tmp_path / "out"))
    assert result.returncode == 1 and f"{EVENT}:25:67: error[quote-not-found]" in result.stdout
    assert not (tmp_path / "out").exists()


DROP = '''\
def on_files(files, config):
    files.remove(files.get_file_from_path("events/pakistan-strikes-inside-iran.md"))
    return files
'''


@pytest.mark.slow
def test_a_build_missing_a_card_page_fails_and_keeps_the_previous_site(published, workspace, tmp_path):
    site = tmp_path / "site"
    shutil.copytree(published.site, site)
    before = snapshot(site)
    workspace.write("drop.py", DROP)
    workspace.replace("mkdocs.yml", "  - build_cards.py\n", "  - build_cards.py\n  - drop.py\n")
    result = build(workspace.root, site)
    assert result.returncode != 0
    assert "1 card pages missing: events/pakistan-strikes-inside-iran/" in result.stderr
    assert snapshot(site) == before
