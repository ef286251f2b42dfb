"""Load a whole project from disk: the archive and every card. The only module here that reads.

Reading is the edge; everything after it (schema, cross-checks, rendering) is pure data in and out.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from factcards.kinds import KINDS, SOURCES
from factcards.load.schema import validate
from factcards.load.seeds import read_archive
from factcards.load.settings import Settings, read_settings
from factcards.load.texts import SourceText
from factcards.load.yamlload import MAX_BYTES, load_bytes
from factcards.problems import Problem, sorted_problems
from factcards.rules.context import CardFile, Lookup, Shared, shared_facts
from factcards.rules.engine import check_cards, check_valid, share

CARDS = "cards"


@dataclass
class Project:
    """Every valid card by kind and id, the located source texts, and all problems found."""

    root: Path
    cards: dict[str, dict[str, CardFile]]
    seeds: dict[str, str]
    sources: dict[str, SourceText]
    problems: list[Problem] = field(default_factory=list)
    checked: int = 0
    settings: Settings = field(default_factory=Settings)

    def of_kind(self, kind: str) -> list[CardFile]:
        return [self.cards[kind][key] for key in sorted(self.cards.get(kind, {}))]

    def lookup(self) -> Lookup:
        """What the rules consulted, for the valid cards: the pages show readers the same
        alignment the checker made."""
        files = [cf for cards in self.cards.values() for cf in cards.values()]
        return Lookup({kind: set(cards) for kind, cards in self.cards.items()},
                      shared_facts(files, self.sources), self.settings)


def _read_capped(path: Path) -> bytes:
    """Read at most one byte past the cap, so a huge file costs nothing to refuse. The size is
    asked first: a buffer of the cap's size for every small card would cost more than reading."""
    with path.open("rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        return handle.read(MAX_BYTES + 1 if size > MAX_BYTES else -1)


def _entries(folder: Path, parts: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], os.DirEntry]]:
    """Everything under `folder` except hidden names, without following links (a linked folder
    is reported, never entered). One directory read per folder instead of a stat per file."""
    with os.scandir(folder) as found:
        entries = list(found)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        yield (*parts, entry.name), entry
        if entry.is_dir(follow_symlinks=False):
            yield from _entries(Path(entry.path), (*parts, entry.name))


def card_paths(root: Path) -> tuple[list[tuple[str, str, Path]], list[Problem]]:
    """Every card file as (kind, path relative to the root, path), and problems with the folder
    layout itself."""
    found: list[tuple[str, str, Path]] = []
    problems: list[Problem] = []
    base = root / CARDS
    entries = sorted(_entries(base), key=lambda item: item[0]) if base.is_dir() else []
    for parts, entry in entries:
        rel = "/".join((CARDS, *parts))
        if entry.is_symlink():
            problems.append(Problem(rel, 1, 1, "symlink", "links are not allowed under cards/",
                                    hint="replace the link with a real file"))
        elif entry.is_dir(follow_symlinks=False):
            if len(parts) > 1 or parts[0] not in KINDS:
                problems.append(Problem(rel, 1, 1, "card-layout",
                                        f"unexpected folder; card folders are {', '.join(KINDS)}",
                                        hint="put each card in cards/<kind>/<id>.yaml"))
        elif len(parts) != 2 or parts[0] not in KINDS or not parts[1].endswith(".yaml"):
            problems.append(Problem(rel, 1, 1, "card-layout",
                                    "not a card: cards live at cards/<kind>/<id>.yaml, with kinds "
                                    + ", ".join(KINDS),
                                    hint="move or rename the file (the extension is .yaml)"))
        else:
            found.append((parts[0], rel, Path(entry.path)))
    seen: dict[tuple[str, str], str] = {}
    for kind, rel, path in found:
        twin = seen.setdefault((kind, path.stem.lower()), rel)
        if twin != rel:
            problems.append(Problem(rel, 1, 1, "duplicate-id",
                                    f"this card's id differs only in case from {twin}",
                                    hint="ids are lower-case; merge or rename the two cards"))
    return found, problems


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Loading builds many small, acyclic objects; the cycle collector would rescan them all
    again and again as they accumulate (a fifth of the time at 10,000 cards) and find nothing.
    Afterwards they are frozen, or the first collection would walk them all once more; the
    next load unfreezes them, so a long preview session still collects the old project."""
    was_enabled = gc.isenabled()
    gc.unfreeze()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def load_project(root: Path) -> Project:
    """Read, validate and cross-check everything under `root`; never raises for card content."""
    with _no_cycle_collection():
        return _load_project(root)


# The kinds of card every check consults, whichever card it is checking.
SHARED = (SOURCES, *(kind.name for kind in KINDS.values() if kind.names))


@dataclass
class Start:
    """What a check starts from: the archive, every card path, the ids they give, the project's
    settings, and the problems found on the way."""

    seeds: dict[str, str]
    paths: list[tuple[str, str, Path]]
    ids: dict[str, set[str]]
    settings: Settings
    problems: list[Problem]


def _start(root: Path) -> Start:
    seeds, problems = read_archive(root)
    settings, found = read_settings(root)
    paths, layout = card_paths(root)
    ids: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for kind, _, path in paths:
        ids[kind].add(path.stem)
    return Start(seeds, paths, ids, settings, problems + found + layout)


def _load_cards(paths: list[tuple[str, str, Path]]) -> tuple[list[CardFile], list[Problem]]:
    """Read, parse and validate each card on its own."""
    files: list[CardFile] = []
    problems: list[Problem] = []
    for kind, rel, path in paths:
        loaded, found = load_bytes(_read_capped(path), rel)
        problems += found
        if loaded is not None:
            card, found = validate(kind, loaded, rel)
            files.append(CardFile(kind, rel, path.stem, loaded, card))
            problems += found
    return files, problems


def _check_cards(files: list[CardFile], start: Start, prior: list[Problem],
                 shared: Shared | None = None) -> tuple[Shared, list[Problem]]:
    """Cross-check `files` and judge their support; `prior` are the problems found so far."""
    problems: list[Problem] = []
    if shared is None:
        shared, problems = share(files, start.seeds)
    look = Lookup(start.ids, shared, start.settings)
    problems += check_cards(files, look)
    if look.complete:  # support is judged where every quote and id holds
        broken = {p.path for p in prior + problems if p.level == "error"}
        problems += check_valid(files, look, skip=broken)
    return shared, problems


def _load_project(root: Path) -> Project:
    start = _start(root)
    problems = list(start.problems)
    files, found = _load_cards(start.paths)
    problems += found
    shared, found = _check_cards(files, start, problems)
    problems += found
    cards: dict[str, dict[str, CardFile]] = {kind: {} for kind in KINDS}
    for cf in files:
        if cf.card is not None:
            cards[cf.kind][cf.stem] = cf
    return Project(root, cards, start.seeds, shared.sources, sorted_problems(problems),
                   checked=len(start.paths), settings=start.settings)


# Below this many cards a second process costs more than it saves.
PARALLEL_FROM = 400


def check_project(root: Path, processes: int | None = None) -> tuple[list[Problem], int]:
    """The problems `load_project` finds and the number of card files, for the command line.

    Reading, parsing, validating and checking a card needs nothing from the other cards but the
    shared ones (sources, people, organisations), so on a machine with more than one core the
    cards are split between this process and a forked one: each does its half, they swap what
    their halves give every check (`Shared`: located sources, spellings), and each checks its
    half against the whole. Where fork is unavailable, or the
    project is small, or the other process fails, everything is done here."""
    with _no_cycle_collection():
        start = _start(root)
        if processes is None:
            processes = 2 if len(start.paths) >= PARALLEL_FROM and _cores() > 1 else 1
        found = _check_in_two(start) if processes > 1 else None
        if found is None:
            files, found = _load_cards(start.paths)
            found += _check_cards(files, start, start.problems + found)[1]
        return sorted_problems(start.problems + found), len(start.paths)


def _cores() -> int:
    if not hasattr(os, "fork"):
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _check_in_two(start: Start) -> list[Problem] | None:
    """Half the cards here, half in a forked process; None if that process failed."""
    here, there = multiprocessing.Pipe()
    halves = start.paths[0::2], start.paths[1::2]
    pid = os.fork()
    if pid == 0:  # the forked process: the second half, then its problems back, then gone
        status = 1
        try:
            here.close()
            there.send(_half(halves[1], there, start, first=False))
            status = 0
        finally:
            os._exit(status)
    there.close()
    try:
        found = _half(halves[0], here, start, first=True)
        found += here.recv()
    except (EOFError, OSError):
        return None
    finally:
        here.close()
        os.waitpid(pid, 0)
    return found


def _half(paths: list[tuple[str, str, Path]], other: Connection, start: Start,
          first: bool) -> list[Problem]:
    """Load a half, swap shared facts with the other process, check the half. The first half
    receives before it sends, the second sends before it receives, so neither waits forever."""
    files, problems = _load_cards(paths)
    mine, located = share([cf for cf in files if cf.kind in SHARED], start.seeds)
    problems += located
    if first:
        theirs = other.recv()
        other.send(mine)
    else:
        other.send(mine)
        theirs = other.recv()
    return problems + _check_cards(files, start, start.problems + problems, mine.merge(theirs))[1]
