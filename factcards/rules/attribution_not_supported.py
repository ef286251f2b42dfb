"""A statement attributed to a party is one its passage attributes to that party."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, Statement, as_said, statements
from factcards.rules.examples import ASKED, GOOD_EVENT, event
from factcards.rules.speech_clauses import clauses, split_parts
from factcards.text.content import content_words
from factcards.text.denials import charge, charge_denied, denied, denies, is_denial
from factcards.text.verbatim import normalise
from factcards.text.words import can_be_verb, words

ID = "attribution-not-supported"
SCOPE = "valid"
SUMMARY = ("Where a statement says who says something ('according to Fernley', 'Alderbrook said'), "
           "its passage gives it to the same party, as speaker: the party next to 'said', "
           "'claimed', 'according to' and the like in the quote's sentence. A passage the "
           "article states in its own voice supports no party's claim. What follows another "
           "party's claim ('denies Fernley's charge that ...') is that party's account. Each "
           "clause is judged by the passage part that says most of what it reports ('said that A, "
           "and that B' is two reports); where that part is the article's own voice, a passage "
           "must still have the speaker say some of it. What a country alone is said to have "
           "said is not one of its bodies' in particular. A denial ('Fernley denies this') is "
           "credited to the party the passage has deny the charge it tells.")
FIX = "Credit the party the passage credits, or quote the passage in which they say it."
EXAMPLES = (GOOD_EVENT, event(ASKED, "  - text: Alderbrook said Fernley asked it to keep one lane open "
                                     "for buses."))


def sentence(look: Lookup, ev: Evidence) -> str:
    """The sentence (or sentences) of the article a quote stands in."""
    text = look.sources.get(ev.source)
    spans = text.locate(ev.quote) if text else None
    if not spans:
        return normalise(ev.quote)
    body = text.body  # type: ignore[union-attr]
    start = max(body.rfind(". ", 0, spans[0][0]), body.rfind("\x00", 0, spans[0][0])) + 1
    end = spans[-1][1] - 1  # a quote that ends with its sentence's full stop ends there
    ends = [at for at in (body.find(". ", end), body.find("\x00", end)) if at != -1]
    return body[start:min(ends) + 1 if ends else len(body)].strip()


def _speakers(look: Lookup, ev: Evidence) -> list[frozenset[str]]:
    """Who the quote says is speaking; where the quote names nobody, who its sentence does
    ("..., according to the Ministry" just outside the quote)."""
    return list(look.remember(("speakers", ev), lambda: tuple(_find_speakers(look, ev))))


def _find_speakers(look: Lookup, ev: Evidence) -> list[frozenset[str]]:
    return (look.speaking(normalise(ev.quote), statement=False, ev=ev)
            or look.speaking(sentence(look, ev), statement=False, ev=ev))



_TITLE = 2  # words of a title between two names
_BREAK = re.compile(r"[,.;:!?()]")


def _content(text: str, look: Lookup) -> list[frozenset[str]]:
    """The keys of what a clause reports: its content words, less its parties' names and the
    words that say who says it ("announced"): a passage part is found by what was said."""
    spans = sorted((a, b) for a, b, _ in look.parties(text))
    # a title between two names is the speaker's too: "Fernley Council spokesperson Ann Lee"
    titles = [(b, c) for (_, b), (c, _) in pairwise(spans)
              if len(gap := words(text[b:c])) <= _TITLE and not _BREAK.search(text[b:c])
              and not any(w.stop or can_be_verb(w.text) for w in gap)]
    saying = look.vocabulary.saying
    return [keys for w in content_words(text, look.vocabulary)
            if not any(a <= w.start < b for a, b in [*spans, *titles])
            for keys in [look.vocabulary.keys(w.text)] if not keys & saying]


def _best(clause: str, evidence: list[Evidence], look: Lookup) -> list[frozenset[str]] | None:
    """Who speaks in the part of a passage that says most of what a clause says (each
    sentence, or each side of a "while", is a part); None when no part shares a word."""
    mine = _content(clause, look)
    scored = [(sum(bool(keys & theirs) for keys in mine), said)
              for ev in evidence for theirs, said in look.remember((ID, ev), lambda ev=ev: _parts(ev, look))]
    top = max((score for score, _ in scored), default=0)
    if not top:
        return None
    return [keys for score, said in scored if score == top for keys in said]


def _heard(clause: str, keys: frozenset[str], evidence: list[Evidence], look: Lookup) -> bool:
    """Whether a part of a passage in which the speaker `keys` speaks says any of what the
    clause reports: where the part that says most of it is the article's own voice, the
    speaker must still be heard saying some of it ("Fernley said." beside the article's own
    account of the vote gives Fernley none of it)."""
    mine = _content(clause, look)
    return any(any(keys_ & theirs for keys_ in mine) and any(look.same_speaker(keys, k) for k in said)
               for ev in evidence for theirs, said in look.remember((ID, ev), lambda ev=ev: _parts(ev, look)))


def _parts(ev: Evidence, look: Lookup) -> tuple[tuple[frozenset[str], list[frozenset[str]]], ...]:
    """Each part of a quote: the keys of its words, and who speaks in it; a part that names no
    speaker is the quote's speaker's, if the quote or its sentence names one, else the article's
    own voice (no speaker). A part with a speech verb of its own whose speaker is no party
    ("which each side claimed") is not the quote's speaker's either."""
    quote = normalise(ev.quote)
    parts = split_parts(quote, look)
    whole = _speakers(look, ev)
    found = tuple((frozenset().union(*(look.vocabulary.keys(w.text) for w in words(part))),
                   whole if len(parts) == 1 else look.speaking(part, statement=False, ev=ev)
                   or ([] if look.attribution.search(part) else whole))
                  for part in parts)
    if len(found) > 1 and len(words(parts[-1])) <= _CLOSING and found[-1][1] \
            and quote[:quote.rfind(parts[-1])].rstrip().endswith(","):
        # "..., the Gazette reported.": who reports the whole sentence after a comma speaks in
        # every part of it (not a sentence of its own: "Fernley denies this.")
        found = tuple((keys, [*said, *found[-1][1]]) for keys, said in found)
    return found


_CLOSING = 5  # words of a sentence's closing attribution ("the Gazette news desk reported")


_QUOTED = re.compile(r"[\"“‘]([^\"”’]+)[\"”’]")
QUOTED = 2  # words a quotation in a statement has before it is someone's words to credit


def _quoted(clause: str, evidence: list[Evidence], look: Lookup) -> list[frozenset[str]]:
    """Who speaks in the passage part that prints a quotation the clause gives between
    quotation marks: its words are that speaker's, whoever else the passage quotes."""
    found: list[frozenset[str]] = []
    for phrase in _QUOTED.findall(clause):
        if len(words(phrase)) < QUOTED:
            continue
        for ev in evidence:
            every = split_parts(normalise(ev.quote), look)
            parts = [part for part in every if phrase.lower() in part.lower()]
            if parts and len(every) == 1:
                found += _speakers(look, ev)
            else:
                found += [keys for part in parts for keys in look.speaking(part, statement=False, ev=ev)]
    return found


def _denying(text: str, clause: str, evidence: list[Evidence], look: Lookup) -> list[frozenset[str]]:
    """Who, in the passages, denies the charge the clause's denial denies (of the statement's
    `text`), told before it ("X accuses Y of Z. Y denies these charges.")."""
    at = text.find(clause)
    mine = words(text)
    d = next((k for k, w in enumerate(mine) if is_denial(w) and at <= w.start < at + len(clause)), None)
    if at < 0 or d is None:
        return []
    told = denied(text, mine, d)
    found = []
    for ev in evidence:
        if denies(told, charge(words(normalise(ev.quote))), act=charge_denied(mine[d:d + 4]) != 0):
            found += [keys for part in split_parts(normalise(ev.quote), look)
                      if charge_denied(words(part)) is not None
                      for keys in look.speaking(part, statement=False, ev=ev)]
    return found


def _charging(evidence: list[Evidence], look: Lookup) -> list[frozenset[str]]:
    """Who speaks in the parts of the passages that tell a charge, not in those that deny it."""
    return [keys for ev in evidence for part in split_parts(normalise(ev.quote), look)
            if charge_denied(words(part)) is None
            for keys in look.speaking(part, statement=False, ev=ev)]


def _finding(st, keys: frozenset[str], given: list[frozenset[str]], look: Lookup) -> Finding:
    name = look.party_name(min(keys))
    by = sorted({look.party_name(min(k)) for k in given})
    whose = f"to {', '.join(repr(b) for b in by)}" if by else "in the article's own voice"
    return Finding(st.path, f"credits '{name}' as speaker, but its passages give it {whose}",
                   "credit the party the passage credits, or quote where they say it")


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if st.prose or look.attribution.search(st.text):  # a role or label: where it says who says
            yield from findings(cf, st, look)


def findings(cf: CardFile, st: Statement, look: Lookup) -> Iterator[Finding]:
    """Where one statement credits a speaker its passages do not (a correction's note is read
    so too). Each of a role's acts is said by its holder ("Fernley: closed the road; denies
    ...")."""
    text = "; ".join(as_said(cf, st, part.strip()) for part in normalise(st.text).split(";"))
    claimed = look.speaking(text)
    if not claimed:
        return
    given = [keys for ev in st.evidence for keys in _speakers(look, ev)]
    wrong = next((keys for keys in claimed
                  if not any(look.same_speaker(keys, theirs) for theirs in given)), None)
    if wrong is not None:
        yield _finding(st, wrong, given, look)
        return
    for clause in clauses(text, look):  # who says it: the passage that says most of it
        said = _best(clause, st.evidence, look)
        quoted = _quoted(clause, st.evidence, look)
        said = quoted if quoted else said
        denying = _denying(text, clause, st.evidence, look)
        speaking = look.speaking(clause)
        if denying:  # "Y denies Z", "Y denies this": who denies the charge the passage tells
            said = denying
            # who makes the charge ("denies Fernley's claim that ...") is who tells it there
            d = next(w.start for w in words(clause) if is_denial(w))
            charging = _charging(st.evidence, look)
            wrong = next((keys for keys, at in look.speaking_at(clause) if at > d
                          and not any(look.same_speaker(keys, k) for k in charging)), None)
            if wrong is not None:
                yield _finding(st, wrong, charging, look)
                return
            speaking = [keys for keys, at in look.speaking_at(clause) if at <= d]
        wrong = next((keys for keys in speaking if said is not None and (
            not any(look.same_speaker(keys, theirs) for theirs in said)
            if said else not _heard(clause, keys, st.evidence, look))), None)
        if wrong is not None:
            yield _finding(st, wrong, said, look)
            return
