"""PyYAML's C composer without tag resolution: every scalar is text here (the schema alone
decides types), so guessing each value's type — a regular expression per value, in Python —
would be wasted work."""

from __future__ import annotations

from typing import Any

import yaml

try:  # The C parser is an order of magnitude faster; the pure one is a fallback, not a target.
    from yaml import CSafeLoader as Loader
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - libyaml is part of the pinned wheel
    from yaml import SafeLoader as Loader  # type: ignore[assignment]
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

__all__ = ["Loader", "compose_node"]  # `Loader` is what the careful path parses events with


class _Composer(_Parser):  # type: ignore[misc, valid-type]
    """The C composer, every scalar resolved to text."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return "tag:yaml.org,2002:str"

    def descend_resolver(self, parent: Any, index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def compose_node(text: str) -> yaml.Node | None:
    """The node tree of a single-document text (None if empty); raises `yaml.YAMLError`."""
    composer = _Composer(text)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()
