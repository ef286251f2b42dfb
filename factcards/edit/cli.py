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
`archive` refused the file and wrote nothing), 2 the command was used wrongly. What each command
does is in `commands`; this module reads the arguments and hands them on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcards.edit.commands import (
    archive_page,
    check_cards,
    find_sources,
    init_explainer,
    new_card,
    write_pages,
    write_schemas,
)
from factcards.edit.report import FORMATS
from factcards.kinds import KINDS


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


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    args = _parser().parse_args(argv)
    root = root or Path(__file__).resolve().parent.parent
    if args.command == "new":
        return new_card(root, args.kind, args.id)
    if args.command == "schema":
        return write_schemas(root)
    if args.command == "find":
        return find_sources(root, args.words)
    if args.command == "pages":
        return write_pages(root, args.folder)
    if args.command == "init":
        return init_explainer(root, args.folder, args.title)
    if args.command == "archive":
        return archive_page(root, args)
    return check_cards(root, args)
