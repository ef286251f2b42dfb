"""A correction note states the corrected facts the card's evidence gives."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from factcards.rules.actor_swapped import findings as actor_findings
from factcards.rules.attribution_not_supported import findings as speaker_findings
from factcards.rules.context import CardFile, Finding, Lookup, Statement, statements
from factcards.rules.examples import event
from factcards.rules.facts import corrected, facts, missing
from factcards.rules.number_not_supported import unsupported
from factcards.rules.party_misattached import moved
from factcards.rules.quantifier_not_supported import problem as quantifier_problem
from factcards.rules.statement_date_not_supported import unsupported as dates_unsupported
from factcards.rules.title_not_the_persons import findings as title_findings
from factcards.text.verbatim import normalise

ID = "correction-not-supported"
SCOPE = "valid"
SUMMARY = ("Every number, date, name and quoted phrase a correction note states as the corrected "
           "fact stands in the card's statements or its quoted passages, and its numbers are read "
           "as a statement's are (what they count, their total, party and what happened to "
           "them, from one passage), its dates as a statement's are (for the happening it "
           "dates with them), and so are who did what, who said it and how many times or "
           "things (its quantifiers), and whose a thing is (its parties). What the note reports "
           "an earlier version said ('An earlier version said ...') is not checked: it was wrong.")
FIX = "State the correction as the card's evidence gives it."
_NOTE = ('corrections:\n  - date: "2030-03-13"\n    note: An earlier version said Fernley voted to close '
         "the bridge; Alderbrook Town Council voted to close it.\norganizations:")
EXAMPLES = (event("organizations:", _NOTE),
            event("organizations:", _NOTE.replace("voted to close it.", "voted to close three bridges.")))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    found = statements(cf)
    card_text = "\n".join([getattr(cf.card, "name", "") or "", *getattr(cf.card, "spellings", []),
                           *(st.text for st in found), *(ev.quote for st in found for ev in st.evidence)])
    for i, correction in enumerate(cf.card.corrections):  # type: ignore[union-attr]
        absent = missing(facts(correction.note, skip_earlier=True), card_text)
        if absent:
            yield Finding(("corrections", i, "note"), f"the correction's {', '.join(absent)} "
                          f"{'is' if len(absent) == 1 else 'are'} in none of the card's statements "
                          "or passages", "state the correction as the card's evidence gives it")
            continue
        # its numbers as a statement's: each with its noun, total, party and what happened
        evidence = [ev for st in found for ev in st.evidence]
        own_name = (getattr(cf.card, "spellings", None) or [""])[0]  # an entity's "he is ..."
        note = Statement(("corrections", i, "note"), _named(corrected(correction.note),
                                                             correction.note, look, own_name), evidence)
        own = getattr(cf.card, "date", None)
        counted = quantifier_problem(note, look.vocabulary) if evidence else None
        if counted is not None:
            yield Finding(note.path, f"the correction {counted[0]}", counted[1])
            continue
        readings = chain(unsupported(note, look), dates_unsupported(note, look, own),
                         actor_findings(cf, note, look), speaker_findings(cf, note, look),
                         title_findings(note, look), filter(None, [moved(note, look)]))
        finding = next(readings, None) if evidence else None  # the first is enough: read lazily
        if finding is not None:
            yield Finding(finding.path, f"the correction: {finding.message}", finding.hint)


def _named(fact: str, note: str, look: Lookup, own: str = "") -> str:
    """The corrected fact with the person it begins with "he" or "she" for named ("An earlier
    version called Okafor the Deputy Mayor; she is the Mayor"): the one person the note names,
    or, where it names none, the person whose card it is (`own`, their name)."""
    text = normalise(note)
    people = {ref for _, _, ref in look.name_spans(text) if ref.startswith("people/")}
    if not _PRONOUN.match(fact) or len(people) > 1 or not (people or own):
        return fact
    if not people:
        return _PRONOUN.sub(normalise(own), fact, count=1)
    at, end = next((a, b) for a, b, ref in look.name_spans(text) if ref in people)
    return _PRONOUN.sub(text[at:end], fact, count=1)


_PRONOUN = re.compile(r"^(?:he|she)\b", re.IGNORECASE)
