"""The command line, end to end: output formats, exit codes, and never a traceback."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from factcards.edit.report import as_github
from factcards.problems import Problem
from tests.helpers import card_count

pytestmark = pytest.mark.slow  # each test runs a subprocess

EVENT = "cards/events/pakistan-protests-and-recalls-its-ambassador.yaml"
LINE = re.compile(r"^(cards|seeds)/\S+:\d+:\d+: (error|warning)\[[a-z-]+\]( \S+:)? .+$")


def run(workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "build_cards.py", *args], cwd=workspace.root,
                          capture_output=True, text=True, timeout=60)


def break_two_cards(workspace) -> None:
    workspace.replace(EVENT, "evening, Pakistan recalled its ambassador",
                      "evening, Pakistan recalled its envoy")
    workspace.replace(EVENT, 'date: "2024-01-17"', "date: 2024-13-01")
    workspace.replace("cards/people/ahmad-vahidi.yaml", "name:", "nmae:")


def test_valid_cards_exit_zero(workspace):
    result = run(workspace, "check")
    assert (result.returncode, result.stdout, result.stderr) == (
        0, f"all {card_count()} cards valid\n", "")


def test_text_format_reports_every_problem_sorted(workspace):
    break_two_cards(workspace)
    result = run(workspace, "check")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    problems = [line for line in lines[:-1] if not line.startswith("    ")]
    assert problems and all(LINE.match(line) for line in problems), problems
    assert problems[0] == (f"{EVENT}:4:7: error[invalid-date] date: '2024-13-01' is not a real "
                           "date (month must be in 1..12)")
    assert lines[-1] == f"4 errors, 0 warnings in 2 files ({card_count()} cards checked)"
    assert "Traceback" not in result.stdout + result.stderr


def test_json_format(workspace):
    break_two_cards(workspace)
    result = run(workspace, "check", "--format", "json")
    document = json.loads(result.stdout)
    assert result.returncode == 1
    assert document["valid"] is False and document["errors"] == 4
    first = document["problems"][0]
    assert {k: first[k] for k in ("path", "line", "column", "rule", "field")} == {
        "path": EVENT, "line": 4, "column": 7, "rule": "invalid-date", "field": "date"}


def test_github_format(workspace):
    break_two_cards(workspace)
    result = run(workspace, "check", "--format", "github")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"::error file={EVENT},line=4,col=7,title=invalid-date::date: '2024-13-01' is not a real "
        "date (month must be in 1..12)%0Ahint: write the date like 2024-01-16")


def test_named_paths_limit_the_report(workspace):
    break_two_cards(workspace)
    result = run(workspace, "check", "cards/people")
    assert result.returncode == 1
    assert "ahmad-vahidi" in result.stdout and EVENT not in result.stdout
    sources = run(workspace, "check", "cards/sources")
    assert (sources.returncode, sources.stdout) == (0, "all 5 cards valid\n")  # the named ones


@pytest.mark.parametrize("args", [["check", "--format", "xml"], ["chekc"], [],
                                  ["check", "cards/nope.yaml"], ["check", "/"]])
def test_wrong_usage_exits_two(workspace, args):
    result = run(workspace, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_github_annotations_cannot_be_forged():
    hostile = Problem("cards/events/a,b:c.yaml", 3, 1, "quote-not-found",
                      "the quote 'x\n::error file=evil::forged' is not verbatim",
                      field="claims[0]", hint="100% sure\r\n::warning::no")
    lines = as_github([hostile], 1).splitlines()
    assert len(lines) == 2 and not lines[1].startswith("::")  # one annotation, then the summary
    line = lines[0]
    assert "file=cards/events/a%2Cb%3Ac.yaml," in line
    assert "%0A::error file=evil::forged" in line and "100%25 sure%0D%0A::warning" in line
