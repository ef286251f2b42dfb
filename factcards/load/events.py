"""The careful path: YAML read event by event, which never recurses and names every problem.
Anything YAML can do that a fact card never needs — anchors, aliases, tags, several documents,
duplicate keys, deep nesting — is refused here with a problem naming the file, line and column."""

from __future__ import annotations

from typing import Any

import yaml

from factcards.load.composer import Loader
from factcards.load.loaded import Loaded, ValuePath
from factcards.load.mistakes import mistake
from factcards.problems import Problem

MAX_DEPTH = 32


class _Builder:
    """Turns a YAML event stream into plain data, collecting problems instead of raising."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.loaded = Loaded(data=None)
        self.problems: list[Problem] = []
        # Each frame: container, its value path, the pending key (mappings only).
        self.stack: list[list[Any]] = []
        self.documents = 0

    def problem(self, mark: Any, rule: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, rule, message,
                                     hint=hint))

    def refuse_extras(self, event: Any) -> None:
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.problem(event.start_mark, "yaml-anchor", f"anchor '&{anchor}' is not allowed",
                         hint="write the value out in full; cards do not share values")
        tag = getattr(event, "tag", None)
        if tag is not None:
            self.problem(event.start_mark, "yaml-tag", f"tag '{tag}' is not allowed",
                         hint="remove the tag; every value is plain text and the schema decides types")

    def place(self, value: Any, mark: Any) -> ValuePath | None:
        """Attach a finished value to its parent; return its path, or None for a mapping key."""
        pos = (mark.line + 1, mark.column + 1)
        if not self.stack:
            self.loaded.data = value
            self.loaded.positions[()] = pos
            return ()
        frame = self.stack[-1]
        container, base = frame[0], frame[1]
        if isinstance(container, list):
            path = (*base, len(container))
            container.append(value)
            self.loaded.positions[path] = pos
            return path
        if frame[2] is None:  # this value is a key
            path = (*base, value)
            if path in self.loaded.key_positions:
                first = self.loaded.key_positions[path][0]
                self.problem(mark, "duplicate-key",
                             f"key '{value}' appears twice (first on line {first}, again on line "
                             f"{pos[0]})", hint="keep one of the two and delete the other")
                frame[2] = ("duplicate", value)
            else:
                self.loaded.key_positions[path] = pos
                frame[2] = value
            return None
        key, frame[2] = frame[2], None
        if isinstance(key, tuple):  # value of a duplicate key: keep the first
            return None
        path = (*base, key)
        container[key] = value
        self.loaded.positions[path] = pos
        return path

    def feed(self, event: Any) -> bool:
        """Consume one event; False stops the stream (the document cannot be trusted further)."""
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.problem(event.start_mark, "multiple-documents",
                             "a card file holds one document; found a second '---'",
                             hint="move the second card into a file of its own")
                return False
        elif isinstance(event, yaml.AliasEvent):
            self.problem(event.start_mark, "yaml-alias", f"alias '*{event.anchor}' is not allowed",
                         hint="write the value out in full; cards do not share values")
            self.place("", event.start_mark)
        elif isinstance(event, yaml.ScalarEvent):
            self.refuse_extras(event)
            self.place(event.value, event.start_mark)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.refuse_extras(event)
            if len(self.stack) >= MAX_DEPTH:
                self.problem(event.start_mark, "too-deep",
                             f"values are nested more than {MAX_DEPTH} levels deep",
                             hint="a card needs only a few levels; check the indentation")
                return False
            if self.stack and isinstance(self.stack[-1][0], dict) and self.stack[-1][2] is None:
                self.problem(event.start_mark, "yaml-syntax",
                             "a key must be plain text, not a list or mapping")
                return False
            container: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            path = self.place(container, event.start_mark)
            self.stack.append([container, path, None])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.stack.pop()
        return True


def load_events(text: str, path: str) -> tuple[Loaded | None, list[Problem]]:
    """The careful path: event by event, every problem named. Returns no data on any problem."""
    builder = _Builder(path)
    try:
        for event in yaml.parse(text, Loader=Loader):
            if not builder.feed(event):
                break
    except yaml.MarkedYAMLError as exc:
        line, col = mistake(text, exc)  # the parser stops past it: see `mistakes`
        builder.problems.append(
            Problem(path, line, col, "yaml-syntax", f"YAML syntax error: {exc.problem or exc}",
                    hint="check the indentation and quoting on this line and the one before")
        )
    except yaml.YAMLError as exc:
        builder.problems.append(Problem(path, 1, 1, "yaml-syntax", f"YAML error: {exc}"))
    if builder.problems:
        return None, builder.problems
    return builder.loaded, []
