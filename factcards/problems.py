"""One problem type for everything an editor can fix.

Problems are values: the loader, the schema and the cross-checks all return them, and only the
edges (the command line, the MkDocs hook) turn them into exit codes or build failures.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """A single finding, pointing at the offending value (1-based line and column)."""

    path: str
    line: int
    column: int
    rule: str
    message: str
    field: str = ""
    hint: str = ""
    level: Level = "error"

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """Sort by file, then position, so reports read top to bottom like the files."""
    return sorted(set(problems), key=Problem.sort_key)


def within(path: str, wanted: tuple[str, ...]) -> bool:
    """Whether `path` is one of the files or folders `wanted` names (root-relative); an empty
    `wanted` names everything."""
    return not wanted or any(path == w or path.startswith(w.rstrip("/") + "/") for w in wanted)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.level == "error" for p in problems)


def dotted(path: tuple[str | int, ...]) -> str:
    """Render a value path the way editors read it: `claims[0].evidence[1].quote`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
