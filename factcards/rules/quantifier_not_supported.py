"""A statement's (or a title's) "all", "some", "most", "both" or "only" is its passage's, and
counts the same thing: these short words are function words to the word aligner, yet "some
engagements" for "all engagements", "all its ambassadors" for "all high-level engagements", or
"both countries recalled" for one country's recall, says something else."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from factcards.rules.context import CardFile, Finding, Lookup, Statement, headline, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.distributive import (
    OF_PARTIES,
    PARTIES,
    acting_each,
    distributed,
    heads,
    predicate,
    said_of_them,
)
from factcards.text.times import once_backed, repeat_backed, said_times, times_said
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import (
    DETERMINERS,
    QUANTIFIERS,
    Word,
    can_be_adjective,
    can_be_noun,
    words,
)

ID = "quantifier-not-supported"
SCOPE = "valid"
SUMMARY = ("A quantifier in a statement or a card's title ('all', 'every', 'each', 'both', 'some', "
           "'most', 'few', 'only', 'several', 'twice', 'again', and 'once' where it says how many "
           "times) "
           "stands in one of its quoted passages, as itself or as a word the "
           "project's settings make equivalent (`equivalents`: 'every' for 'all'), and counts the "
           "same thing there: how many of a thing, or that it is the only one, is what the passage "
           "says. The words between a passage's quantifier and its noun are kept ('all high-level "
           "engagements' is not 'all engagements'), other than one of the alternatives joined by "
           "'and' or 'or'. 'Each side denies' over the newsroom's own word for the parties stands "
           "where the passages have two parties deny, or say 'each side' (or 'both') denies: "
           "'both councils voted' is no 'both councils recalled'. Like a number, a quantifier is "
           "never signed off.")
FIX = "Use the passage's own quantifier on the passage's own words, or leave it out."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Alderbrook Town Council voted to close all its bridges."))

# Each quantifier with the words a passage may say it with.
# The quantifiers that count the noun phrase after them ("only" can bear on any word). Which
# a passage may say for which is the project's reviewed table of equivalents, not the code's.
_COUNTING = frozenset({"all", "every", "each", "some", "most", "few"})
# Words between a quantifier and its phrase that change nothing it counts ("all of its").
# What may stand between a quantifier and what it counts ("all of the", "both their"); an
# article "a" starts a phrase of its own ("only a few").
_BETWEEN = (DETERMINERS - {"a", "an"}) | {"of"}
_BOTH, _TWO = "both", frozenset({"two", "2"})
# How many times, and the words a passage counts as many things with.
_TIMES = {"twice": _TWO | {_BOTH}, "thrice": frozenset({"three", "3"})}


def _reciprocal(tokens: tuple[Word, ...], i: int) -> bool:
    """ "each other", "one another": a pronoun, not a quantifier."""
    return i + 1 < len(tokens) and tokens[i + 1].lower.removesuffix("'s") == "other"


def _modifier(word: Word) -> bool:
    """Whether a word can stand before a noun in a noun phrase ("trade", "high-level")."""
    return can_be_noun(word.text) or can_be_adjective(word.text) or "-" in word.text


def counted(text: str, tokens: tuple[Word, ...], i: int) -> list[tuple[Word, bool]]:
    """The words of the noun phrase the quantifier at `i` counts, up to its noun, each with
    whether it is one of alternatives joined by "and" or "or" ("diplomatic and trade")."""
    j = i + 1
    while j < len(tokens) and tokens[j].lower in _BETWEEN:
        j += 1
    found: list[tuple[Word, bool]] = []
    joined = False
    while j < len(tokens) and not tokens[j].stop and not text[tokens[j - 1].end:tokens[j].start].strip():
        word = tokens[j]
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        conj = nxt is not None and nxt.lower in ("and", "or")
        found.append((word, joined or conj))
        joined = False
        if conj and not can_be_noun(word.text):  # "diplomatic and trade": on to the noun
            joined, j = True, j + 2
            continue
        if nxt is None or not _modifier(nxt) or (can_be_noun(word.text) and not can_be_noun(nxt.text)):
            break
        j += 1
    return found


def _phrases(text: str, group: set[str]) -> list[list[tuple[Word, bool]]]:
    tokens = words(text)
    return [counted(text, tokens, i) for i, w in enumerate(tokens)
            if w.lower in group and not _reciprocal(tokens, i)]


def _keeps(mine: list[tuple[Word, bool]], theirs: list[tuple[Word, bool]], vocab: Vocabulary) -> bool:
    """Whether a statement's counted phrase keeps every word of the passage's that restricts
    what is counted (one of two alternatives may go: "all trade engagements")."""
    have = set().union(*(vocab.keys(w.text) for w, _ in mine))
    return all(vocab.keys(w.text) & have for w, alternative in theirs if not alternative)


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in [*statements(cf), *headline(cf)]:  # a title counts no more than its passages
        found = problem(st, look.vocabulary, lambda text: look.parties(text, statement=False))
        if found is not None:
            yield Finding(st.path, *found)


def problem(st: Statement, vocab: Vocabulary, parties: Callable | None = None) -> tuple[str, str] | None:
    """What is wrong with the statement's first unsupported quantifier, and how to fix it."""
    text = normalise(st.text)
    tokens = words(text)
    quotes = [normalise(ev.quote) for ev in st.evidence]
    theirs = {w.lower for quote in quotes for w in words(quote)}
    for i, word in enumerate(tokens):
        if word.lower == "again":
            if not repeat_backed(quotes):
                return ("says 'again', but none of its quoted passages tells of an earlier time",
                        "quote the passage that tells of the repeat, or leave 'again' out")
            continue
        if word.lower == "once":
            if times_said(text, tokens, i) and not once_backed(text, tokens, i, quotes):
                return (f"says '{said_times(tokens, i)}', which none of its quoted passages "
                        "says of what it counts", "give the passage's own count, or leave it out")
            continue
        if word.lower not in QUANTIFIERS or _reciprocal(tokens, i) or _of_sources(tokens, i, vocab):
            continue
        same = {other for other in theirs if vocab.equivalent(word.lower, other)}
        said = predicate(tokens, i, vocab.is_free) or acting_each(tokens, i)  # "each side denies"
        summed = parties is not None and said is not None and (
            distributed(said.text, quotes, vocab.keys, parties)
            or (st.path == ("title",) and _parties_named(quotes, parties)))
        if not same:
            if summed or (word.lower == _BOTH and _two(counted(text, tokens, i), quotes, vocab)) \
                    or (word.lower in _TIMES and _as_many(tokens, i, quotes, vocab)):
                continue
            return (f"says '{word.text}', which none of its quoted passages says",
                    "use the passage's own quantifier, or leave it out")
        act = predicate(tokens, i, vocab.is_free, OF_PARTIES) if heads(text, tokens, i) else None
        if act is not None and not summed and not said_of_them(act, word, quotes, vocab):
            return (f"says '{word.text} … {act.text}', but its passages say '{word.text}' of "
                    "another act", "keep the passage's quantifier with what it says they did, or "
                    "leave it out")
        phrase = counted(text, tokens, i) if word.lower in _COUNTING else []
        options = [p for quote in quotes for p in _phrases(quote, same & _COUNTING)]
        if phrase and options and not summed and not any(_keeps(phrase, p, vocab) for p in options):
            said = " ".join(w.text for w, _ in phrase)
            return (f"says '{word.text} … {said}', but its passages give '{word.text}' to "
                    f"other words ('{_shown(options)}')",
                    "keep the passage's quantifier with the words it counts, or leave it out")
    return None


def _of_sources(tokens: tuple[Word, ...], i: int, vocab: Vocabulary) -> bool:
    """ "Only one source says": the newsroom counting its own sources, not the passages' count."""
    return tokens[i].lower == "only" and i + 2 < len(tokens) and tokens[i + 1].lower == "one" \
        and vocab.is_free(tokens[i + 2])


def _two(phrase: list[tuple[Word, bool]], quotes: list[str], vocab: Vocabulary) -> bool:
    """Whether a passage says "two" of the phrase "both" counts: "both neighbours" is "the two
    neighbours", no more and no fewer."""
    if not phrase:
        return False
    for quote in quotes:
        tokens = words(quote)
        for i, w in enumerate(tokens):
            if w.lower in _TWO and _keeps(phrase, counted(quote, tokens, i), vocab) \
                    and _keeps(counted(quote, tokens, i), phrase, vocab):
                return True
    return False


def _as_many(tokens: tuple[Word, ...], i: int, quotes: list[str], vocab: Vocabulary) -> bool:
    """Whether a passage counts as many of the act "twice" repeats: "struck twice" for "both
    airstrikes" or "two strikes" (the act's word, or one the settings make equivalent)."""
    act = vocab.keys(tokens[i - 1].text) if i else frozenset()
    wanted = _TIMES[tokens[i].lower]
    for quote in quotes:
        theirs = words(quote)
        for j, w in enumerate(theirs[:-1]):
            if w.lower in wanted and any(vocab.keys(t.text) & act for t in theirs[j + 1:j + 3]):
                return True
    return False


def _parties_named(quotes: list[str], parties: Callable) -> bool:
    """Whether the passages name two parties or more: a title's "each side" ("What each side
    says it hit", "Each side's toll") labels a card about them, whose statements give each
    party its own part, and says no more of either."""
    return len({party for quote in quotes for *_, party in parties(quote)}) >= PARTIES


def _shown(options: list[list[tuple[Word, bool]]]) -> str:
    return "', '".join(" ".join(w.text for w, _ in p) for p in options if p)
