"""Every rule a card is checked against, one module each, found by their `ID`.

A rule module carries its id, level, summary, fix and a passing and a failing example card
beside its `check` function; `SCOPE` says what the engine hands `check` (see `engine`), and
`KINDS`, when given, which kinds of card it checks. The
loader's own findings (YAML, schema, layout) are documented in `loading` and raised where the
loader finds them. The rules page and the example tests are generated from this registry.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType
from typing import Literal

Level = Literal["error", "warning"]
Scope = Literal["load", "source", "card", "evidence", "valid"]


@dataclass(frozen=True)
class Rule:
    """A rule's documentation and, for a check, the module that holds its `check`."""

    id: str
    summary: str
    fix: str
    level: Level = "error"
    scope: Scope = "load"
    kind: str = "events"  # the kind of card its examples are
    good: str = ""  # a card that passes
    bad: str = ""  # the same card, failing with this rule
    module: ModuleType | None = None
    kinds: tuple[str, ...] | None = None  # the kinds it checks; None: every kind

    def applies(self, kind: str) -> bool:
        return self.kinds is None or kind in self.kinds


def of_scope(scope: Scope) -> list[Rule]:
    return [rule for rule in RULES if rule.scope == scope]


def _of(module: ModuleType) -> Rule:
    good, bad = getattr(module, "EXAMPLES", ("", ""))
    return Rule(module.ID, module.SUMMARY, module.FIX, getattr(module, "LEVEL", "error"),
                module.SCOPE, getattr(module, "EXAMPLE_KIND", "events"), good, bad, module,
                getattr(module, "KINDS", None))


def _discover() -> list[Rule]:
    from factcards.rules.loading import LOADING

    found = list(LOADING)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "ID"):
            found.append(_of(module))
    return found


RULES: list[Rule] = _discover()
BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
