"""A source note that says how often its page prints something ("spells the name 'Fernly'
once", "names Fernley three times") counts right: the page is the one place that can say, and a
miscounted spelling or name is a false statement about the source that no passage is quoted
for."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE
from factcards.rules.facts import QUOTED, of_other_sources
from factcards.text.numbers import numbers_in
from factcards.text.times import times_said
from factcards.text.verbatim import normalise
from factcards.text.words import Word, words

ID = "note-count-not-supported"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("A source note that says how many times its page prints a quoted word or a name "
           "('spells it \"Fernly\" once', 'names Fernley three times') gives the count of the "
           "page's archived text, whole or within the article body. A note that speaks of other "
           "sources, or counts a thing it neither quotes nor names, is not counted.")
FIX = "Count again on the archived page, or leave the count out."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE + 'notes:\n  - "Names Fernley three times."\n',
            GOOD_SOURCE + 'notes:\n  - "Names Fernley twice."\n')
_CLAUSE = re.compile(r"[;:()]|(?<=[.!?])\s")
_SAID = {"twice": 2, "thrice": 3}


def _count(clause: str, tokens: tuple[Word, ...]) -> int | None:
    """How many times the clause says its thing is printed, if it says."""
    for i, word in enumerate(tokens):
        if word.lower in _SAID:
            return _SAID[word.lower]
        if word.lower == "once" and times_said(clause, tokens, i) \
                and not (i >= 2 and tokens[i - 1].lower == "than"):
            return 1
    return next((int(n.value[0]) for n in numbers_in(clause)
                 if n.counts[:1] == ("times",) and len(n.value) == 1 and n.value[0] >= 1), None)


def _thing(clause: str, tokens: tuple[Word, ...]) -> str | None:
    """What the clause counts: its quoted words, else the name it gives (capitalised words
    other than the clause's first)."""
    quoted = QUOTED.findall(clause)
    if quoted:
        return quoted[0]
    run: list[Word] = []
    for word in tokens[1:]:
        if word.text[:1].isupper():
            run.append(word)
        elif run:
            break
    return clause[run[0].start:run[-1].end] if run else None


def _times(n: int) -> str:
    return {0: "nowhere", 1: "once", 2: "twice"}.get(n, f"{n} times")


def _printed(thing: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(thing)}(?!\w)", text))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    own = look.sources.get(cf.stem)
    if own is None:
        return
    for i, note in enumerate(cf.card.notes):  # type: ignore[union-attr]
        for clause in _CLAUSE.split(normalise(note)):
            tokens = words(clause)
            if of_other_sources(clause):
                continue
            count, thing = _count(clause, tokens), _thing(clause, tokens)
            if count is None or thing is None:
                continue
            seen = {_printed(thing, own.norm.text), _printed(thing, own.body)}
            if count not in seen:
                yield Finding(("notes", i), f"the note says the page prints '{thing}' "
                              f"{_times(count)}, but the archived page prints it {_times(max(seen))}",
                              "count again on the archived page, or leave the count out")
                break
