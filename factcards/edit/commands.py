"""What each command of the editors' command line (`cli`) does, given the project's root and
the arguments it read: check the cards, write a skeleton card or the schemas, find words in
the sources, write the pages, start an explainer, archive a page. Its own module, apart from
the parser, so each command reads as the job it does; the heavier ones import what they need
only when asked.

Each returns the exit status: 0 done, 1 a card has an error (or nothing was found or written),
2 the command was used wrongly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from factcards.edit.report import FORMATS, as_text
from factcards.kinds.fields import iso_date
from factcards.load.settings import read_settings
from factcards.problems import Problem, has_errors, within
from factcards.project import check_project, load_project

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _select(problems: list[Problem], wanted: tuple[str, ...]) -> list[Problem]:
    return [p for p in problems if within(p.path, wanted)]


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


def new_card(root: Path, kind: str, card_id: str) -> int:
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


def write_schemas(root: Path) -> int:
    from factcards.edit.scaffold import json_schemas
    for rel, text in json_schemas().items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
        print(f"wrote {rel}")
    return 0


def find_sources(root: Path, words: str) -> int:
    from factcards.edit.scaffold import find_words
    project = load_project(root)
    hits = find_words(words, project.sources)
    for key, seed, line, in_body, sentence in hits:
        where = "article" if in_body else "page furniture, not citable"
        print(f"seeds/{seed}:{line}: {key} ({where})\n    {sentence}")
    print(f"{len(hits)} place{'' if len(hits) == 1 else 's'} in {len({h[0] for h in hits})} "
          f"source{'' if len({h[0] for h in hits}) == 1 else 's'}")
    return 0 if hits else 1


def write_pages(root: Path, folder: str) -> int:
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


def init_explainer(root: Path, folder: str, title: str) -> int:
    from factcards.edit.init import create
    target = Path(folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        return _usage(f"{folder} exists and is not empty; give a new or empty folder")
    if not title.strip():
        return _usage("the title must not be empty")
    create(target, root, title.strip())
    print(f"created {folder}: add sources to seeds/, then cards with "
          f"'python build_cards.py new KIND ID' (run inside {folder})")
    return 0


def archive_page(root: Path, args: argparse.Namespace) -> int:
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


def check_cards(root: Path, args: argparse.Namespace) -> int:
    """Check every card (or those named) and print what is found."""
    wanted = _relative(args.paths, root)
    if isinstance(wanted, str):
        return _usage(wanted)
    found, cards = check_project(root, remember=args.remember, only=tuple(wanted))
    problems = _select(found, tuple(wanted))
    sys.stdout.write(FORMATS[args.format](problems, cards))
    return 1 if has_errors(problems) else 0
