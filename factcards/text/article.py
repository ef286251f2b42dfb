"""What a page's markup says about its article: the paragraphs (trafilatura), the site's name and
title (trafilatura's metadata), and the publication date (htmldate, which trafilatura runs).

Markup is evidence for the editor, never for the reader: a card attests a publisher or a date only
with words the page prints, so these values are only looked for in the page's text. Nothing is
downloaded: both libraries get the page itself, never an address to fetch.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import trafilatura
from lxml.etree import _Element

# Both libraries log what they could not find; the archive command reports that itself.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

# trafilatura's leaf blocks: paragraphs, headings, list items, cells, code and quotations.
_LEAVES = {"p", "head", "item", "cell", "code", "quote"}


@dataclass(frozen=True)
class Article:
    """The article as the libraries read it; each value None where they found nothing."""

    blocks: list[str]
    sitename: str | None
    title: str | None
    published: dt.date | None


def _text(element: _Element) -> str:
    """An element's text with a line break (`<lb/>`) read as a space."""
    parts = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag == "lb" else _text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _blocks(body: _Element) -> list[str]:
    leaves = [e for e in body.iter(*_LEAVES) if not any(d.tag in _LEAVES for d in e.iterdescendants())]
    return [text for leaf in leaves if (text := _text(leaf))]


def read_article(text: str, url: str | None, latest: dt.date) -> Article:
    """The article in a decoded page. Tables are left out: on old pages they are the layout. The
    date is the one the markup gives (meta tags, JSON-LD, `<time>`, the address), found by
    htmldate without searching the running text: a date printed there is the editor's to read."""
    dates = {"original_date": True, "extensive_search": False, "max_date": latest.isoformat()}
    document = trafilatura.bare_extraction(
        text, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False, date_extraction_params=dates)
    if document is None or document.body is None:
        return Article([], None, None, None)
    day = dt.date.fromisoformat(document.date) if document.date else None
    return Article(_blocks(document.body), document.sitename or None, document.title or None, day)
