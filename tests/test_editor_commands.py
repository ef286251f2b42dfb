"""The editors' commands end to end on copies of the real project: new, schema, find."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcards.edit.scaffold import json_schemas, schema_comment
from factcards.kinds import KINDS as MODELS

pytestmark = pytest.mark.slow  # each test runs a subprocess

ROOT = Path(__file__).resolve().parent.parent


def run(workspace, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "build_cards.py", *args], cwd=workspace.root,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("kind", sorted(MODELS))
def test_new_writes_a_skeleton_that_says_what_to_fill(workspace, kind):
    result = run(workspace, "new", kind, "fresh-card")
    assert result.returncode == 0, result.stderr
    path = f"cards/{kind}/fresh-card.yaml"
    text = workspace.read(path)
    assert text.startswith(schema_comment(kind))
    assert "id: fresh-card" in text and "#" in text.splitlines()[2]
    check = run(workspace, "check", path)
    assert check.returncode == 1
    problems = [line for line in check.stdout.splitlines() if line.startswith(path)]
    fill = ("[empty-value]", "[invalid-date]", "[invalid-value]")  # what is left to fill in
    assert problems and all(any(rule in line for rule in fill) for line in problems), check.stdout


def test_new_names_the_subjects_the_project_allows(workspace):
    workspace.replace("project.yml", "subjects: [date, count, name, wording]", "subjects: [date, toll]")
    assert run(workspace, "new", "disagreements", "fresh-card").returncode == 0
    subject = workspace.read("cards/disagreements/fresh-card.yaml").splitlines()[3]
    assert subject.endswith("# one of the project's subjects (project.yml): date or toll")


@pytest.mark.parametrize("args", [["new", "events", "Bad_Id"], ["new", "nonsense", "x"],
                                  ["new", "events", "iran-strikes-inside-pakistan"]])
def test_new_refuses_bad_requests(workspace, args):
    result = run(workspace, *args)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_schemas_are_in_sync_with_the_models():
    for rel, text in json_schemas().items():
        assert (ROOT / rel).read_text(encoding="utf-8") == text, \
            f"{rel} is stale: run 'python build_cards.py schema'"


def test_schema_command_writes_every_kind(workspace):
    for rel in json_schemas():
        (workspace.root / rel).unlink(missing_ok=True)
    assert run(workspace, "schema").returncode == 0
    for kind in MODELS:
        schema = json.loads(workspace.read(f"schemas/{kind}.schema.json"))
        assert schema["additionalProperties"] is False
        assert "id" in schema["required"]


def test_every_card_names_its_schema():
    for path in sorted((ROOT / "cards").rglob("*.yaml")):
        kind = path.parent.name
        assert path.read_text(encoding="utf-8").startswith(schema_comment(kind)), path


def test_find_shows_sources_lines_and_sentences(workspace):
    result = run(workspace, "find", "recalled its AMBASSADOR")
    assert result.returncode == 0
    assert "seeds/004_070e446cdca4d301.txt:21: pakistan-iran-agree-to-deescalate (article)" \
        in result.stdout
    assert "    Later on Wednesday evening, Pakistan recalled its ambassador from Iran" \
        in result.stdout
    assert "(page furniture, not citable)" in result.stdout  # the copy above 003's body
    assert result.stdout.rstrip().endswith("4 places in 3 sources")


def test_find_nothing(workspace):
    result = run(workspace, "find", "no source prints this")
    assert result.returncode == 1 and "0 places" in result.stdout
