"""Find many names in text at once: an Aho-Corasick automaton over every spelling, so a text is
scanned once, in C, however many names there are (a newsroom's archive has thousands)."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

# A name starts where a word starts (a handle may start with "@") and ends where a word ends.
_STARTS_WORD = re.compile(r"@?\w")
_SCANS = 64  # whole texts whose scans are kept (`find_before`)


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
        self._scans: dict[str, list[tuple[int, int, str, int, bool]]] = {}

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

    def find_before(self, text: str, end: int) -> list[tuple[int, str]]:
        """What `find(text[:end], every=True)` gives, read from one scan of the whole `text`:
        the names an article prints before each of its quotes, without scanning the article
        again for each quote. A name ending at `end` ends a word there, as it ends the slice."""
        return [(start, spelling) for start, _, spelling, stop, ends_word in self._scan(text)
                if (stop < end and ends_word) or stop == end]

    def _scan(self, text: str) -> list[tuple[int, int, str, int, bool]]:
        """Every name of `text` that starts a word, as `find` sorts them, with where it stops
        and whether a word ends there; remembered for the last few texts."""
        found = self._scans.get(text)
        if found is None:
            if len(self._scans) >= _SCANS:
                self._scans.clear()
            size, found = len(text), []
            for last, spelling in self._automaton.iter(text) if not self._empty else ():
                start, stop = last - len(spelling) + 1, last + 1
                if start and _is_word(text[start - 1]):
                    continue
                if spelling[0] == "@" or not (start and text[start - 1] == "@"):
                    found.append((start, -len(spelling), spelling, stop,
                                  stop == size or not _is_word(text[stop])))
            found.sort()
            self._scans[text] = found
        return found
