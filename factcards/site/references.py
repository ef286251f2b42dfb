"""Numbered references for one page, the way an encyclopaedia numbers them.

A statement is followed by markers, [1] [2]; a passage cited twice on a page keeps its number,
so numbering runs through the page instead of restarting in every sentence. The page ends with
the reference list: each entry quotes the passage, names its source (headline, publisher,
date), links to the passage highlighted in the archived page, and links back to every marker
that cites it. A marker is a plain link to its entry, so everything works without JavaScript;
`citations.js` turns the marker into a preview of the same entry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from markupsafe import Markup

from factcards.kinds import SOURCES
from factcards.kinds.fields import Evidence
from factcards.site.escape import inert
from factcards.site.sitedata import SiteData, label, page_url
from factcards.site.support import support_html

LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class Entry:
    """One passage cited on the page and the markers that cite it."""

    number: int
    evidence: Evidence
    uses: int = 0


@dataclass
class References:
    """The citations of one page, numbered in the order they first appear."""

    site: SiteData
    up: str  # from the page to the site's root
    date: Callable[[object], str]
    entries: dict[tuple[str, str], Entry] = field(default_factory=dict)

    def marker(self, ev: Evidence) -> Markup:
        """A numbered link to the passage's entry in the reference list."""
        entry = self._entry(ev)
        entry.uses += 1
        n = entry.number
        return Markup(f'<a class="fc-ref" id="cite-{n}-{entry.uses}" href="#ref-{n}" '
                      f'aria-haspopup="dialog"><span aria-hidden="true">[</span>'
                      f'<span class="fc-sr">Reference </span>{n}'
                      f'<span aria-hidden="true">]</span></a>')

    def markers(self, evidence: Iterable[Evidence]) -> Markup:
        """The markers of one statement, together, after its last word."""
        inner = "".join(self.marker(ev) for ev in evidence)
        return Markup(f'<sup class="fc-refs" data-search-exclude>{inner}</sup>') if inner else Markup("")

    def support(self, item: object, key: str = "text") -> Markup:
        """How a statement (a claim, role or account: `key` names its text) rests on the
        passages its markers number; nothing when the site has no checker's lookups."""
        evidence = getattr(item, "evidence", [])
        if self.site.look is None or not evidence:
            return Markup("")
        numbers = [self._entry(ev).number for ev in evidence]
        return support_html(getattr(item, key), evidence, numbers, self.site.look,
                            getattr(item, "signoff", None))

    def _entry(self, ev: Evidence) -> Entry:
        """The passage's entry, numbered when first cited on the page."""
        key = (ev.source, ev.quote)
        return self.entries.setdefault(key, Entry(len(self.entries) + 1, ev))

    def source_line(self, source: str) -> str:
        """Headline, publisher and date of a source, as a reference names it."""
        cf = self.site.card(SOURCES, source)
        if cf is None:
            return inert(source)
        card = cf.card
        publisher = getattr(card, "publisher", "unknown")
        published = getattr(card, "published", "unknown")
        who = "publisher not stated" if publisher == "unknown" else inert(publisher.value)
        when = "date not stated" if published == "unknown" else self.date(published.value)
        return (f'<cite class="fc-ref-title">{inert(label(cf))}</cite>, '
                f'<span class="fc-ref-meta">{who}, {when}</span>')

    def _body(self, ev: Evidence) -> str:
        spot = self.site.passage(ev.source, ev.quote)
        quote = inert(ev.quote)
        if spot is None:
            shown = f"“{quote}” (not found in its source)"
        else:
            shown = (f'<a class="fc-ref-quote" href="{self.up}{page_url(SOURCES, ev.source)}'
                     f'#{spot}">“{quote}”</a>')
        return f'<span class="fc-ref-body">{shown} — {self.source_line(ev.source)}</span>'

    def _back(self, entry: Entry) -> str:
        n = entry.number
        if entry.uses == 1:
            return (f'<a class="fc-back" href="#cite-{n}-1" '
                    f'aria-label="Back to the statement citing reference {n}">↑</a>')
        links = "".join(f'<a class="fc-back" href="#cite-{n}-{i}" aria-label="Back to statement '
                        f'{LETTERS[(i - 1) % 26]} citing reference {n}">{LETTERS[(i - 1) % 26]}</a>'
                        for i in range(1, entry.uses + 1))
        return f'<span aria-hidden="true">↑</span>{links}'

    def listing(self) -> Markup:
        """The reference list: an ordered list whose numbers are the markers' numbers."""
        if not self.entries:
            return Markup("")
        items = "\n".join(f'<li id="ref-{e.number}"><span class="fc-backs">{self._back(e)}</span> '
                          f"{self._body(e.evidence)}</li>" for e in self.entries.values())
        return Markup(f'<ol class="fc-references">\n{items}\n</ol>')
