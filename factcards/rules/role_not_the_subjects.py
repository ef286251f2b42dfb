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
from itertools import pairwise

from factcards.kinds import KINDS as REGISTRY
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_PERSON, person
from factcards.rules.role_acts import acts, doer_elsewhere, lower_verb
from factcards.text.align import content_words, passage_keys
from factcards.text.role_words import PERSON
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
           "passage does not have another party do it ('Fernley had closed the road').")
FIX = "Give the role the party its passage gives this person, or quote the passage that does."
EXAMPLE_KIND = "people"
EXAMPLES = (GOOD_PERSON, person("role: Mayor of Alderbrook", "role: Mayor of Fernley"))
_BREAKS = frozenset(".;:()\"“”-–—")  # a comma may set off the role: "Haldane, Alderbrook's chief ..."


def _phrase(text: str, tokens: tuple[Word, ...], at: int, end: int,
            names: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of words around a name (from `at` to `end`) that speak of it: out to a verb, a
    comma or another name on either side."""
    def stops(a: Word, b: Word) -> bool:
        return bool(_BREAKS.intersection(text[a.end:b.start]))

    inside = [i for i, w in enumerate(tokens) if at <= w.start < end]
    if not inside:
        return at, end
    lo, hi = inside[0], inside[-1]
    while lo > 0 and not stops(tokens[lo - 1], tokens[lo]) and not _other(tokens[lo - 1], names, at) \
            and not lower_verb(tokens[lo - 1]):
        lo -= 1
    while hi + 1 < len(tokens) and not stops(tokens[hi], tokens[hi + 1]) \
            and not _other(tokens[hi + 1], names, at) and not lower_verb(tokens[hi + 1]):
        hi += 1
    return tokens[lo].start, tokens[hi].end


def _other(word: Word, names: list[tuple[int, int]], own: int) -> bool:
    return any(a <= word.start < b and a != own for a, b in names)


def _apposed(text: str, tokens: tuple[Word, ...], at: int, end: int,
             people: list[tuple[int, int]]) -> str:
    """The words that stand next to a name as its title: before it ("Mayor Ruth Okafor",
    "the Mayor of Alderbrook, Ruth Okafor") and after it ("Ruth Okafor, the Mayor of
    Alderbrook"), out to a verb, another person's name, a second comma, or an "and" that
    joins another one to the name."""
    inside = [i for i, w in enumerate(tokens) if at <= w.start < end]
    if not inside:
        return ""

    def reach(i: int, step: int) -> int:
        commas = 0
        while 0 <= i + step < len(tokens):
            a, b = (tokens[i], tokens[i + step]) if step > 0 else (tokens[i + step], tokens[i])
            gap = text[a.end:b.start]
            commas += gap.count(",")
            nxt = tokens[i + step]
            if commas > 1 or _BREAKS.intersection(gap) or lower_verb(nxt) or _other(nxt, people, at):
                break
            if step > 0 and not commas and nxt.lower in ("and", "or"):
                break  # "Okafor and the Fernley clerk": the next one's words, not an apposition
            i += step
        return i

    return text[tokens[reach(inside[0], -1)].start:tokens[reach(inside[-1], 1)].end]


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)


def _apposed_texts(evidence: list, me: tuple[str, str], look: Lookup) -> tuple[set[str], list[str]]:
    """The keys of the words that stand next to the card's subject's name in its passages, and
    those words' texts (none if no passage names them)."""
    vocabulary, titles, apposed_all = look.vocabulary, set(), []
    for ev in evidence:
        for text in {normalise(ev.quote), look.context(ev)}:
            named = look.named(text)
            mine = [at for at, kind, key in named if (kind, key) == me]
            found = look.parties(text, statement=False)
            people = [(a, b) for a, b, key in found if key.startswith(PERSON)]
            tokens = words(text)
            for at in mine:
                end = next((b for a, b, _ in found if a == at), at + 1)
                apposed = _apposed(text, tokens, at, end, people)
                apposed_all.append(apposed)
                titles |= passage_keys(apposed, vocabulary)
                if _COUNTERPART.search(apposed):  # holds the office of the one named before
                    titles = titles.union(*(passage_keys(_apposed(text, tokens, a, b, people), vocabulary)
                                            for a, b in people if b <= at))
    return titles, apposed_all


def _title(role: str) -> str:
    return re.split(r"[,;:(]", role, maxsplit=1)[0]  # what follows a comma describes, other rules read it


def unsaid_title(role: str, evidence: list, me: tuple[str, str], look: Lookup) -> list[str]:
    """The words of a role that no passage puts next to the card's subject's name (none if no
    passage names them: whether the name is there is other rules' to say)."""
    return _unsaid(role, *_apposed_texts(evidence, me, look), look.vocabulary)


def left_out_title(title: str, evidence: list, me: tuple[str, str], look: Lookup) -> str | None:
    """The capitalised word every passage's title for the card's subject has before the title's
    own words, and the title leaves out: another office."""
    return _left_out(title, _apposed_texts(evidence, me, look)[1], look.vocabulary)


def _unsaid(role: str, titles: set[str], apposed: list[str], vocabulary) -> list[str]:
    if not apposed:
        return []
    return [w.text for w in content_words(_title(role), vocabulary)
            if not vocabulary.party(w.text) and not vocabulary.keys(w.text) & titles]


def _left_out(role: str, apposed: list[str], vocabulary) -> str | None:
    """The capitalised word every passage's title for the card's subject has right before the
    role's own title words, and the role leaves out."""
    dropped = [_dropped(_title(role), text, vocabulary) for text in apposed]
    return dropped[0] if dropped and all(dropped) else None


def _dropped(title: str, apposed: str, vocabulary) -> str | None:
    """The capitalised word a passage's title has right before the role's own title words and
    the role leaves out ("Deputy" of "Deputy Mayor Ruth Okafor" for "Mayor"): another office.
    A party's word there ("Alderbrook Mayor") is whose office it is, not another one."""
    mine = [w for w in words(title) if w.text[:1].isupper() and not vocabulary.party(w.text)]
    if not mine:
        return None
    have = {w.lower for w in words(title)}
    for before, word in pairwise(words(apposed)):
        if word.text == mine[0].text and before.text[:1].isupper() and before.lower not in have \
                and not vocabulary.party(before.text) and not before.stop \
                and not apposed[before.end:word.start].strip():
            return before.text
    return None


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    me = (cf.kind, cf.stem)
    groups = look.vocabulary.party_groups
    for st in statements(cf):
        if st.path[0] != "roles":
            continue
        role = normalise(st.text)
        tokens = words(role)
        name_next = len(tokens) > 1 and any(at == tokens[1].start for at, _, _ in look.named(role))
        if acts(tokens, name_next) and (doer := doer_elsewhere(cf, role, st.evidence, look)):
            yield Finding(st.path, f"gives this {REGISTRY[cf.kind].noun} the act "
                          f"'{tokens[0].text}', which its passages give "
                          f"'{look.party_name(doer) if '/' in doer or doer.startswith('~') else doer}'",
                          "give the role what its passage has "
                          "this subject do, or quote the passage that does")
            continue
        if any(only_verb(w.text) for w in tokens) or acts(tokens) or look.attribution.search(role):
            continue  # a role that says what they did, or who says so: other rules read those
        wanted = {key for _, _, key in look.parties(role) if key in groups}
        if not wanted and not any(look.vocabulary.party(w.text) for w in tokens):
            continue
        titles, apposed = _apposed_texts(st.evidence, me, look)  # read once for both questions
        left_out = _left_out(role, apposed, look.vocabulary)
        if left_out:
            yield Finding(st.path, f"leaves '{left_out}' out of the title its passages give this "
                          f"{REGISTRY[cf.kind].noun}: that is another office",
                          "write the whole title the passage gives, or quote one that gives yours")
            continue
        unsaid = _unsaid(role, titles, apposed, look.vocabulary)
        if unsaid:
            yield Finding(st.path, f"gives this {REGISTRY[cf.kind].noun} the title "
                          f"'{' '.join(unsaid)}', which no passage puts next to their name",
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
