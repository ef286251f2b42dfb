"""The canary: the site built by ProperDocs, a maintained MkDocs 1.x fork that runs the same
hooks, has the same pages and exports as the one MkDocs publishes. If the two ever part, the
hook has come to rely on something only one of them does."""

from __future__ import annotations

import shutil

import pytest

from tests.helpers import PUBLISHED, build, snapshot

pytestmark = pytest.mark.slow


def test_properdocs_builds_the_same_site(published, tmp_path):
    site, tmp = tmp_path / "site", tmp_path / "tmp"
    result = build(published.root, site, PUBLISHED, generator="properdocs", tmp=tmp)
    assert result.returncode == 0, result.stderr
    assert list(tmp.iterdir()) == []
    canary, real = snapshot(site), snapshot(published.site)
    assert sorted(canary) == sorted(real)
    assert sum(path.endswith("index.html") for path in real) > 40
    for name in ("cards.json", "annotations.jsonld", "timeline.json"):
        assert canary[name] == real[name], name
    assert all(canary[p] == real[p] for p in real if p.startswith("archive/"))


def test_properdocs_refuses_a_card_with_an_error_too(workspace, tmp_path):
    workspace.replace("cards/people/ahmad-vahidi.yaml", "name:", "nmae:")
    result = build(workspace.root, tmp_path / "out", generator="properdocs")
    assert result.returncode != 0
    assert "cards/people/ahmad-vahidi.yaml:3:1: error[unknown-key]" in result.stderr
    assert not (tmp_path / "out").exists()


def test_properdocs_strict_warnings_keep_the_previous_site(published, workspace, tmp_path_factory):
    """ProperDocs logs under its own name; the hook counts its warnings all the same."""
    site = tmp_path_factory.mktemp("out") / "site"
    shutil.copytree(published.site, site)
    before = snapshot(site)
    workspace.write("docs/broken.md", "# Broken\n\nA [link](nowhere.md) to no page.\n")
    result = build(workspace.root, site, generator="properdocs")
    assert result.returncode != 0 and "strict mode" in result.stdout + result.stderr
    assert snapshot(site) == before
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]
