"""Every documented rule's examples: the passing card passes, the failing one fails with the rule,
both checked in the neutral example project the engine ships, not in this story."""

from __future__ import annotations

import ast
import fnmatch
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from factcards.kinds import KINDS
from factcards.project import load_project
from factcards.rules import BY_ID, RULES
from factcards.rules.examples import PROJECT, example_articles
from factcards.site.rules_page import rules_page

WITH_EXAMPLES = [rule for rule in RULES if rule.good]
ENGINE = Path(__file__).resolve().parent.parent / "factcards"
# The findings a failing example cannot help raising beside its own: an alias needs an anchor,
# and an id that is no id names no card.
BESIDES = {"yaml-alias": {"yaml-anchor"}, "invalid-id": {"unknown-reference"}}
# This story's words (the real project's places, parties and people), which the engine and its
# rules page must not know: the engine is for any story.
STORY = re.compile(r"\b(?:iran|pakistan|islamabad|tehran|jilani|jalil|baloch|baluch|jaish|vahidi"
                   r"|abdollahian|xinhua|kakar|qureshi|sunni|shia\b|hamas|gaza|israel|houthi)",
                   re.IGNORECASE)


@pytest.fixture
def example(tmp_path) -> Path:
    """A copy of the example project, to add an example card to."""
    return Path(shutil.copytree(PROJECT, tmp_path / "example"))


def test_the_example_project_checks_clean_on_its_own():
    project = load_project(PROJECT)
    assert project.problems == [] and project.checked >= 5


def test_the_example_project_is_package_data():
    """Every file of the example project goes with the engine when it is packaged."""
    settings = tomllib.loads((ENGINE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = settings["tool"]["setuptools"]["package-data"]["factcards.rules"]
    files = [path.relative_to(PROJECT.parent).as_posix() for path in PROJECT.rglob("*") if path.is_file()]
    assert files and [f for f in files if not any(fnmatch.fnmatch(f, p) for p in patterns)] == []


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda rule: rule.id)
def test_examples(example, rule):
    """Each rule's good example checks clean in the example project, and its bad one breaks
    that rule and no other (but what `BESIDES` says it cannot help breaking)."""
    path = f"cards/{rule.kind}/example.yaml"
    (example / path).parent.mkdir(parents=True, exist_ok=True)
    (example / path).write_text(rule.good, encoding="utf-8")
    assert load_project(example).problems == []
    (example / path).write_text(rule.bad, encoding="utf-8")
    found = load_project(example).problems
    rules = {p.rule for p in found}
    assert rule.id in rules and rules <= {rule.id} | BESIDES.get(rule.id, set()), \
        [(p.rule, p.message) for p in found]
    assert all(p.path == path for p in found)


def test_rule_ids_are_unique_and_kebab_case():
    assert len(BY_ID) == len(RULES)
    assert all(rule.id.replace("-", "").isalpha() and rule.id.islower() for rule in RULES)


def test_every_check_is_a_module_the_engine_runs():
    """A rule with a module is found by the registry, run by the engine for its scope and
    stamped with the id the registry gives it: its id need not appear anywhere else."""
    runs = {"source", "card", "evidence", "valid"}  # the scopes the engine hands rules
    for rule in RULES:
        if rule.module is not None:
            assert rule.id == rule.module.ID and rule.scope in runs, rule.id
            assert callable(rule.module.check), rule.id
            assert rule.kinds is None or set(rule.kinds) <= set(KINDS), rule.id
    assert {rule.scope for rule in RULES if rule.module is not None} == runs


def test_every_finding_of_the_loader_is_raised_by_the_loader():
    """The loader's own findings (documented in `rules.loading`, without a module) are raised
    where the loader finds them: those with examples are proven by `test_examples`; the rest
    stand as ids in the loader's modules (reading, schema, layout), not only in their docs."""
    literals = set()
    for module in [*ENGINE.glob("load/*.py"), *ENGINE.glob("kinds/*.py"), ENGINE / "project.py"]:
        literals |= {node.value for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
                     if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    unproven = {rule.id for rule in RULES if rule.module is None and not rule.good}
    assert unproven and unproven - literals == set()


def test_the_rules_page_shows_every_rule_with_its_examples():
    page = rules_page()
    for rule in RULES:
        section = page.split(f"## `{rule.id}`\n", 1)[1].split("\n## ", 1)[0]
        if rule.good:  # the passing card, here or under the rule that shows it first
            assert rule.good.rstrip() in page
            assert rule.good.rstrip() in section or "Passes: the `cards/" in section
            # the failing card is the passing one with the lines the section marks changed
            added = [line[1:] for line in section.splitlines() if line.startswith("+")]
            removed = [line[1:] for line in section.splitlines() if line.startswith("-")]
            assert added or removed, rule.id
            assert all(line in rule.bad.splitlines() for line in added)
            assert all(line in rule.good.splitlines() for line in removed)
    assert "neutral example project shipped with the engine" in page
    for text in example_articles().values():
        assert text.rstrip() in page


def test_the_engine_and_its_rules_page_know_no_story():
    """Nothing in the engine (its code, templates and documentation, but the example project it
    ships) nor the rules page it generates names this story's places, parties or people."""
    found = [f"{path.relative_to(ENGINE)}: {match.group()}"
             for path in sorted(ENGINE.rglob("*")) if path.is_file() and path.suffix != ".pyc"
             and PROJECT not in path.parents
             for match in STORY.finditer(path.read_text(encoding="utf-8", errors="replace"))]
    assert found == []
    assert STORY.findall(rules_page()) == []
