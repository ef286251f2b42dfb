"""Plant one defect at a time in the real cards; the checker must catch every one, naming the
file, the line and the field. (`python -m tests.mutants` prints the rates per class.)"""

from __future__ import annotations

import pytest

from factcards.project import load_project
from tests.mutants import copy_project, mutants, run

pytestmark = pytest.mark.slow  # many planted defects, each checked in full

CLASSES = {"quote-word", "wrong-source", "date-shift", "number-change", "person-swap",
           "attribution-drop"}


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    work = copy_project(tmp_path_factory.mktemp("mutants"))
    project = load_project(work)
    assert project.problems == [], "the unmodified cards must raise no alarm"
    return work, [(m, text) for m, text in mutants(project) if text is not None]


def test_every_class_is_planted(planted):
    _, found = planted
    counts = {kind: sum(m.kind == kind for m, _ in found) for kind in CLASSES}
    assert all(count >= 5 for count in counts.values()), counts


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_every_mutant_is_caught(planted, kind):
    work, found = planted
    missed = []
    for mutant, text in found:
        if mutant.kind == kind:
            caught, problems = run(text, mutant, work)
            if not caught:
                missed.append(f"{mutant.label()} -> {problems}")
    assert missed == []
