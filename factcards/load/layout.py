"""Where cards live: every file under cards/ as a card of its kind or a problem with the folder
layout, and one card file read within the size cap."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from factcards.kinds import KINDS
from factcards.load.yamlload import MAX_BYTES
from factcards.problems import Problem

CARDS = "cards"


def read_capped(path: Path) -> bytes:
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
