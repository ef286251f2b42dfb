"""Where a YAML syntax error really is. The parser stops at the token that gave the mistake
away, which is often the start of the next line or the end of the file: an unclosed quote or
bracket is noticed where the file ends, a missing colon where the next key begins. Editors
need the line they must change, so the position is moved back to the mistake."""

from __future__ import annotations

from typing import Any


def _end_before(text: str, index: int) -> tuple[int, int]:
    """The position just after the last non-blank character before `index`."""
    end = len(text[:index].rstrip())
    line = text.count("\n", 0, end) + 1
    return line, end - (text.rfind("\n", 0, end) + 1) + 1


def _key_without_colon(text: str, index: int, problem: str) -> bool:
    """A missing colon: YAML read the line before as the start of a plain value that runs on
    into this line's key, and fails at this line's colon."""
    if not problem.startswith("mapping values are not allowed"):
        return False
    start = text.rfind("\n", 0, index) + 1
    before = text[:start].rstrip("\n")
    previous = before[before.rfind("\n") + 1:]
    return ":" not in text[start:index] and bool(previous.strip()) and ":" not in previous


def _quote_run_on(text: str, index: int) -> int | None:
    """A quote left open runs on to the next quote mark, often a line or more below, and the
    parser fails just after it: the index of the opening mark, when that is what happened."""
    before = text[:index].rstrip(" ")
    if not before or before[-1] not in "\"'":
        return None
    opening = text.rfind(before[-1], 0, len(before) - 1)
    if opening == -1 or "\n" not in text[opening:len(before)]:
        return None
    return opening


def _line_col(text: str, index: int) -> tuple[int, int]:
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def mistake(text: str, error: Any) -> tuple[int, int]:
    """1-based line and column of the mistake behind a `yaml.MarkedYAMLError`."""
    problem, context = error.problem_mark, error.context_mark
    if problem is None:
        return (context.line + 1, context.column + 1) if context else (1, 1)
    at_end = problem.index >= len(text.rstrip())
    if context is not None and (at_end or "flow" in (error.context or "")):
        return context.line + 1, context.column + 1  # the quote or bracket left open
    if at_end:
        return _end_before(text, problem.index)
    opening = _quote_run_on(text, problem.index)
    if opening is not None:
        return _line_col(text, opening)
    if _key_without_colon(text, problem.index, error.problem or ""):
        return _end_before(text, text.rfind("\n", 0, problem.index) + 1)
    return problem.line + 1, problem.column + 1
