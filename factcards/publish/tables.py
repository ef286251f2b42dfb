"""Tables written in Markdown become the site's own stackable tables: on a phone each row is a
card whose cells are labelled with their column's heading (see readers.css), instead of a table
running off the screen. Pure: a page's HTML in, the same HTML with labels out."""

from __future__ import annotations

import re
from html import escape, unescape

_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_HEAD = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL = re.compile(r"<td\b")
_TAG = re.compile(r"<[^>]*>")


def _label_row(row: re.Match, labels: list[str]) -> str:
    cells = iter(labels)
    inner = _CELL.sub(lambda m: f'<td data-label="{escape(next(cells, ""))}"', row.group(1))
    return f"<tr>{inner}</tr>"


def _stack(table: re.Match) -> str:
    inner = table.group(1)
    labels = [unescape(_TAG.sub("", head)).strip() for head in _HEAD.findall(inner)]
    return '<table class="fc-table">' + _ROW.sub(lambda row: _label_row(row, labels), inner) + "</table>"


def stackable(html: str) -> str:
    """Every plain `<table>` of a page, classed and with each cell labelled by its heading."""
    return _TABLE.sub(_stack, html) if "<table>" in html else html
