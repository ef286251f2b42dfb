"""The editors' command line: `python build_cards.py check [PATH ...] [--format ...]`.

Exit status: 0 all cards valid, 1 a card has an error, 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcards.problems import Problem, has_errors
from factcards.project import load_project
from factcards.report import FORMATS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; this keeps the wording short
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="build_cards.py", description="Check fact cards against their sources.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    check = commands.add_parser("check", help="check every card (or those named)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="card files or folders")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    return parser


def _select(problems: list[Problem], wanted: list[str]) -> list[Problem]:
    if not wanted:
        return problems
    return [p for p in problems
            if any(p.path == w or p.path.startswith(w.rstrip("/") + "/") for w in wanted)]


def _relative(paths: list[str], root: Path) -> list[str] | str:
    """Named paths as root-relative POSIX strings, or an error message."""
    out = []
    for name in paths:
        path = Path(name).resolve()
        if not path.exists():
            return f"no such file or folder: {name}"
        try:
            out.append(path.relative_to(root.resolve()).as_posix())
        except ValueError:
            return f"not inside the project: {name}"
    return out


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    args = _parser().parse_args(argv)
    root = root or Path(__file__).resolve().parent.parent
    wanted = _relative(args.paths, root)
    if isinstance(wanted, str):
        print(f"build_cards.py: error: {wanted}", file=sys.stderr)
        return 2
    project = load_project(root)
    problems = _select(project.problems, wanted)
    cards = project.checked
    sys.stdout.write(FORMATS[args.format](problems, cards))
    return 1 if has_errors(problems) else 0
