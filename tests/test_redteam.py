"""The red-team suite (`tests/redteam`): four rounds of cases written by reviewers who had not read the
rules, each applied alone to a copy of the real project. Every case must still apply to the
cards as they are, and every case must be judged as its verdict says, except the ones listed in
`known-misses.txt` — the open work, shown per class by `python -m tests.redteam.run`. A listed
case that is now judged right must leave the list, so the list only shrinks."""

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


def test_planted_statements_are_refused_by_check_itself(outcomes):
    refused = [o for o in outcomes if o.case["verdict"] == "refuse"]
    assert sum(o.refused for o in refused) / len(refused) >= 0.95  # the target, all rounds


def test_at_most_one_honest_statement_in_25_is_refused(outcomes):
    honest = [o for o in outcomes if o.case["verdict"] == "pass"]
    assert sum(not o.right for o in honest) / len(honest) <= 1 / 25
