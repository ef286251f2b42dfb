"""A word keeps the party its passage gives it: "Fernley's chief engineer" where the passage
has Alderbrook's, "the station in Fernley" where it has "in Alderbrook", "Liberal Alderbrook"
where it has "Liberal Fernley and ... Labour Alderbrook". Every word is in the passage; which party it belongs
to is not. A possessive claims an owner of its own: "Fernley's Mill Lane bridge" needs a passage
that gives the bridge to Fernley, or leaves it to the reader ("its bridge", "Fernley closed the
bridge"), not one that names Fernley only as the owner of something else."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, Statement, headline, statements
from factcards.rules.role_acts import lower_verb
from factcards.text.attach import Link, links, misattached
from factcards.text.party_tokens import OWNER
from factcards.text.phrase_parties import acting, pronoun_owned
from factcards.text.titled import title_and_owner
from factcards.text.verbatim import normalise
from factcards.text.words import forms, words

ID = "party-misattached"
SCOPE = "valid"
SUMMARY = ("A word that belongs to a party in the statement belongs to the same party in its "
           "passage: owned by it ('Alderbrook's engineer', 'Alderbrook Mayor', 'Mayor of "
           "Alderbrook'), placed in it ('in Alderbrook'), sent to it ('the envoy to "
           "Alderbrook') or coming from it ('recalled from Alderbrook'). Where the passage links that word, "
           "the same way, only to other parties, the statement has moved it. A possessive "
           "('Fernley's bridge') needs a passage that gives the word that party, or an 'its', or "
           "names the party as one that acts: not one that gives the word no party while naming "
           "the party only as another word's owner.")
FIX = "Give the word the party the passage gives it, or quote the passage that says so."
EXAMPLE_KIND = "background"
_EXAMPLE = """\
id: example
title: Residents of Fernley cross the bridge
claims:
  - text: Many residents of Fernley cross the bridge to reach the station in Alderbrook.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "many residents of Fernley cross the bridge to reach the station in Alderbrook"
"""
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("of Fernley cross the bridge to reach the station in Alderbrook.",
                                       "of Alderbrook cross the bridge to reach the station in Fernley."))


def _spans(text: str, look: Lookup, statement: bool) -> list[tuple[int, int, str]]:
    """The parties a text names, a name that begins with a party's word split in two: "Alderbrook
    Town Council" is Alderbrook, then what it owns."""
    spans = []
    for a, b, key in look.parties(text, statement):
        whole = look.entity_parties.get(key, frozenset()) if key in look.whole_parties else ()
        key = min(whole) if len(whole) == 1 else key  # "the Republic of Fernley" is Fernley
        first = words(text[a:b])
        named = look.name_spans(text[a:b]) if key.startswith("~") and len(first) > 1 else []
        if named:
            spans += [(a, a + first[0].end, key), (a + first[1].start, b, named[0][2])]
        else:
            spans.append((a, b, key))
    return spans


def text_links(text: str, look: Lookup, statement: bool = True) -> list[Link]:
    groups = look.vocabulary.party_groups
    return links(text, _spans(text, look, statement), forms, lambda key: key in groups,
                 titled=not statement)


def _passage_links(text: str, look: Lookup) -> tuple[Link, ...]:
    """A passage's links, read once per check: every card quoting the passage asks again."""
    return look.remember((ID, text), lambda: tuple(text_links(text, look, statement=False)))


def _unowned(link: Link, evidence: list, look: Lookup) -> bool:
    """Whether a possessive's word is printed by a passage that gives it no owner at all: no
    "its" before it, no short name of one of the party's bodies ("the Council"), and the party
    named there, if at all, only as the owner of other words."""
    groups = look.vocabulary.party_groups
    printed = False
    for ev in evidence:
        quote = normalise(ev.quote)
        if not link.keys & words_keys(quote):
            continue
        printed = True
        bodies = {f"{kind}/{key}" for kind, key in look.coreferents(ev)}  # "the Council"
        if any(link.party in look.entity_parties.get(body, ()) for body in bodies):
            return False
        if pronoun_owned(quote, link.keys) or any(
                acting(text, _spans(text, look, False), lambda key: key in groups, link.party)
                for text in {quote, look.context(ev)}):
            return False
    return printed


def _bodies(stated: list[Link], evidence: list, look: Lookup) -> list[Link]:
    """A passage's short name for a body ("The Foreign Ministry said") owned by the body's party:
    the word a statement gives an owner is that party's where the passage means that body."""
    found = []
    for link in (link for link in stated if link.possessive):
        for ev in evidence:
            for kind, key in look.coreferents(ev):
                named = any(link.keys & forms(w) for s in look.spellings.get((kind, key), ())
                            for w in s.split())
                found += [Link(link.keys, link.word, party, OWNER) for party in
                          look.entity_parties.get(f"{kind}/{key}", ()) if named]
    return found


def words_keys(text: str) -> frozenset[str]:
    """The forms of every word a passage prints."""
    return frozenset().union(*(w.forms for w in words(text)))


def moved(st: Statement, look: Lookup) -> Finding | None:
    """The first word a statement gives a party its passages do not give it. A role's words
    owned by a party are its holder's title, read by title-not-the-persons; what it places,
    sends or brings from a party is read here ("recalled its envoy from Fernley"), and so is a
    possessive after the title ("Agency credited for Fernley's statement")."""
    text = normalise(st.text)
    title = _title_end(text) if st.path[0] == "roles" else 0
    stated = [link for link in text_links(text, look) if not _persons_title(text, link, look)
              and (st.path[0] != "roles" or link.how != "owner"
                   or (link.possessive and text.find(link.possessive, title) >= title))]
    if not stated:
        return None
    given = [link for ev in st.evidence for link in _passage_links(normalise(ev.quote), look)]
    if any(link.possessive for link in stated):  # a possessive may rest on the paragraph
        given += [link for ev in st.evidence for link in _passage_links(look.context(ev), look)]
        given += _bodies(stated, st.evidence, look)
    found = misattached(stated, given, lambda link: _unowned(link, st.evidence, look))
    if found is None:
        return None
    mine, theirs = found
    if not theirs:
        return Finding(st.path, f"calls '{mine.word}' {mine.possessive}, but its passages give "
                       f"'{mine.word}' to no party", f"drop '{mine.possessive}', or quote the "
                       "passage that gives the word that party")
    other = ", ".join(sorted({repr(look.party_name(g.party)) for g in theirs}))
    to = "from" if mine.how == "from" else "to"  # "recalled the envoy from Fernley"
    return Finding(st.path, f"gives '{mine.word}' {to} '{look.party_name(mine.party)}', but its "
                   f"passages give it {to} {other}",
                   "give the word the party the passage gives it, or quote the passage that says so")


def _title_end(role: str) -> int:
    """Where a role's title ends: at its first verb ("News agency credited ...")."""
    return next((w.start for w in words(role) if lower_verb(w)), len(role))


def _persons_title(text: str, link: Link, look: Lookup) -> bool:
    """Whether a linked word is part of the title a statement gives a person after their name
    ("Ruth Okafor, Alderbrook's Mayor") and the party is one their own card gives them: the
    title is title-not-the-persons' to read."""
    party = look.vocabulary.keys(look.party_name(link.party))
    for _, end, ref in look.name_spans(text):
        kind, key = ref.split("/", 1)
        after, owner = title_and_owner(text, end) if kind == "people" else ("", "")
        whose = frozenset().union(*(look.vocabulary.keys(w.text.removesuffix("'s").removesuffix("’s"))
                                    for w in words(owner)))
        if link.word in after.split() and party & whose and party & look.card_keys(kind, key):
            return True
    return False


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in [*statements(cf), *headline(cf)]:
        found = moved(st, look)
        if found is not None:
            yield found
