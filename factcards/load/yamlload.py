"""Strict YAML loading that remembers where every value came from.

Built on PyYAML's C parser. An ordinary card is composed in C and walked once; anything unusual
goes through the event stream instead, which never recurses and names each problem. Every scalar
loads as text: YAML's guesses (booleans, numbers, timestamps) are off and the schema alone decides
types. Anything YAML can do that a fact card never needs — anchors, aliases, tags, several
documents, duplicate keys — is refused with a problem naming the file, line and column.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import yaml

from factcards.load.mistakes import mistake
from factcards.problems import Problem

try:  # The C parser is an order of magnitude faster; the pure one is a fallback, not a target.
    from yaml import CSafeLoader as _Loader
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - libyaml is part of the pinned wheel
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32
MAX_CHARACTER_PROBLEMS = 10

Key = str | int
ValuePath = tuple[Key, ...]

# C0/C1 controls (tab, line feed and carriage return are allowed), zero-width and bidi-format
# characters, and non-characters: invisible text that could make a quote or name lie.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffe\uffff]"
)


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
            node = _compose_node(self._text or "")
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


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 only (a leading BOM is dropped, CRLF is fine); refuses invisible characters."""
    if len(raw) > MAX_BYTES:
        return None, [
            Problem(path, 1, 1, "file-too-large",
                    f"the file is {len(raw):,} bytes; a card may be at most {MAX_BYTES:,} bytes",
                    hint="split the card, or shorten its quotes to the passage that matters")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem(path, line, col, "encoding",
                    f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                    hint="save the file as UTF-8 in your editor")
        ]
    text = text.removeprefix("\ufeff")
    problems = []
    for match in _FORBIDDEN.finditer(text):
        if len(problems) == MAX_CHARACTER_PROBLEMS:
            break
        char = match.group()
        name = unicodedata.name(char, "control character")
        line, col = _line_col(text, match.start())
        problems.append(
            Problem(path, line, col, "forbidden-character",
                    f"invisible or control character U+{ord(char):04X} ({name}) is not allowed",
                    hint="retype the text around it; copy-paste often brings these in")
        )
    problems += mixed_scripts(text, path)
    return (None if problems else text), problems


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ")[0] if char.isalpha() else ""


def mixed_scripts(text: str, path: str) -> list[Problem]:
    """Words that mix Latin, Cyrillic, Greek or Armenian letters: look-alike spoofing of names."""
    if text.isascii() or not any(_script(char) in _SCRIPTS[1:]
                                 for char in set(_NON_ASCII.findall(text))):
        return []  # a word can only mix scripts if some letter is not Latin; the scan is costly
    problems = []
    for match in _NON_ASCII_WORD.finditer(text):
        scripts = {name.split()[0] for char in match.group() if char.isalpha()
                   and (name := unicodedata.name(char, "")).split(" ")[0] in _SCRIPTS}
        if len(scripts) > 1:
            line, col = _line_col(text, match.start())
            problems.append(Problem(path, line, col, "mixed-script",
                                    f"'{match.group()}' mixes {' and '.join(sorted(scripts))} "
                                    "letters that look alike",
                                    hint="retype the word; a look-alike letter came in"))
    return problems


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


class _Careful(Exception):
    """The document needs the event-by-event path, which names every problem it has."""


# Characters that begin a tag, an anchor or an alias; flow brackets, many of which may nest deeper
# than the C composer should recurse.
_NEEDS_EVENTS = "!&*"
_MAX_FLOW_BRACKETS = 64


class _Composer(_Parser):  # type: ignore[misc, valid-type]
    """The C composer without tag resolution: every scalar is text here, so guessing its type
    (a regular expression per value, in Python) would be wasted work."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        return "tag:yaml.org,2002:str"

    def descend_resolver(self, parent: Any, index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def _compose_node(text: str) -> yaml.Node | None:
    composer = _Composer(text)
    try:
        return composer.get_single_node()
    finally:
        composer.dispose()


def _compose(text: str) -> Loaded | None:
    """The fast path for the ordinary card: PyYAML's C composer builds the node tree, one walk
    turns it into data. Anything a card may not contain sends the document to the event-by-event
    path instead (None), so both paths accept exactly the same documents."""
    if any(char in text for char in _NEEDS_EVENTS) or \
            text.count("[") + text.count("{") > _MAX_FLOW_BRACKETS:
        return None
    try:
        node = _compose_node(text)
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


def _start(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk_positions(node: yaml.Node, path: ValuePath, positions: dict[ValuePath, Position],
                    key_positions: dict[ValuePath, Position]) -> None:
    """The positions of a document `_walk` accepted: the same tree, so no checks again."""
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


def load(text: str, path: str) -> tuple[Loaded | None, list[Problem]]:
    """Parse one decoded document. Returns no data when any problem was found."""
    fast = _compose(text)
    if fast is not None:
        return fast, []
    return load_events(text, path)


def load_events(text: str, path: str) -> tuple[Loaded | None, list[Problem]]:
    """The careful path: event by event, every problem named. Returns no data on any problem."""
    builder = _Builder(path)
    try:
        for event in yaml.parse(text, Loader=_Loader):
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


def load_bytes(raw: bytes, path: str) -> tuple[Loaded | None, list[Problem]]:
    text, problems = decode(raw, path)
    if text is None:
        return None, problems
    return load(text, path)
