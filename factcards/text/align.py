"""Align a statement with the passages it rests on, word by word.

Each content word of the statement (not a function word, a quantifier, a number, a date, a
negation or a hedge: other rules read those) must stand in one of its passages: as itself, in
another form ("struck", "strike"), as a word the project's settings make equivalent, or as
another spelling of the same name. What aligns nowhere is the newsroom's own wording, which the rules report.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcards.text.dates import MONTHS, WEEKDAYS
from factcards.text.memo import per_instance
from factcards.text.numbers import NUMBER
from factcards.text.words import QUANTIFIERS, Word, can_be_verb, forms, only_verb, words

_SKIP = frozenset([*MONTHS, *WEEKDAYS])
_UNASKED = object()  # a word `Vocabulary.party` has not been asked about
_YEAR_OR_DIGITS = re.compile(r"\d[\d,.]*(?:st|nd|rd|th|s)?")


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
        return _content_words(text, self)

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


@dataclass(frozen=True)
class Aligned:
    """A content word of the statement and the passage it stands in (None: in none)."""

    word: Word
    passage: int | None


# What a hedge that is also a verb follows when it hedges: a form of "be" ("was planned", "is
# thought") or an article ("the planned visit"); after its subject it says what someone did.
_BEFORE_HEDGE = frozenset({"be", "is", "are", "was", "were", "been", "being", "a", "an", "the"})
# What a hedge that is also a verb is followed by when it has no object: "the visit planned for
# May", "talks expected to resume"; "the council planned the closure" has one.
_AFTER_HEDGE = frozenset({"for", "to"})


def hedging(tokens: tuple[Word, ...], i: int, hedges: frozenset[str]) -> bool:
    """Whether word `i` is one of the settings' hedges, used as a hedge: adding one only makes
    a statement say less than its passage ("the visit was planned for January 29"), and the
    hedge rule reads hedges. "The council planned the closure" states a plan: that needs a passage;
    "the closure planned for May" does not."""
    if not tokens[i].forms & hedges:
        return False
    if not can_be_verb(tokens[i].text):  # "reportedly", "likely"
        return True
    if i + 1 < len(tokens) and tokens[i + 1].lower in _AFTER_HEDGE:  # "the visit planned for May"
        return True
    before = next((w.lower for w in reversed(tokens[:i]) if not w.lower.endswith("ly")), "")
    return before in _BEFORE_HEDGE


def content_words(text: str, vocabulary: Vocabulary) -> list[Word]:
    """The words a statement must find in its passages."""
    return vocabulary.content_words(text)


def _content_words(text: str, vocabulary: Vocabulary) -> list[Word]:
    numbers = [(m.start(), m.end()) for m in NUMBER.finditer(text)]
    tokens = words(text)
    return [w for i, w in enumerate(tokens)
            if not w.stop and not w.negation and w.lower not in QUANTIFIERS
            and not set(w.lower.split("-")) & _SKIP
            and not _YEAR_OR_DIGITS.fullmatch(w.lower) and not vocabulary.is_free(w)
            and not any(a <= w.start < b for a, b in numbers)
            and not hedging(tokens, i, vocabulary.hedges)]


def passage_keys(text: str, vocabulary: Vocabulary, extra: Iterable[str] = ()) -> frozenset[str]:
    """Everything a passage can align a word with: its words' keys, its phrases, and `extra`
    (the ids of the names it prints)."""
    return vocabulary.text_keys(text).union(extra)


_UN = ("un", "non-", "non")  # the prefixes that negate a word, as "not" does before it
_NOT_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _negated(text: str, word: Word) -> bool:
    """Whether a word follows a "not" within a word ("not provoked", "not been provoked")."""
    return bool(_NOT_BEFORE.search(text[:word.start]))


PREFIX = 4  # letters a stem must have to match a longer form it begins ("deni", "denial")


def _derived(keys: set[str], found: frozenset[str]) -> bool:
    """Whether a form of the word begins a form of the passage's, or the reverse: "denial"
    and "denies" (stem "deni"), "retaliatory" and "retaliation"."""
    stems = [k for k in keys if len(k) >= PREFIX and k.isalpha()]
    return any(other.startswith(stem) or (len(other) >= PREFIX and stem.startswith(other))
               for stem in stems for other in found if other[:1] == stem[:1] and other.isalpha())


def align(statement: str, passages: list[frozenset[str]], vocabulary: Vocabulary,
          names: list[tuple[int, int, str]] = ()) -> list[Aligned]:
    """Each content word of `statement` with the first passage (by index) it aligns with.
    `names` are (start, end, id) of the names the statement prints: a word inside one aligns
    where a passage prints any spelling of that name."""
    spans = [*vocabulary.phrase_spans(statement), *names]
    out = []
    for word in content_words(statement, vocabulary):
        keys = set(vocabulary.keys(word.text))
        keys |= {key for a, b, key in spans if a <= word.start < b}
        where = next((i for i, found in enumerate(passages) if not keys.isdisjoint(found)), None)
        if where is None and "-" in word.text:  # a compound: each part, in one passage
            parts = [set(vocabulary.keys(part)) for part in word.text.split("-") if part]
            where = next((i for i, found in enumerate(passages)
                          if all(part & found or _derived(part, found) for part in parts)), None)
        elif where is None:
            where = next((i for i, found in enumerate(passages) if _derived(keys, found)), None)
        if where is None and _negated(statement, word):  # "not provoked" for "unprovoked"
            negative = set().union(*(vocabulary.keys(f"{prefix}{word.text}") for prefix in _UN))
            where = next((i for i, found in enumerate(passages) if negative & found), None)
        out.append(Aligned(word, where))
    return out
