"""The timeline graphic: an SVG drawn at build time, readable without JavaScript.

Events run top to bottom in date order, with more space where more days pass, so the graphic
stays legible on a phone. Each event links to its page; an event whose date the sources dispute
gets a hollow marker and names the other dates reported. The SVG carries a title and a
description for screen readers, and every label is real text.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from html import escape

WIDTH = 400
DATE_X = 8
LINE_X = 70
TEXT_X = 84
WRAP = 40
LINE_HEIGHT = 17
ROW_PAD = 16


@dataclass(frozen=True)
class Mark:
    """One event on the timeline."""

    date: dt.date
    title: str
    href: str
    other_dates: tuple[dt.date, ...] = ()


def short_date(value: dt.date) -> str:
    return f"{value.day} {value:%b}"


def timeline_svg(marks: list[Mark], title: str = "Timeline of events") -> str:
    """The SVG as one block of markup with no blank lines (so Markdown passes it through)."""
    rows: list[str] = []
    y = 24
    previous: dt.date | None = None
    for mark in sorted(marks, key=lambda m: m.date):
        if previous is not None:
            y += min(36, 6 * max(0, (mark.date - previous).days - 1))
        lines = textwrap.wrap(mark.title, WRAP) or [mark.title]
        note = ""
        if mark.other_dates:
            others = ", ".join(short_date(d) for d in mark.other_dates)
            note = f"Date disputed: also reported as {others}"
        show_date = previous != mark.date
        rows.append(_row(mark, lines, note, y, show_date))
        y += LINE_HEIGHT * (len(lines) + (1 if note else 0)) + ROW_PAD
        previous = mark.date
    height = y
    description = "; ".join(
        f"{m.date:%d %B %Y}: {m.title}" + (" (date disputed)" if m.other_dates else "")
        for m in sorted(marks, key=lambda m: m.date))
    return "\n".join([
        f'<svg class="fc-timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} '
        f'{height}" width="{WIDTH}" height="{height}" role="group" '
        'aria-labelledby="fc-timeline-title fc-timeline-desc">',
        f'<title id="fc-timeline-title">{escape(title)}</title>',
        f'<desc id="fc-timeline-desc">{escape(description)}</desc>',
        f'<line class="fc-axis" x1="{LINE_X}" y1="8" x2="{LINE_X}" y2="{height - 8}"/>',
        *rows,
        "</svg>",
    ])


def _row(mark: Mark, lines: list[str], note: str, y: int, show_date: bool) -> str:
    disputed = " fc-disputed" if mark.other_dates else ""
    parts = [f'<g class="fc-event{disputed}">']
    if show_date:
        parts.append(f'<text class="fc-date" x="{DATE_X}" y="{y + 5}">'
                     f"{escape(short_date(mark.date))}</text>")
    parts.append(f'<circle cx="{LINE_X}" cy="{y}" r="6"/>')
    parts.append(f'<a href="{escape(mark.href)}"><text class="fc-label" x="{TEXT_X}" y="{y + 5}">')
    for i, line in enumerate(lines):
        dy = 0 if i == 0 else LINE_HEIGHT
        parts.append(f'<tspan x="{TEXT_X}" dy="{dy}">{escape(line)}</tspan>')
    parts.append("</text></a>")
    if note:
        note_y = y + 5 + LINE_HEIGHT * len(lines)
        parts.append(f'<text class="fc-note" x="{TEXT_X}" y="{note_y}">{escape(note)}</text>')
    parts.append("</g>")
    return "".join(parts)
