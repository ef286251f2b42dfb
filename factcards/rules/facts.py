"""The checkable facts of a free-text note: its numbers, dates, quoted words and proper names.
A note cannot be aligned word by word like a statement, but these it must not invent."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcards.text.dates import dates_in, without_dates
from factcards.text.hints import apart
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise
from factcards.text.words import words

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_CLAUSE_END = re.compile(r"(?<=[.;])\s")
QUOTED = re.compile(r'"([^"]{3,})"')
_ELSEWHERE = frozenset({"other", "others", "elsewhere", "another"})
# A clause that reports what an earlier version said: its facts are the ones corrected.
_EARLIER = re.compile(r"\b(?:earlier|previous(?:ly)?|wrongly|mistakenly|incorrectly|erroneously)\b",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Facts:
    numbers: tuple[float | str, ...]
    dates: tuple[tuple[int | None, int | None], ...]
    quoted: tuple[str, ...]
    names: tuple[str, ...]


def _clauses(text: str, skip_earlier: bool) -> list[str]:
    text = _ISO_DATE.sub(" ", normalise(text))  # the newsroom's own records ("Retrieved on 2024-01-31")
    clauses = _CLAUSE_END.split(text)
    return [c for c in clauses if not (skip_earlier and _EARLIER.search(c))]


def corrected(note: str) -> str:
    """What a correction note states as the corrected fact: its clauses but those that say what
    an earlier version said."""
    return " ".join(_clauses(note, skip_earlier=True))


def facts(text: str, skip_earlier: bool = False) -> Facts:
    """The facts `text` states; with `skip_earlier`, not those of the clauses that say what an
    earlier version said."""
    clauses = _clauses(text, skip_earlier)
    kept = " ".join(clauses)
    quoted = tuple(QUOTED.findall(kept))
    names = []
    for clause in clauses:
        for i, word in enumerate(words(clause)):
            if i and word.text[:1].isupper() and not word.stop:
                names.append(word.text)
    return Facts(_numbers(kept), _dates(kept), quoted, tuple(names))


def _numbers(kept: str) -> tuple[float | str, ...]:
    return tuple(v for n in numbers_in(without_dates(kept), one_is_a_number=True) for v in n.value)


def _dates(kept: str) -> tuple[tuple[int | None, int | None], ...]:
    return tuple((m.month, m.day) for m in dates_in(kept) if m.month is not None)


# The readers themselves, not their memories: a page's pieces are read once each (`_printed`
# remembers the page), and kept would push out the passages the rules read again and again.
_read_dates, _read_numbers, _blanked = dates_in.__wrapped__, numbers_in.__wrapped__, without_dates.__wrapped__



def _by_piece(text: str, read: Callable[[str], tuple]) -> tuple:
    """What `read` finds in each piece of `text` (see `hints.apart`), each distinct piece read
    once: the furniture of a site stands on each of its pages in the archive."""
    done: dict[str, tuple] = {}
    return tuple(found for piece in apart(text)
                 for found in (done[piece] if piece in done else done.setdefault(piece, read(piece))))


class _Printed:
    """What a text prints, each part read only when a note first asks for it: a note without
    numbers or dates never has the whole archive searched for them, and one with them has it
    read in pieces (see `hints.apart`)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def _kept(self) -> str:
        return " ".join(_clauses(self.text, skip_earlier=False))

    @functools.cached_property
    def numbers(self) -> tuple[float | str, ...]:
        return _by_piece(self._kept, lambda piece: tuple(
            v for n in _read_numbers(_blanked(piece), one_is_a_number=True) for v in n.value))

    @functools.cached_property
    def dates(self) -> tuple[tuple[int | None, int | None], ...]:
        return _by_piece(self._kept, lambda piece: tuple(
            (m.month, m.day) for m in _read_dates(piece) if m.month is not None))

    @functools.cached_property
    def norm(self) -> str:
        return normalise(self.text)

    @functools.cached_property
    def forms(self) -> frozenset[str]:
        return frozenset(f for w in words(self.norm) for f in w.forms)


@functools.lru_cache(maxsize=64)
def _printed(text: str) -> _Printed:
    """What a text prints: its numbers and dates, its normalised form and its words' forms;
    remembered, as every note is held against the same archive. A note's quoted words and
    names are looked for in the form and the forms, so the text's own are not read."""
    return _Printed(text)


def missing(found: Facts, text: str) -> list[str]:
    """The facts of `found` that `text` does not print."""
    given = _printed(text)
    out = [f"'{n:g}'" if isinstance(n, float) else f"'{n}'" for n in found.numbers
           if n not in given.numbers]
    out += [f"'{m}/{d}'" for m, d in found.dates if (m, d) not in given.dates]
    out += [f'"{q}"' for q in found.quoted if normalise(q).strip() not in given.norm]
    out += [f"'{name}'" for name in found.names if not words(name)[0].forms & given.forms]
    return out


def of_other_sources(text: str) -> bool:
    """Whether a note (or a clause of one) speaks of other sources ("where other sources give
    ..."), in its own words: a quoted "three others injured" is the page's."""
    return any(w.lower in _ELSEWHERE for w in words(QUOTED.sub(" ", normalise(text))))
