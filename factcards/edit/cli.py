"""The editors' command line.

    python build_cards.py check [PATH ...] [--format text|github|json]
    python build_cards.py new KIND ID      a skeleton card to fill in
    python build_cards.py schema           JSON Schemas for editors' tools, in schemas/
    python build_cards.py find "WORDS"     which sources print these words, and where
    python build_cards.py pages DIR        every page and export as files, for any site generator
    python build_cards.py init DIR --title "TITLE"   a new explainer, with a copy of the engine
    python build_cards.py archive PAGE [--url URL] [--retrieved YYYY-MM-DD] [--id ID]
                                           keep a saved page, write its text and a source card

Exit status: 0 all cards valid (or done), 1 a card has an error (or `find` found nothing, or
`archive` refused the file and wrote nothing), 2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from factcards.edit.report import FORMATS, as_text
from factcards.kinds import KINDS
from factcards.kinds.fields import iso_date
from factcards.load.settings import read_settings
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
    check.add_argument("--no-cache", dest="remember", action="store_false",
                       help="judge every card again, and keep no verdicts for the next check")
    new = commands.add_parser("new", help="write a skeleton card to fill in")
    new.add_argument("kind", choices=sorted(KINDS))
    new.add_argument("id")
    commands.add_parser("schema", help="write the JSON Schema of every card kind to schemas/")
    find = commands.add_parser("find", help="show which sources contain some words")
    find.add_argument("words")
    pages = commands.add_parser("pages", help="write every generated page and export into a folder")
    pages.add_argument("folder", metavar="DIR")
    init = commands.add_parser("init", help="start a new explainer in an empty folder")
    init.add_argument("folder", metavar="DIR")
    init.add_argument("--title", required=True, help="the site's title")
    keep = commands.add_parser("archive", help="archive a saved web page (or a text) and propose "
                                               "its source card")
    keep.add_argument("page", metavar="PAGE", help="the page saved as HTML, or a .txt text")
    keep.add_argument("--url", help="the address the page was saved from")
    keep.add_argument("--retrieved", metavar="YYYY-MM-DD", help="the day it was saved")
    keep.add_argument("--id", dest="card_id", help="the source card's id (else from the headline)")
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
    from factcards.edit.scaffold import skeleton
    if not ID.fullmatch(card_id):
        return _usage(f"id '{card_id}' must be lower-case words joined by '-'")
    path = root / "cards" / kind / f"{card_id}.yaml"
    if path.exists():
        return _usage(f"{path.relative_to(root)} exists already")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(skeleton(kind, card_id, read_settings(root)[0]), encoding="utf-8")
    print(f"wrote {path.relative_to(root).as_posix()}: fill it in, then run "
          f"'.venv/bin/python build_cards.py check {path.relative_to(root).as_posix()}'")
    return 0


def _schema(root: Path) -> int:
    from factcards.edit.scaffold import json_schemas
    for rel, text in json_schemas().items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        print(f"wrote {rel}")
    return 0


def _find(root: Path, words: str) -> int:
    from factcards.edit.scaffold import find_words
    project = load_project(root)
    hits = find_words(words, project.sources)
    for key, seed, line, in_body, sentence in hits:
        where = "article" if in_body else "page furniture, not citable"
        print(f"seeds/{seed}:{line}: {key} ({where})\n    {sentence}")
    print(f"{len(hits)} place{'' if len(hits) == 1 else 's'} in {len({h[0] for h in hits})} "
          f"source{'' if len({h[0] for h in hits}) == 1 else 's'}")
    return 0 if hits else 1


def _pages(root: Path, folder: str) -> int:
    """The site's generated files, for a site generator other than MkDocs; refused, like a
    build, while a card has an error."""
    from factcards.publish.folder import write_all
    from factcards.publish.settings import from_config, read_config
    from factcards.site.pages import build_pages
    project = load_project(root)
    if project.problems:
        sys.stdout.write(as_text(project.problems, project.checked))
    if has_errors(project.problems):
        return 1
    count = write_all(Path(folder), build_pages(project, from_config(root, read_config(root))))
    print(f"wrote {count} files to {folder}")
    return 0


def _init(root: Path, folder: str, title: str) -> int:
    from factcards.edit.init import create
    target = Path(folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        return _usage(f"{folder} exists and is not empty; give a new or empty folder")
    if not title.strip():
        return _usage("the title must not be empty")
    create(target, root, title.strip())
    print(f"created {folder}: add sources to seeds/, then cards with "
          f"'python build_cards.py new KIND ID' (run inside {folder})")
def _archive(root: Path, args: argparse.Namespace) -> int:
    from factcards.edit.archive import Refused, archive  # reads pages: only when asked
    url, card_id = args.url, args.card_id
    if url is not None and not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", url, re.IGNORECASE):
        return _usage(f"--url: expected an http:// or https:// address, found '{url}'")
    if card_id is not None and not ID.fullmatch(card_id):
        return _usage(f"--id: '{card_id}' must be lower-case words joined by '-'")
    try:
        retrieved = None if args.retrieved is None else iso_date(args.retrieved)
    except ValueError as exc:
        return _usage(f"--retrieved: {exc}")
    if retrieved is not None and retrieved > dt.date.today():
        return _usage(f"--retrieved: {retrieved.isoformat()} is in the future")
    try:
        done = archive(root, Path(args.page), url, retrieved, card_id)
    except (Refused, OSError) as exc:
        print(f"build_cards.py: error: {exc}", file=sys.stderr)
        return 1
    for rel, what in done.written:
        print(f"wrote {rel}: {what}")
    for rel in done.unchanged:
        print(f"kept {rel}: archived already, identical")
    problems = [p for p in check_project(root)[0] if p.path == done.card or p.path.startswith("seeds/")]
    if problems:
        sys.stdout.write(FORMATS["text"](problems, 1))
    for decision in done.decisions:
        print(f"decide: {decision}")
    if not problems and not done.decisions:
        print(f"{done.card} checks clean: read it against the page before citing it")
    return 0


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
    if args.command == "pages":
        return _pages(root, args.folder)
    if args.command == "init":
        return _init(root, args.folder, args.title)
    if args.command == "archive":
        return _archive(root, args)
    wanted = _relative(args.paths, root)
    if isinstance(wanted, str):
        return _usage(wanted)
    found, cards = check_project(root, remember=args.remember)
    problems = _select(found, wanted)
    sys.stdout.write(FORMATS[args.format](problems, cards))
    return 1 if has_errors(problems) else 0
