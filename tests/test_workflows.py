"""The pull-request and publishing workflows and the pre-commit hook: they parse, never use
`pull_request_target`, and call commands that exist. Annotations cannot be forged."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factcards.edit.cli import _parser

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))


def load(path: Path) -> dict:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["on"] = document.pop(True, document.get("on"))  # YAML 1.1 reads `on` as true
    return document


def runs(document: dict) -> list[str]:
    return [step["run"] for job in document["jobs"].values() for step in job.get("steps", [])
            if "run" in step]


def subcommands() -> set[str]:
    action = next(a for a in _parser()._actions if a.dest == "command")
    return set(action.choices)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_parse_and_call_real_commands(path):
    document = load(path)
    assert "pull_request_target" not in path.read_text(encoding="utf-8")
    assert "pull_request_target" not in document["on"]
    for command in runs(document):
        for use in re.findall(r"build_cards\.py (\w+)", command):
            assert use in subcommands(), command
        for word in shlex.split(command.replace("$(", " ").replace(")", " ")):
            if word.endswith((".txt", ".py")) or word.startswith("tests/"):
                assert (ROOT / word).exists() or word.startswith(".venv"), word


def test_pull_requests_are_checked_with_annotations_a_strict_build_and_the_tests():
    document = load(ROOT / ".github/workflows/check.yml")
    assert set(document["on"]) == {"pull_request"}
    commands = " ".join(runs(document))
    # every card judged: a committed verdicts file must not vouch for a pull request's cards
    assert "build_cards.py check --no-cache --format github" in commands
    assert "mkdocs build --strict" in commands and "bash tests/run" in commands
    assert "properdocs build --strict -f mkdocs.yml" in commands  # the canary


def test_main_is_published_to_pages():
    document = load(ROOT / ".github/workflows/publish.yml")
    assert document["on"] == {"push": {"branches": ["main"]}}
    uses = [s.get("uses", "") for job in document["jobs"].values() for s in job["steps"]]
    assert any(u.startswith("actions/deploy-pages") for u in uses)
    assert "mkdocs build --strict" in " ".join(runs(document))


@pytest.mark.slow  # runs the command line in a subprocess
def test_pre_commit_runs_the_same_check():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for repo in config["repos"] for h in repo["hooks"]]
    assert hook["entry"] == "python build_cards.py check"
    result = subprocess.run([sys.executable, *hook["entry"].split()[1:]], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0


@pytest.mark.slow  # runs the command line in a subprocess
def test_a_card_value_cannot_forge_a_workflow_command(workspace):
    card = "cards/events/iran-strikes-inside-pakistan.yaml"
    workspace.replace(card, "id: iran-strikes-inside-pakistan",
                      'id: "x\\n::error file=README.md,line=1::forged, with :: and %"')
    result = subprocess.run([sys.executable, "build_cards.py", "check", "--format", "github"],
                            cwd=workspace.root, capture_output=True, text=True)
    assert result.returncode == 1
    commands = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert commands and all(line.startswith(f"::error file={card},") for line in commands)
    assert "%0A::error file=README.md" in result.stdout and "%25" in result.stdout
