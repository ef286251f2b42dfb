"""Problem reports in the contract's formats: text, github and json. Detection lives elsewhere."""

from __future__ import annotations

import json

from factcards.problems import Problem


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(problems: list[Problem], cards: int) -> str:
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    if not problems:
        return f"{'' if cards == 1 else 'all '}{_plural(cards, 'card')} valid"
    files = len({p.path for p in problems})
    return (f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')} in "
            f"{_plural(files, 'file')} ({_plural(cards, 'card')} checked)")


def _one_line(text: str) -> str:
    """Card text quoted in a message may hold line breaks; a problem stays on its own line."""
    return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")


def as_text(problems: list[Problem], cards: int) -> str:
    """One line per problem, `path:line:col: level[rule] field: message`, then its hint."""
    lines = []
    for p in problems:
        field = f" {_one_line(p.field)}:" if p.field else ""
        lines.append(f"{p.path}:{p.line}:{p.column}: {p.level}[{p.rule}]{field} "
                     f"{_one_line(p.message)}")
        if p.hint:
            lines.append(f"    hint: {_one_line(p.hint)}")
    lines.append(summary(problems, cards))
    return "\n".join(lines) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(problems: list[Problem], cards: int) -> str:
    """GitHub Actions workflow commands; card text is escaped so it cannot forge a command."""
    lines = []
    for p in problems:
        props = ",".join(f"{key}={_escape_property(str(value))}" for key, value in (
            ("file", p.path), ("line", p.line), ("col", p.column), ("title", p.rule)))
        body = f"{p.field}: {p.message}" if p.field else p.message
        if p.hint:
            body += f"\nhint: {p.hint}"
        lines.append(f"::{p.level} {props}::{_escape_data(body)}")
    lines.append(summary(problems, cards))
    return "\n".join(lines) + "\n"


def as_json(problems: list[Problem], cards: int) -> str:
    errors = sum(p.level == "error" for p in problems)
    document = {
        "valid": errors == 0,
        "cards": cards,
        "errors": errors,
        "warnings": len(problems) - errors,
        "problems": [p.as_dict() for p in problems],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


FORMATS = {"text": as_text, "github": as_github, "json": as_json}
