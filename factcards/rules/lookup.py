"""What rules look things up in besides their own card: every card's id, the located source
texts, where a quote stands, and (through `Parties` and `Names`) who the listed names belong to
and who speaks. Pure data, built once per check."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable
from functools import cached_property
from typing import TypeVar

from factcards.kinds import SOURCES
from factcards.kinds.fields import Evidence
from factcards.load.settings import Settings
from factcards.rules.parties import Parties
from factcards.rules.shared import Shared
from factcards.text.align import passage_keys
from factcards.text.memo import SIZE, per_instance
from factcards.text.names import NameIndex
from factcards.text.verbatim import BLOCKED, normalise, pieces

T = TypeVar("T")


class Lookup(Parties):
    """Every question a rule asks of the project besides its own card: which ids exist, where a
    quote stands in which source, whose name a text prints. Built once per check from every
    card's id and the `Shared` facts; answers are remembered, as many cards ask the same."""

    def __init__(self, ids: dict[str, set[str]], shared: Shared,
                 settings: Settings | None = None) -> None:
        super().__init__(shared, settings)
        self.ids = ids
        self._keys: dict[tuple[str, str], frozenset[str]] = {}
        self._remembered: dict[Hashable, object] = {}

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """An answer worked out once per check: a rule keys what it reads of a passage (its
        id first), as every card quoting the passage asks it again."""
        found = self._remembered.get(key, self._remembered)
        if found is self._remembered:
            if len(self._remembered) >= SIZE:  # bounded: the passages of recent cards stay
                self._remembered.clear()
            found = self._remembered[key] = compute()
        return found  # type: ignore[return-value]

    @cached_property
    def complete(self) -> bool:
        """Whether every source card's text could be located (else absence proves nothing)."""
        return self.ids.get(SOURCES, set()) <= set(self.sources)

    @cached_property
    def _joined(self) -> tuple[str, list[int], list[str]]:
        """Every article body in one string, so a misattributed quote is looked for in all
        sources with one search instead of one per source."""
        ids = sorted(self.sources)
        starts, at = [], 0
        for sid in ids:
            starts.append(at)
            at += len(self.sources[sid].body) + 1
        return BLOCKED.join(self.sources[sid].body for sid in ids), starts, ids

    def candidates(self, quote: str) -> list[str]:
        """Sources whose body holds the quote's first piece (then checked in full)."""
        parts = pieces(quote)
        if not parts:
            return []
        joined, starts, ids = self._joined
        found: set[str] = set()
        for first in {parts[0], parts[0][:1].swapcase() + parts[0][1:]}:
            at = joined.find(first)
            while at != -1:
                found.add(ids[bisect.bisect_right(starts, at) - 1])
                at = joined.find(first, at + 1)
        return sorted(found)

    def elsewhere(self, source: str, quote: str) -> list[str]:
        """The other sources whose article body holds the quote."""
        return [sid for sid in self.candidates(quote)
                if sid != source and self.sources[sid].locate(quote) is not None]

    @cached_property
    def spelled(self) -> set[str]:
        """Every listed spelling that some article body prints, found in one pass per body."""
        index = NameIndex(self.shared.listed)
        return {spelling for text in self.sources.values()
                for _, spelling in index.find(text.body, every=True)}

    def passage_keys(self, ev: Evidence) -> frozenset[str]:
        """What a quoted passage aligns a statement's words with: the words of the paragraph it
        stands in (what a reader sees around the highlighted quote), their forms and
        equivalents, and the names the paragraph prints or the quote's short names stand for."""
        key = (ev.source, ev.quote)
        found = self._keys.get(key)
        if found is None:
            names = {f"{kind}/{ident}" for kind, ident in self.mentioned(self.context(ev))
                     | self.coreferents(ev)}
            found = self._keys[key] = passage_keys(self.context(ev), self.vocabulary, names)
        return found

    @per_instance
    def quote_keys(self, ev: Evidence) -> frozenset[str]:
        """What the quoted words alone align a statement's words with, without the paragraph
        around them: the names they print or stand for, and their words' forms and equivalents."""
        quote = normalise(ev.quote)
        names = {f"{kind}/{ident}" for kind, ident in self.mentioned(quote) | self.coreferents(ev)}
        return passage_keys(quote, self.vocabulary, names)

    def around(self, evidence: list[Evidence]) -> set[tuple[str, str]]:
        """Every entity named in the paragraphs the evidence comes from, or meant by a short
        name in a quote."""
        return set().union(*(self.mentioned(self.context(ev)) | self.coreferents(ev)
                             for ev in evidence))

    def before(self, ev: Evidence) -> str:
        """The article body up to the end of the paragraph a quote comes from, or the quote."""
        text = self.sources.get(ev.source)
        return (text.before(ev.quote) if text else "") or normalise(ev.quote)

    def context(self, ev: Evidence) -> str:
        """The normalised paragraph a quote comes from, or the quote itself if it is not found."""
        text = self.sources.get(ev.source)
        return (text.paragraph(ev.quote) if text else "") or normalise(ev.quote)
