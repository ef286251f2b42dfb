"""Every documented rule's examples: the passing card passes, the failing one fails with the rule."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from factcards.kinds import KINDS
from factcards.rules import BY_ID, RULES
from factcards.site.rules_page import rules_page

WITH_EXAMPLES = [rule for rule in RULES if rule.good]


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda rule: rule.id)
def test_examples(workspace, rule):
    """Each rule's good example checks clean and its bad one breaks the rule, among the shared
    cards and those the examples name."""
    examples_hold(workspace.lighten(rule.good, rule.bad), rule)


@pytest.mark.slow  # checks every real card twice for each rule
@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda rule: rule.id)
def test_examples_among_every_real_card(workspace, rule):
    examples_hold(workspace, rule)


def examples_hold(workspace, rule) -> None:
    path = f"cards/{rule.kind}/example.yaml"
    workspace.write(path, rule.good)
    assert workspace.problems() == []
    workspace.write(path, rule.bad)
    found = workspace.problems()
    assert rule.id in {p.rule for p in found}, [p.message for p in found]
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
    package = Path(__file__).resolve().parent.parent / "factcards"
    literals = set()
    for module in [*package.glob("load/*.py"), *package.glob("kinds/*.py"), package / "project.py"]:
        literals |= {node.value for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
                     if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    unproven = {rule.id for rule in RULES if rule.module is None and not rule.good}
    assert unproven and unproven - literals == set()


def test_the_rules_page_shows_every_rule_with_its_examples():
    page = rules_page()
    for rule in RULES:
        assert f"## `{rule.id}`" in page
        if rule.good:
            assert rule.bad.rstrip() in page
