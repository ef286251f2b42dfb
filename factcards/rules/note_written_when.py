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
from factcards.text.words import SENTENCE_BREAK, Word, can_be_noun, words

ID = "note-written-when"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("A source card's note that says its page was written (or published) before or after a "
           "happening ('Written before the closure', 'Published after the councils met'), or "
           "that it reports a happening as still to come or as done, agrees with the page: a page "
           "written after it tells it as done somewhere ('closed', 'talked over the phone'), not "
           "only as to come ('would close', 'is due to close', 'the upcoming closure', 'asked to "
           "reopen'); one written before it does not tell it as done without also telling it as "
           "to come. The happening is the note's verb ('after the council voted') or its nouns "
           "('before the phone call').")
FIX = "Say what the page says: a page that tells a thing only as to come was written before it."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE + 'notes:\n  - "Written before the closure: it reports the vote."\n',
            GOOD_SOURCE + 'notes:\n  - "Written after the closure: it reports the vote."\n')
_WRITTEN = re.compile(r"\b(?:written|published|filed)\s+(before|after)\s+(?:the\s+|its\s+|their\s+)?"
                      r"([^,.;:()]+)", re.IGNORECASE)
# "Reports the vote as still to come": written before it; "... as done": after it.
_AS_TOLD = re.compile(r"\breports?\s+(?:the\s+|its\s+|their\s+)?([^,.;:()]+?)\s+as\s+"
                      r"(?:(?:still|yet|already)\s+)?(?:(to\s+come|planned|upcoming|future)|"
                      r"(done|having\s+happened|past))\b", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s(?:between|of|by|with|in|on|at|to|from|for|and|but|while|as|it|which)\s",
                         re.IGNORECASE)


def happening(phrase: str, look: Lookup) -> list[str]:
    """The words a note's "written after ..." names its happening by: a verb told as done
    ("the envoys returned"), or else the phrase's nouns ("the phone call"), before the
    first word that starts another phrase ("between the ministers")."""
    phrase = _PHRASE_END.split(f" {phrase} ", maxsplit=1)[0]
    content = [w for w in words(phrase) if not w.stop and not look.vocabulary.party(w.text)]
    done = [w.text for w in content if happened(w)]
    return done or [w.text for w in content if can_be_noun(w.text)]


def told(page: str, things: tuple[str, ...], look: Lookup) -> tuple[list[str], list[str]]:
    """Where the page tells a happening (any form of one of `things`) as to come, and where as
    done (a past form of it, or a past verb in its clause), each with the words before it."""
    v = look.vocabulary
    keys = frozenset().union(*(v.keys(t) for t in things))
    hedges = tuple(look.settings.hedges)
    coming, done = [], []
    for sentence in SENTENCE_BREAK.split(page):
        tokens = words(sentence)
        mine = [i for i, w in enumerate(tokens) if v.keys(w.text) & keys]
        if not mine:
            continue
        held = governed(sentence, hedges)
        for i in mine:
            word = tokens[i]
            shown = sentence[tokens[max(0, i - 3)].start:word.end]
            if any(h.modal for h in held.get(i, ())) or any(w.lower in _COMING
                                                            for w in tokens[max(0, i - 2):i]):
                coming.append(shown)
            elif happened(word) or any(happened(w) and not held.get(k) and not v.speech(w.text)
                                       for k, w in _before(sentence, tokens, i)):
                done.append(shown)
    return coming, done


def _before(sentence: str, tokens: tuple[Word, ...], i: int) -> list[tuple[int, Word]]:
    """The words a few places before word `i` with no comma between: where the verb it is
    the object of stands ("talked ... over the phone"), not another clause's ("extended by
    Okafor, a visit")."""
    found: list[tuple[int, Word]] = []
    if i and tokens[i - 1].lower == "to":  # "voted to close": what was decided, not done
        return found
    for k in range(i - 1, max(-1, i - _REACH - 1), -1):
        if re.search(r"[,;:]", sentence[tokens[k].end:tokens[k + 1].start]):
            break
        found.append((k, tokens[k]))
    return found


_REACH = 6
_COMING = frozenset({"upcoming", "forthcoming", "planned", "proposed", "expected", "scheduled",
                     "next", "future"})


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    own = look.sources.get(cf.stem)
    if own is None:
        return
    for i, note in enumerate(cf.card.notes):  # type: ignore[union-attr]
        m, told_as = _WRITTEN.search(normalise(note)), _AS_TOLD.search(normalise(note))
        if m:
            when, phrase = m.group(1).lower(), m.group(2)
        elif told_as:
            when, phrase = "before" if told_as.group(2) else "after", told_as.group(1)
        else:
            continue
        things = tuple(happening(phrase, look))
        if not things:
            continue
        thing = " ".join(things)
        page = own.body.replace("\x00", ". ")  # paragraphs end sentences
        coming, done = look.remember((ID, cf.stem, things), lambda p=page, t=things: told(p, t, look))
        if when == "after" and coming and not done:
            yield Finding(("notes", i), f"the note says the page was written after '{thing}', "
                          f"but the page tells it only as to come ('{coming[0]}')",
                          "say the page was written before it, as the page tells it")
        elif when == "before" and done and not coming:
            yield Finding(("notes", i), f"the note says the page was written before '{thing}', "
                          f"but the page tells it as done ('{done[0]}')",
                          "say the page was written after it, as the page tells it")
