"""Validate loaded cards against the models and turn pydantic errors into positioned problems."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel, ValidationError

from factcards.kinds import KINDS
from factcards.kinds.fields import Strict
from factcards.load.yamlload import Loaded, ValuePath
from factcards.problems import Problem, dotted

_FIELD_NAME = re.compile(r"[a-z][a-z_]*")
_TYPE_WORDS = {str: "text", list: "a list", dict: "a mapping", type(None): "nothing"}
_EXPECTED = {
    "string_type": "text",
    "list_type": "a list",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
}


def _field_names(model: type[BaseModel], into: set[str]) -> set[str]:
    for name, info in model.model_fields.items():
        into.add(name)
        for arg in _walk_types(info.annotation):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                _field_names(arg, into)
    return into


def _walk_types(annotation: Any) -> list[Any]:
    args = getattr(annotation, "__args__", None)
    if not args:
        return [annotation]
    found = []
    for arg in args:
        found.extend(_walk_types(arg))
    return found


KNOWN_KEYS = sorted(set().union(*(_field_names(m, set()) for m in (k.model for k in KINDS.values()))))


def _tag_index(loc: tuple, data: Any) -> int | None:
    """Where pydantic named a union member in an error location (field names are lower-case
    words and keys the editor typed are in the data; anything else is a member's name)."""
    for i, part in enumerate(loc):
        if isinstance(part, str) and not _FIELD_NAME.fullmatch(part) and not (
                isinstance(data, dict) and part in data):
            return i
        data = data[part] if isinstance(data, (dict, list)) and _has(data, part) else None
    return None


def _has(container: dict | list, part: Any) -> bool:
    if isinstance(container, dict):
        return part in container
    return isinstance(part, int) and 0 <= part < len(container)


def _value_at(data: Any, path: ValuePath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _describe(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'" if len(value) < 60 else f"'{value[:57]}...'"
    return _TYPE_WORDS.get(type(value), type(value).__name__)


def _collapse_unions(errors: list[dict], data: Any) -> list[tuple[ValuePath, dict]]:
    """Keep, for each `X | 'unknown'` field, only the errors of the branch the editor meant."""
    plain: list[tuple[ValuePath, dict]] = []
    sites: dict[ValuePath, list[tuple[str, ValuePath, dict]]] = {}
    for err in errors:
        loc = tuple(err["loc"])
        tag_at = _tag_index(loc, data)
        if tag_at is None:
            plain.append((loc, err))
            continue
        path = loc[:tag_at] + loc[tag_at + 1:]
        sites.setdefault(loc[:tag_at], []).append((loc[tag_at], path, err))
    for site, alternatives in sites.items():
        value = _value_at(data, site)
        if isinstance(value, dict):
            kept = [(p, e) for tag, p, e in alternatives if tag[:1].isupper()]
        else:
            kept = [(p, e) for tag, p, e in alternatives
                    if not tag[:1].isupper() and e["type"] != "literal_error"]
        if not kept:
            shape = "a mapping with 'value' and 'quote'" if any(
                t[:1].isupper() for t, _, _ in alternatives) else "a value"
            kept = [(site, {"type": "invalid-value", "input": value,
                            "msg": f"expected 'unknown' or {shape}, found {_describe(value)}"})]
        plain.extend(kept)
    return plain


def _problem(file: str, loaded: Loaded, path: ValuePath, err: dict) -> Problem:
    kind = err["type"]
    value = err.get("input")
    hint = ""
    if kind == "missing":
        parent, key = path[:-1], path[-1]
        line, col = loaded.position(parent)
        return Problem(file, line, col, "missing-key", f"missing required key '{key}'",
                       dotted(parent) or "(card)", f"add '{key}:' with its value")
    line, col = loaded.position(path)
    if kind == "extra_forbidden":
        key = path[-1]
        line, col = loaded.key_positions.get(path, (line, col))
        close = difflib.get_close_matches(str(key), KNOWN_KEYS, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "remove it, or check the card kind"
        return Problem(file, line, col, "unknown-key", f"unknown key '{key}'", dotted(path), hint)
    if kind in _EXPECTED:
        rule, message = "wrong-type", f"expected {_EXPECTED[kind]}, found {_describe(value)}"
        hint = "check the indentation: a list item starts with '- '"
    elif kind == "too_short":
        rule, message = "empty-value", "needs at least one item"
        hint = "add at least one entry, each starting with '- '"
    elif kind == "literal_error":
        rule, message = "invalid-value", f"{err['msg'].lower()}, found {_describe(value)}"
    elif kind in ("invalid-date", "invalid-url", "invalid-id", "invalid-seed-path",
                  "empty-value", "invalid-value"):
        rule, message = kind, err["msg"]
        hint = {"invalid-date": "write the date like 2024-01-16",
                "invalid-url": "give the full http(s) address, or write unknown",
                "invalid-id": "use lower-case words joined by '-', like 'ruth-okafor'",
                "empty-value": "fill it in; in a new card, the comment beside it says what goes there",
                }.get(kind, "")
    else:
        rule, message = "invalid-value", err["msg"]
    return Problem(file, line, col, rule, message, dotted(path), hint)


def validate(kind: str, loaded: Loaded, file: str) -> tuple[Strict | None, list[Problem]]:
    """Validate one loaded card of a known kind; all of its schema problems are returned."""
    model = KINDS[kind].model
    if not isinstance(loaded.data, dict):
        line, col = loaded.position(())
        return None, [Problem(file, line, col, "wrong-type",
                              f"a card is a mapping of keys to values, found {_describe(loaded.data)}",
                              hint="start the file with 'id: ...' on its first line")]
    try:
        return model.model_validate(loaded.data), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        return None, [_problem(file, loaded, p, e) for p, e in _collapse_unions(errors, loaded.data)]
