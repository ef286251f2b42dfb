"""A source card's archived text, split into citable article body and uncitable furniture.

The source card marks where the body starts and ends (verbatim passages) and lists furniture inside
it (a "read also" line, say). Everything else on the page can be shown but never cited.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from factcards.kinds.sources import SourceCard
from factcards.text.cues import SUBHEADING
from factcards.text.furniture import furniture_in_body
from factcards.text.verbatim import BLOCKED, NormalText, find, normalise


@dataclass(frozen=True)
class SourceText:
    """One source's text, normalised, with everything outside the article body blocked."""

    id: str
    seed: str
    norm: NormalText
    body: str
    body_start: int
    body_end: int
    # (line, text, reason) of the lines inside the body the furniture finder judges furniture
    furniture: tuple[tuple[int, str, str], ...] = ()
    _found: dict[str, list[tuple[int, int]] | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False)
    _paragraphs: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def locate(self, quote: str) -> list[tuple[int, int]] | None:
        """Where the quote stands in the article body (normalised offsets), if it does.
        Remembered: the checks, the rules and the pages all ask about the same quotes."""
        if quote not in self._found:
            self._found[quote] = find(self.body, quote)
        return self._found[quote]

    def paragraph(self, quote: str) -> str:
        """The normalised line(s) of the archived text a quote stands in ("" if it is absent).
        Remembered, like `locate`: every rule about a statement reads its paragraphs."""
        if quote not in self._paragraphs:
            self._paragraphs[quote] = self._paragraph(quote)
        return self._paragraphs[quote]

    def _paragraph(self, quote: str) -> str:
        spans = self.locate(quote)
        if not spans:
            return ""
        start, end = self.norm.original_span(spans[0][0], spans[-1][1])
        original = self.norm.original
        first = original.rfind("\n", 0, start) + 1
        last = original.find("\n", end)
        return normalise(original[first:last if last != -1 else len(original)]).strip()

    def before(self, quote: str) -> str:
        """The normalised article body up to the end of the quote's paragraph ("" if the quote
        is absent): whom "the two councils" of a later paragraph can mean."""
        spans = self.locate(quote)
        if not spans:
            return ""
        end = self.body.find("\n", spans[-1][1])
        return self.body[:end if end != -1 else len(self.body)]

    def gaps(self, quote: str) -> list[str]:
        """The source text an elided quote leaves out, piece by piece."""
        spans = self.locate(quote) or []
        return [self.body[a_end:b_start] for (_, a_end), (b_start, _) in itertools.pairwise(spans)]

    def cut_from_words(self, quote: str) -> bool:
        """Whether the quote stands in the body only as part of longer words ("essential
        journeys" out of "non-essential journeys")."""
        return self.locate(quote) is None and find(self.body, quote, whole_words=False) is not None

    def gap_crosses(self, quote: str) -> bool:
        """Whether an elision in the quote joins text across a paragraph break, a heading or
        furniture (anything that is not the same paragraph of the article)."""
        spans = self.locate(quote) or []
        for (_, a_end), (b_start, _) in itertools.pairwise(spans):
            lo, hi = self.norm.original_span(a_end, b_start)
            if BLOCKED in self.body[a_end:b_start] or "\n" in self.norm.original[lo:hi]:
                return True
        return False

    def in_furniture(self, quote: str) -> bool:
        return find(self.norm.text, quote) is not None

    def citable(self, index: int) -> bool:
        return self.body[index] != BLOCKED


def marker_span(text: str, marker: str) -> tuple[int, int] | str | None:
    """Where a body marker stands in a normalised page: its span, "ambiguous" when it stands
    there more than once, or None when it is absent."""
    needle = normalise(marker).strip()
    at = text.find(needle)
    if at == -1:
        return None
    if text.find(needle, at + 1) != -1:
        return "ambiguous"
    return at, at + len(needle)


def body_span(card: SourceCard, norm: NormalText) -> tuple[int, int] | None:
    """The article body's [start, end) in the normalised page, when both markers are found."""
    start = marker_span(norm.text, card.body.start)
    if not isinstance(start, tuple):
        return None
    end = normalise(card.body.end).strip()
    end_at = norm.text.find(end, start[0])
    return None if end_at == -1 else (start[0], end_at + len(end))


def body_of(card: SourceCard, norm: NormalText) -> SourceText | None:
    """The card's article body in its page, everything else (and excluded furniture) blocked;
    None when its markers are not found (the `body-marker-not-found` rule says why)."""
    span = body_span(card, norm)
    if span is None:
        return None
    start, end = span
    body = BLOCKED * start + norm.text[start:end] + BLOCKED * (len(norm.text) - end)
    for passage in card.body.exclude:
        for a, b in find(body, passage) or []:
            body = body[:a] + BLOCKED * (b - a) + body[b:]
    furniture = tuple(furniture_in_body(norm.original, card.body.start, card.body.end))
    for line, text, reason in furniture:  # a subheading inside the article backs nothing
        if reason == SUBHEADING and (found := _on_line(norm, text, line)):
            body = body[:found[0]] + BLOCKED * (found[1] - found[0]) + body[found[1]:]
    return SourceText(card.id, card.seed, norm, body, start, end, furniture)


def _on_line(norm: NormalText, text: str, line: int) -> tuple[int, int] | None:
    """Where a line of the original text stands in the normalised one."""
    needle = normalise(text).strip()
    at = norm.text.find(needle) if needle else -1
    while at != -1:
        if norm.line_of(at) == line:
            return at, at + len(needle)
        at = norm.text.find(needle, at + 1)
    return None
