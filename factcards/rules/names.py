"""Whose names a text prints: every spelling the entity cards list, found in one pass, and
the short names a quote uses for an entity its article named before it ("the Council")."""

from __future__ import annotations

import re
from functools import cached_property

from factcards.kinds.fields import Evidence
from factcards.load.settings import Settings
from factcards.rules.shared import Shared
from factcards.text.memo import per_instance
from factcards.text.names import NameIndex
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import can_be_verb, words

# A short name in a quote ("The Foreign Ministry", "Council of the Town").
CAPITALISED = re.compile(r"\b(?:The\s)?[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+)*")
ARTICLE = re.compile(r"^(?:The|A|An)\s")  # before a short name, not part of it
_PUNCTUATION = frozenset(",.;:!?)")


def _attributive(after: str) -> bool:
    """Whether the words after a one-word name make it describe ("Fernley residents"): the
    next word is lower-case and no verb, with no punctuation between ("Okafor, the two")."""
    rest = [w for w in words(after[:60]) if not w.stop]
    if after.startswith(("'s", "’s")) or not rest or after.lstrip()[:1] in _PUNCTUATION:
        return False
    first = rest[0].text
    return first[:1].islower() and not can_be_verb(first)


class Names:
    """The names part of a check's lookup: built from the `Shared` facts and the project's
    settings; answers are remembered, as many cards ask the same."""

    def __init__(self, shared: Shared, settings: Settings | None = None) -> None:
        self.shared = shared
        self.settings = settings or Settings()
        self.sources = shared.sources
        self.published = shared.published
        self._mentioned: dict[str, frozenset[tuple[str, str]]] = {}
        self._held: dict[str, frozenset[tuple[str, str]]] = {}
        self._coreferents: dict[tuple[str, str], frozenset[tuple[str, str]]] = {}

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The project's equivalences and free words, as the aligner reads them."""
        s = self.settings
        return Vocabulary(tuple(tuple(group) for group in s.equivalents),
                          frozenset([*s.attribution, *s.newsroom_words]), frozenset(s.attribution),
                          self.hedges)

    @cached_property
    def owners(self) -> dict[str, list[tuple[str, str]]]:
        """Normalised spelling -> (kind, id) of every valid entity card listing it."""
        owners: dict[str, list[tuple[str, str]]] = {}
        for kind, key, spelling in self.shared.names:
            if spelling:
                owners.setdefault(spelling, []).append((kind, key))
        return owners

    @cached_property
    def names(self) -> NameIndex:
        return NameIndex(self.owners)

    @cached_property
    def entities(self) -> frozenset[tuple[str, str]]:
        return frozenset(owner for found in self.owners.values() for owner in found)

    def named(self, text: str) -> list[tuple[int, str, str]]:
        """Entities a text names: (position, kind, id), the longest spelling at each place."""
        return [(at, kind, key) for at, spelling in self.names.find(normalise(text))
                for kind, key in self.owners[spelling]]

    @per_instance
    def name_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, "kind/id") of every name a normalised statement uses as a name: a
        one-word spelling followed by a noun or adjective ("Fernley residents") describes,
        it does not name."""
        found = []
        for at, spelling in self.names.find(text):
            end = at + len(spelling)
            if " " not in spelling and _attributive(text[end:]):
                continue
            found += [(at, end, f"{kind}/{key}") for kind, key in self.owners[spelling]]
        return found

    def known(self, kind: str, key: str) -> bool:
        """Whether the entity has a valid card with at least one spelling to look for."""
        return (kind, key) in self.entities

    def mentioned(self, normal_text: str) -> frozenset[tuple[str, str]]:
        """Every entity any of whose spellings a normalised text prints, even inside a longer
        name: one scan answers every "is X mentioned here?" about the text."""
        found = self._mentioned.get(normal_text)
        if found is None:
            found = self._mentioned[normal_text] = frozenset(
                owner for _, spelling in self.names.find(normal_text, every=True)
                for owner in self.owners[spelling])
        return found

    def _holders(self, phrase: str) -> frozenset[tuple[str, str]]:
        """The entities with a longer spelling that contains `phrase` as whole words."""
        found = self._held.get(phrase)
        if found is None:
            first = words(phrase)
            # Only a spelling that holds the phrase at all can hold it as whole words: the
            # pattern is made for those (most phrases have none).
            within = [spelling for spelling in self._with_word.get(first[0].text, ())
                      if spelling != phrase and phrase in spelling]
            pattern = re.compile(rf"\b{re.escape(phrase)}\b") if within else None
            found = self._held[phrase] = frozenset(
                owner for spelling in within if pattern.search(spelling)  # type: ignore[union-attr]
                for owner in self.owners[spelling])
        return found

    @cached_property
    def _with_word(self) -> dict[str, list[str]]:
        """Word -> the spellings it is a word of: a phrase is looked for only in those."""
        found: dict[str, list[str]] = {}
        for spelling in self.owners:
            for word in dict.fromkeys(w.text for w in words(spelling)):
                found.setdefault(word, []).append(spelling)
        return found

    @cached_property
    def spellings(self) -> dict[tuple[str, str], list[str]]:
        """(kind, id) -> every spelling of it that the entity cards list."""
        found: dict[tuple[str, str], list[str]] = {}
        for spelling, owners in self.owners.items():
            for owner in owners:
                found.setdefault(owner, []).append(spelling)
        return found

    def coreferents(self, ev: Evidence) -> frozenset[tuple[str, str]]:
        """Who a quote's short names stand for: "The Town Council" is the last entity
        before the quote whose spelling contains those words ("Council of the Town of Fernley"
        is not, "Alderbrook Town Council" is). Remembered: many rules ask of the same quote."""
        key = (ev.source, ev.quote)
        if key not in self._coreferents:
            self._coreferents[key] = self._find_coreferents(ev)
        return self._coreferents[key]

    def _find_coreferents(self, ev: Evidence) -> frozenset[tuple[str, str]]:
        text = self.sources.get(ev.source)
        spans = text.locate(ev.quote) if text else None
        if not spans:
            return frozenset()
        body, end = text.body, spans[0][0]  # type: ignore[union-attr]
        found = set()
        for phrase in CAPITALISED.findall(normalise(ev.quote)):
            phrase = ARTICLE.sub("", phrase)
            holders = self._holders(phrase)
            if not holders:
                continue
            last = [(at, owner) for at, spelling in self.names.find_before(body, end)
                    for owner in self.owners[spelling] if owner in holders]
            if last:
                found.add(max(last)[1])
        return frozenset(found)
