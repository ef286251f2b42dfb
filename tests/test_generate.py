"""The benchmarks' synthetic archive: with no bad quotes asked for it checks clean, so the
10,000-card figures time the check an honest project gets; with bad quotes, each is caught."""

from __future__ import annotations

import sys
from pathlib import Path

from factcards.project import check_project

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import generate


def test_a_generated_archive_checks_clean(tmp_path):
    root = tmp_path / "project"
    generate(root, cards=300, sources=30, bad=0.0)
    problems, checked = check_project(root, processes=1)
    assert checked == 300
    assert [str(p) for p in problems] == []


def test_its_bad_quotes_are_refused(tmp_path):
    root = tmp_path / "project"
    generate(root, cards=300, sources=30, bad=0.1)
    problems, _ = check_project(root, processes=1)
    quoted = {p.rule for p in problems}
    assert {"quote-not-found", "quote-wrong-source"} <= quoted
    assert all(p.path.startswith("cards/") for p in problems)
