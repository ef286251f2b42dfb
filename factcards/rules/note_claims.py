"""What a source card's note says its page does with a party: dates its happening to a day,
quotes it, credits it with a thing or a count. Each is read in the sentence of the page that
names the party, not anywhere on the page: printed elsewhere, the thing is another's."""

from __future__ import annotations

import re

from factcards.rules.context import Lookup
from factcards.text.align import align, passage_keys
from factcards.text.dates import dates_in, without_dates
from factcards.text.numbers import Number, numbers_in
from factcards.text.verbatim import normalise
from factcards.text.words import SENTENCE_BREAK, can_be_noun, words

CLAUSE = re.compile(r"[;:,()]|(?<=[.!?])\s")
_CREDITS_FOR = re.compile(r"\bcredit(?:s|ed|ing)?\s+(?:(?P<who>.+?)\s+for\s+(?P<what>.+)"
                          r"|(?P<thing>.+?)\s+to\s+(?P<whom>(?:the\s+)?[A-Z].+))$", re.IGNORECASE)


def noun(number: Number) -> str | None:
    """The first noun a number counts ("casualties" in "nine casualties, including")."""
    return next((w.text for w in words(" ".join(number.counts))
                 if can_be_noun(w.text) and not w.stop), None)


def _moved_counts(what: str, naming: list[str], page: str, look: Lookup) -> list[str]:
    """The counts of `what` ("at least nine casualties") that the page prints with the same
    noun, but in none of the sentences `naming` the party credited: another's count."""
    def given(sentences: list[str], number: Number) -> bool:
        keys = look.vocabulary.keys(noun(number) or "")
        return any(n.value == number.value and keys & look.vocabulary.keys(noun(n) or "")
                   for sentence in sentences for n in numbers_in(without_dates(sentence)))
    return [n.text for n in numbers_in(without_dates(what)) if noun(n)
            and given(SENTENCE_BREAK.split(page), n) and not given(naming, n)]


def miscredited(note: str, page: str, look: Lookup) -> tuple[str, list[str]] | None:
    """For a note that says its page credits a party for something ("credits the Gazette for
    the Council's figures", "credits the toll to the Council"): the party, and the things and
    counts the page's sentences naming that party do not print. A credit is read in its
    sentence: printed elsewhere on the page, the thing is credited to someone else."""
    vocabulary = look.vocabulary
    for clause in CLAUSE.split(normalise(note)):
        found = _CREDITS_FOR.search(clause)  # "credits X for Y", "credits Y to X"
        credit = {"who": (found["who"] or found["whom"]).rstrip("."),
                  "what": found["what"] or found["thing"]} if found else None
        names = [vocabulary.keys(w.text) for w in words(credit["who"]) if w.text[:1].isupper()] \
            if credit else []
        naming = [(sentence, keys) for sentence in SENTENCE_BREAK.split(page)
                  for keys in [passage_keys(sentence, vocabulary)] if all(n & keys for n in names)]
        near = [keys for _, keys in naming]
        if not names or not near:
            continue
        absent = [a.word.text for a in align(credit["what"], near, vocabulary) if a.passage is None
                  and (can_be_noun(a.word.text) or a.word.text[:1].isupper())]
        loosely = [sentence for sentence in SENTENCE_BREAK.split(page)  # "According to the Ministry"
                   if 2 * sum(bool(n & passage_keys(sentence, vocabulary)) for n in names) >= len(names)]
        absent += _moved_counts(credit["what"], loosely, page, look)
        if absent:
            return credit["who"], absent
    return None


_DATES = re.compile(r"\bdates\s+(?P<what>.+?)\s+to\s+(?P<day>.+)$", re.IGNORECASE)
_BACK = 3  # words before a party within which a preposition makes it a place
_PLACING = frozenset({"in", "into", "inside", "against", "of", "to", "from", "at", "on", "near"})


def _actors(clause: str, look: Lookup) -> set[str]:
    """The parties a clause has act: those that are no place or target (not within a few words
    after "in", "into", "against" and the like: "by Fernley's crews" acts)."""
    found = set()
    for a, _, key in look.parties(clause, statement=False):
        before = [w.lower for w in words(clause[:a])[-_BACK:]]
        if not _PLACING.intersection(before):  # "in Fernley's northern Mill district": a place
            found.add(key)
    return found


def misdated(note: str, page: str, look: Lookup) -> tuple[str, str] | None:
    """For a note that says its page dates a party's happening to a day ("Dates Fernley's vote
    to March 3"): (the day, the party) where every sentence of the page that gives that day
    has another party act in the clause that gives it (or, where that clause names none, in
    the sentence)."""
    for clause in re.split(r"[;,](?=\s)", normalise(note)):
        m = _DATES.search(clause)
        days = dates_in(m["day"]) if m else []
        mine = {key for _, _, key in look.parties(m["what"])} if m else set()
        if not days or days[0].day is None or not mine:
            continue
        day = days[0]
        acting: set[str] = set()
        for sentence in SENTENCE_BREAK.split(page):
            for mention in dates_in(sentence):
                if (mention.month, mention.day) != (day.month, day.day):
                    continue
                parts = re.split(r",\s+", sentence)
                here = next((p for p in parts if mention.text in p), sentence)
                acting |= _actors(here, look) or _actors(sentence, look)
        if acting and not mine & acting:
            return day.text, m["what"]
    return None


_QUOTES = re.compile(r"\b(?i:quotes)\s+(?P<who>[A-Z].*)$")
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def unquoted(note: str, page: str, look: Lookup) -> str | None:
    """For a note that says its page quotes someone ("Quotes Ruth Okafor directly"): their
    name, where no quotation on the page is credited to them, in the words of its sentence
    outside the quotation marks ("..." stated the council" quotes the council, not whom its
    words name)."""
    for clause in re.split(r"[;,](?=\s)", normalise(note)):
        m = _QUOTES.search(clause)
        named = {f"{kind}/{key}" for a, kind, key in look.named(m["who"]) if a == 0} if m else set()
        if not named:
            continue
        outside = [_QUOTATION.sub(" ", s) for s in SENTENCE_BREAK.split(page) if _QUOTATION.search(s)]
        credited = {f"{kind}/{key}" for text in outside for _, kind, key in look.named(text)}
        said = frozenset().union(*(w.forms for text in outside for w in words(text) if not w.stop))
        own = frozenset().union(*(w.forms for ref in named for spelling in
                                  look.spellings.get(tuple(ref.split("/", 1)), ())  # "the ministry"
                                  for w in words(spelling) if not w.stop))
        if not named & credited and not own & said:
            return m["who"].split(" directly")[0].strip()
    return None
