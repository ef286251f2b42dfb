"""The editors' command line.

    python build_cards.py check [PATH ...] [--format text|github|json]
    python build_cards.py new KIND ID      a skeleton card to fill in
    python build_cards.py schema           JSON Schemas for editors' tools, in schemas/
    python build_cards.py find "WORDS"     which sources print these words, and where

Exit status: 0 all cards valid (or done), 1 a card has an error (or `find` found nothing),
2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from factcards.edit.report import FORMATS
from factcards.edit.scaffold import find_words, json_schemas, skeleton
from factcards.kinds import KINDS
from factcards.problems import Problem, has_errors
from factcards.project import check_project, load_project

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


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
    new = commands.add_parser("new", help="write a skeleton card to fill in")
    new.add_argument("kind", choices=sorted(KINDS))
    new.add_argument("id")
    commands.add_parser("schema", help="write the JSON Schema of every card kind to schemas/")
    find = commands.add_parser("find", help="show which sources contain some words")
    find.add_argument("words")
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


def _new(root: Path, kind: str, card_id: str) -> int:
    if not ID.fullmatch(card_id):
        return _usage(f"id '{card_id}' must be lower-case words joined by '-'")
    path = root / "cards" / kind / f"{card_id}.yaml"
    if path.exists():
        return _usage(f"{path.relative_to(root)} exists already")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(skeleton(kind, card_id), encoding="utf-8")
    print(f"wrote {path.relative_to(root).as_posix()}: fill it in, then run "
          f"'.venv/bin/python build_cards.py check {path.relative_to(root).as_posix()}'")
    return 0


def _schema(root: Path) -> int:
    for rel, text in json_schemas().items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        print(f"wrote {rel}")
    return 0


def _find(root: Path, words: str) -> int:
    project = load_project(root)
    hits = find_words(words, project.sources)
    for key, seed, line, in_body, sentence in hits:
        where = "article" if in_body else "page furniture, not citable"
        print(f"seeds/{seed}:{line}: {key} ({where})\n    {sentence}")
    print(f"{len(hits)} place{'' if len(hits) == 1 else 's'} in {len({h[0] for h in hits})} "
          f"source{'' if len({h[0] for h in hits}) == 1 else 's'}")
    return 0 if hits else 1


def _usage(message: str) -> int:
    print(f"build_cards.py: error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    args = _parser().parse_args(argv)
    root = root or Path(__file__).resolve().parent.parent
    if args.command == "new":
        return _new(root, args.kind, args.id)
    if args.command == "schema":
        return _schema(root)
    if args.command == "find":
        return _find(root, args.words)
    wanted = _relative(args.paths, root)
    if isinstance(wanted, str):
        return _usage(wanted)
    found, cards = check_project(root)
    problems = _select(found, wanted)
    sys.stdout.write(FORMATS[args.format](problems, cards))
    return 1 if has_errors(problems) else 0
