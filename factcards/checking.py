"""The steps of a check, each usable on any part of the cards: what every check starts from,
loading cards one by one, and cross-checking them. `project` runs them over all the cards in one
process; `parallel` over two halves in two."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from factcards.kinds import KINDS, SOURCES
from factcards.load.layout import card_paths, read_capped
from factcards.load.schema import validate
from factcards.load.seeds import read_archive
from factcards.load.settings import Settings, read_settings
from factcards.load.yamlload import load_bytes
from factcards.problems import Problem, within
from factcards.rules.context import CardFile, Lookup, Shared
from factcards.rules.engine import check_cards, check_valid, share
from factcards.verdicts import Verdicts

# The kinds of card every check consults, whichever card it is checking: sources, the cards that
# list names, and the dated cards (a disagreement reads their days).
SHARED = (SOURCES, *(kind.name for kind in KINDS.values() if kind.names or kind.date_field))


@dataclass
class Start:
    """What a check starts from: the archive, every card path, the ids they give, the project's
    settings, and the problems found on the way."""

    seeds: dict[str, str]
    paths: list[tuple[str, str, Path]]
    ids: dict[str, set[str]]
    settings: Settings
    problems: list[Problem]


def start_check(root: Path) -> Start:
    seeds, problems = read_archive(root)
    settings, found = read_settings(root)
    paths, layout = card_paths(root)
    ids: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for kind, _, path in paths:
        ids[kind].add(path.stem)
    return Start(seeds, paths, ids, settings, problems + found + layout)


def load_cards(paths: list[tuple[str, str, Path]]) -> tuple[list[CardFile], list[Problem]]:
    """Read, parse and validate each card on its own."""
    files: list[CardFile] = []
    problems: list[Problem] = []
    for kind, rel, path in paths:
        raw = read_capped(path)
        loaded, found = load_bytes(raw, rel)
        problems += found
        if loaded is not None:
            card, found = validate(kind, loaded, rel)
            files.append(CardFile(kind, rel, path.stem, loaded, card, hashlib.sha256(raw).hexdigest()))
            problems += found
    return files, problems


def cross_check(files: list[CardFile], start: Start, prior: list[Problem],
                shared: Shared | None = None, verdicts: Verdicts | None = None,
                only: tuple[str, ...] = ()) -> tuple[Shared, list[Problem]]:
    """Cross-check `files` and judge their support; `prior` are the problems found so far.
    Given `verdicts`, a card judged before in the same world is not judged again. Given `only`
    (files or folders), the meaning rules judge those cards alone: every card is still read and
    held to the card and evidence rules, as the others' facts are what the named ones are judged
    against, but an editor checking one card of thousands does not wait for the rest."""
    problems: list[Problem] = []
    if shared is None:
        shared, problems = share(files, start.seeds)
    look = Lookup(start.ids, shared, start.settings)
    if verdicts is not None:
        verdicts.bind(look)
    problems += check_cards(files, look, verdicts)
    if look.complete:  # support is judged where every quote and id holds
        broken = {p.path for p in prior + problems if p.level == "error"}
        passed = [cf for cf in files if not within(cf.path, only)]
        if verdicts is not None:  # the cards left unjudged keep what they were last found
            for cf in passed:
                verdicts.get(cf)
        problems += check_valid(files, look, skip=broken | {cf.path for cf in passed},
                                verdicts=verdicts)
    return shared, problems
