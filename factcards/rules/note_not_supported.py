"""A source card's notes invent nothing: their numbers, dates, quoted words and names are
printed in the archive, and what a note says its page reports, credits or quotes is printed on
that page; what a note says the page credits a party for is in a sentence of the page that
names that party."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcards.kinds import SOURCES
from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_SOURCE
from factcards.rules.facts import QUOTED, Facts, facts, missing, of_other_sources
from factcards.rules.note_claims import CLAUSE, miscredited, misdated, noun, unquoted
from factcards.text.align import align, passage_keys
from factcards.text.dated import miscalendared
from factcards.text.dates import dates_in, without_dates
from factcards.text.numbers import numbers_in
from factcards.text.verbatim import normalise
from factcards.text.words import can_be_noun, words

ID = "note-not-supported"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("Every number, date, name and quoted phrase in a source card's notes is printed in "
           "the archived sources (a note may compare its page with the others). Dates written "
           "YYYY-MM-DD are the newsroom's own records, such as the day a page was retrieved. What "
           "a note says its page reports, credits, quotes or calls (the things and names after "
           "that word) is printed on the page itself, unless the note speaks of other sources; "
           "what it says the page credits a party for ('credits the Gazette for the Council's "
           "figures') is printed in a sentence of the page that names that party. One report "
           "stands in one paragraph, with its days ('announced on Friday' is not 'On Thursday, "
           "... announced'). Unless a note speaks of other sources, its quoted words are printed "
           "on its own page, and each count it gives ('at least nine residents') stands with the "
           "same noun in a paragraph of that page; what a note says the page does not report, "
           "the page does not print; "
           "a weekday beside a full date is the one the calendar gives; what a note says the "
           "page dates to a day ('Dates Fernley's vote to March 3') is a happening of that party "
           "in the page's clause that gives the day; whom a note says the page quotes is the one "
           "a sentence of the page credits with a quotation.")
FIX = "Correct the note, or quote what the page prints."
EXAMPLE_KIND = "sources"
EXAMPLES = (GOOD_SOURCE + 'notes:\n  - "Names Alderbrook\'s chief engineer as Tom Haldane."\n',
            GOOD_SOURCE + 'notes:\n  - "Names Alderbrook\'s chief engineer as Tom Holden."\n')
_AND = re.compile(r"\s+and\s+")
# "names it three times": how often the page prints a word, counted by note-count-not-supported,
# not a number of the story's that the archive must print.
_TIMES = re.compile(r"\b[\w-]+\s+times\b", re.IGNORECASE)


def _told(note: str, look: Lookup, negated: bool) -> Iterator[str]:
    """What each clause of a note says its page reports (the words after "reports", "names"
    and the like), for the clauses that deny it (`negated`) or for those that do not; never
    for a clause that speaks of other sources."""
    for clause in CLAUSE.split(normalise(note)):
        said = [w for w in words(clause) if w.forms & look.vocabulary.saying]
        if not said or of_other_sources(clause) \
                or any(w.negation for w in words(clause)) is not negated:
            continue
        yield _MANNER.sub("", clause[said[0].end:])


# How a note says its page tells a thing, not a thing the page prints: "reports the vote as
# still to come", "... as done".
_MANNER = re.compile(r"\s+as\s+(?:(?:still|yet|already|only)\s+)?(?:to\s+come|planned|done|"
                     r"upcoming|past|future|having\s+happened)\b.*$", re.IGNORECASE)


def _things(told: str, passages: list[frozenset[str]], look: Lookup) -> list[str]:
    """The things and names of `told` that align with none of `passages`."""
    return [a.word.text for a in align(told, passages, look.vocabulary) if a.passage is None
            and (can_be_noun(a.word.text) or a.word.text[:1].isupper())]


Paragraphs = Callable[[], list[tuple[str, frozenset[str]]]]


def _unprinted(note: str, page: frozenset[str], paragraphs: Paragraphs, look: Lookup) -> list[str]:
    """The things, names and days a note says its page reports that the page does not print,
    or does not print together: one report is one paragraph's ("announced on Friday" is not
    "On Thursday ... announced" beside another paragraph's Friday)."""
    found = []
    for told in _told(note, look, negated=False):
        absent = _things(told, [page], look)
        for report in _AND.split(told) if not absent else ():  # "dates A to X and B to Y"
            apart = [_things(report, [keys], look) + _undated(report, text) for text, keys in paragraphs()]
            absent = min(apart, key=len) if apart and all(apart) else []
            if absent:
                break
        found += absent
    return found


def _undated(told: str, paragraph: str) -> list[str]:
    """The days and weekdays of `told` that `paragraph` does not give."""
    theirs = {(m.month, m.day, m.weekday) for m in dates_in(paragraph)}
    return [m.text for m in dates_in(told) if (m.day or m.weekday is not None)
            and (m.month, m.day, m.weekday) not in theirs]


def _own(note: str, page: str, paragraphs: Paragraphs, look: Lookup) -> list[str]:
    """For a note that does not speak of other sources: its quoted words that its own page
    does not print, and its counts ("at least nine casualties") that no paragraph of the page
    prints with the same noun."""
    if of_other_sources(note):
        return []
    text = normalise(note)
    absent = [q.strip('"') for q in missing(Facts((), (), tuple(QUOTED.findall(text)), ()), page)]
    for number in numbers_in(without_dates(text)) if not absent else ():
        head = noun(number)
        keys = look.vocabulary.keys(head) if head else frozenset()
        if keys and not any(n.value == number.value and keys & look.vocabulary.keys(noun(n) or "")
                            for paragraph, _ in paragraphs()
                            for n in numbers_in(without_dates(paragraph))):
            absent.append(f"{number.text} {head}")
    return absent


def _denied(note: str, paragraphs: Paragraphs, look: Lookup) -> str | None:
    """What a note says its page does not report ("does not name the mayor") that one of the
    page's paragraphs prints whole."""
    for told in _told(note, look, negated=True):
        things = [a for a in align(told, [], look.vocabulary)
                  if can_be_noun(a.word.text) or a.word.text[:1].isupper()]
        if things and any(not _things(told, [keys], look) for _, keys in paragraphs()):
            return told.strip()
    return None


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    archive = look.remember((ID, "archive"), lambda: "\n".join(
        text.norm.original for text in look.sources.values()))
    own = look.sources.get(cf.stem)
    page = passage_keys(own.norm.text, look.vocabulary) if own is not None else None
    def paragraphs() -> list[tuple[str, frozenset[str]]]:  # read only for a note that needs them
        return look.remember((ID, cf.stem), lambda: [
            (text, passage_keys(text, look.vocabulary)) for line in own.norm.original.splitlines()
            if (text := normalise(line).strip())]) if own is not None else []
    for i, note in enumerate(cf.card.notes):  # type: ignore[union-attr]
        note = _TIMES.sub("", note)
        absent = missing(facts(note), archive)
        if absent:
            yield Finding(("notes", i), f"the note's {', '.join(absent)} "
                          f"{'is' if len(absent) == 1 else 'are'} printed in no archived source",
                          "correct the note, or quote what the page prints")
            continue
        for m, day in miscalendared(normalise(note)):
            yield Finding(("notes", i), f"the note's '{m.text}' stands beside {day:%B} {day.day}, "
                          f"{day.year}, which was a {day:%A}", "correct the weekday, or leave it out")
        unprinted = _unprinted(note, page, paragraphs, look) if page is not None else []
        unprinted += _own(note, own.norm.text, paragraphs, look) if own is not None else []
        denied = _denied(note, paragraphs, look)
        if denied:
            yield Finding(("notes", i), f"the note says the page does not report '{denied}', "
                          "which the page prints", "correct the note to what the page says")
            continue
        if unprinted:
            yield Finding(("notes", i), f"the note says the page reports "
                          f"{', '.join(repr(w) for w in unprinted)}, which the page does not print",
                          "correct the note to what the page says")
            continue
        whom = unquoted(note, own.norm.text, look) if own is not None else None
        if whom:
            yield Finding(("notes", i), f"the note says the page quotes {whom}, but no "
                          "quotation on the page is credited to them", "say whose words the "
                          "page quotes, as the sentence around the quotation credits them")
            continue
        day = misdated(note, own.norm.text, look) if own is not None else None
        if day:
            yield Finding(("notes", i), f"the note says the page dates {day[1]} to "
                          f"{day[0]}, but the page gives that day to another party's act",
                          "correct the note to what the page dates with that day")
            continue
        moved = miscredited(note, own.norm.text, look) if own is not None else None
        if moved:
            yield Finding(("notes", i), f"the note says the page credits '{moved[0]}' for "
                          f"{', '.join(repr(w) for w in moved[1])}, which no sentence of the page "
                          f"crediting them prints", "credit them for what the sentence that names "
                          "them says")
