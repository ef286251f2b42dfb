"""A title a statement puts before a person's name ("Mayor Okafor") is one the person holds:
their passages put it next to their name, or their own card's roles or spellings give it. A
title moved from the next name in a sentence ("discussions with Parish Clerk Okafor" where the
clerk is Dana Whitlow) makes the person someone else."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from factcards.rules.context import CardFile, Finding, Lookup, Statement, statements
from factcards.rules.examples import GOOD_EVENT, event
from factcards.rules.role_titles import left_out_title, unsaid_title
from factcards.text.align import passage_keys
from factcards.text.titled import title_after, title_ahead, title_and_owner, title_before
from factcards.text.verbatim import normalise
from factcards.text.words import Word, words

ID = "title-not-the-persons"
SCOPE = "valid"
SUMMARY = ("The capitalised title a statement writes right before a person's name ('Mayor Ruth "
           "Okafor') is the person's own: each of its words stands next to their name in one of "
           "the statement's passages (before it, or in apposition), or in their card's roles or "
           "spellings. A title borrowed from another person in the sentence is refused, and so is "
           "one that leaves out a word of the office the passages give ('Mayor' for 'Deputy "
           "Mayor'), before the name or after it ('Ruth Okafor, the Mayor', 'Okafor is the "
           "Mayor'). An office set off by commas before a name ('Fernley's clerk, Ruth Okafor,') "
           "is read the same way, where it is capitalised or its words are printed in the "
           "passages; an opening phrase ('On Monday, ...') and a description in words of the "
           "statement's own ('his guest, Okafor') are not offices.")
FIX = "Give the person the title their passages or their card give them, or leave it out."
_ASKED_CLERK = """\
  - text: Fernley asked Alderbrook, through Parish Clerk Ruth Okafor, to keep one lane open for buses.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Fernley Parish Council asked Alderbrook to keep one lane open for buses"
      - source: bridge-closure-moved
        quote: >-
          The Mayor of Alderbrook, Ruth Okafor, has agreed to consider keeping one lane open for
          buses, said Dana Whitlow, the parish clerk of Fernley
"""
_ASKED = """\
  - text: Fernley asked Alderbrook to keep one lane open for buses.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Fernley Parish Council asked Alderbrook to keep one lane open for buses"
"""
EXAMPLES = (GOOD_EVENT, event(_ASKED, _ASKED_CLERK))


def _title(text: str, at: int, quoted: set[str]) -> list[Word]:
    """The title before a name, with a sentence's first word where the passages print it in
    lower case, as a title's word ("Caretaker Prime Minister Okafor" for "the caretaker ...")."""
    title, whole = title_before(text, at), title_before(text, at, first=True)
    return whole if len(whole) > len(title) and whole[0].text.lower() in quoted else title


def carded(text: str, look: Lookup) -> set[int]:
    """Where the words of a title before a person's name start that the person's own card
    gives them ("Foreign Minister" before a name whose card's role is "Foreign Minister of
    Fernley"): the card's evidence backs them, like the name itself."""
    found = set()
    for at, kind, key in look.named(text):
        if kind == "people":
            card = look.card_keys(kind, key)
            found |= {w.start for w in title_before(text, at) if look.vocabulary.keys(w.text) & card}
    return found


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if st.prose:  # a role is read by role-not-the-subjects
            yield from islice(findings(st, look), 1)


def findings(st: Statement, look: Lookup) -> Iterator[Finding]:
    """The titles a statement gives its people that are not theirs: before a name, words
    their passages and card do not give them, or a word of the office left out; after it, a
    word left out."""
    v = look.vocabulary
    text = normalise(st.text)
    quoted = {w.text for ev in st.evidence for w in words(normalise(ev.quote))}
    spans = look.name_spans(text)
    for at, end, ref in spans:
        kind, key = ref.split("/", 1)
        if kind != "people":
            continue
        card = look.card_keys(kind, key)
        title = " ".join(w.text for w in _title(text, at, quoted))
        if title and not all(v.party(w.text) for w in words(title)):
            found = _unsaid(st, look, (kind, key), title, card)
            if found is not None:
                yield found
                continue
        ahead = _office(title_ahead(text, at, end, spans), st, look)
        found = _unsaid(st, look, (kind, key), ahead, card) if ahead else None
        if found is not None:  # "the clerk, Ruth Okafor" where Okafor is the Mayor
            yield found
            continue
        before = " ".join(w.text for w in title_before(text, at, first=True))
        after = title_after(text, end)
        begin = end + text[end:].find(after)
        if any(a < begin + len(after) and begin < b for a, b, _ in spans if a >= end):
            after = ""  # the next one's name, or title and name ("Whitlow, Mayor Okafor")
        found = _unsaid(st, look, (kind, key), after, card) if after else None
        if found is not None:  # "Okafor, who is Fernley's Deputy Mayor"
            yield found
            continue
        at_after = end + text[end:].find(after) + len(after) if after else end
        of = _OF.match(text, at_after)
        whose = _WHOSE.search(title_and_owner(text, end)[1]) if after else None
        owned = f"{whose.group() if whose else ''}{after}{of.group() if of else ''}" if after else ""
        for whole, country in ((before, before), (after, owned)):
            foreign = _foreign(country, card, look)
            if foreign is not None:  # "Okafor, the Mayor of Fernley"
                name = _name(look, kind, key)
                yield Finding(st.path, f"calls {name} '{country.strip()}', but {name}'s card gives "
                              f"them no office of '{foreign}'", "give the person the title of their own "
                              "country that their passages or card give them")
                break
            dropped = whole and left_out_title(whole, st.evidence, (kind, key), look)
            if dropped:
                name = _name(look, kind, key)
                yield Finding(st.path, f"calls {name} '{whole}', leaving '{dropped}' out of the "
                              "title its passages give them: that is another office",
                              "write the whole title the passage gives, or leave it out")


_WHOSE = re.compile(r"[A-Z][\w-]*['’]s\s+$")
_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


def _office(ahead: str, st: Statement, look: Lookup) -> str:
    """The words set off before a name that make an office: a capitalised one ("Fernley's
    caretaker Prime Minister, Okafor"), or words the passages print ("the clerk, Okafor",
    where the passages have a clerk). "His guest, Okafor", in words no passage has, describes
    and is left to the rules that read every word."""
    v = look.vocabulary
    if not ahead or any(w.text[:1].isupper() and not v.party(w.text) for w in words(ahead)):
        return ahead
    printed = frozenset().union(*(passage_keys(normalise(ev.quote), v) for ev in st.evidence))
    return ahead if any(v.keys(w.text) & printed for w in words(ahead) if not w.stop) else ""


def _foreign(title: str, card: frozenset[str], look: Lookup) -> str | None:
    """A country a title gives a person that their card does not, where it gives them one."""
    v = look.vocabulary
    countries = [w for w in words(title) if v.party(w.text)]
    if not countries or not any(v.party(k) for k in card):
        return None
    return next((w.text for w in countries if not v.keys(w.text) & card), None)


def _unsaid(st: Statement, look: Lookup, me: tuple[str, str], title: str,
            card: frozenset[str]) -> Finding | None:
    """The finding for a title whose words neither the person's passages nor their card give."""
    unsaid = [w for w in unsaid_title(title, st.evidence, me, look) if not look.vocabulary.keys(w) & card]
    if not unsaid:
        return None
    name = _name(look, *me)
    return Finding(st.path, f"calls {name} '{title}', but neither its passages nor {name}'s card "
                   f"give {name} '{' '.join(unsaid)}'",
                   "give the person the title their passages or card give them")


def _name(look: Lookup, kind: str, key: str) -> str:
    """The longest name the card goes by, not a handle."""
    return max((s for k, i, s in look.shared.names if (k, i) == (kind, key) and s[:1].isalpha()),
               key=len, default=key)
