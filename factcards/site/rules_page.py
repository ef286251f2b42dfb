"""The editors' rules page, generated from the rule registry so it cannot drift from the checker."""

from __future__ import annotations

from factcards.rules import RULES


def _fenced(text: str) -> str:
    return "```yaml\n" + text.rstrip("\n") + "\n```"


def rules_page() -> str:
    """The editors' reference: every rule, with a passing and a failing card where it has them."""
    parts = ["---\ntitle: Rules\n---\n",
             "Every problem `build_cards.py check` reports names one of these rules. "
             "Examples show a card that passes and one that fails.\n"]
    for rule in RULES:
        parts.append(f"## `{rule.id}`\n\n{rule.summary}\n\n**To fix:** {rule.fix}\n")
        if rule.good:
            parts.append(f"Passes (`cards/{rule.kind}/example.yaml`):\n\n{_fenced(rule.good)}\n")
            parts.append(f"Fails:\n\n{_fenced(rule.bad)}\n")
    return "\n".join(parts)
