"""The site's Atom feed: new cards and corrections, newest first, so readers and newsrooms
can follow the explainer as it grows and is corrected. Pure: site data in, XML text out."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from factcards.kinds import KINDS
from factcards.site.sitedata import SiteData, label, page_url

FEED = "feed.xml"
LIMIT = 100  # entries; a feed reader wants what is new, not the archive


@dataclass(frozen=True)
class Entry:
    day: dt.date
    title: str
    path: str  # the page's address relative to the site's root
    summary: str
    key: str  # stable across builds: the entry's id is made from it


def _day(text: str | None, default: dt.date) -> dt.date:
    try:
        return dt.date.fromisoformat(text) if text else default
    except ValueError:
        return default


def entries(site: SiteData, added: dict[str, str], built: dt.date) -> list[Entry]:
    """A 'new card' entry per published card and one per correction, newest first."""
    found: list[Entry] = []
    for kind, declared in KINDS.items():
        if declared.placement == "home":
            continue
        for cf in site.of_kind(kind):
            name, path = label(cf), page_url(kind, cf.stem)
            day = _day(added.get(cf.path) or site.changed.get(cf.path), built)
            found.append(Entry(day, f"New {declared.noun}: {name}", path,
                               f"A new {declared.noun} card was published: {name}.", cf.path))
            for n, correction in enumerate(getattr(cf.card, "corrections", None) or []):
                found.append(Entry(correction.date, f"Correction: {name}", path, correction.note,
                                   f"{cf.path}#correction-{n}"))
    return sorted(found, key=lambda e: (e.day, e.key), reverse=True)[:LIMIT]


def _entry(entry: Entry, base: str) -> str:
    stamp = f"{entry.day.isoformat()}T00:00:00Z"
    return (f"<entry><title>{escape(entry.title)}</title>"
            f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'factcards:' + entry.key)}</id>"
            f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(base + entry.path)}/>"
            f"<published>{stamp}</published><updated>{stamp}</updated>"
            f"<summary>{escape(entry.summary)}</summary></entry>")


def atom(site: SiteData, added: dict[str, str], built: dt.date, title: str, base: str) -> str:
    """The feed as Atom 1.0. `base` is the site's address (empty: addresses stay relative)."""
    items = entries(site, added, built)
    updated = max((e.day for e in items), default=built)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title>"
            f"<subtitle>New fact cards and corrections</subtitle>"
            f"<id>urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'factcards:' + title)}</id>"
            f"<link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(base + FEED)}/>"
            f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(base or './')}/>"
            f"<updated>{updated.isoformat()}T00:00:00Z</updated>"
            f"<author><name>{escape(title)}</name></author>"
            + "".join(_entry(e, base) for e in items) + "</feed>\n")
