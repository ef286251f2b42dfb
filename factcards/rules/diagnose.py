"""Explain a quote that is not verbatim: the closest passage, with the differing words marked."""

from __future__ import annotations

import difflib
import re

from factcards.load.texts import SourceText
from factcards.text.verbatim import BLOCKED, normalise, pieces

_WORD = re.compile(r"\S+")
SLACK = 3  # words read past the match on each side, so a word the match clipped is not "missing"


class Hint(str):
    """A hint that also knows the quote's first differing word (0-based, counting the words of
    the quote without its elisions), so the problem can point at that word, not the quote's start."""

    first_wrong: int | None = None


def closest_passage(source: SourceText, quote: str) -> str:
    """A one-line hint: where in the source the quote most nearly stands, and what differs.

    Differences are marked `[-card words-]{+source words+}`, the way word diffs are written.
    """
    wanted = " ".join(pieces(quote))
    body = source.body.replace(BLOCKED, " ")
    if not wanted.strip() or not body.strip():
        return "the source has no article text to compare with"
    from rapidfuzz import fuzz  # imported only for a quote not found: a clean check needs none

    found = fuzz.partial_ratio_alignment(wanted, body)
    if found is None or found.score < 50:
        return "nothing in this source resembles the quote"
    start, end = _widen(body, found.dest_start, found.dest_end)
    a, b = _WORD.findall(normalise(wanted)), _WORD.findall(normalise(body[start:end]))
    ops = _trimmed(difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes())
    start += sum(len(word) + 1 for word in b[:ops[0][3]]) if ops else 0
    hint = Hint(f"closest passage ({source.seed}, line {source.norm.line_of(start)}): "
                f"{_marked(a, b, ops)}")
    hint.first_wrong = next((a1 for op, a1, *_ in ops if op != "equal"), None)
    return hint


def _widen(body: str, start: int, end: int) -> tuple[int, int]:
    """The match's bounds moved out to whole words, and SLACK words further each way."""
    for _ in range(SLACK + 1):
        start = body.rfind(" ", 0, max(start - 1, 0)) + 1 if start > 0 else 0
        found = body.find(" ", end + 1)
        end = len(body) if found == -1 else found
    return start, end


def _trimmed(ops: list[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """The word diff without the source's words before and after the quote's: those are the
    slack read around the match, not differences."""
    if ops and ops[0][0] == "insert":
        ops = ops[1:]
    if ops and ops[-1][0] == "insert":
        ops = ops[:-1]
    return ops


def _marked(a: list[str], b: list[str], ops: list[tuple[str, int, int, int, int]]) -> str:
    out: list[str] = []
    for op, a1, a2, b1, b2 in ops:
        if op == "equal":
            out.extend(b[b1:b2])
            continue
        if a2 > a1:
            out.append("[-" + " ".join(a[a1:a2]) + "-]")
        if b2 > b1:
            out.append("{+" + " ".join(b[b1:b2]) + "+}")
    return " ".join(out)


def word_diff(card: str, source: str) -> str:
    """Mark the words that differ between the card's quote and the source passage."""
    a, b = _WORD.findall(normalise(card)), _WORD.findall(normalise(source))
    return _marked(a, b, difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes())
