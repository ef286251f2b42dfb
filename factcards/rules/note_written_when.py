"""A note that says when its page was written against a happening ("Written before the
closure") agrees with how the page tells that happening: a page written after it tells it as
done somewhere, one written before it tells it only as to come."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE
from factcards.text.hedging import governed, happened
from factcards.text.verbatim import normalise
from factcards.text.words import SENTENCE_BREAK, words

ID = "note-written-when"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("A source card's note that says its page was written before or after a happening "
           "('Written before the closure') agrees with the page: a page written after it tells "
           "it as done somewhere ('closed'), not only as to come ('would close', 'is due to "
           "close', 'the upcoming closure'); one written before it does not tell it as done "
           "without also telling it as to come.")
FIX = "Say what the page says: a page that tells a thing only as to come was written before it."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE + 'notes:\n  - "Written before the closure: it reports the vote."\n',
            GOOD_SOURCE + 'notes:\n  - "Written after the closure: it reports the vote."\n')
_WRITTEN = re.compile(r"\bwritten\s+(before|after)\s+(?:the\s+|its\s+|their\s+)?([\w-]+)", re.IGNORECASE)


def told(page: str, thing: str, look: Lookup) -> tuple[list[str], list[str]]:
    """Where the page tells a happening (any form of `thing`) as to come, and where as done,
    each with the words before it."""
    keys = look.vocabulary.keys(thing)
    hedges = tuple(look.settings.hedges)
    coming, done = [], []
    for sentence in SENTENCE_BREAK.split(page):
        tokens = words(sentence)
        mine = [i for i, w in enumerate(tokens) if look.vocabulary.keys(w.text) & keys]
        if not mine:
            continue
        held = governed(sentence, hedges)
        for i in mine:
            word = tokens[i]
            shown = sentence[tokens[max(0, i - 3)].start:word.end]
            if any(h.modal for h in held.get(i, ())) or any(w.lower in _COMING
                                                            for w in tokens[max(0, i - 2):i]):
                coming.append(shown)
            elif happened(word):
                done.append(shown)
    return coming, done


_COMING = frozenset({"upcoming", "forthcoming", "planned", "proposed", "expected", "scheduled",
                     "next", "future"})


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    own = look.sources.get(cf.stem)
    if own is None:
        return
    for i, note in enumerate(cf.card.notes):  # type: ignore[union-attr]
        m = _WRITTEN.search(normalise(note))
        if not m:
            continue
        when, thing = m.group(1).lower(), m.group(2)
        page = own.body.replace("\x00", ". ")  # paragraphs end sentences
        coming, done = look.remember((ID, cf.stem, thing), lambda p=page, t=thing: told(p, t, look))
        if when == "after" and coming and not done:
            yield Finding(("notes", i), f"the note says the page was written after the {thing}, "
                          f"but the page tells it only as to come ('{coming[0]}')",
                          "say the page was written before it, as the page tells it")
        elif when == "before" and done and not coming:
            yield Finding(("notes", i), f"the note says the page was written before the {thing}, "
                          f"but the page tells it as done ('{done[0]}')",
                          "say the page was written after it, as the page tells it")
