"""The prose of a card: every text the site shows in the newsroom's own words (statements,
titles, names, roles, labels, notes), as opposed to quotes, ids, dates and addresses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

PROSE_KEYS = frozenset({"text", "title", "role", "says", "label", "name", "note", "notes",
                        "headline", "spellings", "words", "by"})


def prose(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(value path, text) of every prose value in raw card data."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in PROSE_KEYS and isinstance(value, str):
                yield (*path, key), value
            elif key in PROSE_KEYS and isinstance(value, list):
                yield from ((((*path, key, i)), v) for i, v in enumerate(value) if isinstance(v, str))
            elif key not in ("evidence", "body"):
                yield from prose(value, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from prose(item, (*path, i))


def shown(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """(value path, text) of every text a card shows besides its quotes and body markers, which
    must match the archived text as it is: prose, values, ids and dates alike."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in ("evidence", "body"):
                yield from shown(value, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from shown(item, (*path, i))
    elif isinstance(data, str):
        yield path, data
