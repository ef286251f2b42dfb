"""Who published a page, when, and at what address: proposed only with the words the page prints.

Markup (a site name, a date in JSON-LD or a `<meta>` tag, a canonical link) says what to look for;
the proposal quotes the printed line that states it, outside the article text, or says `unknown`
and what the editor must decide. A date printed on a "Today:" line, or in another story's teaser,
is never taken for the publication date. Pure functions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from factcards.text import cues as f
from factcards.text.dates import dates_in
from factcards.text.furniture import find_furniture
from factcards.text.verbatim import normalise

# Lines that belong to something else than this page: never evidence about it.
_ELSEWHERE = {f.OTHER_STORY, f.TEASER, f.RAIL, f.COMMENTS, f.TEASER_COPY, f.READ_ALSO,
              f.RETRIEVED, f.AUTHOR}
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)|copyright))*\s*(?:\d{4}(?:\s*-\s*\d{4})?"
                        r"\s*,?\s*)?(?:by\s+)?(?P<name>[^.|·,]+?)\s*(?:\.|,|\||·|-| all rights|$)", re.I)
_COPY_LINK = re.compile(r"^(?:copy link|permalink|link to this (?:article|story|page)|share this "
                        r"(?:article|story|link))\s*:?\s*(https?://\S+)$", re.I)
_SEGMENTS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
MOST_WORDS = 20


@dataclass(frozen=True)
class Finding:
    """A proposed value and the printed words that state it; `quote` None for a value the
    newsroom records itself (an address); `value` None for unknown. `note` goes beside the field
    in the card; `decide`, when set, is what the editor must settle."""

    value: str | None = None
    quote: str | None = None
    note: str = ""
    decide: str = ""


@dataclass(frozen=True)
class Context:
    """A seed's lines (original and normalised), the furniture in them, and the article body."""

    lines: list[str]
    plain: list[str]
    furniture: dict[int, str]
    first: int
    last: int
    article: frozenset[int]

    @classmethod
    def of(cls, text: str, first: int, last: int, article: Iterable[int],
           furniture: dict[int, str] | None = None) -> Context:
        lines = text.split("\n")
        if furniture is None:
            furniture = {item.line: item.reason for item in find_furniture(lines)}
        return cls(lines, [normalise(line).strip() for line in lines], furniture, first, last,
                   frozenset(article))

    def evidence_lines(self) -> list[int]:
        """Lines that may state facts about the page, nearest the article first: above it going
        up, then furniture inside it, then below it. Never article text, never other stories."""
        above = range(self.first - 1, 0, -1)
        inside = range(self.first, self.last + 1)
        below = range(self.last + 1, len(self.lines) + 1)
        return [n for n in (*above, *inside, *below) if self.plain[n - 1]
                and n not in self.article and self.furniture.get(n) not in _ELSEWHERE]


def _quote(line: str, needle: str, alone: Callable[[str], bool] = lambda part: True) -> str:
    """The printed words stating `needle`: the line, or the part of it between separators, short
    and stating nothing else (`alone`), or `needle` by itself."""
    whole = " ".join(line.split())
    for part in (whole, *_SEGMENTS.split(whole)):
        if normalise(needle) in normalise(part) and len(part.split()) <= MOST_WORDS and alone(part):
            return part.strip()
    return needle


def _one_date(part: str) -> bool:
    return sum(1 for m in dates_in(normalise(part)) if m.year) == 1


def copyright_names(context: Context) -> list[str]:
    """The holders a page's copyright lines name ("© 2023 Meridian Wire. All rights reserved.")."""
    names = []
    for n in context.evidence_lines():
        match = _COPYRIGHT.match(context.plain[n - 1])
        if match and match.group("name").strip():
            names.append(match.group("name").strip())
    return names


def publisher(context: Context, names: list[str]) -> Finding:
    """The first name (from markup, then copyright lines) the page prints outside the article."""
    for name in dict.fromkeys(names):
        pattern = re.compile(rf"(?<!\w){re.escape(normalise(name).strip())}(?!\w)")
        lines = [n for n in context.evidence_lines() if pattern.search(context.plain[n - 1])]
        if lines:
            best = min(lines, key=lambda n: (context.furniture.get(n) != f.COPYRIGHT,
                                            context.plain[n - 1] != normalise(name).strip()))
            return Finding(name, _quote(context.lines[best - 1], name),
                           note=f"printed on line {best}")
    if names:
        return Finding(decide=f"the page's markup names '{names[0]}', but the page does not "
                              "print it outside the article: write the publisher only if the "
                              "page states it")
    return Finding(note="the page does not say who published it")


def _mentions(text: str, date: dt.date) -> list[str]:
    found = [m.text for m in dates_in(text) if (m.year, m.month, m.day) == (date.year, date.month,
                                                                           date.day)]
    return found + ([date.isoformat()] if date.isoformat() in text else [])


def _printed_dates(context: Context) -> dict[dt.date, int]:
    """Full dates printed on date lines and bylines outside the article, with their first line."""
    dates: dict[dt.date, int] = {}
    for n in context.evidence_lines():
        if context.furniture.get(n) in (f.DATELINE, f.BYLINE):
            for mention in dates_in(context.plain[n - 1]):
                day = mention.on(mention.year) if mention.year else None
                if day:
                    dates.setdefault(day, n)
    return dates


def published(context: Context, markup: dt.date | None, retrieved: dt.date | None) -> Finding:
    """The markup's publication date where the page prints it; else the one date the page's date
    lines print, unless it is the day the page was retrieved."""
    if markup is not None:
        for n in context.evidence_lines():
            for mention in _mentions(context.plain[n - 1], markup):
                return Finding(markup.isoformat(), _quote(context.lines[n - 1], mention, _one_date),
                               note=f"printed on line {n}")
        return Finding(decide=f"the page's markup dates it {markup.isoformat()}, but the page "
                              "does not print that date: write it only if the page states it")
    dates = _printed_dates(context)
    if len(dates) == 1:
        (day, n), = dates.items()
        if day != retrieved:
            mention = next(m for m in _mentions(context.plain[n - 1], day))
            return Finding(day.isoformat(), _quote(context.lines[n - 1], mention, _one_date),
                           note=f"printed on line {n}; the markup gives no date: check it is the "
                                "day of publication")
        return Finding(decide=f"the only date printed ({day.isoformat()}, line {n}) is the day the "
                              "page was retrieved")
    if dates:
        listed = ", ".join(f"{day.isoformat()} (line {n})" for day, n in sorted(dates.items()))
        return Finding(decide=f"the page prints several dates: {listed}; write the one that is "
                              "the publication date, with its printed words")
    return Finding(note="the page does not say when it was published")


def address(context: Context, given: str | None, canonical: str | None) -> Finding:
    """The address the page prints for itself (the one given with --url or in its markup, or on a
    "Copy link" line); else the one the editor gives."""
    for url in (given, canonical):
        if url is None:
            continue
        for n in range(1, len(context.lines) + 1):
            if url in context.lines[n - 1] and context.furniture.get(n) not in _ELSEWHERE:
                return Finding(url, _quote(context.lines[n - 1], url), note=f"printed on line {n}")
    for n in context.evidence_lines():
        link = _COPY_LINK.match(context.plain[n - 1])
        if link and (given is None or link.group(1) == given):
            return Finding(link.group(1), _quote(context.lines[n - 1], link.group(1)),
                           note=f"printed on line {n}, where the page offers its own link")
    if given is not None:
        other = f"; its markup gives {canonical}" if canonical and canonical != given else ""
        return Finding(given, note=f"where the page was saved from (--url); the page does not "
                                   f"print it{other}")
    if canonical is not None:
        return Finding(note=f"the page's markup gives {canonical}: if you saved it from there, "
                            "write it here")
    return Finding(note="the page does not print its address")
