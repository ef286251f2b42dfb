"""Where the article stands in a text seed: the lines it covers, the passages that mark its start
and end for a source card, and the furniture lines inside it to exclude.

An extractor (trafilatura, for a web page) says which blocks are the article; the furniture finder
says which lines are furniture whatever the extractor kept. For a plain-text seed the finder alone
decides. Pure functions of the seed's text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcards.load.texts import SourceText
from factcards.text.furniture import Furniture, find_furniture, is_prose
from factcards.text.verbatim import BLOCKED, NormalText, normalise

LEFT_OUT = "left out of the article by the extractor (trafilatura)"
# Fewest words a start or end passage is given, if the line has them: enough to be read at a glance.
MIN_WORDS = 8
_WORD = re.compile(r"\S+")
_CITABLE = re.compile(f"[^{BLOCKED}]+")


@dataclass(frozen=True)
class Body:
    """The article's first and last lines (1-based), its passages, and what to exclude inside."""

    first: int
    last: int
    start: str
    end: str
    exclude: list[Furniture]
    article: list[int]  # the lines of article text, for checking the proposal
    furniture: dict[int, str]  # every furniture line of the text, with its reason


def locate_blocks(text: str, blocks: list[str]) -> set[int]:
    """The lines (1-based) the extractor's blocks stand on, found in order: a whole line first,
    then part of one, then a run of lines."""
    lines = [normalise(line).strip() for line in text.split("\n")]
    norm = NormalText.of(text)
    found: set[int] = set()
    at = 0
    for block in blocks:
        needle = normalise(block).strip()
        hit = next((i for i in range(at, len(lines)) if lines[i] == needle), None)
        if hit is None:
            hit = next((i for i in range(at, len(lines)) if needle and needle in lines[i]), None)
        if hit is not None:
            found.add(hit + 1)
            at = hit + 1
            continue
        offset = norm.text.find(needle, _span(text, norm, at + 1)[0]) if needle and at < len(lines) \
            else -1
        if offset != -1:
            first, last = norm.line_of(offset), norm.line_of(offset + len(needle) - 1)
            found.update(range(first, last + 1))
            at = last
    return found


def _span(text: str, norm: NormalText, line: int) -> tuple[int, int]:
    """Where a line's words (1-based line) begin and end in the normalised text."""
    lines = text.split("\n")
    begin = len(normalise("\n".join(lines[:line - 1]) + "\n")) if line > 1 else 0
    if norm.text[begin:begin + 1] == " ":
        begin += 1
    return begin, len(normalise("\n".join(lines[:line]).rstrip()))


def find_body(text: str, article: set[int] | None) -> Body | None:
    """The article body: the extractor's lines (or, with none, every line) less furniture, from the
    first to the last; None when no paragraph of running text is left, or no passage can mark it."""
    lines = text.split("\n")
    furniture = {f.line: f for f in find_furniture(lines)}
    candidates = [n for n in range(1, len(lines) + 1) if lines[n - 1].strip()
                  and n not in furniture and (article is None or n in article)]
    if not any(is_prose(normalise(lines[n - 1]).strip()) for n in candidates):
        return None
    first, last = candidates[0], candidates[-1]
    kept = set(candidates)
    exclude = [furniture.get(n) or Furniture(n, lines[n - 1], LEFT_OUT)
               for n in range(first + 1, last) if lines[n - 1].strip() and n not in kept]
    found = markers(text, first, last)
    reasons = {n: item.reason for n, item in furniture.items()}
    return Body(first, last, *found, exclude, candidates, reasons) if found else None


def markers(text: str, first: int, last: int) -> tuple[str, str] | None:
    """The shortest passages, of at least MIN_WORDS words (or the whole line), that `check` finds
    at the start of line `first`, once in the whole text, and at the end of line `last`, as the
    first such passage after the start."""
    norm = NormalText.of(text)
    begin, first_end = _span(text, norm, first)
    last_begin, finish = _span(text, norm, last)
    ends = (m.end() for m in _WORD.finditer(norm.text, begin))
    start = next((norm.text[begin:e] for k, e in enumerate(ends, 1)
                  if (k >= MIN_WORDS or e >= first_end)
                  and norm.text.find(norm.text[begin:e]) == begin
                  and norm.text.find(norm.text[begin:e], begin + 1) == -1), None)
    end = next((norm.text[a:finish] for k, a in enumerate(_words_back(norm.text, begin, finish), 1)
                if (k >= MIN_WORDS or a <= last_begin)
                and norm.text.find(norm.text[a:finish], begin) == a), None)
    if start is None or end is None:
        return None
    return _original(norm, begin, start), _original(norm, finish - len(end), end)


def _words_back(text: str, begin: int, finish: int) -> Iterator[int]:
    """Where the words of text[begin:finish] start, last first, reading back a window at a time."""
    stop = finish
    while stop > begin:
        window = max(begin, stop - 2000)
        starts = [m.start() for m in _WORD.finditer(text, window, stop)]
        if window > begin and starts and starts[0] == window:
            starts = starts[1:]  # may be the middle of a word: read it with the next window
        yield from reversed(starts)
        stop = starts[0] if starts else window


def _original(norm: NormalText, at: int, needle: str) -> str:
    """A passage as the seed prints it (typographic quotes kept), on one line."""
    start, stop = norm.original_span(at, at + len(needle))
    return " ".join(norm.original[start:stop].split())


def citable_by_line(source: SourceText) -> dict[int, str]:
    """The article as a reader may cite it, by line number (1-based; normalised text): what the
    card's body marks, less what it excludes. Lines with no word left to cite are left out (an
    excluded "Loading..." keeps its dots, which `check` reads as an elision)."""
    norm = source.norm
    starts = [0] + [i + 1 for i, ch in enumerate(norm.original) if ch == "\n"]
    lines: dict[int, list[str]] = {}
    for run in _CITABLE.finditer(source.body):
        begin, end = norm.original_span(run.start(), run.end())
        number = bisect.bisect_right(starts, begin)
        for offset, piece in enumerate(norm.original[begin:end].split("\n")):
            lines.setdefault(number + offset, []).append(normalise(piece))
    texts = {n: " ".join("".join(pieces).split()) for n, pieces in sorted(lines.items())}
    return {n: text for n, text in texts.items() if any(ch.isalnum() for ch in text)}


def citable_lines(source: SourceText) -> list[str]:
    return list(citable_by_line(source).values())
