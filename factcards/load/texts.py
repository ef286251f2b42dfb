"""A source card's archived text, split into citable article body and uncitable furniture.

The source card marks where the body starts and ends (verbatim passages) and lists furniture inside
it (a "read also" line, say). Everything else on the page can be shown but never cited.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from factcards.load.models import SourceCard
from factcards.text.verbatim import BLOCKED, NormalText, find, normalise

# (rule, value path, message, hint) of a problem found while locating a body.
Finding = tuple[str, tuple[str | int, ...], str, str]


@dataclass(frozen=True)
class SourceText:
    """One source's text, normalised, with everything outside the article body blocked."""

    id: str
    seed: str
    norm: NormalText
    body: str
    body_start: int
    body_end: int
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

    def gaps(self, quote: str) -> list[str]:
        """The source text an elided quote leaves out, piece by piece."""
        spans = self.locate(quote) or []
        return [self.body[a_end:b_start] for (_, a_end), (b_start, _) in itertools.pairwise(spans)]

    def in_furniture(self, quote: str) -> bool:
        return find(self.norm.text, quote) is not None

    def citable(self, index: int) -> bool:
        return self.body[index] != BLOCKED


def _unique(text: str, marker: str) -> tuple[int, int] | str | None:
    needle = normalise(marker).strip()
    at = text.find(needle)
    if at == -1:
        return None
    if text.find(needle, at + 1) != -1:
        return "ambiguous"
    return at, at + len(needle)


def body_of(card: SourceCard, text: str) -> tuple[SourceText | None, list[Finding]]:
    """Locate the card's article body in its seed text; findings point at the card's fields."""
    norm = NormalText.of(text)
    findings: list[Finding] = []
    if find(norm.text, card.headline) is None:
        findings.append(("headline-not-found", ("headline",),
                         "the headline is not printed in the archived text",
                         "copy the headline exactly as the page prints it"))
    for key in ("publisher", "published", "url"):
        attested = getattr(card, key)
        if isinstance(attested, str):  # unknown, or an address the newsroom recorded
            continue
        if find(norm.text, attested.quote) is None:
            findings.append(("attestation-not-found", (key, "quote"),
                             f"the passage given for the {key} is not in the archived text",
                             "quote the words on the page that state it, or write unknown"))
    start = _unique(norm.text, card.body.start)
    if not isinstance(start, tuple):
        findings.append(_marker_finding("start", start))
        return None, findings
    end_at = norm.text.find(normalise(card.body.end).strip(), start[0])
    if end_at == -1:
        findings.append(_marker_finding("end", None))
        return None, findings
    end = end_at + len(normalise(card.body.end).strip())
    size = len(norm.text)
    body = BLOCKED * start[0] + norm.text[start[0]:end] + BLOCKED * (size - end)
    for number, passage in enumerate(card.body.exclude):
        spans = find(body, passage)
        if spans is None:
            findings.append(("body-marker-not-found", ("body", "exclude", number),
                             "this furniture passage is not inside the article body",
                             "copy it exactly from the archived text, between start and end"))
            continue
        for a, b in spans:
            body = body[:a] + BLOCKED * (b - a) + body[b:]
    return SourceText(card.id, card.seed, norm, body, start[0], end), findings


def _marker_finding(which: str, found: str | None) -> Finding:
    if found == "ambiguous":
        return ("body-marker-not-found", ("body", which),
                f"the body {which} passage occurs more than once in the archived text",
                "quote a longer passage so it is found only once")
    return ("body-marker-not-found", ("body", which),
            f"the body {which} passage is not in the archived text",
            "copy the first (or last) words of the article exactly as archived")
