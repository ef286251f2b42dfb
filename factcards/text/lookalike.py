"""Words that look alike: "lsland" (a lower-case L) and "Island", "rnilitary" and "military". A
word's skeleton puts each letter that Unicode's confusables data (UTS #39) says looks like
another in one spelling, so two words that look the same on a page have the same skeleton."""

from __future__ import annotations

import functools


@functools.cache
def _table() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Each character with the plain letter it looks like, and the runs of plain letters that
    look like one letter ("rn" and "m"), longest first."""
    from confusable_homoglyphs import confusables  # its data loads on import: only when needed

    single: dict[str, str] = {}
    runs: dict[str, str] = {}
    for char, alikes in confusables.confusables_data.items():
        for alike in alikes:
            other = alike["c"]
            pair = sorted((char, other), key=_order)
            if len(char) == 1 and len(other) == 1 and _plainness(pair[0]) < 2:
                single[pair[1]] = min(single.get(pair[1], pair[0]), pair[0], key=_order)
            elif len(char) == 1 and char.isascii() and other.isascii() and other.isalpha():
                runs[other] = char
    return single, tuple(sorted(runs.items(), key=lambda item: -len(item[0])))


def _plainness(char: str) -> int:
    """0 for a lower-case ASCII letter (the spelling a skeleton prefers), 1 for another ASCII
    letter or digit, 2 for anything else."""
    if char.isascii() and char.isalpha() and char.islower():
        return 0
    return 1 if char.isascii() and char.isalnum() else 2


def _order(char: str) -> tuple[int, str]:
    return _plainness(char), char


def skeleton(word: str) -> str:
    """The word as it looks: each letter put in the plainest spelling it may be read as."""
    single, runs = _table()
    text = "".join(single.get(char, char) for char in word)
    for run, char in runs:
        text = text.replace(run, char)
    return "".join(single.get(char, char) for char in text)


def imitates(word: str, others: set[str]) -> str | None:
    """The word of `others` that `word` looks like without being it ("Island" for "lsland")."""
    mine = skeleton(word)
    return next((o for o in sorted(others) if o.lower() != word.lower() and skeleton(o) == mine),
                None)
