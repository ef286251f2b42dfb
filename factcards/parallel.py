"""Checking in two processes. Reading, parsing, validating and checking a card needs nothing
from the other cards but the shared ones (sources, people, organisations, events), so the cards are split
between this process and a forked one: each does its half, they swap what their halves give every
check (`Shared`: located sources, spellings, days), and each checks its half against the whole."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from factcards.checking import SHARED, Start, cross_check, load_cards
from factcards.problems import Problem
from factcards.rules.engine import share
from factcards.verdicts import Verdicts

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

# Below this many cards a second process costs more than it saves.
PARALLEL_FROM = 400


def processes_for(cards: int) -> int:
    """Two where the project is large enough and a second core can fork; else one."""
    return 2 if cards >= PARALLEL_FROM and _cores() > 1 else 1


def _cores() -> int:
    if not hasattr(os, "fork"):
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def split(paths: list[tuple[str, str, Path]]) -> tuple[list, list]:
    """Two halves with half of each kind's cards: the first half of its (sorted) paths and the
    second. Neighbouring cards mostly quote the same passages, and a passage read for one card
    is remembered for the next in the same process."""
    first: list[tuple[str, str, Path]] = []
    second: list[tuple[str, str, Path]] = []
    for kind in dict.fromkeys(kind for kind, _, _ in paths):
        mine = [p for p in paths if p[0] == kind]
        first += mine[:len(mine) // 2]
        second += mine[len(mine) // 2:]
    return first, second


def check_in_two(start: Start, verdicts: Verdicts | None = None) -> list[Problem] | None:
    """Half the cards here, half in a forked process; None if that process failed. Each half
    consults `verdicts`, and the verdicts the forked half finds are added to it here."""
    import multiprocessing  # a small project never forks: only then

    here, there = multiprocessing.Pipe()
    halves = split(start.paths)
    pid = os.fork()
    if pid == 0:  # the forked process: the second half, then its problems back, then gone
        status = 1
        try:
            here.close()
            found = _half(halves[1], there, start, first=False, verdicts=verdicts)
            there.send((found, verdicts.found if verdicts is not None else {}))
            status = 0
        finally:
            os._exit(status)
    there.close()
    try:
        found = _half(halves[0], here, start, first=True, verdicts=verdicts)
        theirs, judged = here.recv()
        found += theirs
        if verdicts is not None:
            verdicts.found.update(judged)
    except (EOFError, OSError):
        return None
    finally:
        here.close()
        os.waitpid(pid, 0)
    return found


def _half(paths: list[tuple[str, str, Path]], other: Connection, start: Start,
          first: bool, verdicts: Verdicts | None) -> list[Problem]:
    """Load a half, swap shared facts with the other process, check the half. The first half
    receives before it sends, the second sends before it receives, so neither waits forever."""
    files, problems = load_cards(paths)
    mine, located = share([cf for cf in files if cf.kind in SHARED], start.seeds)
    problems += located
    if first:
        theirs = other.recv()
        other.send(mine)
    else:
        other.send(mine)
        theirs = other.recv()
    return problems + cross_check(files, start, start.problems + problems, mine.merge(theirs),
                                  verdicts)[1]
