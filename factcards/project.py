"""Load a whole project from disk: the archive and every card. The only module here that reads.

Reading is the edge; everything after it (schema, cross-checks, rendering) is pure data in and out.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from factcards.archive import read_archive
from factcards.check import CardFile, cross_check
from factcards.models import MODELS
from factcards.problems import Problem, sorted_problems
from factcards.schema import validate
from factcards.sources import SourceText
from factcards.support_cards import check_support
from factcards.yamlload import MAX_BYTES, load_bytes

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

    def of_kind(self, kind: str) -> list[CardFile]:
        return [self.cards[kind][key] for key in sorted(self.cards.get(kind, {}))]


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
            if len(parts) > 1 or parts[0] not in MODELS:
                problems.append(Problem(rel, 1, 1, "card-layout",
                                        f"unexpected folder; card folders are {', '.join(MODELS)}",
                                        hint="put each card in cards/<kind>/<id>.yaml"))
        elif len(parts) != 2 or parts[0] not in MODELS or not parts[1].endswith(".yaml"):
            problems.append(Problem(rel, 1, 1, "card-layout",
                                    "not a card: cards live at cards/<kind>/<id>.yaml, with kinds "
                                    + ", ".join(MODELS),
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


def _load_project(root: Path) -> Project:
    seeds, problems = read_archive(root)
    paths, layout = card_paths(root)
    problems += layout
    files: list[CardFile] = []
    ids: dict[str, set[str]] = {kind: set() for kind in MODELS}
    for kind, rel, path in paths:
        ids[kind].add(path.stem)
        loaded, found = load_bytes(_read_capped(path), rel)
        problems += found
        if loaded is not None:
            card, found = validate(kind, loaded, rel)
            files.append(CardFile(kind, rel, path.stem, loaded, card))
            problems += found
    sources, found = cross_check(files, ids, seeds)
    problems += found
    if ids["sources"] <= set(sources):  # support is judged where every quote and id holds
        broken = {p.path for p in problems if p.level == "error"}
        problems += check_support(files, sources, skip=broken)
    cards: dict[str, dict[str, CardFile]] = {kind: {} for kind in MODELS}
    for cf in files:
        if cf.card is not None:
            cards[cf.kind][cf.stem] = cf
    return Project(root, cards, seeds, sources, sorted_problems(problems), checked=len(paths))
