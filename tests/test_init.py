"""A new explainer from zero: `init` makes a project that checks clean and builds with no cards,
whose index pages say what to add, and that takes its first source and event."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from factcards.edit.cli import main
from factcards.edit.init import navigation, project_files
from factcards.kinds import KINDS
from factcards.publish.nav import pages_in
from tests.helpers import ROOT, build, cards, parse

SEED = """\
Harbour Town Gazette
Home | News | Sport
River bridge reopens after repairs
Published 4 March 2025
The old river bridge reopened to traffic on 3 March 2025 after weeks of repairs, the town council said.
Engineers replaced the deck and repainted the railings, according to the council.
Also read: Ferry timetable changes
Comments are closed.
"""
SOURCE = """\
id: river-bridge-reopens
seed: 000_bridge.txt
headline: River bridge reopens after repairs
publisher:
  value: Harbour Town Gazette
  quote: Harbour Town Gazette
published:
  value: "2025-03-04"
  quote: Published 4 March 2025
body:
  start: The old river bridge reopened
  end: according to the council.
"""
EVENT = """\
id: bridge-reopens
title: The river bridge reopens
date: "2025-03-03"
claims:
  - text: The old river bridge reopened to traffic after repairs, the town council said.
    evidence:
      - source: river-bridge-reopens
        quote: "The old river bridge reopened to traffic on 3 March 2025 after weeks of repairs"
"""


def test_a_new_project_names_every_kind_and_no_story():
    files = project_files("Bridge works: 2025")
    assert 'site_name: "Bridge works: 2025"' in files["mkdocs.yml"]
    assert files["seeds/SHA256SUMS"] == ""
    assert {f"cards/{kind}/.gitkeep" for kind in KINDS} <= set(files)
    assert {f"{kind}/index.md" for kind in KINDS if KINDS[kind].index_template} <= pages_in(navigation())
    story = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("\n")[0].removeprefix("site_name: ")
    assert not any(story in text for text in files.values())


@pytest.mark.slow
def test_init_check_build_then_a_first_source_and_event(tmp_path):
    project, site = tmp_path / "explainer", tmp_path / "site"
    made = cards(ROOT, "init", str(project), "--title", "Bridge works, 2025")
    assert made.returncode == 0, made.stderr
    assert cards(project, "check").stdout == "all 0 cards valid\n"
    built = build(project, site)
    assert built.returncode == 0, built.stderr
    assert "Bridge works, 2025" in (site / "index.html").read_text(encoding="utf-8")
    for kind in KINDS:
        page = site / ("index.html" if KINDS[kind].placement == "home" else f"{kind}/index.html")
        text = " ".join(" ".join(parse(page).text).split())
        assert f"No {kind} yet: add one with python build_cards.py new {kind} some-id" in text

    (project / "seeds/000_bridge.txt").write_text(SEED, encoding="utf-8")
    digest = hashlib.sha256(SEED.encode()).hexdigest()
    (project / "seeds/SHA256SUMS").write_text(f"{digest}  000_bridge.txt\n", encoding="utf-8")
    (project / "cards/sources/river-bridge-reopens.yaml").write_text(SOURCE, encoding="utf-8")
    assert cards(project, "new", "events", "bridge-reopens").returncode == 0
    (project / "cards/events/bridge-reopens.yaml").write_text(EVENT, encoding="utf-8")
    checked = cards(project, "check")
    assert (checked.returncode, checked.stdout) == (0, "all 2 cards valid\n")
    built = build(project, site)
    assert built.returncode == 0, built.stderr
    event = parse(site / "events/bridge-reopens/index.html")
    assert any(link.startswith("../../sources/river-bridge-reopens/#q-") for link in event.links())
    assert "No events yet" not in (site / "events/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("existing", ["a file", "a folder with a file"])
def test_init_refuses_a_folder_that_is_not_empty(tmp_path, capsys, existing):
    target = tmp_path / "taken"
    if existing == "a file":
        target.write_text("x")
    else:
        target.mkdir()
        (target / "notes.txt").write_text("mine")
    assert main(["init", str(target), "--title", "T"], root=ROOT) == 2
    assert "not empty" in capsys.readouterr().err
    assert (target.read_text() if target.is_file() else (target / "notes.txt").read_text()) in ("x", "mine")
    assert not Path(target, "mkdocs.yml").exists()


def test_init_into_an_empty_folder_exits_0(tmp_path, capsys):
    target = tmp_path / "next-story"
    assert main(["init", str(target), "--title", "Bridge works, 2025"], root=ROOT) == 0
    assert capsys.readouterr().out.startswith(f"created {target}")
    assert (target / "mkdocs.yml").is_file()
