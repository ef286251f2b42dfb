"""Hostile input: every case is refused cleanly — exit 1, a problem naming the file and line, no
traceback, under five seconds, nothing written. `python -m tests.test_hostile` prints the figures.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test runs a subprocess

EVENT = "cards/events/hostile.yaml"
PERSON = "cards/people/hostile.yaml"
SOURCE = "cards/sources/hostile.yaml"
# A card of each kind that checks clean among the real cards, for the cases to break.
GOOD = """\
id: hostile
title: Pakistan recalls its ambassador
date: "2024-01-17"
organizations:
  - government-of-pakistan
claims:
  - text: Pakistan recalled its ambassador from Iran.
    evidence:
      - source: pakistan-iran-agree-to-deescalate
        quote: "Later on Wednesday evening, Pakistan recalled its ambassador from Iran"
"""
PERSON_CARD = """\
id: hostile
name: Ahmad Vahidi
spellings:
  - Ahmad Vahidi
roles:
  - role: Interior Minister of Iran
    evidence:
      - source: iran-fm-visits-pakistan-amid-strain-in-ties
        quote: "The Iranian Interior Minister Ahmad Vahidi"
"""
SOURCE_CARD = """\
id: hostile
seed: 004_070e446cdca4d301.txt
headline: "Pakistan, Iran Agree to Deescalate Tensions After Missile Strikes"
publisher: unknown
published:
  value: "2024-01-19"
  quote: "19 January 2024"
body:
  start: "Pakistan foreign minister talked to his Iranian counterpart"
  end: "responsible for recent attacks in Pakistan."
"""
QUOTE = "Later on Wednesday evening, Pakistan recalled its ambassador from Iran"


def event(old: str, new: str) -> dict[str, bytes]:
    assert old in GOOD, old
    return {EVENT: GOOD.replace(old, new).encode()}


def source(old: str, new: str) -> dict[str, bytes]:
    assert old in SOURCE_CARD, old
    return {SOURCE: SOURCE_CARD.replace(old, new).encode()}


def person(old: str, new: str) -> dict[str, bytes]:
    assert old in PERSON_CARD, old
    return {PERSON: PERSON_CARD.replace(old, new).encode()}


def link(rel: str, target: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        os.symlink(target if target.startswith("/") else root / target, root / rel)

    return make


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)

# name: (files to write, or a function that changes the tree; the file the problem must name)
CASES: dict[str, tuple[dict[str, bytes] | Callable[[Path], None], str]] = {
    "tag python/object/apply": (
        event("title: Pakistan", 'title: !!python/object/apply:os.system ["id"]'),
        EVENT,
    ),
    "tag python/name": (event("title: Pakistan", "title: !!python/name:os.system"), EVENT),
    "tag binary": (event("title: Pakistan recalls its ambassador", "title: !!binary aGVsbG8="), EVENT),
    "tag set": (event("organizations:\n  - government-of-pakistan", "organizations: !!set {a: null}"), EVENT),
    "tag omap": (event("organizations:\n  - government-of-pakistan", "organizations: !!omap [a: 1]"), EVENT),
    "tag custom": (event("title: Pakistan", "title: !evil Pakistan"), EVENT),
    "tag local non-specific": (event("title: Pakistan", "title: ! Pakistan"), EVENT),
    "alias bomb": ({EVENT: (GOOD + BOMB).encode()}, EVENT),
    "self-referencing anchor": (
        event("organizations:\n  - government-of-pakistan", "organizations: &a [*a]"),
        EVENT,
    ),
    "5,000-deep nesting": ({EVENT: (GOOD + "x: " + "[" * 5000 + "]" * 5000 + "\n").encode()}, EVENT),
    "50 MB file": ({EVENT: GOOD.encode() + b"# " + b"x" * (50 * 1024 * 1024) + b"\n"}, EVENT),
    "duplicate keys": (event('date: "2024-01-17"', 'date: "2024-01-17"\ndate: "2024-01-18"'), EVENT),
    "boolean guess": (event('date: "2024-01-17"', "date: yes"), EVENT),
    "octal guess": (event('date: "2024-01-17"', "date: 0o17"), EVENT),
    "sexagesimal guess": (event('date: "2024-01-17"', "date: 1:30:00"), EVENT),
    "timestamp guess": (event('date: "2024-01-17"', "date: 2024-01-17T10:00:00Z"), EVENT),
    "impossible date": (event('date: "2024-01-17"', "date: 2024-02-30"), EVENT),
    "not a leap year": (event('date: "2024-01-17"', "date: 2023-02-29"), EVENT),
    "Unix-timestamp date": (event('date: "2024-01-17"', "date: 1705449600"), EVENT),
    "tab indentation": (event("  - government-of-pakistan", "\t- government-of-pakistan"), EVENT),
    "Latin-1 bytes": (
        {EVENT: GOOD.replace("Pakistan recalls", "Pakistan recalls caf\xe9").encode("latin-1")},
        EVENT,
    ),
    "UTF-16": ({EVENT: GOOD.encode("utf-16")}, EVENT),
    "NUL byte": ({EVENT: GOOD.replace("title: Pakistan", "title: Pak\x00istan").encode()}, EVENT),
    "ANSI escape": (event("title: Pakistan", "title: \x1b[31mPakistan"), EVENT),
    "bidi override in a title": (event("title: Pakistan", "title: Pakistan \u202egnidaer"), EVENT),
    "bidi isolate in a quote": (event(QUOTE, QUOTE.replace("Iran", "\u2066Iran\u2069")), EVENT),
    "zero-width space in a name": (person("name: Ahmad Vahidi", "name: Ahmad\u200bVahidi"), PERSON),
    "zero-width joiner in a quote": (event(QUOTE, QUOTE.replace("ambassador", "ambas\u200dsador")), EVENT),
    "Cyrillic look-alike in a name": (person("name: Ahmad Vahidi", "name: Ahmad V\u0430hidi"), PERSON),
    "Greek look-alike in a quote": (event(QUOTE, QUOTE.replace("Iran", "Ir\u03b1n")), EVENT),
    "several documents": ({EVENT: (GOOD + "---\n" + GOOD).encode()}, EVENT),
    "misspelled key": (event("title:", "titel:"), EVENT),
    "id with ..": (event("id: hostile", "id: ../hostile"), EVENT),
    "id with /": (event("id: hostile", "id: events/hostile"), EVENT),
    "upper-case id": (event("id: hostile", "id: Hostile"), EVENT),
    "upper-case file name": (
        {"cards/events/Hostile.yaml": GOOD.replace("id: hostile", "id: Hostile").encode()},
        "cards/events/Hostile.yaml",
    ),
    "ids differing only in case": (
        {EVENT: GOOD.encode(), "cards/events/HOSTILE.yaml": GOOD.encode()},
        "cards/events/HOSTILE.yaml",
    ),
    "absolute seed path": (source("seed: 004_070e446cdca4d301.txt", "seed: /etc/passwd"), SOURCE),
    "seed path with ..": (source("seed: 004_", "seed: ../seeds/004_"), SOURCE),
    "seed in a sibling folder": (source("seed: 004_", "seed: ../seeds-evil/004_"), SOURCE),
    "symlinked card": (link(EVENT, "/etc/passwd"), EVENT),
    "symlinked card folder": (link("cards/events/more", "cards/people"), "cards/events/more"),
    "symlinked seed": (link("seeds/evil.txt", "/etc/passwd"), "seeds/evil.txt"),
    "javascript: URL": (source("publisher: unknown", "publisher: unknown\nurl: javascript:alert(1)"), SOURCE),
    "JavaScript: URL, mixed case": (
        source("publisher: unknown", "publisher: unknown\nurl: JaVaScRiPt:alert(1)"),
        SOURCE,
    ),
    "data: URL": (
        source("publisher: unknown", "publisher: unknown\nurl: data:text/html;base64,PHNjcmlwdD4="),
        SOURCE,
    ),
    "file: URL": (source("publisher: unknown", "publisher: unknown\nurl: FILE:///etc/passwd"), SOURCE),
    "forged workflow command": (
        event("id: hostile", 'id: "x\\n::error file=README.md,line=1::forged"'),
        EVENT,
    ),
    "a list for a key": (event("title: Pakistan", "? [a, b]\n: x\ntitle: Pakistan"), EVENT),
    "an empty file": ({EVENT: b""}, EVENT),
    "a list instead of a card": ({EVENT: b"- id: hostile\n"}, EVENT),
    "plain text instead of a card": ({EVENT: b"just some text\n"}, EVENT),
}


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(root)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in root.rglob("*")}


def plant(root: Path, change) -> None:
    if callable(change):
        change(root)
        return
    for rel, data in change.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


def refuse(root: Path, change, target: str) -> tuple[subprocess.CompletedProcess, float]:
    plant(root, change)
    before = snapshot(root)
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "build_cards.py", "check"], cwd=root, capture_output=True, text=True, timeout=60
    )
    elapsed = time.monotonic() - start
    assert snapshot(root) == before, "the check wrote something"
    return result, elapsed


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_refused_cleanly(workspace, name):
    change, target = CASES[name]
    result, elapsed = refuse(workspace.root, change, target)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(rf"^{re.escape(target)}:\d+:\d+: error\[", result.stdout, re.MULTILINE), output
    assert "Traceback" not in output
    assert elapsed < 5
    assert not [line for line in result.stdout.splitlines() if line.startswith("::")]


def test_there_are_at_least_forty():
    assert len(CASES) >= 40


def test_bom_and_crlf_are_accepted(workspace):
    plant(workspace.root, {EVENT: b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode()})
    result, _ = refuse(workspace.root, {}, EVENT)
    assert result.returncode == 0, result.stdout


def test_guessed_scalars_stay_text(workspace):
    plant(workspace.root, event("title: Pakistan recalls its ambassador", "title: NO"))
    result, _ = refuse(workspace.root, {}, EVENT)
    assert result.returncode == 0, result.stdout


if __name__ == "__main__":
    import tempfile

    from tests.helpers import copy_project

    timings = []
    for name, (change, target) in sorted(CASES.items()):
        with tempfile.TemporaryDirectory() as tmp:
            copy_project(Path(tmp))
            result, elapsed = refuse(Path(tmp), change, target)
            clean = result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
            timings.append((elapsed, name, clean))
    print(f"{len(timings)} hostile inputs, {sum(c for *_, c in timings)} refused cleanly")
    slowest = max(timings)
    print(f"slowest refusal: {slowest[1]} in {slowest[0]:.2f} s")
