"""Page furniture in an archived text: the lines around and inside an article that are not its text.

Archived pages carry other stories' headlines, "Also read" lines, share buttons, comment forms,
author blurbs, bylines, reading times and the day the page was saved. None of it may be cited, so
the archive command proposes to exclude it from a source's body, and a rule can warn about it.

A line is judged by its own words first (a comment form, a share line), then by where it stands:
after a list heading such as "Related articles" come other stories until the article resumes; a
short line without final punctuation between paragraphs is a subheading; above the first paragraph
are the headline and its labels. Pure functions over lines; nothing here knows a story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from factcards.text import cues
from factcards.text.cues import is_prose, judge_line
from factcards.text.verbatim import NormalText, normalise


class Furniture(NamedTuple):
    line: int  # 1-based, as editors and `check` count lines
    text: str
    reason: str


def find_furniture(lines: Sequence[str]) -> list[Furniture]:
    """The lines of a seed judged to be furniture, each with its reason, in order."""
    texts = [normalise(line).strip() for line in lines]
    reasons: dict[int, str] = {}
    for number, text in enumerate(texts):
        reason = judge_line(text) if text else None
        if reason:
            reasons[number] = reason
    for mark in (_mark_lists, _mark_teaser_copies, _mark_by_position):
        mark(texts, reasons)
    return [Furniture(n + 1, lines[n], reasons[n]) for n in sorted(reasons)]


def _mark_lists(texts: list[str], reasons: dict[int, str]) -> None:
    """After a list heading ("Related articles") or a comment form, every line that is not running
    text belongs to the list or the form; running text means the article (or a footer) resumes."""
    mode: str | None = None
    for number, text in enumerate(texts):
        if not text:
            continue
        found = reasons.get(number)
        if found in (cues.RAIL, cues.COMMENTS):
            mode = found
        elif found is None and mode is not None:
            if is_prose(text):
                mode = None
            elif mode == cues.COMMENTS:
                reasons[number] = cues.COMMENTS
            else:
                reasons[number] = cues.TEASER if cues.cut_short(text) else cues.OTHER_STORY


def _mark_teaser_copies(texts: list[str], reasons: dict[int, str]) -> None:
    """A paragraph printed above the article and again inside it is a teaser the first time."""
    prose = [n for n, t in enumerate(texts) if n not in reasons and t and is_prose(t)]
    for n in prose:
        if texts[n] not in (texts[m] for m in prose if m > n):
            return  # the first paragraph printed once: the article has begun
        reasons[n] = cues.TEASER_COPY


def _mark_by_position(texts: list[str], reasons: dict[int, str]) -> None:
    """Above the first paragraph: headings and labels. Between paragraphs: subheadings. After
    the last: what does not end a sentence."""
    prose = [n for n, t in enumerate(texts) if n not in reasons and t and is_prose(t)]
    if not prose:
        return
    first, last = prose[0], prose[-1]
    for number, text in enumerate(texts):
        if not text or number in reasons or (first <= number <= last and not cues.heading_like(text)):
            continue
        if number < first or number > last:
            if not cues.ends_sentence(text):  # a short last sentence is still the article's
                reasons[number] = cues.ABOVE if number < first else cues.AFTER
        else:
            reasons[number] = cues.SUBHEADING


def body_lines(text: str, start: str, end: str) -> tuple[int, int] | None:
    """The first and last line (1-based) of the body a source card marks, as `check` finds it:
    `start` once in the text, `end` after it; None when either is missing or `start` ambiguous."""
    norm = NormalText.of(text)
    first, last = normalise(start).strip(), normalise(end).strip()
    at = norm.text.find(first) if first else -1
    if at == -1 or norm.text.find(first, at + 1) != -1 or not last:
        return None
    end_at = norm.text.find(last, at)
    if end_at == -1:
        return None
    return norm.line_of(at), norm.line_of(end_at + len(last) - 1)


def furniture_in_body(text: str, start: str, end: str) -> list[tuple[int, str, str]]:
    """(line number, line, reason) of every furniture line between a body's start and end, for a
    rule that warns about furniture a source card does not exclude. The whole text is judged, so
    a line's neighbours outside the body count too."""
    span = body_lines(text, start, end)
    if span is None:
        return []
    return [(f.line, f.text, f.reason) for f in find_furniture(text.split("\n"))
            if span[0] <= f.line <= span[1]]
