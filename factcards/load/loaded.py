"""A loaded document and its value paths: plain data, and where in the file each value and key
stood, so a problem found anywhere later can name its line and column."""

from __future__ import annotations

from typing import Any

import yaml

from factcards.load.composer import compose_node

Key = str | int
ValuePath = tuple[Key, ...]
Position = tuple[int, int]


class Loaded:
    """A loaded document: plain data plus the 1-based (line, column) of each value and key.

    A document loaded through the fast path keeps its text instead of its positions and finds
    them again only when asked — for a problem, which most cards never have. Positions for
    every value of 10,000 cards would cost more memory than the cards themselves."""

    __slots__ = ("_key_positions", "_positions", "_text", "data")

    def __init__(self, data: Any, positions: dict[ValuePath, Position] | None = None,
                 key_positions: dict[ValuePath, Position] | None = None,
                 text: str | None = None) -> None:
        self.data = data
        self._positions = positions if positions is not None or text else {}
        self._key_positions = key_positions if key_positions is not None or text else {}
        self._text = text

    def _find_positions(self) -> None:
        if self._positions is None:
            node = compose_node(self._text or "")
            self._positions, self._key_positions = {}, {}
            if node is not None:
                self._positions[()] = _start(node)
                _walk_positions(node, (), self._positions, self._key_positions)

    @property
    def positions(self) -> dict[ValuePath, Position]:
        self._find_positions()
        return self._positions  # type: ignore[return-value]

    @property
    def key_positions(self) -> dict[ValuePath, Position]:
        self._find_positions()
        return self._key_positions  # type: ignore[return-value]

    @property
    def text(self) -> str | None:
        """The document's text, when it was loaded through the fast path."""
        return self._text

    def position(self, path: ValuePath) -> Position:
        """The closest known position: the value itself, else its key, else its parent."""
        positions, key_positions = self.positions, self.key_positions
        if path in positions:
            return positions[path]
        for end in range(len(path), -1, -1):
            found = key_positions.get(path[:end]) or positions.get(path[:end])
            if found:
                return found
        return (1, 1)


def _start(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk_positions(node: yaml.Node, path: ValuePath, positions: dict[ValuePath, Position],
                    key_positions: dict[ValuePath, Position]) -> None:
    """The positions of a document the fast path accepted: the same tree, so no checks again."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            at = (*path, key_node.value)
            key_positions[at], positions[at] = _start(key_node), _start(value_node)
            _walk_positions(value_node, at, positions, key_positions)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            at = (*path, index)
            positions[at] = _start(item)
            _walk_positions(item, at, positions, key_positions)
