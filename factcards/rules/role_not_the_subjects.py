"""A title-like role ("Mayor of Alderbrook", "Fernley Parish Clerk") is the one its passage
gives the card's own person or body, not the one it gives the person next to them: "Okafor
spoke with the Parish Clerk of Fernley" makes someone else Fernley's clerk. The title's words
stand next to their name in the passage ("Ruth Okafor, the Mayor of Alderbrook", "Mayor Ruth
Okafor"), or next to the one whose counterpart they are: a title from a sentence or a passage
about someone else is borrowed. A role that says what its holder did ("Closed the road to
Fernley") is said of the card's own subject: the passage has that subject do it, not the other
party the role names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds import KINDS as REGISTRY
from factcards.rules.context import CardFile, Finding, Lookup, done_to_holder, statements
from factcards.rules.examples import GOOD_PERSON, person
from factcards.rules.role_acts import acts, doer_elsewhere, lower_verb
from factcards.rules.role_done_to import done_elsewhere
from factcards.rules.role_titles import BREAKS, apposed_texts, left_out, other_name, unsaid
from factcards.text.hedging import happened
from factcards.text.verbatim import normalise
from factcards.text.words import Word, only_verb, words

ID = "role-not-the-subjects"
SCOPE = "valid"
KINDS = tuple(kind.name for kind in REGISTRY.values() if kind.names)
SUMMARY = ("A role that names a party but no action ('Mayor of Alderbrook') names the party its "
           "passage gives the card's own person or body: in the words around their name, up to "
           "a verb, a comma or another name ('Alderbrook Mayor Ruth Okafor spoke with ...' gives "
           "Okafor Alderbrook, not the Fernley after 'spoke'). The title's words (up to a comma) "
           "stand next to their name in one of the passages: before it ('Mayor Ruth Okafor') or "
           "in apposition ('Ruth Okafor, the Mayor of Alderbrook'), without leaving out a capitalised "
           "word the passage's title has before them ('Mayor' for 'Deputy Mayor' is another "
           "office). A role that says what they "
           "did ('Closed the road to Fernley') names the other party as the one acted on; its "
           "passage does not have another party do it ('Fernley had closed the road'). A role "
           "that says what was done to them ('Received at the station by Okafor') is done in its "
           "passage by the one after 'by', to the card's own subject or a description that "
           "could be them, not one that names another party.")
FIX = "Give the role the party its passage gives this person, or quote the passage that does."
EXAMPLE_KIND = "people"
EXAMPLES = (GOOD_PERSON, person("role: Mayor of Alderbrook", "role: Mayor of Fernley"))


def _phrase(text: str, tokens: tuple[Word, ...], at: int, end: int,
            names: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of words around a name (from `at` to `end`) that speak of it: out to a verb, a
    comma or another name on either side."""
    def stops(a: Word, b: Word) -> bool:
        return bool(BREAKS.intersection(text[a.end:b.start]))

    inside = [i for i, w in enumerate(tokens) if at <= w.start < end]
    if not inside:
        return at, end
    lo, hi = inside[0], inside[-1]
    while lo > 0 and not stops(tokens[lo - 1], tokens[lo]) and not other_name(tokens[lo - 1], names, at) \
            and not lower_verb(tokens[lo - 1]):
        lo -= 1
    while hi + 1 < len(tokens) and not stops(tokens[hi], tokens[hi + 1]) \
            and not other_name(tokens[hi + 1], names, at) and not lower_verb(tokens[hi + 1]):
        hi += 1
    return tokens[lo].start, tokens[hi].end




def _acts(role: str, look: Lookup) -> list[tuple[str, str]]:
    """Each part of a role (between semicolons) that says what its holder did, with its verb:
    "Recalled its envoy; closed the road" is two acts."""
    found = []
    for i, part in enumerate(p.strip() for p in role.split(";")):
        if done_to_holder(part):  # "Received at the airbase by Okafor": done to its holder
            found.append((words(part)[0].text, part))
            continue
        tokens = words(part)
        name_next = len(tokens) > 1 and any(at == tokens[1].start for at, _, _ in look.named(part))
        later = i > 0 and bool(tokens) and lower_verb(tokens[0]) and happened(tokens[0])
        if tokens and (acts(tokens, name_next) or later):  # "...; closed the road to buses"
            found.append((tokens[0].text, part))
        elif ", " in part:  # "Two days after the vote, closed the road": the act after a comma
            rest = part.split(", ", 1)[1]
            said = words(rest)
            if said and lower_verb(said[0]) and happened(said[0]):
                found.append((said[0].text, rest))
        for m in _WHO.finditer(part):  # "Parish clerk who closed the road"
            said = words(part[m.start(1):])
            if said and lower_verb(said[0]) and happened(said[0]):
                found.append((said[0].text, part[m.start(1):]))
    return found


_WHO = re.compile(r"\b(?:who|which)\s+(\w)")


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    me = (cf.kind, cf.stem)
    groups = look.vocabulary.party_groups
    for st in statements(cf):
        if st.path[0] != "roles":
            continue
        role = normalise(st.text)
        tokens = words(role)
        acted = next(((verb, doer, done_to_holder(part)) for verb, part in _acts(role, look)
                      if (doer := (done_elsewhere if done_to_holder(part) else doer_elsewhere)(
                          cf, part, st.evidence, look))), None)
        if acted is not None:
            verb, doer, done_to = acted
            keyed = "/" in doer or doer.startswith("~")  # a doer; else whom it was done to
            who = look.party_name(doer) if keyed else doer
            noun = REGISTRY[cf.kind].noun
            yield Finding(st.path, f"says '{verb}' was done to this {noun} by the one it names, but "
                          + (f"its passages have '{who}' do it" if keyed else
                             f"its passages do it to '{who}'") if done_to else
                          f"gives this {noun} the act '{verb}', which its passages give '{who}'",
                          "give the role what its passage has done to this subject, and by whom, "
                          "or quote the passage that says so" if done_to else
                          "give the role what its passage has this subject do, or quote the "
                          "passage that does")
            continue
        if any(only_verb(w.text) for w in tokens) or acts(tokens) or look.attribution.search(role):
            continue  # a role that says what they did, or who says so: other rules read those
        wanted = {key for _, _, key in look.parties(role) if key in groups}
        if not wanted and not any(look.vocabulary.party(w.text) for w in tokens):
            continue
        titles, apposed = apposed_texts(st.evidence, me, look)  # read once for both questions
        dropped = left_out(role, apposed, look.vocabulary)
        if dropped:
            yield Finding(st.path, f"leaves '{dropped}' out of the title its passages give this "
                          f"{REGISTRY[cf.kind].noun}: that is another office",
                          "write the whole title the passage gives, or quote one that gives yours")
            continue
        unbacked = unsaid(role, titles, apposed, look.vocabulary)
        if unbacked:
            yield Finding(st.path, f"gives this {REGISTRY[cf.kind].noun} the title "
                          f"'{' '.join(unbacked)}', which no passage puts next to their name",
                          "quote a passage where the title stands next to their name "
                          "('Ruth Okafor, the Mayor of Alderbrook'), or correct the role")
            continue
        seen, given = False, set()
        for ev in st.evidence:
            for text in (normalise(ev.quote), look.context(ev)):
                named = look.named(text)
                mine = [at for at, kind, key in named if (kind, key) == me]
                if not mine:
                    continue
                seen = True
                found = look.parties(text, statement=False)
                names = [(a, b) for a, b, key in found if key not in groups]
                tokens = words(text)
                for at in mine:
                    end = next((b for a, b, _ in found if a == at), at + 1)
                    lo, hi = _phrase(text, tokens, at, end, names)
                    given |= {key for a, _, key in found if lo <= a < hi and key in groups}
                    given |= look.entity_parties.get(f"{cf.kind}/{cf.stem}", frozenset())
                break
        missing = wanted - given
        if seen and missing:
            yield Finding(st.path, f"gives this {REGISTRY[cf.kind].noun} "
                          f"'{look.party_name(min(missing))}', which its passages give someone "
                          "else", "give the role the party its passage gives this person, or "
                          "quote the passage that does")
