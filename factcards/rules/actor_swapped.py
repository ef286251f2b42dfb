"""A statement keeps who did what to whom: the actor of an action is the actor its passage
gives, not the party the passage says the action was done to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, Statement, as_said, headline, statements
from factcards.rules.examples import ASKED, GOOD_EVENT, event
from factcards.text.nominal import swapped_nominal
from factcards.text.role_compare import replaced, swapped
from factcards.text.roles import CLAUSE, Role, roles
from factcards.text.sides import replaced_doer, swapped_sides
from factcards.text.verbatim import normalise, pieces
from factcards.text.words import SENTENCE_BREAK, words

ID = "actor-swapped"
SCOPE = "valid"
SUMMARY = ("A statement keeps who did what to whom. Where a sentence makes its roles plain — the "
           "party before an active verb, after 'by' in a passive ('closed by Alderbrook'), or "
           "owning the action ('Alderbrook's vote') is the actor; the party after 'against', "
           "'into' or the verb is the target — the statement's actor for an action must not be "
           "the passage's target of the same action while another party is its actor, nor a "
           "party the passages never have do it where they give it to another ('Okafor said' "
           "for 'Whitlow said'). Any words, not only parties, keep their side of a verb the "
           "statement shares with its passage: 'residents asked the council' does not stand on "
           "'the council asked residents' (a passive, 'was asked by', turns the sides back). An "
           "action's noun keeps its sides too: 'the closure of Fernley' does not stand on "
           "'Fernley's closure of the bridge'.")
FIX = "Make the statement's actor the one its passage gives, or quote the passage that does."
EXAMPLES = (GOOD_EVENT, event(ASKED, "  - text: Alderbrook asked Fernley to keep one lane open for buses."))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in [*statements(cf), *headline(cf)]:
        yield from findings(cf, st, look)


def findings(cf: CardFile, st: Statement, look: Lookup) -> Iterator[Finding]:
    """Where one statement turns who did what to whom around (a correction's note is read so
    too)."""
    vocabulary = look.vocabulary
    keys, saying, verbs = vocabulary.keys, vocabulary.saying, vocabulary.verb_groups
    text = as_said(cf, st, normalise(st.text))
    turned = next(((ev, verb) for ev in st.evidence
                   if (verb := swapped_sides(text, normalise(ev.quote), keys)
                           or swapped_nominal(text, normalise(ev.quote), keys))), None)
    if turned is not None:
        ev, verb = turned
        yield Finding(st.path, f"turns '{min(verb, key=len)}' around: what its passage in "
                      f"'{ev.source}' has done is the doer here, and the doer is done to",
                      "keep who does it and to whom as the passage has them (active or "
                      "passive)")
        return
    named = {w.text for a, b, _ in look.name_spans(text) for w in words(text[a:b])}  # people too
    doer = replaced_doer(text, [normalise(ev.quote) for ev in st.evidence], keys,
                         lambda w: vocabulary.party(w) is not None or w in named)
    if doer is not None:
        who, verb = doer
        who = next((text[a:b] for a, b, _ in look.name_spans(text)
                    if who in {w.text for w in words(text[a:b])}), who)  # the whole name
        yield Finding(st.path, f"makes '{who}' the one who does '{min(verb, key=len)}', but "
                      f"its passages have someone else do it ('... by ...') and do not name "
                      f"'{who}' with it", "keep the doer the passage gives, or quote the "
                      "passage that says so")
        return
    mine = roles(text, look.parties(text), keys, saying, verbs)
    if not any(r.role == "actor" for r in mine):
        return
    passages = [look.remember((ID, ev.source, ev.quote), lambda e=ev: _passage(look, e))
                for ev in st.evidence]
    given = [role for theirs in passages for role in theirs]  # two quotes are two passages
    # an actor one passage has do it is no swap of another's, which may say what it answered
    acting = [r for r in mine if r.role != "actor" or not any(
        g.role == "actor" and g.party == r.party and g.action & r.action for g in given)]
    for ev, theirs in zip(st.evidence, passages, strict=True):
        found = swapped(acting, theirs)
        if found:
            ours, other = found[0]
            who, whom = look.party_name(ours.party), look.party_name(other.party)
            yield Finding(st.path, f"makes '{who}' the actor, but its passage in '{ev.source}' "
                          f"has '{whom}' do it, to '{who}'",
                          "keep the actor the passage gives (active or passive), or quote the "
                          "passage that says so")
            break
    else:
        found = replaced(mine, given,
                         lambda a, b: bool(look.widen(frozenset({a})) & look.widen(frozenset({b}))))
        if found:
            ours, other = found
            who, whom = look.party_name(ours.party), look.party_name(other.party)
            yield Finding(st.path, f"makes '{who}' the actor, but its passages have '{whom}' do "
                          "it", "keep the actor the passages give, or quote the passage that "
                          "says so")


_IT = re.compile(r"\bit\b", re.IGNORECASE)
_RELATIVE = re.compile(r"(?:which|who)\b", re.IGNORECASE)


def _passage(look: Lookup, ev: Evidence) -> tuple[Role, ...]:
    """The roles a quote gives, each part between elisions read on its own. A part that opens
    on "it" is read after the sentence before it on its page, which says who "it" is ("Fernley
    closed the road. Two days later it reopened"), whatever an elision has left out; one that
    opens on "which" or "who" after the start of its sentence, with the words before it there
    ("according to Fernley, which closed the road")."""
    paragraph = look.context(ev)
    return tuple(r for part in pieces(ev.quote) for r in _part(look, part, paragraph))


def _part(look: Lookup, quote: str, paragraph: str) -> list[Role]:
    v = look.vocabulary
    relative = _RELATIVE.match(quote)
    at = paragraph.find(quote) if relative else -1
    if at > 0:  # "which condemned ...": the one before it on the page, in the same sentence
        head = SENTENCE_BREAK.split(paragraph[:at])[-1]
        text = f"{head}{quote}"
        quoted = frozenset().union(*(v.keys(w.text) for w in words(quote)))
        return [r for r in roles(text, look.parties(text, statement=False), v.keys, v.saying,
                                 v.verb_groups) if r.action & quoted]  # the quote's acts only
    first = SENTENCE_BREAK.split(quote, maxsplit=1)[0]
    at = paragraph.find(quote) if _IT.search(first) else -1
    head = paragraph[:at].rstrip() if at > 0 else ""
    sentences = SENTENCE_BREAK.split(head) if head else []
    before = sentences[-1] if head.endswith((".", "!", "?")) else \
        sentences[-2] if len(sentences) > 1 else ""
    if not before:
        return roles(quote, look.parties(quote, statement=False), v.keys, v.saying, v.verb_groups)
    text = f"{before} {quote}"
    skip = len(CLAUSE.split(before))  # the sentence before tells who "it" is, and no more
    return [r for r in roles(text, look.parties(text, statement=False), v.keys, v.saying,
                             v.verb_groups) if r.sentence >= skip]
