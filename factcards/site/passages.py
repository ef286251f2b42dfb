"""The archived text of a source as HTML: article body and page furniture told apart, and every
cited passage highlighted with an anchor a citation can link to.

Works on the original characters (offsets come from the normalised match), escapes every one of
them, and wraps each line in its own paragraph with its line number, so a reader can compare the
page with the archive line by line.
"""

from __future__ import annotations

import hashlib
import itertools
from html import escape

from factcards.load.texts import SourceText
from factcards.text.verbatim import BLOCKED, normalise


def anchor(source: str, quote: str) -> str:
    """A stable anchor for a quote on its source's page: the same quote always lands the same."""
    digest = hashlib.sha1(f"{source}\n{normalise(quote).strip()}".encode()).hexdigest()
    return f"q-{digest[:10]}"


def _citable_mask(text: SourceText) -> list[bool]:
    """For each original character, whether it belongs to the citable article body."""
    mask = [False] * len(text.norm.original)
    for i, char in enumerate(text.body):
        if char != BLOCKED:
            start, end = text.norm.original_span(i, i + 1)
            mask[start:end] = [True] * (end - start)
    return mask


def cited_spans(source: str, text: SourceText, quotes: list[str]
                ) -> dict[str, list[tuple[int, int]]]:
    """Original-text spans of each quote found in the body, keyed by anchor."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for quote in quotes:
        found = text.locate(quote)
        if found:
            spans[anchor(source, quote)] = [text.norm.original_span(a, b) for a, b in found]
    return spans


def archive_html(source: str, text: SourceText, quotes: list[str]) -> str:
    """The whole archived page as one HTML block (no blank lines, so Markdown leaves it alone)."""
    original = text.norm.original
    mask = _citable_mask(text)
    spans = cited_spans(source, text, quotes)
    starts: dict[int, list[str]] = {}
    cover: list[tuple[int, int, str]] = []
    for key, pieces in sorted(spans.items()):
        starts.setdefault(pieces[0][0], []).append(key)
        cover.extend((a, b, key) for a, b in pieces)
    bounds = sorted({0, len(original), *(a for a, _, _ in cover), *(b for _, b, _ in cover),
                     *(i + 1 for i, c in enumerate(original) if c == "\n"),
                     *(i for i in range(1, len(mask)) if mask[i] != mask[i - 1])})
    # Left out of the site search: results should lead to what the site states and quotes, not
    # to unrelated headlines and comment forms around an article (and the index stays small).
    out = ['<div class="fc-archive" data-search-exclude>']
    line_no, line_parts, line_citable = 1, [], False
    for lo, hi in itertools.pairwise(bounds):
        chunk = original[lo:hi]
        for key in starts.get(lo, []):
            line_parts.append(f'<span class="fc-anchor" id="{key}"></span>')
        keys = [k for a, b, k in cover if a <= lo and hi <= b]
        body = any(mask[i] and not original[i].isspace() for i in range(lo, hi))
        line_citable = line_citable or body
        piece = escape(chunk.rstrip("\n"))
        if keys:
            piece = f'<mark class="fc-cite" data-q="{" ".join(sorted(set(keys)))}">{piece}</mark>'
        elif not body and piece.strip():
            piece = f'<span class="fc-out">{piece}</span>'
        line_parts.append(piece)
        if chunk.endswith("\n") or hi == len(original):
            out.append(_line(line_no, "".join(line_parts), line_citable))
            line_no, line_parts, line_citable = line_no + 1, [], False
    out.append("</div>")
    return "\n".join(part for part in out if part)


def _line(number: int, html: str, citable: bool) -> str:
    if not html.strip():
        return ""
    kind = "fc-body" if citable else "fc-furniture"
    return f'<p class="{kind}"><span class="fc-ln" aria-hidden="true">{number}</span>{html}</p>'

