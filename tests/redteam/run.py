"""The red-team suite: false statements a careless or malicious editor would plant, and honest
ones a journalist would write, each applied alone to a copy of the real project.

The cases (`cases.yaml`, then one `cases-roundN.yaml` per round) were written by reviewers
who had not read the rules' code. A case either writes a whole card file or replaces text in
one. `refuse` cases must make `check` find an error; `pass` cases must leave the project
without problems. Run
`.venv/bin/python -m tests.redteam.run` for the counts per class; `--show` prints each miss;
`--update-known` (on all cases) rewrites `known-misses.txt` and prints what changed.
"""

from __future__ import annotations

import multiprocessing
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcards.problems import Problem
from factcards.project import load_project

ROOT = Path(__file__).resolve().parents[2]
# Each round was written by a reviewer who had not read the rules' code; a later round was
# written after the rules had been changed to catch the earlier one.
ROUNDS = tuple(Path(__file__).with_name(name) for name in
               ("cases.yaml", "cases-round2.yaml", "cases-round3.yaml", "cases-round4.yaml",
                "cases-round5.yaml", "cases-round6.yaml", "cases-round7.yaml", "cases-round8.yaml",
                "cases-round9.yaml", "cases-round10.yaml", "cases-round11.yaml",
                "cases-round12.yaml", "cases-round13.yaml", "cases-round14.yaml",
                "cases-round15.yaml", "cases-round16.yaml", "cases-round17.yaml",
                "cases-round18.yaml", "cases-round19.yaml", "cases-round20.yaml"))
COPIED = ("cards", "seeds", "project.yml")
KNOWN = Path(__file__).with_name("known-misses.txt")


@dataclass(frozen=True)
class Outcome:
    """A case's result: the problems it brought that the unchanged project does not have."""

    case: dict
    problems: tuple[Problem, ...]
    applied: bool

    @property
    def refused(self) -> bool:
        return any(p.level == "error" for p in self.problems)

    @property
    def right(self) -> bool:
        if not self.applied:
            return False
        return self.refused if self.case["verdict"] == "refuse" else not self.problems


def cases() -> list[dict]:
    return [case for path in ROUNDS for case in yaml.safe_load(path.read_text(encoding="utf-8"))]


def _apply(case: dict, root: Path) -> bool:
    target = root / case["file"]
    if "write" in case:
        if target.exists():
            return False
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(case["write"], encoding="utf-8")
        return True
    text = target.read_text(encoding="utf-8")
    for edit in case["replace"]:
        if edit["old"] not in text:
            return False
        text = text.replace(edit["old"], edit["new"], 1)
    target.write_text(text, encoding="utf-8")
    return True


def _key(problem: Problem) -> tuple:
    return problem.path, problem.rule, problem.field, problem.message


def run(case: dict, base: Path, before: frozenset = frozenset()) -> Outcome:
    """One case on a fresh copy of `base` (a copy of the project's cards, seeds and settings);
    `before` are the problems of the unchanged copy, which the case is not judged on."""
    work = Path(tempfile.mkdtemp(prefix="factcards-redteam-"))
    try:
        shutil.copytree(base, work, dirs_exist_ok=True)
        applied = _apply(case, work)
        found = load_project(work).problems if applied else []
        return Outcome(case, tuple(p for p in found if _key(p) not in before), applied)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def base_copy() -> Path:
    base = Path(tempfile.mkdtemp(prefix="factcards-redteam-base-"))
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, base / name)
        elif source.exists():
            shutil.copy2(source, base / name)
    return base


def run_all(selected: list[dict] | None = None, processes: int = 1) -> list[Outcome]:
    """Every case (or those selected), each on its own copy; in `processes` processes."""
    base = base_copy()
    try:
        before = frozenset(_key(p) for p in load_project(base).problems)
        chosen = selected or cases()
        if processes > 1:
            with multiprocessing.get_context("fork").Pool(processes) as pool:
                return pool.starmap(run, [(case, base, before) for case in chosen])
        return [run(case, base, before) for case in chosen]
    finally:
        shutil.rmtree(base, ignore_errors=True)


def report(outcomes: list[Outcome]) -> str:
    lines = [f"{'class':<16} {'refused':>12} {'false alarms':>14}"]
    classes = sorted({o.case["class"] if o.case["verdict"] == "refuse" else o.case.get("controls", "honest")
                      for o in outcomes})
    for name in classes:
        bad = [o for o in outcomes if o.case["verdict"] == "refuse" and o.case["class"] == name]
        good = [o for o in outcomes if o.case["verdict"] == "pass" and o.case.get("controls") == name]
        lines.append(f"{name:<16} {sum(o.right for o in bad):>5} of {len(bad):<4} "
                     f"{sum(not o.right for o in good):>6} of {len(good):<4}")
    bad = [o for o in outcomes if o.case["verdict"] == "refuse"]
    good = [o for o in outcomes if o.case["verdict"] == "pass"]
    lines.append(f"{'all':<16} {sum(o.right for o in bad):>5} of {len(bad):<4} "
                 f"{sum(not o.right for o in good):>6} of {len(good):<4}")
    return "\n".join(lines)


def _state(o: Outcome) -> str:
    if not o.applied:
        return "NOT APPLIED"
    return "let through" if o.case["verdict"] == "refuse" else "refused (false alarm)"


def update_known(outcomes: list[Outcome]) -> str:
    """Rewrites the known misses from `outcomes` (keeping the file's header) and says what changed."""
    lines = KNOWN.read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    before = {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}
    wrong = [o for o in outcomes if not o.right]
    now = {o.case["id"] for o in wrong}
    KNOWN.write_text("\n".join([*header, *(f"{o.case['id']}  # {_state(o)}" for o in wrong)]) + "\n",
                     encoding="utf-8")
    return (f"newly wrong: {' '.join(sorted(now - before)) or 'none'}\n"
            f"now right: {' '.join(sorted(before - now)) or 'none'}")


def main(argv: list[str]) -> int:
    only = [a for a in argv if not a.startswith("--")]
    selected = [c for c in cases() if not only or c["id"] in only or c["class"] in only]
    outcomes = run_all(selected, processes=2)
    print(report(outcomes))
    if "--show" in argv:
        for o in outcomes:
            if not o.right:
                rules = Counter(p.rule for p in o.problems)
                print(f"\n{o.case['id']} ({_state(o)}): {o.case['why']}")
                for p in o.problems[:6]:
                    print(f"   {p.path}:{p.line} {p.level}[{p.rule}] {p.field}: {p.message}"[:300])
                if not o.problems:
                    print(f"   {dict(rules)}")
    if "--update-known" in argv:
        if only:
            raise SystemExit("--update-known judges every case: name none")
        print(update_known(outcomes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
