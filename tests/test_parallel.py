"""The command line shares its cards between two processes; it must find exactly what one
process finds, problem for problem, and fall back to one process when the other fails."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from factcards import parallel
from factcards.project import check_project, load_project

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generate import generate

pytestmark = pytest.mark.slow  # generates a 600-card archive and forks a second process


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    """A generated archive with misattributed and invented quotes, plus hand-made breakage."""
    root = tmp_path_factory.mktemp("synthetic") / "project"
    generate(root, cards=600, sources=60, bad=0.1)
    events = sorted((root / "cards/events").glob("*.yaml"))
    events[0].write_text(events[0].read_text() + "bogus: key\n")
    events[1].write_text(events[1].read_text().replace("people:\n", "people:\n  - nobody\n", 1))
    broken = {p.path for p in load_project(root).problems}
    clean = [e for e in events if e.relative_to(root).as_posix() not in broken]
    clean[0].write_text(re.sub(r"(text: .*? said )\d+", r"\g<1>999", clean[0].read_text(), count=1))
    clean[1].write_text(clean[1].read_text().replace("people:\n", "people:\n  - person-0\n", 1))
    people = sorted((root / "cards/people").glob("*.yaml"))
    people[0].write_text(people[0].read_text().replace("spellings:\n", "spellings:\n  - Nowhere Man\n"))
    people[1].write_text("id: [unclosed\n")
    sources = sorted((root / "cards/sources").glob("*.yaml"))
    sources[0].write_text(sources[0].read_text().replace("headline: \"", "headline: \"Not "))
    (root / "cards/events/Event-0-0.yaml").write_text("id: Event-0-0\n")
    return root


def test_two_processes_find_what_one_finds_on_a_broken_archive(synthetic):
    one = load_project(synthetic)
    found, checked = check_project(synthetic, processes=2)
    assert checked == one.checked > 600
    assert {p.rule for p in found} >= {"quote-wrong-source", "quote-not-found", "unknown-key",
                                      "unknown-reference", "spelling-not-found", "yaml-syntax",
                                      "duplicate-id", "headline-not-found", "number-not-supported",
                                      "name-not-supported"}
    assert found == one.problems


def test_two_processes_find_what_one_finds_on_the_real_cards(real_project):
    assert check_project(real_project.root, processes=2) == (real_project.problems,
                                                              real_project.checked)


def test_a_failed_second_process_falls_back_to_one(synthetic, monkeypatch):
    real_half = parallel._half

    def half(paths, other, *args, first, **kwargs):
        if not first:
            os._exit(3)  # the forked process dies without a word
        return real_half(paths, other, *args, first=first, **kwargs)

    monkeypatch.setattr(parallel, "_half", half)
    assert check_project(synthetic, processes=2)[0] == load_project(synthetic).problems
