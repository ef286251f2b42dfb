"""Find many names in text at once: an Aho-Corasick automaton over every spelling, so a text is
scanned once, in C, however many names there are (a newsroom's archive has thousands)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

# A name starts where a word starts (a handle may start with "@") and ends where a word ends.
_STARTS_WORD = re.compile(r"@?\w")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


class NameIndex:
    """Whole-word matches of any of many spellings; the longest spelling wins at each place."""

    def __init__(self, spellings: Iterable[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for spelling in set(spellings):
            if _STARTS_WORD.match(spelling):
                self._automaton.add_word(spelling, spelling)
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str, every: bool = False) -> list[tuple[int, str]]:
        """(position, spelling) of every name in `text`, left to right: the longest at each
        place and never overlapping, or with `every`, all of them, nested ones included."""
        if self._empty:
            return []
        size = len(text)
        hits = []
        for last, spelling in self._automaton.iter(text):
            start, stop = last - len(spelling) + 1, last + 1
            if (start and _is_word(text[start - 1])) or (stop < size and _is_word(text[stop])):
                continue
            if spelling[0] == "@" or not (start and text[start - 1] == "@"):
                hits.append((start, -len(spelling), spelling))
        hits.sort()
        if every:
            return [(start, spelling) for start, _, spelling in hits]
        found, end = [], 0
        for start, _, spelling in hits:
            if start >= end:
                found.append((start, spelling))
                end = start + len(spelling)
        return found
