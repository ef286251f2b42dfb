"""Cross-checks between cards and the archive: ids, references, quotes and spellings.

Pure: takes validated cards and seed texts, returns the located source texts and problems.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
from dataclasses import dataclass, field
from functools import cached_property

from factcards.load.models import EntityCard, SourceCard, Strict
from factcards.load.texts import SourceText, body_of
from factcards.load.yamlload import Loaded, ValuePath
from factcards.problems import Problem, dotted
from factcards.rules.diagnose import closest_passage
from factcards.text.names import NameIndex
from factcards.text.verbatim import BLOCKED, normalise, pieces

# Which card kinds each list of ids may name, per card kind.
REFERENCES: dict[str, dict[str, tuple[str, ...]]] = {
    "events": {"people": ("people",), "organizations": ("organizations",)},
    "background": {"people": ("people",), "organizations": ("organizations",)},
    "disagreements": {"events": ("events",)},
}
# Who may be credited with a key figure.
REPORTERS = ("people", "organizations", "sources")
# The kinds whose cards list spellings of a name.
ENTITIES = ("people", "organizations")


@dataclass(frozen=True)
class CardFile:
    """A loaded card, with where it came from; `card` is None when it failed the schema."""

    kind: str
    path: str
    stem: str
    loaded: Loaded
    card: Strict | None

    def problem(self, path: ValuePath, rule: str, message: str, hint: str = "") -> Problem:
        line, col = self.loaded.position(path)
        return Problem(self.path, line, col, rule, message, dotted(path), hint)


@dataclass
class Context:
    """Everything a cross-check may look up: card ids per kind (valid or not) and source texts."""

    ids: dict[str, set[str]]
    sources: dict[str, SourceText]

    spellings: set[str] = field(default_factory=set)

    @cached_property
    def complete(self) -> bool:
        """Whether every source card's text could be located (else absence proves nothing)."""
        return self.ids.get("sources", set()) <= set(self.sources)

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

    @cached_property
    def spelled(self) -> set[str]:
        """Every listed spelling that some article body prints, found in one pass per body."""
        index = NameIndex(self.spellings)
        return {spelling for text in self.sources.values()
                for _, spelling in index.find(text.body, every=True)}


def _did_you_mean(value: str, choices: set[str]) -> str:
    close = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else f"no {value!r} card exists; create it first"


def _reference(cf: CardFile, path: ValuePath, kinds: tuple[str, ...], value: str, ctx: Context
               ) -> list[Problem]:
    if any(value in ctx.ids.get(kind, ()) for kind in kinds):
        return []
    known = set().union(*(ctx.ids.get(kind, set()) for kind in kinds))
    return [cf.problem(path, "unknown-reference",
                       f"there is no {' or '.join(kinds)} card with id '{value}'",
                       _did_you_mean(value, known))]


def _evidence(cf: CardFile, path: ValuePath, ev: dict, ctx: Context) -> list[Problem]:
    source, quote = ev["source"], ev["quote"]
    refs = _reference(cf, (*path, "source"), ("sources",), source, ctx)
    if refs or source not in ctx.sources:
        return refs
    cited = ctx.sources[source]
    if cited.locate(quote) is not None:
        return []
    where = (*path, "quote")
    elsewhere = [sid for sid in ctx.candidates(quote)
                 if sid != source and ctx.sources[sid].locate(quote) is not None]
    if elsewhere:
        return [cf.problem(where, "quote-wrong-source",
                           f"the quote is not in source '{source}'; it is in "
                           + ", ".join(f"'{s}'" for s in elsewhere),
                           f"change source to '{elsewhere[0]}'")]
    if cited.in_furniture(quote):
        return [cf.problem(where, "quote-in-furniture",
                           f"the quote is page furniture of source '{source}', outside its "
                           "article body, and cannot be cited",
                           "cite the article text itself")]
    return [cf.problem(where, "quote-not-found",
                       f"the quote is not verbatim in source '{source}'",
                       closest_passage(cited, quote))]


def _spelling(cf: CardFile, index: int, spelling: str, ctx: Context) -> list[Problem]:
    wanted = normalise(spelling).strip()
    if not wanted or not ctx.complete or wanted in ctx.spelled:  # blank: the schema reports it
        return []
    return [cf.problem(("spellings", index), "spelling-not-found",
                       f"no source's article body spells the name '{spelling}'",
                       "list only spellings the sources use, exactly as printed")]


def _texts(data: dict, key: str) -> list[tuple[int, str]]:
    items = data.get(key)
    return [(i, v) for i, v in enumerate(items) if isinstance(v, str)] if isinstance(items, list) else []


def _evidence_items(data: dict) -> list[tuple[ValuePath, dict]]:
    """Every well-formed evidence mapping in a card, read from the raw data so that a card with
    a schema error elsewhere still has its quotes checked."""
    found = []
    for key in ("claims", "roles", "accounts", "summary", "figures"):
        for i, item in enumerate(data.get(key) or []):
            evidence = item.get("evidence") if isinstance(item, dict) else None
            for j, ev in enumerate(evidence if isinstance(evidence, list) else []):
                if isinstance(ev, dict) and all(isinstance(ev.get(k), str) and ev[k].strip()
                                                for k in ("source", "quote")):
                    found.append(((key, i, "evidence", j), ev))
    return found


def check_card(cf: CardFile, ctx: Context) -> list[Problem]:
    """Every cross-check for one card, valid or not: what is well-formed is checked."""
    data = cf.loaded.data if isinstance(cf.loaded.data, dict) else {}
    problems: list[Problem] = []
    card_id = data.get("id")
    if isinstance(card_id, str) and card_id != cf.stem:
        problems.append(cf.problem(("id",), "id-mismatch",
                                   f"id '{card_id}' does not match the file name '{cf.stem}.yaml'",
                                   f"set id to '{cf.stem}', or rename the file"))
    if cf.kind in ("people", "organizations"):
        for i, spelling in _texts(data, "spellings"):
            problems += _spelling(cf, i, spelling, ctx)
    for key, kinds in REFERENCES.get(cf.kind, {}).items():
        for i, ref in _texts(data, key):
            problems += _reference(cf, (key, i), kinds, ref, ctx)
    for i, figure in enumerate(data.get("figures") or [] if cf.kind == "overview" else []):
        if isinstance(figure, dict) and isinstance(figure.get("reported_by"), str):
            problems += _reference(cf, ("figures", i, "reported_by"), REPORTERS,
                                   figure["reported_by"], ctx)
    for path, ev in _evidence_items(data):
        problems += _evidence(cf, path, ev, ctx)
    return problems


def locate_sources(files: list[CardFile], seeds: dict[str, str]
                   ) -> tuple[dict[str, SourceText], list[Problem]]:
    """Find each source card's seed and article body."""
    sources: dict[str, SourceText] = {}
    problems: list[Problem] = []
    for cf in files:
        card = cf.card
        if not isinstance(card, SourceCard):
            continue
        if card.seed not in seeds:
            problems.append(cf.problem(("seed",), "seed-not-found",
                                       f"there is no archived text seeds/{card.seed}",
                                       _did_you_mean(card.seed, set(seeds))))
            continue
        text, findings = body_of(card, seeds[card.seed])
        problems += [cf.problem(path, rule, msg, hint) for rule, path, msg, hint in findings]
        if text is not None:
            sources[cf.stem] = text
    return sources, problems


@dataclass
class Shared:
    """What every check consults, whichever card it checks: each located source text and its
    publication date, and the spellings people and organisation cards list. Made from a share of
    the cards, two of these merge into the whole (see `project.check_project`)."""

    sources: dict[str, SourceText] = field(default_factory=dict)
    published: dict[str, dt.date | None] = field(default_factory=dict)
    listed: set[str] = field(default_factory=set)  # normalised, from every entity card, valid or not
    names: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, id, spelling), valid cards

    @classmethod
    def of(cls, files: list[CardFile], seeds: dict[str, str]) -> tuple[Shared, list[Problem]]:
        """From the cards among `files` that others consult; problems locating source texts."""
        sources, problems = locate_sources(files, seeds)
        published = {cf.stem: None if cf.card.published == "unknown" else cf.card.published.value
                     for cf in files if isinstance(cf.card, SourceCard)}
        listed = {normalise(s).strip() for cf in files if cf.kind in ENTITIES
                  for _, s in _texts(cf.loaded.data if isinstance(cf.loaded.data, dict) else {},
                                     "spellings")}
        names = sorted((cf.kind, cf.stem, normalise(s).strip()) for cf in files
                       if isinstance(cf.card, EntityCard) for s in cf.card.spellings)
        return cls(sources, published, listed, names), problems

    def merge(self, other: Shared) -> Shared:
        return Shared({**self.sources, **other.sources}, {**self.published, **other.published},
                      self.listed | other.listed, sorted(self.names + other.names))


def cross_check(files: list[CardFile], ids: dict[str, set[str]], seeds: dict[str, str],
                shared: Shared | None = None) -> tuple[Shared, list[Problem]]:
    """Run every cross-check on `files`; `ids` holds the stems of all card files, valid or not.
    `shared` is made from `files` unless given (when `files` is only a share of the project)."""
    problems: list[Problem] = []
    if shared is None:
        shared, problems = Shared.of(files, seeds)
    ctx = Context(ids, shared.sources, shared.listed)
    for cf in files:
        problems += check_card(cf, ctx)
    return shared, problems
