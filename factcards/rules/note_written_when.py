"""A note that says when its page was written against a happening ("Written before the
closure") agrees with how the page tells that happening: a page written after it tells it as
done somewhere, one written before it tells it only as to come."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE
from factcards.text.hedging import PLANS_TO, REQUESTS, UPCOMING, governed, happened, is_hedge
from factcards.text.verbatim import normalise
from factcards.text.words import SENTENCE_BREAK, Word, can_be_noun, forms, words

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
                      r"(?:(to\s+come|(?:still|yet)\s+(?:to\s+come|planned)|upcoming|future)|"
                      r"((?:already\s+)?done|having\s+happened|past))\b", re.IGNORECASE)
_PHRASE_END = re.compile(r"\s(?:between|of|by|with|in|on|at|to|from|for|while|as|it|which)\s",
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
            elif happened(word) or any(happened(w) and not held.get(k) and not _about(w, look)
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
# Verbs that speak of a happening without its having happened ("discussed the return").
_ABOUT = frozenset().union(*(forms(w) for w in ("discuss", "consider", "mention", "await", "debate")))


def _about(word: Word, look: Lookup) -> bool:
    """Whether a past verb tells of a happening without telling it done: a report, a plan, a
    request, a hedge, or talk about it."""
    return bool(look.vocabulary.speech(word.text) or word.forms & _ABOUT
                or word.forms & (REQUESTS | PLANS_TO) or is_hedge(word, tuple(look.settings.hedges)))
_COMING = UPCOMING | {"next", "future"}


def claims(note: str) -> list[tuple[str, str]]:
    """("before" or "after", the words of the happening) for each happening a note puts its
    page before or after: "Written after the vote and before the closure" is two."""
    found = []
    for m in _WRITTEN.finditer(note):
        when = m.group(1).lower()
        for part in filter(None, _JOINED.split(m.group(2))):
            if part.lower() in ("before", "after"):
                when = part.lower()
            elif part.strip():
                found.append((when, part))
    found += [("before" if m.group(2) else "after", m.group(1)) for m in _AS_TOLD.finditer(note)]
    return found


_JOINED = re.compile(r"\s+(?:and|but)\s+(?:(before|after)\s+(?:the\s+|its\s+|their\s+)?)?", re.IGNORECASE)


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    own = look.sources.get(cf.stem)
    if own is None:
        return
    page = own.body.replace("\x00", ". ")  # paragraphs end sentences
    for i, note in enumerate(cf.card.notes):  # type: ignore[union-attr]
        for when, phrase in claims(normalise(note)):
            found = _finding(i, when, phrase, page, cf.stem, look)
            if found is not None:
                yield found
                break


def _finding(i: int, when: str, phrase: str, page: str, stem: str, look: Lookup) -> Finding | None:
    things = tuple(happening(phrase, look))
    if not things:
        return None
    thing = " ".join(things)
    coming, done = look.remember((ID, stem, things), lambda: told(page, things, look))
    if when == "after" and coming and not done:
        return Finding(("notes", i), f"the note says the page was written after '{thing}', but "
                       f"the page tells it only as to come ('{coming[0]}')",
                       "say the page was written before it, as the page tells it")
    if when == "before" and done and not coming:
        return Finding(("notes", i), f"the note says the page was written before '{thing}', but "
                       f"the page tells it as done ('{done[0]}')",
                       "say the page was written after it, as the page tells it")
    return None
