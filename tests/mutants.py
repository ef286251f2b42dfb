"""Mutants of the real cards: one planted defect each, and where the checker must point.

Used by `test_mutations.py`; run `python -m tests.mutants` for the catch rate per class.
Each mutant names the card file, the field path the checker must report, and the rules that count
as catching it. A mutant that is not a defect at all — a quote moved to another source that
prints the very same words — is counted as equivalent and left out.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factcards.problems import dotted
from factcards.project import Project, load_project
from factcards.rules.context import Lookup
from factcards.rules.engine import share
from factcards.text.numbers import VALUES, numbers_in
from factcards.text.verbatim import normalise

ROOT = Path(__file__).resolve().parent.parent
QUOTE_RULES = {"quote-not-found", "quote-wrong-source", "quote-in-furniture"}
_DROPS = [
    re.compile(r",? according to [^,.;]+[,.]?"),
    re.compile(r"^[^.;]*?\b(?:said|reported|claimed|announced|says)\b(?: that)? ", re.IGNORECASE),
    re.compile(r",? [^,.;]*?\b(?:said|reported|claimed)\b\.?$", re.IGNORECASE),
    re.compile(r"\b(?:what it called|which it called) "),
]


@dataclass(frozen=True)
class Mutant:
    kind: str
    path: str
    field: tuple
    old: str
    new: str
    rules: frozenset[str]
    line: int
    column: int

    def label(self) -> str:
        return f"{self.kind}: {self.path} {dotted(self.field)}: {self.old!r} -> {self.new!r}"


def _edit(text: str, line: int, column: int, old: str, new: str) -> str | None:
    """Replace the first `old` at or after (line, column) within that value (before the next
    key); None when it is not there as typed."""
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:line - 1]) + column - 1
    end = re.compile(r"\n\s*(?:- )?[a-z_]+:(?: |\n)").search(text, start)
    at = text.find(old, start, end.start() if end else len(text))
    return None if at == -1 else text[:at] + new + text[at + len(old):]


def _evidence(cf) -> Iterator[tuple[tuple, object]]:
    card = cf.card
    for group in ("claims", "roles", "accounts", "summary", "figures"):
        for i, item in enumerate(getattr(card, group, []) or []):
            for j, ev in enumerate(item.evidence):
                yield (group, i, "evidence", j), ev


def _statements(cf) -> Iterator[tuple[tuple, str, list]]:
    for group in ("claims", "summary"):
        for i, claim in enumerate(getattr(cf.card, group, []) or []):
            yield (group, i, "text"), claim.text, claim.evidence


class _Card:
    """Plants mutants in one card file."""

    def __init__(self, cf, project: Project, sup: Lookup) -> None:
        self.cf, self.project, self.sup = cf, project, sup
        self.text = (project.root / cf.path).read_text(encoding="utf-8")
        self.people = sorted(project.cards["people"])

    def make(self, mclass: str, field: tuple, old: str, new: str, rules: set[str],
             edit_at: tuple | None = None) -> tuple[Mutant, str | None]:
        line, col = self.cf.loaded.position(field)
        mutant = Mutant(mclass, self.cf.path, field, old, new, frozenset(rules), line, col)
        edit_line, edit_col = (self.cf.loaded.position(edit_at)[0], 1) if edit_at else (line, col)
        return mutant, _edit(self.text, edit_line, edit_col, old, new)

    def evidence(self) -> Iterator[tuple[Mutant, str | None]]:
        sources = sorted(self.project.sources)
        for path, ev in _evidence(self.cf):
            words = re.findall(r"[A-Za-z]{4,}", ev.quote)
            if words:
                word = max(words, key=len)
                yield self.make("quote-word", (*path, "quote"), word, word + "s", QUOTE_RULES)
            other = sources[(sources.index(ev.source) + 1) % len(sources)]
            seed = self.project.seeds[self.project.sources[other].seed]
            mutant, text = self.make("wrong-source", (*path, "quote"), f"source: {ev.source}",
                                     f"source: {other}", QUOTE_RULES, edit_at=(*path, "source"))
            yield mutant, None if normalise(ev.quote).strip() in normalise(seed) else text

    def date(self) -> Iterator[tuple[Mutant, str | None]]:
        if self.cf.kind == "events":
            for days in (-1, 1):
                moved = (self.cf.card.date + dt.timedelta(days=days)).isoformat()
                yield self.make("date-shift", ("date",), self.cf.card.date.isoformat(), moved,
                                {"date-not-supported"})

    def statements(self) -> Iterator[tuple[Mutant, str | None]]:
        for path, claim, evidence in _statements(self.cf):
            numbers = numbers_in(normalise(claim))
            if numbers:
                raw = numbers[0].text.split()[-1]
                value = int(numbers[0].value[0]) + 1
                new = next((w for w, v in VALUES.items() if v == value), str(value)) \
                    if raw.isalpha() else str(value)
                yield self.make("number-change", path, raw, new,
                                {"number-not-supported", "statement-date-not-supported"})
            if re.search(rf"\b(?:{'|'.join(self.project.settings.contested)})\b", claim, re.I):
                yield from self.drop_attribution(path, normalise(claim).strip())
            around = " ".join(self.sup.context(ev) for ev in evidence)
            for at, kind, ref in self.sup.named(claim):
                swap = _absent(self.people, ref, around, self.project) if kind == "people" else None
                if swap is not None:
                    spelling = max((s for s, owners in self.sup.owners.items()
                                    if (kind, ref) in owners and normalise(claim)[at:].startswith(s)),
                                   key=len)
                    name = self.project.cards["people"][swap].card.name
                    yield self.make("person-swap", path, spelling, name, {"name-not-supported"})

    def drop_attribution(self, path: tuple, claim: str) -> Iterator[tuple[Mutant, str | None]]:
        dropped = claim
        for pattern in _DROPS:
            dropped = pattern.sub(" ", dropped).strip()
        if dropped != claim:
            line, col = self.cf.loaded.position(path)
            yield (Mutant("attribution-drop", self.cf.path, path, claim, dropped,
                          frozenset({"attribution-missing"}), line, col),
                   _replace_scalar(self.text, (line, col), dropped))

    def listed(self) -> Iterator[tuple[Mutant, str | None]]:
        if self.cf.kind in ("events", "background"):
            around = " ".join(self.sup.context(ev) for _, ev in _evidence(self.cf))
            for i, ref in enumerate(self.cf.card.people):
                swap = _absent(self.people, ref, around, self.project)
                if swap is not None:
                    yield self.make("person-swap", ("people", i), ref, swap, {"name-not-supported"})


def mutants(project: Project) -> Iterator[tuple[Mutant, str | None]]:
    """Every mutant with its mutated file text (None: the defect could not be planted as typed,
    or it would be no defect)."""
    files = [cf for k in project.cards.values() for cf in k.values()]
    sup = Lookup({kind: set(cards) for kind, cards in project.cards.items()},
                 share(files, project.seeds)[0])
    for _, cards in sorted(project.cards.items()):
        for _, cf in sorted(cards.items()):
            card = _Card(cf, project, sup)
            yield from card.evidence()
            yield from card.date()
            yield from card.statements()
            yield from card.listed()


def _absent(people: list[str], current: str, around: str, project: Project) -> str | None:
    """The next person after `current` whom the evidence never names: swapping in someone the
    passages do name would be no defect of naming."""
    for key in people[people.index(current) + 1:] + people:
        spellings = [normalise(s).strip() for s in project.cards["people"][key].card.spellings]
        if key != current and not any(s in around for s in spellings):
            return key
    return None


def _replace_scalar(text: str, position: tuple[int, int], value: str) -> str | None:
    """Replace a folded (`>-`) or plain scalar that starts at `position` with a new value."""
    lines = text.split("\n")
    line, col = position
    head = lines[line - 1]
    if head[col - 1:].startswith(">-"):
        indent = len(lines[line]) - len(lines[line].lstrip())
        end = line
        while end < len(lines) and (not lines[end].strip() or
                                    len(lines[end]) - len(lines[end].lstrip()) >= indent):
            end += 1
        new = [*lines[:line - 1], head[:col - 1] + '"' + value.replace('"', '\\"') + '"',
               *lines[end:]]
        return "\n".join(new)
    lines[line - 1] = head[:col - 1] + '"' + value.replace('"', '\\"') + '"'
    return "\n".join(lines)


def run(mutant_text: str, mutant: Mutant, work: Path) -> tuple[bool, str]:
    """Plant one mutant in a copy of the project; True when a problem names its file, line and
    field with one of the expected rules."""
    target = work / mutant.path
    original = target.read_text(encoding="utf-8")
    target.write_text(mutant_text, encoding="utf-8")
    try:
        found = load_project(work).problems
    finally:
        target.write_text(original, encoding="utf-8")
    wanted = dotted(mutant.field)
    for problem in found:
        if problem.path == mutant.path and problem.rule in mutant.rules and problem.field == wanted \
                and problem.line == mutant.line:
            return True, ""
    return False, "; ".join(f"{p.path}:{p.line} {p.rule} {p.field}" for p in found) or "nothing"


def copy_project(into: Path) -> Path:
    for name in ("cards", "seeds"):
        shutil.copytree(ROOT / name, into / name)
    shutil.copy2(ROOT / "project.yml", into / "project.yml")
    return into


def rates() -> dict[str, tuple[int, int, int]]:
    """{class: (caught, planted, equivalent)} over every mutant of the real cards."""
    table: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = copy_project(Path(tmp))
        project = load_project(work)
        for mutant, text in mutants(project):
            row = table.setdefault(mutant.kind, [0, 0, 0])
            if text is None:
                row[2] += 1
                continue
            row[1] += 1
            caught, found = run(text, mutant, work)
            row[0] += caught
            if not caught and "-v" in sys.argv:
                print("MISSED", mutant.label(), "->", found)
    return {kind: tuple(row) for kind, row in table.items()}  # type: ignore[misc]


if __name__ == "__main__":
    print("| mutation class | caught | planted | equivalent or not plantable |")
    print("| --- | --- | --- | --- |")
    for kind, (caught, planted, skipped) in sorted(rates().items()):
        print(f"| {kind} | {caught} | {planted} | {skipped} |")
    sys.exit(0)
