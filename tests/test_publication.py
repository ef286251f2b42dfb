"""A faithful, reproducible publication: the archive is verified on every build, a failed build
never replaces the previous site, two builds of one commit are identical, no page loads anything
from another host, and the command line and the build agree on what is publishable."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.helpers import ENVOY, EVENT, PUBLISHED, build, cards, snapshot

pytestmark = pytest.mark.slow
LOADS = re.compile(r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=\"([^\"]+)\""
                   r"|<link\b[^>]*\bhref=\"([^\"]+)\"", re.IGNORECASE)
CSS_URLS = re.compile(r"url\(\s*['\"]?([^'\")]+)|@import\s+['\"]?([^'\";]+)", re.IGNORECASE)


def test_two_builds_are_byte_identical(published, tmp_path):
    again = tmp_path / "site"
    assert build(published.root, again, PUBLISHED).returncode == 0
    assert snapshot(again) == snapshot(published.site)


def test_an_edited_seed_stops_the_build(workspace, tmp_path):
    seed = workspace.root / "seeds/003_0376525094cc7b88.txt"
    seed.write_bytes(seed.read_bytes() + b"\n")
    result = build(workspace.root, tmp_path / "site")
    assert result.returncode != 0
    assert "error[seed-checksum]" in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_build_failing_after_writing_keeps_the_previous_site(published, workspace, tmp_path):
    site = tmp_path / "out" / "site"
    shutil.copytree(published.site, site)
    before = snapshot(site)
    workspace.write("docs/broken.md", "# Broken\n\nA [link](nowhere.md) to no page.\n")
    result = build(workspace.root, site)
    assert result.returncode != 0 and "strict mode" in result.stdout + result.stderr
    assert snapshot(site) == before
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]  # no staging left behind


def test_pages_load_nothing_from_other_hosts(published):
    site, loads = published.site, []
    for page in site.rglob("*.html"):
        loads += [a or b for a, b in LOADS.findall(page.read_text(encoding="utf-8"))]
    for sheet in site.rglob("*.css"):
        loads += [a or b for a, b in CSS_URLS.findall(sheet.read_text(encoding="utf-8"))]
    assert len(loads) > 100
    external = sorted({u for u in loads if re.match(r"(?:[a-z]+:)?//", u, re.IGNORECASE)
                       and not u.startswith("data:")})
    assert external == []
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in html and "squidfunk.github.io" not in html


@pytest.mark.parametrize("broken", [False, True], ids=["valid", "a card with an error"])
def test_the_cli_and_the_build_agree(workspace, tmp_path, broken):
    """`check` passes exactly when the strict build publishes, and names the same problem."""
    if broken:
        workspace.replace(EVENT, *ENVOY)
    check, built = cards(workspace.root, "check"), build(workspace.root, tmp_path / "site")
    assert (check.returncode == 0) == (built.returncode == 0) == (not broken)
    assert (tmp_path / "site" / "index.html").exists() == (not broken)
    problems = [line for line in check.stdout.splitlines()[:-1] if not line.startswith("    ")]
    assert len(problems) == broken
    assert all(line in built.stderr for line in problems)


def test_edit_links_point_at_card_files(published):
    edit = "https://github.com/newsroom/factcards/edit/main/"
    pages = [("events/pakistan-strikes-inside-iran", "cards/events/pakistan-strikes-inside-iran.yaml"),
             ("people/ahmad-vahidi", "cards/people/ahmad-vahidi.yaml"), ("about", "docs/about.md")]
    for page, target in pages:
        html = (published.site / page / "index.html").read_text(encoding="utf-8")
        assert f'href="{edit}{target}" title="Edit this page"' in html
        assert 'data-md-component="source"' not in html  # no widget asking the host for stars
