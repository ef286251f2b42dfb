"""The editors' reference page of every rule, generated from the rules registry so the
documentation cannot drift from the checker."""

from __future__ import annotations

import difflib

from factcards.rules import RULES
from factcards.rules.examples import example_articles


def _fenced(text: str, language: str = "yaml") -> str:
    return f"```{language}\n" + text.rstrip("\n") + "\n```"


def _change(good: str, bad: str) -> str:
    """The failing card as the lines it changes in the passing one: what to look at, and a
    page small enough for a phone."""
    lines = difflib.unified_diff(good.splitlines(), bad.splitlines(), lineterm="", n=1)
    return "\n".join(line for line in lines if not line.startswith(("---", "+++", "@@")))


def rules_page() -> str:
    """Every rule, with a passing and a failing card where it has them."""
    parts = ["---\ntitle: Rules\n---\n",
             "Every problem `build_cards.py check` reports names one of these rules. "
             "Examples show a card that passes and one that fails. They come from a neutral "
             "example project shipped with the engine (an invented town council closing a "
             "bridge, in `factcards/rules/example/`), not from this explainer's story: each "
             "card is checked against that project, whose articles close this page.\n"]
    shown: dict[str, str] = {}  # a passing card shown once, under the first rule that uses it
    for rule in RULES:
        parts.append(f"## `{rule.id}`\n\n{rule.summary}\n\n**To fix:** {rule.fix}\n")
        if rule.good in shown:
            parts.append(f"Passes: the `cards/{rule.kind}/example.yaml` shown under "
                         f"[`{shown[rule.good]}`](#{shown[rule.good]}).\n")
        elif rule.good:
            shown[rule.good] = rule.id
            parts.append(f"Passes (`cards/{rule.kind}/example.yaml`):\n\n{_fenced(rule.good)}\n")
        if rule.good:
            parts.append(f"Fails, with these lines changed (`-` the passing card's, `+` the "
                         f"failing one's):\n\n{_fenced(_change(rule.good, rule.bad), 'diff')}\n")
    parts.append("## The example articles\n\nThe archived pages the examples quote, as the example "
                 "project keeps them in `seeds/`:\n")
    parts += [f"`{name}`:\n\n{_fenced(text, 'text')}\n" for name, text in example_articles().items()]
    return "\n".join(parts)
