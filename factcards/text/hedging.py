"""Which words a hedge governs, read where a passage stands in its article.

A hedge ("alleged", "it is thought that", "what Fernley claimed were") makes the words after
it in its clause less than a fact. A quote that starts just after the hedge still stands under
it, so a passage is read in its sentence, words before the quote included. A plan or future
form ("would resume", "is set to visit", "the upcoming visit"), a request ("asked the council
to reopen", "demanded the road be closed"), a possibility ("could close", "might spread") and a
thing under way ("repairs are being made") each govern the event they name: a statement that
says the event happened says more than the passage. Only these close links are read: this is no
parser.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from factcards.text.verbatim import BLOCKED
from factcards.text.words import Word, can_be_noun, can_be_verb, lemmas, words

REACH = 4  # content words after a hedge that it covers ("alleged bases of the ... group")
# English's future and plan forms: a modal, or "to" after a word that makes it a plan.
MODALS = frozenset({"will", "would", "shall", "'ll"})
# What may or ought to happen is not what did: "could close", "might spread", "should reopen".
POSSIBLE = frozenset({"could", "might", "may", "should", "must"})
# A request governs the event it asks for, like a plan: "asked the council to reopen the road",
# "demanded the bridge be closed", "called on Fernley to pay". Dictionary forms.
REQUESTS = frozenset({"request", "ask", "urge", "demand", "call", "appeal", "invite", "seek",
                      "want", "order", "instruct", "petition"})
_ASKED = 6  # words between a request and the "to" or "be" of what it asks for
_UNDER_WAY = frozenset({"is", "are", "am"})  # "repairs are being made": not done yet
PLANS_TO = frozenset({"set", "due", "plan", "plans", "planned", "planning", "scheduled",
                      "expected", "intend", "intends", "intended", "is", "are", "was", "were",
                      "am", "going"})
UPCOMING = frozenset({"upcoming", "forthcoming", "planned", "proposed", "scheduled", "expected"})
_SKIPPED = frozenset({"be", "been", "have", "not", "never"})  # "would be undertaken", "will not"
_LONGEST = 2000  # characters a sentence is read back for
_SENTENCE_END = re.compile(r"[.!?;]\s|" + BLOCKED)
# A clause ends at a full stop or semicolon, or at a comma that opens a new predication: a
# participle ("..., hitting the bases") or a conjunction.
_CLAUSE_BREAK = re.compile(r"[.;:!?](?:\s|$)|,\s+(?=(?:and|but|while|whereas|which|who|where|when|"
                           r"although|though|\w+ing)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Hedge:
    """A hedge as its passage prints it, and whether it is a plan or future form (which a
    speaker's name does not make up for: "Fernley announced she visited" is still false), with
    what the passage says of the event instead ("was to happen", "was asked for")."""

    text: str
    modal: bool
    instead: str = "it was to happen"


@functools.lru_cache(maxsize=64)
def _lemmas_of(hedges: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(lemmas(h) for h in hedges if " " not in h))


def is_hedge(word: Word, hedges: tuple[str, ...]) -> bool:
    """Whether a word is one of the hedges in any of its dictionary forms ("claims" for
    "claimed"; stems are not enough: "like" is no "likely")."""
    return bool(lemmas(word.text) & _lemmas_of(hedges))


def is_modal(tokens: tuple[Word, ...], i: int) -> bool:
    """Whether token i is a future, plan or possibility form: "would", "will", "could", the
    "to" of "is set to", "was to", "plans to", "to be done", or "upcoming" before what is
    planned."""
    word = tokens[i].lower
    if word in MODALS or word in POSSIBLE:
        return True
    if word in UPCOMING:
        return i + 1 < len(tokens) and not tokens[i + 1].stop
    if word == "to" and i + 1 < len(tokens) and tokens[i + 1].lower == "be":
        return True  # "the visit to be undertaken": what is still to come
    return word == "to" and i > 0 and tokens[i - 1].lower in PLANS_TO


def keeps_plan(text: str, tokens: tuple[Word, ...], i: int) -> bool:
    """Whether a statement's token i keeps an event unfinished: a plan or possibility form, a
    request of something ("asked ... to"), or "being" of a thing under way."""
    return is_modal(tokens, i) or _asked(text, tokens, i) is not None or tokens[i].lower == "being"


def _verb_after(tokens: tuple[Word, ...], j: int) -> int | None:
    """The first verb from token j on, past "be", "have", "not" and adverbs."""
    while j < len(tokens) and (tokens[j].lower in _SKIPPED or tokens[j].lower.endswith("ly")):
        j += 1
    return j if j < len(tokens) and not tokens[j].stop and can_be_verb(tokens[j].text) else None


def _event(tokens: tuple[Word, ...], i: int) -> int | None:
    """The verb a modal governs ("would [be] undertaken", "is set to visit"), or the word
    after "upcoming" ("upcoming visit")."""
    if tokens[i].lower in UPCOMING:
        return i + 1
    verb = _verb_after(tokens, i + 1)
    if verb is None and i + 1 < len(tokens) and tokens[i + 1].lower in _LIGHT:
        return i + 1  # "the talks Okafor is set to have": what it holds is read by _held
    return verb


def _asked(text: str, tokens: tuple[Word, ...], i: int) -> tuple[int, int] | None:
    """For a request at token i, (its event, the last token of the request): the verb after
    the first "to" or "be" of its clause ("requested their envoys to return", "demand the
    bodies be brought home")."""
    if not lemmas(tokens[i].text) & REQUESTS:
        return None
    for j in range(i + 1, min(i + 1 + _ASKED, len(tokens))):
        if _CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].end):
            return None
        if tokens[j].lower in ("to", "be"):
            event = _verb_after(tokens, j + 1 if tokens[j].lower == "to" else j)
            return (event, j) if event is not None else None
    return None


def _under_way(tokens: tuple[Word, ...], i: int) -> int | None:
    """The participle of a thing under way ("are being made"), for "being" at token i."""
    if tokens[i].lower != "being" or i == 0 or tokens[i - 1].lower not in _UNDER_WAY:
        return None
    return i + 1 if i + 1 < len(tokens) and can_be_verb(tokens[i + 1].text) else None


def _held(text: str, tokens: tuple[Word, ...], i: int, event: int) -> list[int]:
    """What a planned "have" or "hold" holds where the plan follows its object ("the talks
    Okafor is set to have with Whitlow and her meeting with the Mayor"): the noun before the
    plan's subject, and each noun "and" joins to the plan later in its clause."""
    if not lemmas(tokens[event].text) & _LIGHT or (event + 1 < len(tokens) and not tokens[event + 1].stop):
        return []
    k = i - 1
    while k >= 0 and tokens[k].lower in PLANS_TO:
        k -= 1
    while k >= 0 and (tokens[k].text[:1].isupper() or tokens[k].lower in _PRONOUNS):
        k -= 1  # the plan's subject
    if k < 0 or tokens[k].stop or tokens[k].text[:1].isupper() or not can_be_noun(tokens[k].text):
        return []
    held = [k]
    for j in range(event + 1, len(tokens) - 1):
        if _CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].end):
            break
        if tokens[j].lower == "and":
            n = j + 2 if tokens[j + 1].lower in _PRONOUNS | {"the", "a", "an"} else j + 1
            if n < len(tokens) and not tokens[n].stop and can_be_noun(tokens[n].text):
                held.append(n)
    return held


_LIGHT = frozenset({"have", "hold"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "his", "her", "their", "its", "our"})


def governed(text: str, hedges: tuple[str, ...]) -> dict[int, list[Hedge]]:
    """Token index (in `words(text)`) -> the hedges that govern the word: for a hedge, the
    next REACH content words of its clause; for a plan or future form, the event it names."""
    tokens = words(text)
    found: dict[int, list[Hedge]] = {}
    for i, word in enumerate(tokens):
        if is_modal(tokens, i) and (event := _event(tokens, i)) is not None:
            begin = tokens[i - 1].start if word.lower == "to" else word.start
            instead = "it could happen" if word.lower in POSSIBLE else "it was to happen"
            for held in (event, *_held(text, tokens, i, event)):
                found.setdefault(held, []).append(Hedge(text[begin:word.end], True, instead))
        if (asked := _asked(text, tokens, i)) is not None:
            found.setdefault(asked[0], []).append(
                Hedge(text[word.start:tokens[asked[1]].end], True, "it was asked for"))
        if (going := _under_way(tokens, i)) is not None:
            found.setdefault(going, []).append(
                Hedge(text[tokens[i - 1].start:word.end], True, "it was under way"))
        if not is_hedge(word, hedges):
            continue
        reach = 0
        for j in range(i + 1, len(tokens)):
            if reach == REACH or _CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].end):
                break
            if not tokens[j].stop:
                reach += 1
                found.setdefault(j, []).append(Hedge(word.text, False))
    return found


def sentence_span(body: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """[start, end) of the sentence(s) of `body` a quote's pieces (`spans`) stand in."""
    first = max(spans[0][0] - _LONGEST, 0)
    before = [m.end() for m in _SENTENCE_END.finditer(body, first, spans[0][0])]
    after = _SENTENCE_END.search(body, max(spans[-1][1] - 1, 0))
    return (before[-1] if before else first), max(after.start() + 1 if after else len(body),
                                                  spans[-1][1])


def clause_of(text: str, at: int) -> tuple[int, int]:
    """[start, end) of the clause of a statement that holds offset `at`."""
    start, end = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= at:
            start = match.end()
        elif match.start() >= at:
            end = match.start()
            break
    return start, end


def happened(word: Word) -> bool:
    """Whether a verb form says a thing was done ("visited", "met", "undertaken"): a past
    form, whose dictionary form differs from it and is itself a verb."""
    lower = word.lower
    if lower.endswith(("s", "ing")) or not can_be_verb(lower):
        return False
    return any(f != lower and can_be_verb(f) for f in lemmas(lower))
