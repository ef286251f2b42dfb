"""A source note that quotes its page reads the quoted words as the page does: who said them,
who did what, and what the numbers beside them count. "Reports that the Council said the bridge
would close "on April 1"" where the page has the Mayor say it prints the right words and credits
them to the wrong speaker; "Reports that Alderbrook asked Fernley to keep "one lane open"" where
Fernley asked Alderbrook swaps who did what. The note is read as a statement resting on the
page's paragraphs that hold its quotes."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from factcards.kinds import SOURCES
from factcards.kinds.fields import Evidence
from factcards.rules.actor_swapped import findings as actor_findings
from factcards.rules.attribution_not_supported import findings as speaker_findings
from factcards.rules.context import CardFile, Finding, Lookup, Statement
from factcards.rules.examples import GOOD_SOURCE
from factcards.rules.facts import QUOTED, of_other_sources
from factcards.rules.number_not_supported import unsupported
from factcards.text.verbatim import normalise
from factcards.text.words import words

ID = "note-quote-misread"
SCOPE = "valid"
KINDS = (SOURCES,)
SUMMARY = ("A source note that quotes its own page and says what the page reports ('Reports "
           "that ...') is read as a statement resting on the page's paragraphs that hold the "
           "quoted words: the speaker it names, who it says did "
           "what, and what its numbers count are those paragraphs' own. A note that speaks of "
           "other sources is not read so.")
FIX = "Credit the quoted words to whom the page credits them, or correct the note."
EXAMPLE_KIND = "sources"
_NOTE = 'notes:\n  - "Reports that {} asked {} to keep \\"one lane open for buses\\"."\n'
EXAMPLES = (GOOD_SOURCE + _NOTE.format("Fernley", "Alderbrook"),
            GOOD_SOURCE + _NOTE.format("Alderbrook", "Fernley"))


def _paragraphs(quotes: list[str], lines: list[str]) -> list[str]:
    """The page's paragraphs that print one of the quoted words, each once."""
    return list(dict.fromkeys(line for quote in quotes for line in lines if quote in line))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    own = look.sources.get(cf.stem)
    if own is None:
        return
    for i, note in enumerate(cf.card.notes):  # type: ignore[union-attr]
        text = normalise(note)
        tokens = words(text)
        quotes = [q.strip() for q in QUOTED.findall(text)]
        if not quotes or len(tokens) < 3 or tokens[1].lower != "that" \
                or of_other_sources(text):
            continue  # only "Reports that ...": what the page says happened, in a clause
        text = text[tokens[2].start:]
        lines = look.remember((ID, cf.stem), lambda: [
            line for raw in own.body.split("\n") if (line := raw.strip())])
        evidence = [Evidence(source=cf.stem, quote=p) for p in _paragraphs(quotes, lines)]
        if not evidence:
            continue  # not printed in the body: note-not-supported says so
        st = Statement(("notes", i), text, evidence)
        finding = next(chain(speaker_findings(cf, st, look), actor_findings(cf, st, look),
                             unsupported(st, look)), None)
        if finding is not None:
            yield Finding(finding.path, f"the note: {finding.message}", finding.hint)
