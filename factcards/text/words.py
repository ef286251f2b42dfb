"""Words as the support rules compare them: each word of a text with its place, and the forms it
matches: itself, its Snowball stem and its dictionary forms (lemminflect's lemma table, so
"struck" meets "strike" and "casualties" meets "casualty"). Function words come from the Snowball
project's English stop list; negations are kept apart, as they carry the meaning. The stemmer
is PyStemmer's C build of Snowball where it is installed (snowballstemmer picks it).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import snowballstemmer
import stopwords

from factcards.text.wordtable import PREFIX, Table, table

# A word: letters and digits, with inner apostrophes and hyphens ("well-known", "don't").
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Words that negate what follows them; a denial negates what it denies ("denied the visit").
NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "without", "none", "nobody",
                       "nothing", "cannot", "deny", "denies", "denied", "denying", "denial", "hardly",
                       "scarcely", "reject", "rejects", "rejected", "rejecting", "rejection"})
# The words that stand before a noun to say which one or whose ("the", "its", "these"): a word
# after one is a noun, whatever else the dictionary knows it as ("its strike", "the support").
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that",
                         "these", "those"})
# Words that say how many of a thing: read by the quantifier rule, never aligned or signed off
# ("every" is no stop word, "all" is). "twice" and "several" count too: "struck twice" for a
# passage's one strike says something else.
# Where one sentence ends and the next begins: after ".", "!" or "?" and a space.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
QUANTIFIERS = frozenset({"all", "every", "each", "both", "some", "most", "few", "only", "several",
                         "numerous", "multiple", "twice", "thrice", "repeatedly"})
_STEMMER = snowballstemmer.stemmer("english")
# The stop-word list, and "whose", a relative pronoun it lacks (a closed class, not vocabulary).
_STOP = frozenset(word.replace("’", "'") for word in [*stopwords.get_stopwords("english"), "whose"]) \
    - NEGATIONS


@functools.cache
def _table() -> Table:
    """lemminflect's word forms, sorted for a binary search: the rules look up about a thousand
    words, so each is found when asked for rather than the table read into a dict."""
    return table()


def proper(word: str) -> bool:
    """Whether the word is a name or made from one whatever its place in a sentence: the
    dictionary knows it only capitalised ("Chinese", "French")."""
    return word.lower().replace("’", "'").removesuffix("'s") in _table().proper


@functools.lru_cache(maxsize=1 << 16)
def _entry(word: str) -> tuple[str, str]:
    """(lemmas joined by "/", tags joined by " ") of a lower-case word form; empty if unknown."""
    if "\n" in word or "\t" in word:  # in no form; nor may a search run across two rows
        return "", ""
    rows = _table().rows.get(word[:PREFIX], "")
    form = f"\n{word}\t"  # its rows begin so, one after another
    lemmas, tags = [], []
    at = rows.find(form)
    while at != -1:
        end = rows.find("\n", at + 1)  # every row ends with one
        tag, found = rows[at + len(form):end].split(",", 1)
        lemmas.append(found)
        tags.append(tag)
        at = rows.find(form, end)
    return "/".join(lemmas), " ".join(tags)


@functools.lru_cache(maxsize=1 << 16)
def lemmas(word: str) -> frozenset[str]:
    """A word and its dictionary forms, without stems ("claimed": claimed, claim; "likely" is
    not "like", though both stem to "like"). Remembered: the hedge and request readings ask it
    of every word of every passage (a hundred asks for each word asked about)."""
    lower = word.lower().replace("’", "'")
    found = _entry(lower)[0]
    return frozenset([lower, *found.split("/")]) if found else frozenset([lower])


def can_be_verb(word: str) -> bool:
    """Whether the dictionary knows the word as a verb form ("said", "met", "talks")."""
    tags = _entry(word.lower())[1]
    return "verb" in tags or "aux" in tags


def can_be_noun(word: str) -> bool:
    """Whether the dictionary knows the word as a noun form ("date", "enforcement")."""
    return "noun" in _entry(word.lower())[1].split()


def can_be_adjective(word: str) -> bool:
    """Whether the dictionary knows the word as an adjective ("diplomatic", "high-level")."""
    return "adj" in _entry(word.lower())[1].split()


def only_verb(word: str) -> bool:
    """Whether the dictionary knows the word as a verb form and as nothing else ("recalled",
    "met"; not "evening", which is also a noun)."""
    tags = set(_entry(word.lower())[1].split())
    return bool(tags) and tags <= {"verb", "aux"}


@functools.lru_cache(maxsize=1 << 16)
def forms(word: str) -> frozenset[str]:
    """Every form a word matches by: itself, its stem, its lemmas and their stems."""
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    found = {lower, _STEMMER.stemWord(lower)}
    lemmas = _entry(lower)[0]
    for lemma in lemmas.split("/") if lemmas else ():
        found |= {lemma, _STEMMER.stemWord(lemma)}
    if "-" in lower:  # "south-western" is also "southwestern"
        joined = lower.replace("-", "")
        found |= {joined, _STEMMER.stemWord(joined)}
    return frozenset(found)


class Word(NamedTuple):
    """One word of a text, where it stands, and how the rules read it."""

    text: str
    start: int
    end: int
    lower: str
    stop: bool  # a function word
    negation: bool

    @property
    def forms(self) -> frozenset[str]:
        return forms(self.text)


@functools.lru_cache(maxsize=1 << 16)
def _reading(text: str) -> tuple[str, bool, bool]:
    lower = text.lower().replace("’", "'")
    return (lower, lower in _STOP or lower.removesuffix("'s") in _STOP,
            lower in NEGATIONS or lower.endswith("n't"))


def possessive(word: Word) -> bool:
    """Whether a word is in the possessive ("Fernley's", with either apostrophe): it names
    whose the next word is, not a party that acts or a thing that happens."""
    return word.lower.endswith(("'s", "’s"))


@functools.lru_cache(maxsize=1 << 13)  # a check of 10,000 cards stays under 300 MiB
def words(text: str) -> tuple[Word, ...]:
    """The words of a text; remembered, as the rules read the same passages again and again.
    Each is made as `Word._make` makes it, without the named arguments of `Word(...)`: a check
    makes tens of thousands."""
    return tuple([_NEW(Word, (g := m.group(), *m.span(), *_reading(g))) for m in WORD.finditer(text)])


_NEW = tuple.__new__
