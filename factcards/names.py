"""Find many names in text at once: an index by first word, so a text is scanned once however
many names there are (a newsroom's archive has thousands)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"(?<!\w)@?\w+")


class NameIndex:
    """Whole-word matches of any of many spellings; the longest spelling wins at each place."""

    def __init__(self, spellings: Iterable[str]) -> None:
        self.by_first: dict[str, list[str]] = {}
        for spelling in sorted(set(spellings), key=lambda s: (-len(s), s)):
            first = _WORD.match(spelling)
            if first:
                self.by_first.setdefault(first.group(), []).append(spelling)

    def find(self, text: str, every: bool = False) -> list[tuple[int, str]]:
        """(position, spelling) of every name in `text`, left to right: the longest at each
        place and never overlapping, or with `every`, all of them, nested ones included."""
        found = []
        end = 0
        for word in _WORD.finditer(text):
            if word.start() < end and not every:
                continue
            for spelling in self.by_first.get(word.group(), ()):
                stop = word.start() + len(spelling)
                if text.startswith(spelling, word.start()) and not (
                        stop < len(text) and (text[stop].isalnum() or text[stop] == "_")):
                    found.append((word.start(), spelling))
                    end = stop
                    if not every:
                        break
        return found
