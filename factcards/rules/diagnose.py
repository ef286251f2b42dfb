"""Explain a quote that is not verbatim: the closest passage, with the differing words marked."""

from __future__ import annotations

import difflib
import re

from rapidfuzz import fuzz

from factcards.load.texts import SourceText
from factcards.text.verbatim import BLOCKED, normalise, pieces

_WORD = re.compile(r"\S+")


def closest_passage(source: SourceText, quote: str) -> str:
    """A one-line hint: where in the source the quote most nearly stands, and what differs.

    Differences are marked `[-card words-]{+source words+}`, the way word diffs are written.
    """
    wanted = " ".join(pieces(quote))
    body = source.body.replace(BLOCKED, " ")
    if not wanted.strip() or not body.strip():
        return "the source has no article text to compare with"
    found = fuzz.partial_ratio_alignment(wanted, body)
    if found is None or found.score < 50:
        return "nothing in this source resembles the quote"
    start = body.rfind(" ", 0, found.dest_start) + 1
    end = body.find(" ", found.dest_end)
    end = len(body) if end == -1 else end
    line = source.norm.line_of(start)
    passage = body[start:end].strip()
    return f"closest passage ({source.seed}, line {line}): {word_diff(wanted, passage)}"


def word_diff(card: str, source: str) -> str:
    """Mark the words that differ between the card's quote and the source passage."""
    a, b = _WORD.findall(normalise(card)), _WORD.findall(normalise(source))
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.extend(b[b1:b2])
            continue
        if a2 > a1:
            out.append("[-" + " ".join(a[a1:a2]) + "-]")
        if b2 > b1:
            out.append("{+" + " ".join(b[b1:b2]) + "+}")
    return " ".join(out)
