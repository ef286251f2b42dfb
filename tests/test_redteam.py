"""The red-team suite (`tests/redteam`): seven rounds of cases written by reviewers who had not read the
rules, each applied alone to a copy of the real project. Every case must still apply to the
cards as they are, and every case must be judged as its verdict says, except the ones listed in
`known-misses.txt` — the open work, shown per class by `python -m tests.redteam.run`. A listed
case that is now judged right must leave the list, so the list only shrinks, and a case judged
wrong that is not listed fails the suite.

The issue's targets (95% of planted statements refused, at most 1 honest statement in 25) are
figures to reach and report, as the benchmarks page does; they are not asserted here. Rounds 5
and 6, written against the rules as they then stood and run once, put both below target.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.redteam.run import cases, run_all

KNOWN = Path(__file__).parent / "redteam" / "known-misses.txt"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def outcomes():
    return run_all(processes=2)


def _known() -> set[str]:
    return {line.split("#")[0].strip() for line in KNOWN.read_text(encoding="utf-8").splitlines()
            if line.split("#")[0].strip()}


def test_there_are_enough_cases_of_both_kinds():
    found = cases()
    refuse = [c for c in found if c["verdict"] == "refuse"]
    honest = [c for c in found if c["verdict"] == "pass"]
    assert len(refuse) >= 100 and len(honest) >= 25
    assert {c["class"] for c in refuse} >= {"trivial-quote", "actor-swap", "negation", "wrong-detail",
                                           "misattribution", "date", "number", "elision",
                                           "furniture", "unicode", "unbacked-field"}


def test_every_case_still_applies_to_the_cards(outcomes):
    assert [o.case["id"] for o in outcomes if not o.applied] == []


def test_every_case_is_judged_as_its_verdict_says_but_the_known_misses(outcomes):
    wrong = {o.case["id"] for o in outcomes if not o.right}
    known = _known()
    assert sorted(wrong - known) == [], "new misses or false alarms"
    assert sorted(known - wrong) == [], "judged right now: remove from known-misses.txt"
