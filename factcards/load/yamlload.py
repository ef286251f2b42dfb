"""Strict YAML loading that remembers where every value came from.

Built on PyYAML's C parser. An ordinary card is composed in C and walked once (`composed`);
anything unusual goes through the event stream instead (`events`), which never recurses and names
each problem. Every scalar loads as text: YAML's guesses (booleans, numbers, timestamps) are off
and the schema alone decides types (`composer`). Anything YAML can do that a fact card never
needs — anchors, aliases, tags, several documents, duplicate keys — is refused with a problem
naming the file, line and column, and so is text that hides what it says (`characters`). What
comes out is a `Loaded` document with its value paths (`loaded`).

This module is the front door: callers import from here.
"""

from __future__ import annotations

from factcards.load.characters import MAX_BYTES, MAX_CHARACTER_PROBLEMS, decode, mixed_scripts
from factcards.load.composed import compose
from factcards.load.events import MAX_DEPTH, load_events
from factcards.load.loaded import Key, Loaded, Position, ValuePath
from factcards.problems import Problem

__all__ = ["MAX_BYTES", "MAX_CHARACTER_PROBLEMS", "MAX_DEPTH", "Key", "Loaded", "Position",
           "ValuePath", "compose", "decode", "load", "load_bytes", "load_events", "mixed_scripts"]


def load(text: str, path: str) -> tuple[Loaded | None, list[Problem]]:
    """Parse one decoded document. Returns no data when any problem was found."""
    fast = compose(text)
    if fast is not None:
        return fast, []
    return load_events(text, path)


def load_bytes(raw: bytes, path: str) -> tuple[Loaded | None, list[Problem]]:
    text, problems = decode(raw, path)
    if text is None:
        return None, problems
    return load(text, path)
