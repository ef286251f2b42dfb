"""The fast path for the ordinary card: PyYAML's C composer builds the node tree, one walk turns
it into data. Anything a card may not contain sends the document to the event-by-event path
(`events`) instead, so both paths accept exactly the same documents."""

from __future__ import annotations

from typing import Any

import yaml

from factcards.load.composer import compose_node
from factcards.load.events import MAX_DEPTH
from factcards.load.loaded import Loaded


class _Careful(Exception):
    """The document needs the event-by-event path, which names every problem it has."""


# Characters that begin a tag, an anchor or an alias; flow brackets, many of which may nest deeper
# than the C composer should recurse.
_NEEDS_EVENTS = "!&*"
_MAX_FLOW_BRACKETS = 64


def compose(text: str) -> Loaded | None:
    """The document's data, or None where the careful path must read it."""
    if any(char in text for char in _NEEDS_EVENTS) or \
            text.count("[") + text.count("{") > _MAX_FLOW_BRACKETS:
        return None
    try:
        node = compose_node(text)
        if node is None:
            return None
        return Loaded(_walk(node, 0), text=text)
    except (yaml.YAMLError, _Careful):
        return None


def _walk(node: yaml.Node, depth: int) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if depth >= MAX_DEPTH:
        raise _Careful
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value in mapping:
                raise _Careful
            mapping[key_node.value] = _walk(value_node, depth + 1)
        return mapping
    return [_walk(item, depth + 1) for item in node.value]
