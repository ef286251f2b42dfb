"""A party a passage has only report what another said ("Fernley said on Wednesday that ...,
the Gazette reported") did not say it: a statement keeps the one who spoke and the one who
reported them apart, and keeps the report outside what was said."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcards.kinds import SOURCES
from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import CardFile, Finding, Lookup, Statement, statements
from factcards.rules.examples import GOOD_EVENT
from factcards.text.verbatim import normalise
from factcards.text.words import SENTENCE_BREAK, WORD, forms, words

ID = "report-not-the-speech"
SCOPE = "valid"
SUMMARY = ("Where a passage's sentence ends by crediting a report of what another party said "
           "('Fernley said on Wednesday that ..., the Alderbrook Gazette reported'), the reporter "
           "is not the speaker: a statement or role does not have the reporter say, state or "
           "announce it ('the Gazette said in a statement that ...'), nor have the speaker tell "
           "of the report ('Fernley said the Gazette had reported that ...'). 'The Gazette "
           "reported that Fernley said ...' and 'according to the Gazette' keep both. A source "
           "note does not give the words to the one its page has only report them ('Credits "
           "Fernley for the Gazette's statement').")
FIX = ("Credit what was said to the one who said it, and the report to the one who reported it "
       "('X reported that Y said ...').")
_SAID = """\
  - text: >-
      Fernley Parish Council said on Wednesday in a statement that buses would be diverted
      through Fernley from April 3.
    evidence:
      - source: bridge-closure-moved
        quote: >-
          Fernley Parish Council said on Wednesday in a statement that buses would be diverted
          through Fernley from April 3, the Alderbrook Gazette reported.
"""
EXAMPLES = (GOOD_EVENT + _SAID,
            GOOD_EVENT + _SAID.replace("Fernley Parish Council said", "The Alderbrook Gazette said", 1))
# The reporter's verb ends its sentence, or is followed only by when ("reported on Saturday").
_ENDS = re.compile(r"[\w'’-]+(?:\s+(?:on|that|this|last|late|early)?\s*[\w-]+){0,2}?"
                   r"[\s\"”’]*[.!?]?[\s\"”’]*$")
_SET_OFF = re.compile(r",[^,;:.]{1,60}$")  # ", the Alderbrook Gazette " before the verb
# Verbs that tell a report, not a saying of one's own: "the Gazette reported that Fernley said".
_RELAYING = frozenset().union(*(forms(w) for w in ("report", "according", "quote", "cite", "carry")))
_CITING = frozenset().union(*(forms(w) for w in ("cite", "quote")))  # "Y, citing X, said"
_BREAK = re.compile(r"[.;:!?]")
_THAT = re.compile(r"\s+(?:had\s+|has\s+)?[\w'’-]+\s+that\b|\s+that\b")


@dataclass(frozen=True)
class Relay:
    """A sentence's speakers and the reporter its last clause credits, with their verbs' forms."""

    speakers: frozenset[str]
    said: frozenset[str]
    reporter: frozenset[str]
    reported: frozenset[str]


def _named(look: Lookup, keys: frozenset[str] | set[str]) -> str:
    """How a message names a party it knows by several keys: by its card, if it has one."""
    return look.party_name(sorted(keys, key=lambda k: "/" not in k)[0])


def _verb(text: str, at: int) -> frozenset[str]:
    m = WORD.match(text, at)
    return forms(m.group()) if m else frozenset()


def relay(whole: str, found: list[tuple[frozenset[str], int]]) -> Relay | None:
    """How a sentence relays another's words, if its last attribution is a report set off at
    its end (", the Gazette reported.") after another party's."""
    if len(found) < 2:
        return None
    reporter, at = found[-1]
    if not _ENDS.fullmatch(whole, at) or not _SET_OFF.search(whole, 0, at):
        return None
    inner = [(keys, pos) for keys, pos in found[:-1] if not keys & reporter]
    if not inner:
        return None
    return Relay(frozenset().union(*(k for k, _ in inner)),
                 frozenset().union(*(_verb(whole, pos) for _, pos in inner)),
                 reporter, _verb(whole, at))


def reporters(page: str, look: Lookup) -> frozenset[str]:
    """The parties a page credits only at the end of a sentence that tells another's words
    ("..., Fernley said on Wednesday that ..., the Gazette reported."), and never as speaker
    elsewhere."""
    sentences = [s for s in SENTENCE_BREAK.split(page) if look.attribution.search(s)]
    trailing, speaking = set(), set()
    for whole in (s for s in sentences if _may_relay(s, look)):
        found = look.speaking_at(whole, False)
        keys, at = found[-1] if found else (frozenset(), -1)
        if found and _SET_OFF.search(whole, 0, at) \
                and any(m.start() < at - 60 for m in look.attribution.finditer(whole, 0, at)):
            trailing.update(keys)
    if not trailing:
        return frozenset()
    for whole in sentences:
        found = look.speaking_at(whole, False)
        for n, (keys, at) in enumerate(found):
            if not (n == len(found) - 1 and _ENDS.fullmatch(whole, at) and _SET_OFF.search(whole, 0, at)):
                speaking.update(keys)
    return frozenset(trailing - speaking)


def _notes(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    """A source note that gives the page's reported words to the one the page has only report
    them ("Credits Fernley for the Gazette's statement")."""
    own = look.sources.get(cf.stem)
    if own is None:
        return
    only = look.remember((ID, "reporters", cf.stem),
                         lambda: reporters(own.body.replace("\x00", ". "), look))
    for i, note in enumerate(getattr(cf.card, "notes", None) or []):
        for m in _OWNED_SPEECH.finditer(normalise(note)):
            whose = {key for _, _, key in look.parties(m.group(1), statement=False)}
            if whose and whose <= only:
                name = _named(look, whose)
                yield Finding(("notes", i), f"gives the {m.group(2)} to '{name}', which the page "
                              "has only report what another said", "credit the words to the one "
                              "the page has say them, and the report to the reporter")
                break


_OWNED_SPEECH = re.compile(r"((?:[A-Z][\w-]*\s+)*[\w-]+(?:\s+[\w-]+){0,2})['’]s\s+"
                           r"(statement|announcement|remarks|words|account)\b")


def _may_relay(whole: str, look: Lookup) -> bool:
    """Whether a sentence has two attributions, one ending it: only such a one can relay
    (a cheap look before its speakers are read)."""
    found = list(look.attribution.finditer(whole))
    return len(found) > 1 and bool(_ENDS.fullmatch(whole, found[-1].start()))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    if cf.kind == SOURCES:
        yield from _notes(cf, look)
        return
    for st in statements(cf):
        found = next(_findings(cf, st, look), None)
        if found is not None:
            yield found


def _findings(cf: CardFile, st: Statement, look: Lookup) -> Iterator[Finding]:
    relays = []
    for ev in st.evidence:
        whole = sentence(look, ev)
        if not _may_relay(whole, look):  # most sentences: nothing remembered for them
            continue
        found = look.remember((ID, ev), lambda w=whole, e=ev: relay(w, look.speaking_at(w, False, e)))
        if found is not None:
            relays.append(found)
    if not relays:
        return
    text = normalise(st.text)
    if not look.attribution.search(text):
        return  # the statement credits no one
    own = look.attribution.search(text, 0, min((a for a, _, _ in look.parties(text)), default=len(text)))
    mine = look.speaking_at(text)
    # "the Gazette said Fernley had said", "the Gazette, citing Fernley": the speaker kept
    tokens = words(text)
    nested = len(look.attribution.findall(text)) > 1 and not any(w.lower == "according" for w in tokens)
    named = nested or any(k & r.speakers for r in relays for k, _ in mine) \
        or any(w.forms & _CITING for w in tokens)  # but "said, according to Fernley" turns it
    if st.path[0] == "roles" and own:  # "News agency that stated ...": the card's subject speaks
        mine = [*mine, (frozenset({f"{cf.kind}/{cf.stem}"}), own.start())]
    for r in relays:
        for keys, at in mine:
            verb = _verb(text, at)
            if keys & r.reporter and not keys & r.speakers and not named \
                    and not verb & (r.reported | _RELAYING):
                name = _named(look, keys & r.reporter)
                yield Finding(st.path, f"has '{name}' say what its passage has them only report",
                              "credit what was said to the one who said it, and the report to "
                              "the reporter")
                return
            if not keys & r.reporter or keys & r.speakers:
                continue
            that = _THAT.match(text, at + len(WORD.match(text, at).group()))
            reports = verb & (r.reported | _RELAYING)  # "had reported that", not "had said that"
            if that and reports and not _ENDS.fullmatch(text, that.start() + 1) and any(
                    _verb(text, m.start()) & r.said and not _BREAK.search(text, m.end(), at)
                    for m in look.attribution.finditer(text, 0, at)):
                yield Finding(st.path, "tells the report inside what was said, but its passage "
                              "has the report tell what was said",
                              "keep the report outside what was said: 'X reported that Y said'")
                return
