"""What "verbatim" means (CONTRACT.md), and where a quote sits in its source.

Both the quote and the source are normalised the same way — white space folded, typographic quotes
and dashes made plain — and the quote must then be a contiguous part of the source's article body.
`...` or `…` in a quote elides text: the pieces must appear in order and close together.
Normalisation keeps a map back to the archived text, so a match becomes character offsets there.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-",  # hyphens, breaking or not
})
_SPACE = re.compile(r"\s+")
_RUN = re.compile(r"\s\s+")  # a single white-space character keeps its offset: no need to map it
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|\u2026)\s*")

# How far apart (in normalised characters) the pieces of an elided quote may stand.
MAX_ELISION_GAP = 400
# Stands in for text that may not be cited (outside the body, or furniture inside it).
BLOCKED = "\x00"


@functools.lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """The comparison form of a text; quotes and sources go through the same function.
    Splitting and joining folds white space as `_SPACE` does (both use Unicode's white space),
    twice as fast; only the ends need care, as a run there becomes one space, not none."""
    plain = text.translate(_PLAIN)
    folded = " ".join(plain.split())
    if not folded:
        return " " if plain else ""
    if plain[0].isspace():
        folded = " " + folded
    if plain[-1].isspace():
        folded += " "
    return folded


@dataclass(frozen=True)
class NormalText:
    """A normalised text that can map its positions back to the original."""

    original: str
    text: str
    _run_norm: tuple[int, ...]
    _run_orig: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, original: str) -> NormalText:
        plain = original.translate(_PLAIN)
        norm_at: list[int] = []
        spans: list[tuple[int, int]] = []
        removed = 0
        for match in _RUN.finditer(plain):
            norm_at.append(match.start() - removed)
            spans.append((match.start(), match.end()))
            removed += match.end() - match.start() - 1
        return cls(original, _SPACE.sub(" ", plain), tuple(norm_at), tuple(spans))

    def to_original(self, index: int) -> int:
        """Original offset of the normalised character at `index` (or of the end, if past it)."""
        run = bisect.bisect_right(self._run_norm, index) - 1
        if run < 0:
            return index
        at = self._run_norm[run]
        start, end = self._run_orig[run]
        return start if index == at else end + (index - at - 1)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the normalised [start, end)."""
        if end <= start:
            return self.to_original(start), self.to_original(start)
        return self.to_original(start), self.to_original(end - 1) + 1

    def line_of(self, index: int) -> int:
        return self.original.count("\n", 0, self.to_original(index)) + 1


def pieces(quote: str) -> list[str]:
    """The parts of a quote between elisions, normalised; empty parts are dropped."""
    return [p for p in _ELLIPSIS.split(normalise(quote).strip()) if p]


def _first_letter_variants(piece: str) -> list[str]:
    if not piece or not piece[0].isalpha():
        return [piece]
    swapped = piece[0].swapcase() + piece[1:]
    return [piece] if swapped == piece else [piece, swapped]


def _joined(text: str, at: int, step: int) -> bool:
    """Whether the character at `at` continues a word: a letter or digit, or a hyphen or
    apostrophe with one beyond it ("non-essential", "Alderbrook's")."""
    if not 0 <= at < len(text):
        return False
    char = text[at]
    if char.isalnum():
        return True
    beyond = at + step
    return char in "-'" and 0 <= beyond < len(text) and text[beyond].isalnum()


def whole(haystack: str, start: int, end: int) -> bool:
    """Whether [start, end) begins and ends on word boundaries (CONTRACT.md: a quote never
    begins or ends inside a word)."""
    piece = haystack[start:end]
    return not ((piece[:1].isalnum() and _joined(haystack, start - 1, -1))
                or (piece[-1:].isalnum() and _joined(haystack, end, 1)))


def find(haystack: str, quote: str, whole_words: bool = True) -> list[tuple[int, int]] | None:
    """Spans (normalised offsets) of the quote's pieces in `haystack`, or None when absent.

    `haystack` is a normalised text in which uncitable characters are BLOCKED, so no match can
    include them. Each piece begins and ends on a word boundary unless `whole_words` is off
    (to tell an editor that a quote was cut out of a longer word).
    """
    parts = pieces(quote)
    if not parts:
        return None
    for first in _first_letter_variants(parts[0]):
        start = haystack.find(first)
        while start != -1:
            if not whole_words or whole(haystack, start, start + len(first)):
                spans = _follow(haystack, parts[1:], [(start, start + len(first))], whole_words)
                if spans:
                    return spans
            start = haystack.find(first, start + 1)
    return None


def _follow(haystack: str, rest: list[str], spans: list[tuple[int, int]], whole_words: bool
            ) -> list | None:
    for part in rest:
        prev_end = spans[-1][1]
        at = haystack.find(part, prev_end)
        while at != -1 and whole_words and not whole(haystack, at, at + len(part)):
            at = haystack.find(part, at + 1)
        if at == -1 or at - prev_end > MAX_ELISION_GAP:
            return None
        spans.append((at, at + len(part)))
    return spans
