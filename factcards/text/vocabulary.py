"""The settings' words as the aligner reads them: the groups of words and phrases a project
makes equivalent, the words a statement may use without a passage (attribution verbs, the
newsroom's words for its sources), its hedges, and the keys a word matches by (its forms and
its groups). Its own module, as every reader of parties, actions and speech asks it, not only
the aligner (`align`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from factcards.text.content import read_content_words
from factcards.text.memo import per_instance
from factcards.text.words import Word, forms, only_verb, words

_UNASKED = object()  # a word `Vocabulary.party` has not been asked about


@dataclass(frozen=True)
class Vocabulary:
    """The settings the aligner reads: equivalent words and phrases, and the words a statement
    may use without a passage (attribution verbs, the newsroom's words for its sources)."""

    groups: tuple[tuple[str, ...], ...] = ()
    free: frozenset[str] = frozenset()
    free_speech: frozenset[str] = frozenset()
    hedges: frozenset[str] = frozenset()  # forms of the words that make a statement less sure

    @functools.cached_property
    def _by_form(self) -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        for number, group in enumerate(self.groups):
            for member in group:
                if " " not in member:
                    for form in forms(member):
                        table.setdefault(form, set()).add(f"~{number}")
        return {form: frozenset(keys) for form, keys in table.items()}

    @functools.cached_property
    def phrases(self) -> tuple[tuple[re.Pattern, str], ...]:
        """Multi-word equivalents, longest first, each with its group's key."""
        found = [(member, f"~{n}") for n, group in enumerate(self.groups) for member in group
                 if " " in member]
        return tuple((re.compile(rf"\b{re.escape(m)}\b", re.IGNORECASE), key)
                     for m, key in sorted(found, key=lambda item: -len(item[0])))

    def keys(self, word: str) -> frozenset[str]:
        """What a word matches by: its forms and its equivalence groups."""
        found = self._keys.get(word)
        if found is None:
            own = forms(word)
            found = self._keys[word] = own.union(*(self._by_form.get(f, frozenset()) for f in own))
        return found

    @functools.cached_property
    def _keys(self) -> dict[str, frozenset[str]]:
        return {}

    def group(self, key: str) -> tuple[str, ...]:
        """The members of the equivalence group a key ("~3") stands for."""
        return self.groups[int(key[1:])]

    def speech(self, word: str) -> bool:
        """Whether a word is one of the settings' speech verbs ("said", "announced")."""
        return bool(self.keys(word) & self.saying)

    def equivalent(self, word: str, other: str) -> bool:
        """Whether two words are the same word or in one of the settings' groups ("every" and
        "all", where the project puts them together): forms alone do not make them so."""
        if word.lower() == other.lower():
            return True
        groups = {key for key in self.keys(word) if key.startswith("~")}
        return bool(groups & self.keys(other))

    @functools.cached_property
    def party_groups(self) -> frozenset[str]:
        """The groups that name parties: those with a capitalised member ("Alderbrook")."""
        return frozenset(f"~{n}" for n, group in enumerate(self.groups)
                         if any(member[:1].isupper() for member in group))

    @functools.cached_property
    def verb_groups(self) -> frozenset[str]:
        """The groups with a member that is only ever a verb ("struck"): they name actions."""
        return frozenset(f"~{n}" for n, group in enumerate(self.groups)
                         if any(only_verb(member) for member in group if " " not in member))

    @functools.cached_property
    def saying(self) -> frozenset[str]:
        """The forms of the words that attribute speech."""
        return frozenset().union(*(forms(w.split()[0]) for w in self.free_speech))  # "according"

    @per_instance
    def content_words(self, text: str) -> list[Word]:
        """The words a statement must find in its passages (see `content_words`)."""
        return read_content_words(text, self)

    @per_instance
    def phrase_spans(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """The multi-word equivalents a text holds: their spans and group keys (remembered: a
        statement is aligned by rule after rule)."""
        spans: list[tuple[int, int, str]] = []
        for pattern, key in self.phrases:
            for match in pattern.finditer(text):
                if not any(a < match.end() and match.start() < b for a, b, _ in spans):
                    spans.append((match.start(), match.end(), key))
        return tuple(spans)

    @per_instance
    def text_keys(self, text: str) -> frozenset[str]:
        """What a text's own words and phrases align with (see `passage_keys`): remembered, as
        every card quoting a paragraph reads it again, with the names of its own card."""
        keys = {key for _, _, key in self.phrase_spans(text)}
        for word in words(text):
            keys |= self.keys(word.text)
        return frozenset(keys)

    def party(self, word: str) -> str | None:
        """The party group a word names, if any ("Alderbrook" and "town" name Alderbrook).
        Remembered: every word of every text is asked, again for each rule that reads parties."""
        found = self._parties.get(word, _UNASKED)
        if found is _UNASKED:
            groups = sorted(self.keys(word) & self.party_groups)
            found = self._parties[word] = groups[0] if groups else None
        return found  # type: ignore[return-value]

    @functools.cached_property
    def _parties(self) -> dict[str, str | None]:
        return {}

    def is_free(self, word: Word) -> bool:
        return bool(word.forms & self._free_forms)

    @functools.cached_property
    def _free_forms(self) -> frozenset[str]:
        return frozenset().union(*(forms(w) for w in self.free if " " not in w))
