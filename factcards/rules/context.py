"""What rules look things up in: the card being checked, every card's id, the located source
texts, and who the listed names belong to. Pure data, built once per check."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TypeVar

from factcards.kinds import KINDS, SOURCES
from factcards.kinds.fields import Evidence
from factcards.load.cardfile import CardFile
from factcards.load.settings import Settings
from factcards.load.texts import SourceText
from factcards.load.yamlload import ValuePath
from factcards.text.align import Vocabulary, passage_keys
from factcards.text.memo import SIZE, per_instance
from factcards.text.names import NameIndex
from factcards.text.speakers import markers, speakers
from factcards.text.verbatim import BLOCKED, normalise, pieces
from factcards.text.words import can_be_verb, forms, words

T = TypeVar("T")
_CAPITALISED = re.compile(r"\b(?:The\s)?[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+)*")


_PUNCTUATION = frozenset(",.;:!?)")
_OF = re.compile(r"\bof\s+(?:the\s+)?$")  # "Spokesperson of (the) Foreign Ministry"


def _attributive(after: str) -> bool:
    """Whether the words after a one-word name make it describe ("Fernley residents"): the
    next word is lower-case and no verb, with no punctuation between ("Okafor, the two")."""
    rest = [w for w in words(after[:60]) if not w.stop]
    if after.startswith(("'s", "’s")) or not rest or after.lstrip()[:1] in _PUNCTUATION:
        return False
    first = rest[0].text
    return first[:1].islower() and not can_be_verb(first)


# The kinds whose cards list spellings of a name.
ENTITIES = tuple(kind.name for kind in KINDS.values() if kind.names)


@dataclass(frozen=True)
class Finding:
    """What a rule reports: where in the card, what is wrong, how to fix it. The engine stamps
    the rule's id and level and turns the path into a file position."""

    path: ValuePath
    message: str
    hint: str = ""


@dataclass(frozen=True)
class Statement:
    """A text a card states on the evidence beside it: a claim, a role, an account, a label."""

    path: ValuePath  # of the text itself
    text: str
    evidence: list[Evidence]
    signed_off: tuple[str, ...] = ()  # words a second editor approved as the newsroom's own

    @property
    def prose(self) -> bool:
        """Whether it is a sentence of the newsroom's own (`text`), not a role, account or label."""
        return self.path[-1] == "text"

    @property
    def evidence_path(self) -> ValuePath:
        return (*self.path[:-1], "evidence")


def did_you_mean(value: str, choices: set[str]) -> str:
    import difflib

    close = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else f"no {value!r} card exists; create it first"


@dataclass
class Shared:
    """What every check consults, whichever card it checks: each located source text and its
    publication date, and the spellings entity cards list. Made from a share of the cards, two
    of these merge into the whole (see `project.check_project`)."""

    sources: dict[str, SourceText] = field(default_factory=dict)
    published: dict[str, dt.date | None] = field(default_factory=dict)
    listed: set[str] = field(default_factory=set)  # normalised, from every entity card, valid or not
    names: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, spelling), valid cards
    roles: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, role), valid cards

    def merge(self, other: Shared) -> Shared:
        return Shared({**self.sources, **other.sources}, {**self.published, **other.published},
                      self.listed | other.listed, sorted(self.names + other.names),
                      sorted(self.roles + other.roles))


def listed_spellings(data: dict) -> list[tuple[int, str]]:
    items = data.get("spellings")
    return [(i, v) for i, v in enumerate(items) if isinstance(v, str)] if isinstance(items, list) else []


def shared_facts(files: list[CardFile], sources: dict[str, SourceText]) -> Shared:
    """The facts `files` give every check: their publication dates and listed spellings."""
    published = {cf.stem: None if cf.card.published == "unknown" else cf.card.published.value  # type: ignore[union-attr]
                 for cf in files if cf.kind == SOURCES and cf.card is not None}
    listed = {normalise(s).strip() for cf in files if cf.kind in ENTITIES
              for _, s in listed_spellings(cf.data)}
    names = sorted((cf.kind, cf.stem, normalise(s).strip()) for cf in files
                   if cf.kind in ENTITIES and cf.card is not None
                   for s in cf.card.spellings)  # type: ignore[attr-defined]
    roles = sorted((cf.kind, cf.stem, normalise(r.role)) for cf in files
                   if cf.kind in ENTITIES and cf.card is not None
                   for r in getattr(cf.card, "roles", None) or [])
    return Shared(sources, published, listed, names, roles)


class Lookup:
    """Every question a rule asks of the project besides its own card: which ids exist, where a
    quote stands in which source, whose name a text prints. Built once per check from every
    card's id and the `Shared` facts; answers are remembered, as many cards ask the same."""

    def __init__(self, ids: dict[str, set[str]], shared: Shared,
                 settings: Settings | None = None) -> None:
        self.ids = ids
        self.shared = shared
        self.settings = settings or Settings()
        self.sources = shared.sources
        self.published = shared.published
        self._mentioned: dict[str, frozenset[tuple[str, str]]] = {}
        self._keys: dict[tuple[str, str], frozenset[str]] = {}
        self._held: dict[str, frozenset[tuple[str, str]]] = {}
        self._coreferents: dict[tuple[str, str], frozenset[tuple[str, str]]] = {}
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

    @per_instance
    def parties(self, text: str, statement: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, party) of the parties a normalised text names: names (a name whose
        first word names a party group counts as that party: "Alderbrook Town Council" is
        Alderbrook) and words of party groups ("town")."""
        vocabulary = self.vocabulary
        spans = self.name_spans(text) if statement else [
            (at, at + len(spelling), f"{kind}/{key}") for at, spelling in self.names.find(text)
            for kind, key in self.owners[spelling]]
        found = []
        for a, b, key in spans:
            first = words(text[a:b])
            found.append((a, b, (vocabulary.party(first[0].text) if first else None) or key))
        for word in words(text):
            party = vocabulary.party(word.text)
            if party and not any(a <= word.start < b for a, b, _ in found):
                found.append((word.start, word.end, party))
        return sorted(found)

    @per_instance
    def speaking(self, text: str, statement: bool = True, ev: Evidence | None = None
                 ) -> list[frozenset[str]]:
        """The parties a normalised text says are speaking (each by its party group and its
        card's id). With `ev`, the text is that quote's sentence, and its short names ("The
        Foreign Ministry") count as who they stand for."""
        spans = self.parties(text, statement)
        ids = self.name_spans(text) if statement else [
            (at, at + len(sp), f"{k}/{i}") for at, sp in self.names.find(text) for k, i in self.owners[sp]]
        keyed = [(a, b, frozenset({key} | {i for x, y, i in ids if x == a})) for a, b, key in spans]
        meant = self.coreferents(ev) if ev is not None else frozenset()
        for match in _CAPITALISED.finditer(text) if meant else ():
            phrase = re.sub(r"^(?:The|A|An)\s", "", match.group())
            owners = {f"{k}/{i}" for k, i in meant if any(phrase in s for s, o in self.owners.items()
                                                          if (k, i) in o)}
            if owners and not any(a <= match.start() < b for a, b, _ in keyed):
                keyed.append((match.start(), match.end(), frozenset(owners)))
        return [keys for keys, _ in speakers(text, sorted(keyed), self.attribution)]

    @cached_property
    def hedges(self) -> frozenset[str]:
        """The forms of the words that make a passage less than a plain fact ("alleged")."""
        return frozenset().union(*(forms(w) for w in self.settings.hedges if " " not in w))

    @cached_property
    def attribution(self) -> re.Pattern:
        return markers(self.settings.attribution)

    def _holders(self, phrase: str) -> frozenset[tuple[str, str]]:
        """The entities with a longer spelling that contains `phrase` as whole words."""
        found = self._held.get(phrase)
        if found is None:
            pattern = re.compile(rf"\b{re.escape(phrase)}\b")
            found = self._held[phrase] = frozenset(
                owner for spelling, owners in self.owners.items()
                if spelling != phrase and pattern.search(spelling) for owner in owners)
        return found

    @cached_property
    def entity_parties(self) -> dict[str, frozenset[str]]:
        """"kind/id" -> the party groups its spellings begin with ("Alderbrook Town Council"
        belongs to Alderbrook)."""
        found: dict[str, set[str]] = {}
        for spelling, owners in self.owners.items():
            first = words(spelling)
            party = self.vocabulary.party(first[0].text) if first else None
            for kind, key in owners:
                found.setdefault(f"{kind}/{key}", set()).update({party} if party else set())
        return {key: frozenset(parties) for key, parties in found.items()}

    def widen(self, keys: frozenset[str]) -> frozenset[str]:
        """A speaker's keys with the parties its names, and the entities it speaks for, belong to."""
        keys = keys.union(*(self.affiliations.get(k, frozenset()) for k in keys))
        return keys.union(*(self.entity_parties.get(k, frozenset()) for k in keys))

    @cached_property
    def affiliations(self) -> dict[str, frozenset[str]]:
        """"kind/id" -> the entities its roles name: a parish clerk "of Fernley Parish
        Council" speaks for that council."""
        found: dict[str, set[str]] = {}
        for kind, key, role in self.shared.roles:
            for at, spelling in self.names.find(role):
                if _OF.search(role[:at]) or role[at + len(spelling):].startswith(("'s", "’s")):
                    found.setdefault(f"{kind}/{key}", set()).update(
                        f"{k}/{i}" for k, i in self.owners[spelling] if (k, i) != (kind, key))
        return {key: frozenset(named) for key, named in found.items()}

    @cached_property
    def whole_parties(self) -> frozenset[str]:
        """The entities spelled with a party's own word ("Fernley" for its council): a
        statement crediting one credits the party, whoever speaks for it. A person is never
        one, whose surname may be a people's or a place's name."""
        return frozenset(f"{kind}/{key}" for spelling, owners in self.owners.items()
                         if " " not in spelling and self.vocabulary.party(spelling)
                         for kind, key in owners if KINDS[kind].whole_party)

    def same_speaker(self, stated: frozenset[str], given: frozenset[str]) -> bool:
        """Whether a passage's speaker (`given`) is the one a statement credits (`stated`): the
        same party, and where both are named entities, the same entity or one speaking for the
        other ("Fernley" is any of Fernley's speakers; its mayor is not its parish council)."""
        if not self.widen(stated) & self.widen(given):
            return False
        mine = {k for k in stated if "/" in k} - self.whole_parties
        theirs = {k for k in given if "/" in k}
        if not mine or not theirs:
            return True
        related = set(theirs).union(*(self.affiliations.get(k, frozenset()) for k in theirs))
        return bool(mine & related) or any(self.affiliations.get(k, frozenset()) & theirs for k in mine)

    def party_name(self, party: str) -> str:
        """How a message names a party: its group's first word, or its card's id."""
        if party.startswith("~"):
            return self.vocabulary.groups[int(party[1:])][0]
        return party.split("/", 1)[-1]

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
        before = text.body[:spans[0][0]]  # type: ignore[union-attr]
        found = set()
        for phrase in _CAPITALISED.findall(normalise(ev.quote)):
            phrase = re.sub(r"^(?:The|A|An)\s", "", phrase)
            holders = self._holders(phrase)
            if not holders:
                continue
            last = [(at, owner) for at, spelling in self.names.find(before, every=True)
                    for owner in self.owners[spelling] if owner in holders]
            if last:
                found.add(max(last)[1])
        return frozenset(found)

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

    def around(self, evidence: list[Evidence]) -> set[tuple[str, str]]:
        """Every entity named in the paragraphs the evidence comes from, or meant by a short
        name in a quote."""
        return set().union(*(self.mentioned(self.context(ev)) | self.coreferents(ev)
                             for ev in evidence))

    def context(self, ev: Evidence) -> str:
        """The normalised paragraph a quote comes from, or the quote itself if it is not found."""
        text = self.sources.get(ev.source)
        return (text.paragraph(ev.quote) if text else "") or normalise(ev.quote)


def statements(cf: CardFile) -> list[Statement]:
    """Every statement a valid card makes, where its kind declares them."""
    found = []
    for field_name, key in KINDS[cf.kind].statements:
        for i, item in enumerate(getattr(cf.card, field_name, None) or []):
            signoff = getattr(item, "signoff", None)
            found.append(Statement((field_name, i, key), getattr(item, key), item.evidence,
                                   tuple(signoff.words) if signoff else ()))
    return found


def as_said(cf: CardFile, st: Statement, text: str) -> str:
    """A statement's normalised text as a sentence: a role ("Mayor of Alderbrook, who
    said ...") is said of the card's own subject, so its name is put before it."""
    subject = (getattr(cf.card, "spellings", None) or [""])[0]
    if st.path[0] != "roles" or not subject:
        return text
    return f"{normalise(subject)} {text[:1].lower()}{text[1:]}"


def headline(cf: CardFile) -> list[Statement]:
    """A card's title as a statement resting on every passage its statements quote: a title
    must not swap who did what, or move a word to another party, any more than they may."""
    title = getattr(cf.card, "title", None)
    found = statements(cf)
    if not title or not found:
        return []
    return [Statement(("title",), title, [ev for st in found for ev in st.evidence])]


def figure_values(cf: CardFile) -> list[Statement]:
    """A card's key figures' values ("at least 11", "January 26"), each resting on its figure's
    evidence: its numbers and dates are read like a statement's."""
    return [Statement(("figures", i, "value"), figure.value, figure.evidence)
            for i, figure in enumerate(getattr(cf.card, "figures", None) or [])]
