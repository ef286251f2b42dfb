"""Evidence must support the statement: the rules on copies of the real cards."""

from __future__ import annotations

import subprocess
import sys

import pytest

STRIKE = "cards/events/iran-strikes-inside-pakistan.yaml"
PROTEST = "cards/events/pakistan-protests-and-recalls-its-ambassador.yaml"
TOLL = "cards/disagreements/toll-of-pakistans-strike.yaml"


def line_of(workspace, rel: str, text: str) -> int:
    """The line on which `text` starts in a card (after the edits made so far)."""
    content = workspace.read(rel)
    return content[:content.index(text)].count("\n") + 1


def found(workspace):
    return [(p.rule, p.line, p.field, p.level) for p in workspace.problems()]


def test_a_contradicted_date_names_both(workspace):
    workspace.replace(STRIKE, 'date: "2024-01-16"', 'date: "2024-01-15"')
    (problem,) = workspace.problems(STRIKE)
    assert (problem.rule, problem.line, problem.field) == ("date-not-supported", 4, "date")
    # and the dispute over its day, which names it, is now about another happening's day
    assert {p.rule for p in workspace.problems("cards/disagreements/date-of-irans-strike.yaml")} \
        == {"disagreement-not-its-events"}
    assert "2024-01-15 is not stated" in problem.message
    assert "'January 16' (readerwall-amir-abdollahian-lands-in-islamabad)" in problem.message


def test_a_weekday_is_resolved_against_the_publication_date(workspace):
    # Published on Friday 19 January: "on Wednesday" is the 17th, not the 10th.
    workspace.replace(PROTEST, 'date: "2024-01-17"', 'date: "2024-01-10"')
    assert found(workspace) == [("date-not-supported", 4, "date", "error")]


def test_a_dropped_qualifier_changes_the_number(workspace):
    card = "cards/events/pakistan-strikes-inside-iran.yaml"
    workspace.replace(card, "reported at least nine casualties: four", "reported nine casualties: four")
    line = line_of(workspace, card, "Iran's Interior Minister Ahmad Vahidi reported nine") - 1
    assert found(workspace) == [("number-not-supported", line, "claims[3].text", "error")]


def test_a_statement_as_fact_must_be_attributed(workspace):
    workspace.replace(STRIKE, "According to Pakistan's Ministry of Foreign Affairs, at least",
                      "At least")
    line = line_of(workspace, STRIKE, "At least two children") - 1  # the `>-` line
    assert ("attribution-missing", line, "claims[2].text", "error") in found(workspace)


def test_the_party_must_be_named_next_to_the_quote(workspace):
    workspace.replace(STRIKE, "According to Pakistan's Ministry of Foreign Affairs, at least",
                      "According to Ahmad Vahidi, at least")
    rules = {(rule, field) for rule, _, field, _ in found(workspace)}
    assert ("attribution-missing", "claims[2].text") in rules
    assert ("name-not-supported", "claims[2].text") in rules


@pytest.mark.slow  # runs the command line in a subprocess
def test_an_elision_that_drops_a_negation_is_an_error(workspace):
    workspace.replace(PROTEST, '"Later on Wednesday evening, Pakistan recalled its ambassador from '
                      'Iran and advised the latter not to send its ambassador to Islamabad."',
                      '"Later on Wednesday evening ... advised the latter ... to send its '
                      'ambassador to Islamabad."')
    assert ("elision-drops-meaning", 25, "claims[2].evidence[0].quote", "error") in found(workspace)
    result = subprocess.run([sys.executable, "build_cards.py", "check"], cwd=workspace.root,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "error[elision-drops-meaning]" in result.stdout


def test_an_elision_may_leave_out_a_number_with_what_it_counts(workspace):
    card = "cards/events/pakistan-strikes-inside-iran.yaml"
    workspace.replace(card, "reported at least nine casualties, including four children, three women, "
                      "and two men who were non-Iranian citizens, condemning the strikes.",
                      "reported at least nine casualties ... condemning the strikes.")
    assert [rule for rule, *_ in found(workspace) if rule == "elision-drops-meaning"] == []


def test_a_disagreement_needs_two_sources_and_different_values(workspace):
    workspace.replace(TOLL, "value: fatalities", "value: casualties")
    line = line_of(workspace, TOLL, "value: casualties\n    evidence:\n      - source: iranian")
    problems = workspace.problems()
    assert {(p.rule, p.line, p.field) for p in problems} == {
        ("disagreement-not-different", line, "accounts[1].value")}
    assert "gives the same value as account 1" in {p.message for p in problems}


def test_an_account_must_give_its_value(workspace):
    workspace.replace(TOLL, "value: fatalities", "value: deaths")
    line = line_of(workspace, TOLL, "value: deaths")
    assert found(workspace) == [("disagreement-not-different", line, "accounts[1].value", "error")]
