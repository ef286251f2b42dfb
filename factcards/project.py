"""Load a whole project from disk: the archive and every card, through the steps in `checking`
(the files themselves are read in `load`), in one process or, to check a large one, in two.

Reading is the edge; everything after it (schema, cross-checks, rendering) is pure data in and out.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from factcards.checking import SHARED, Start, cross_check, load_cards, start_check
from factcards.kinds import KINDS
from factcards.load.layout import CARDS, card_paths
from factcards.load.settings import Settings
from factcards.load.texts import SourceText
from factcards.parallel import check_in_two, processes_for
from factcards.problems import Problem, sorted_problems, within
from factcards.rules.context import CardFile, Lookup, shared_facts
from factcards.verdicts import read_verdicts, write_verdicts

__all__ = ["CARDS", "SHARED", "Project", "Start", "card_paths", "check_project", "load_project"]


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


def load_project(root: Path, remember: bool = False, only: tuple[str, ...] = ()) -> Project:
    """Read, validate and cross-check everything under `root`; never raises for card content.
    With `remember`, the meaning rules' verdicts are kept for the next check and a card judged
    before as it is now, in the same world, is not judged again (see `verdicts`). With `only`
    (files or folders), the meaning rules judge those cards alone (see `cross_check`)."""
    with _no_cycle_collection():
        return _load_project(root, remember, only)


def _load_project(root: Path, remember: bool, only: tuple[str, ...]) -> Project:
    start = start_check(root)
    problems = list(start.problems)
    files, found = load_cards(start.paths)
    problems += found
    verdicts = read_verdicts(root) if remember else None
    shared, found = cross_check(files, start, problems, verdicts=verdicts, only=only)
    problems += found
    if verdicts is not None:
        write_verdicts(root, verdicts)
    cards: dict[str, dict[str, CardFile]] = {kind: {} for kind in KINDS}
    for cf in files:
        if cf.card is not None:
            cards[cf.kind][cf.stem] = cf
    return Project(root, cards, start.seeds, shared.sources, sorted_problems(problems),
                   checked=len(start.paths), settings=start.settings)


def check_project(root: Path, processes: int | None = None, remember: bool = False,
                  only: tuple[str, ...] = ()) -> tuple[list[Problem], int]:
    """The problems `load_project` finds and the number of card files judged, for the command
    line (`remember` and `only` as for `load_project`; with `only`, in one process).

    On a machine with more than one core a large project's cards are split between this process
    and a forked one (see `parallel`). Where fork is unavailable, or the project is small, or the
    other process fails, everything is done here."""
    with _no_cycle_collection():
        start = start_check(root)
        verdicts = read_verdicts(root) if remember else None
        if only:
            processes = 1
        elif processes is None:
            processes = processes_for(len(start.paths))
        found = check_in_two(start, verdicts) if processes > 1 else None
        if found is None:
            if verdicts is not None:
                verdicts.found.clear()
            files, found = load_cards(start.paths)
            found += cross_check(files, start, start.problems + found, verdicts=verdicts,
                                 only=only)[1]
        if verdicts is not None:
            write_verdicts(root, verdicts)
        return (sorted_problems(start.problems + found),
                sum(within(rel, only) for _, rel, _ in start.paths))
