"""Machine-readable outputs published with the site, so other newsrooms and tools can reuse the
cards: `cards.json` (every card, its evidence resolved to character offsets in the archived
text), `annotations.jsonld` (a W3C Web Annotation for every quote), `timeline.json` (for
TimelineJS) and a schema.org description for each card page. Pure: site data in, JSON out.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from factcards.kinds import KINDS
from factcards.kinds.fields import Evidence
from factcards.site.escape import dumps, safe_json
from factcards.site.passages import anchor
from factcards.site.sitedata import SiteData, evidence_of, label, page_url

ARCHIVE = "archive"
CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector


def dump_to(document: object, write: Callable[[str], object], depth: int = 3) -> None:
    """Write exactly `dumps(document)` piece by piece: the outer `depth` levels of mappings and
    lists one member at a time, so a document of tens of megabytes is never one string."""
    _dump(document, write, depth)
    write("\n")


def _dump(document: object, write: Callable[[str], object], depth: int) -> None:
    if depth and isinstance(document, dict) and document:
        for i, (key, value) in enumerate(sorted(document.items())):
            write(("," if i else "{") + safe_json(json.dumps(key, ensure_ascii=False)) + ":")
            _dump(value, write, depth - 1)
        write("}")
    elif depth and isinstance(document, list) and document:
        for i, item in enumerate(document):
            write("," if i else "[")
            _dump(item, write, depth - 1)
        write("]")
    else:
        write(dumps(document)[:-1])


def resolve(site: SiteData, ev: Evidence) -> dict:
    """An evidence mapping with where its quote stands in the archived text."""
    text = site.sources.get(ev.source)
    spans = text.locate(ev.quote) if text else None
    out: dict = {"source": ev.source, "quote": ev.quote}
    if text is not None and spans:
        pieces = [text.norm.original_span(a, b) for a, b in spans]
        out.update(seed=f"seeds/{text.seed}", anchor=anchor(ev.source, ev.quote),
                   pieces=[{"start": a, "end": b, "text": text.norm.original[a:b]}
                           for a, b in pieces])
    return out


def cards_json(site: SiteData) -> dict:
    cards = []
    for kind in sorted(site.cards):
        for cf in site.of_kind(kind):
            cards.append({"kind": kind, "id": cf.stem, "file": cf.path,
                          "card": cf.card.model_dump(mode="json"),  # type: ignore[union-attr]
                          "evidence": [resolve(site, ev) for ev in evidence_of(cf)]})
    return {"format": "factcards/cards", "version": 1, "cards": cards}


def annotations(site: SiteData, base: str) -> dict:
    """Every quote as a Web Annotation linking the card that cites it to the archived passage."""
    items = []
    for kind in sorted(site.cards):
        for cf in site.of_kind(kind):
            for number, ev in enumerate(evidence_of(cf)):
                resolved = resolve(site, ev)
                if "pieces" not in resolved:
                    continue
                original = site.sources[ev.source].norm.original
                targets = [{
                    "type": "SpecificResource",
                    "source": f"{base}{ARCHIVE}/{site.sources[ev.source].seed}",
                    "selector": [
                        {"type": "TextQuoteSelector", "exact": piece["text"],
                         "prefix": original[max(0, piece["start"] - CONTEXT):piece["start"]],
                         "suffix": original[piece["end"]:piece["end"] + CONTEXT]},
                        {"type": "TextPositionSelector", "start": piece["start"],
                         "end": piece["end"]}]}
                    for piece in resolved["pieces"]]
                items.append({
                    "id": f"{base}annotations.jsonld#{kind}-{cf.stem}-{number}",
                    "type": "Annotation", "motivation": "linking",
                    "body": {"id": f"{base}{page_url(cf.kind, cf.stem)}", "type": "Text",
                             "format": "text/html"},
                    "target": targets[0] if len(targets) == 1 else targets})
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": f"{base}annotations.jsonld",
            "type": "AnnotationCollection", "total": len(items),
            "first": {"type": "AnnotationPage", "items": items}}


def timeline_json(site: SiteData, title: str) -> dict:
    """The cards of every dated kind in TimelineJS's JSON format: each card's title, and the text
    of its statements, HTML-escaped (TimelineJS renders HTML)."""
    events = []
    for kind, declared in KINDS.items():
        for cf in site.of_kind(kind) if declared.date_field else ():
            day = site.date_of(kind, cf.stem)
            text = "".join(f"<p>{escape(getattr(item, key))}</p>" for field, key in declared.statements
                           for item in getattr(cf.card, field, None) or [])
            events.append({"unique_id": cf.stem,
                           "start_date": {"year": str(day.year), "month": str(day.month),  # type: ignore[union-attr]
                                          "day": str(day.day)},  # type: ignore[union-attr]
                           "text": {"headline": escape(label(cf)), "text": text}})
    return {"title": {"text": {"headline": escape(title), "text": ""}}, "events": events}
