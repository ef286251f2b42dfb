"""Every documented rule's examples: the passing card passes, the failing one fails with the rule."""

from __future__ import annotations

import pytest

from factcards.rules import BY_ID, RULES
from factcards.site.rules_page import rules_page

WITH_EXAMPLES = [rule for rule in RULES if rule.good]


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda rule: rule.id)
def test_examples(workspace, rule):
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


def test_every_documented_rule_is_raised_somewhere():
    """No dead documentation: each id stands as a literal in the engine outside this table.

    The converse — every problem found names a documented rule — is asserted by the workspace
    fixture on every check it runs.
    """
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "factcards"
    literals = set()
    for module in package.rglob("*.py"):
        if module.name != "rules.py":
            literals |= {node.value for node in ast.walk(ast.parse(module.read_text()))
                         if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert set(BY_ID) - literals == set()


def test_the_rules_page_shows_every_rule_with_its_examples():
    page = rules_page()
    for rule in RULES:
        assert f"## `{rule.id}`" in page
        if rule.good:
            assert rule.bad.rstrip() in page
