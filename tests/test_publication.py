"""A faithful, reproducible publication: the archive is verified on every build, a failed build
never replaces the previous site, two builds of one commit are identical, and no page loads
anything from another host."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.test_site import build, snapshot

EPOCH = {"SOURCE_DATE_EPOCH": "1706486400"}
LOADS = re.compile(r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc=\"([^\"]+)\""
                   r"|<link\b[^>]*\bhref=\"([^\"]+)\"", re.IGNORECASE)
CSS_URLS = re.compile(r"url\(\s*['\"]?([^'\")]+)|@import\s+['\"]?([^'\";]+)", re.IGNORECASE)


def test_two_builds_are_byte_identical(workspace, tmp_path):
    first, second = tmp_path / "one" / "site", tmp_path / "two" / "site"
    assert build(workspace.root, first, EPOCH).returncode == 0
    assert build(workspace.root, second, EPOCH).returncode == 0
    assert snapshot(first) == snapshot(second)


def test_an_edited_seed_stops_the_build(workspace, tmp_path):
    seed = workspace.root / "seeds/003_0376525094cc7b88.txt"
    seed.write_bytes(seed.read_bytes() + b"\n")
    result = build(workspace.root, tmp_path / "site")
    assert result.returncode != 0
    assert "error[seed-checksum]" in result.stderr
    assert not (tmp_path / "site").exists()


def test_a_build_failing_after_writing_keeps_the_previous_site(workspace, tmp_path):
    site = tmp_path / "out" / "site"
    assert build(workspace.root, site).returncode == 0
    before = snapshot(site)
    workspace.write("docs/broken.md", "# Broken\n\nA [link](nowhere.md) to no page.\n")
    result = build(workspace.root, site)
    assert result.returncode != 0 and "strict mode" in result.stdout + result.stderr
    assert snapshot(site) == before
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]  # no staging left behind


def test_pages_load_nothing_from_other_hosts(workspace, tmp_path):
    site = tmp_path / "site"
    assert build(workspace.root, site).returncode == 0
    loads = []
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


def test_the_cli_and_the_build_agree(workspace):
    check = subprocess.run([sys.executable, "build_cards.py", "check"], cwd=workspace.root,
                           capture_output=True, text=True)
    assert check.returncode == 0 and Path(workspace.root / "seeds/SHA256SUMS").exists()


def test_edit_links_point_at_card_files(workspace, tmp_path):
    site = tmp_path / "site"
    env = {"FACTCARDS_REPO_URL": "https://github.com/newsroom/factcards",
           "FACTCARDS_EDIT_URI": "edit/main/docs/"}
    assert build(workspace.root, site, env).returncode == 0
    edit = "https://github.com/newsroom/factcards/edit/main/"
    pages = [("events/pakistan-strikes-inside-iran", "cards/events/pakistan-strikes-inside-iran.yaml"),
             ("people/ahmad-vahidi", "cards/people/ahmad-vahidi.yaml"), ("about", "docs/about.md")]
    for page, target in pages:
        html = (site / page / "index.html").read_text(encoding="utf-8")
        assert f'href="{edit}{target}" title="Edit this page"' in html
        assert 'data-md-component="source"' not in html  # no widget asking the host for stars
