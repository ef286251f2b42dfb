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
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_PERSON, person
from factcards.text.align import content_words, passage_keys
from factcards.text.hedging import happened
from factcards.text.verbatim import normalise
from factcards.text.words import Word, can_be_verb, only_verb, words

ID = "role-not-the-subjects"
SCOPE = "valid"
KINDS = tuple(kind.name for kind in REGISTRY.values() if kind.names)
SUMMARY = ("A role that names a party but no action ('Mayor of Alderbrook') names the party its "
           "passage gives the card's own person or body: in the words around their name, up to "
           "a verb, a comma or another name ('Alderbrook Mayor Ruth Okafor spoke with ...' gives "
           "Okafor Alderbrook, not the Fernley after 'spoke'). The title's words (up to a comma) "
           "stand next to their name in one of the passages: before it ('Mayor Ruth Okafor') or "
           "in apposition ('Ruth Okafor, the Mayor of Alderbrook'). A role that says what they "
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
            and not _verb(tokens[lo - 1]):
        lo -= 1
    while hi + 1 < len(tokens) and not stops(tokens[hi], tokens[hi + 1]) \
            and not _other(tokens[hi + 1], names, at) and not _verb(tokens[hi + 1]):
        hi += 1
    return tokens[lo].start, tokens[hi].end


def _verb(word: Word) -> bool:
    """A lower-case word the dictionary knows as a verb ("spoke"; not "Minister")."""
    return word.text[:1].islower() and not word.stop and can_be_verb(word.text)


def _acts(tokens: tuple[Word, ...], name_next: bool = False) -> bool:
    """Whether a role opens with what its holder did or is to do: a verb and then a function
    word or (`name_next`) a listed name ("Suspended all talks with Fernley", "Recalled its
    envoy", "Set to visit Fernley", "Received Ruth Okafor"; not "Retired engineer of ...",
    "Head of the council", "Retired Parish Clerk")."""
    if len(tokens) < 2 or tokens[1].lower == "of":
        return False
    if happened(tokens[0]):
        return tokens[1].stop or name_next
    return can_be_verb(tokens[0].lower) and tokens[1].stop


_AUXILIARY = frozenset({"had", "has", "have", "also", "then", "later", "already", "additionally"})
_BE = _AUXILIARY | {"is", "was", "are", "were", "be", "been", "being", "will", "would"}


def _doers(text: str, verb: Word, look: Lookup) -> set[str]:
    """The parties a passage has do what a role's opening verb says: a name right before the
    same verb, an auxiliary or adverb between ("Fernley had closed the road")."""
    found = look.parties(text, statement=False)
    out: set[str] = set()
    for word in words(text):
        if not word.forms & verb.forms or not can_be_verb(word.lower):
            continue
        agent = _BY.match(text, word.end)
        if agent:  # "was received by the deputy clerk, Ruth Okafor": the one after "by" did it
            named = {k for a, _, k in found if agent.start(1) <= a < agent.end(1)}
            out |= named or {agent.group(1).split(",")[0]}
            continue
        before = [(a, b) for a, b, _ in found if b <= word.start]
        if before:
            a, b = before[-1]
            between = text[b:word.start]
            if not re.search(r"[,;:()]", between) and all(
                    w.lower in _AUXILIARY or w.lower.endswith("ly") for w in words(between)):
                out |= {k for x, y, k in found if (x, y) == (a, b)}
    return out


_BY = re.compile(r"\s+by\s+([^;:.()]+)", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?]\s|\bthat\s", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.;!?]\s")
_JOINED = re.compile(r"\s(?:and|but)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


def _start(pattern: re.Pattern, text: str, at: int) -> int:
    return max((m.end() for m in pattern.finditer(text, 0, at)), default=0)


def _subjects(text: str, verb: Word) -> list[str]:
    """The subject of each use of the verb: the words before it in its clause ("the Mayor of
    Alderbrook, Ruth Okafor, is set to"), or, where "and" joins it to an earlier verb, the words
    its sentence opens with, up to that verb ("The two councils met ..., and resolved": "The two
    councils")."""
    found = []
    for word in words(text):
        if not word.forms & verb.forms or not can_be_verb(word.lower):
            continue  # "invitation" is no use of "invited"
        head = text[_start(_CLAUSE_START, text, word.start):word.start]
        if _JOINED.search(head):
            start = _start(_SENTENCE_START, text, word.start)
            first = next((w for w in words(text[start:word.start])
                          if _verb(w) and (happened(w) or only_verb(w.text))), None)
            head = text[start:start + first.start] if first else ""
        kept = [w for w in words(head) if w.lower not in _BE]
        if kept:  # not "is" alone: a quote that opens on "is set to" has no subject of its own
            found.append(head[:kept[-1].end].strip(" ,"))
    return found


def _described(subject: str, mine: frozenset[str], look: Lookup, named: bool) -> bool:
    """Whether a subject that names no one could be the card's own subject (`mine`: the keys
    of its card's words): it is a pronoun, or, on a page that names the card's subject up to
    there (`named`), shares a word with its name or roles ("the two councils" for a parish
    council) or is something of someone's ("its crews")."""
    content = content_words(subject, look.vocabulary)
    own = words(subject)[0].lower in _POSSESSIVE
    return not content or (named and (own or any(look.vocabulary.keys(w.text) & mine for w in content)))


_POSSESSIVE = frozenset({"its", "his", "her", "their"})


def _doer_elsewhere(cf: CardFile, verb: Word, evidence, look: Lookup) -> str | None:
    """The party a role's passages have do its act, where none of them has the card's own
    subject do it ("Suspended talks with Fernley" on Fernley's card, where Alderbrook
    suspended them). Where no party stands right before the act, its clause's subject must
    name the card's subject, or could describe it ("The two councils ... resolved" is no
    engineer's act)."""
    me = f"{cf.kind}/{cf.stem}"
    own = {me} | look.entity_parties.get(me, frozenset())
    texts = [text for ev in evidence for text in (normalise(ev.quote), look.context(ev))]
    doers = set().union(*(_doers(text, verb, look) for text in texts))
    if doers:
        return None if doers & own else min(doers)
    known = look.card_keys(cf.kind, cf.stem)
    subjects = [s for text in texts for s in _subjects(text, verb)]
    # A description ("the two councils") is the card's subject only where the page names it
    # before (or in) the passage's paragraph.
    here = any(f"{kind}/{key}" in own for ev in evidence for _, kind, key in look.named(look.before(ev)))
    for subject in subjects:
        named = {f"{kind}/{key}" for _, kind, key in look.named(subject)}
        if named & own or (not named and _described(subject, known, look, here)):
            return None
    return next((s for s in subjects if s), None)


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
            if commas > 1 or _BREAKS.intersection(gap) or _verb(nxt) or _other(nxt, people, at):
                break
            if step > 0 and not commas and nxt.lower in ("and", "or"):
                break  # "Okafor and the Fernley clerk": the next one's words, not an apposition
            i += step
        return i

    return text[tokens[reach(inside[0], -1)].start:tokens[reach(inside[-1], 1)].end]


_COUNTERPART = re.compile(r"\bcounterparts?\b", re.IGNORECASE)


def unsaid_title(role: str, evidence: list, me: tuple[str, str], look: Lookup) -> list[str]:
    """The words of a role that no passage puts next to the card's subject's name (none if no
    passage names them: whether the name is there is other rules' to say)."""
    vocabulary, titles, seen = look.vocabulary, set(), False
    for ev in evidence:
        for text in {normalise(ev.quote), look.context(ev)}:
            named = look.named(text)
            mine = [at for at, kind, key in named if (kind, key) == me]
            found = look.parties(text, statement=False)
            people = [(a, b) for a, b, key in found if key.startswith("people/")]
            tokens = words(text)
            for at in mine:
                seen = True
                end = next((b for a, b, _ in found if a == at), at + 1)
                apposed = _apposed(text, tokens, at, end, people)
                titles |= passage_keys(apposed, vocabulary)
                if _COUNTERPART.search(apposed):  # holds the office of the one named before
                    titles = titles.union(*(passage_keys(_apposed(text, tokens, a, b, people), vocabulary)
                                            for a, b in people if b <= at))
    if not seen:
        return []
    title = re.split(r"[,;:(]", role, maxsplit=1)[0]  # what follows a comma describes, other rules read it
    return [w.text for w in content_words(title, vocabulary)
            if not vocabulary.party(w.text) and not vocabulary.keys(w.text) & titles]


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    me = (cf.kind, cf.stem)
    groups = look.vocabulary.party_groups
    for st in statements(cf):
        if st.path[0] != "roles":
            continue
        role = normalise(st.text)
        tokens = words(role)
        name_next = len(tokens) > 1 and any(at == tokens[1].start for at, _, _ in look.named(role))
        if _acts(tokens, name_next) and (doer := _doer_elsewhere(cf, words(role)[0], st.evidence, look)):
            yield Finding(st.path, f"gives this {REGISTRY[cf.kind].noun} the act "
                          f"'{words(role)[0].text}', which its passages give "
                          f"'{look.party_name(doer) if '/' in doer or doer.startswith('~') else doer}'",
                          "give the role what its passage has "
                          "this subject do, or quote the passage that does")
            continue
        if any(only_verb(w.text) for w in words(role)) or _acts(words(role)) \
                or look.attribution.search(role):
            continue  # a role that says what they did, or who says so: other rules read those
        wanted = {key for _, _, key in look.parties(role) if key in groups}
        if not wanted and not any(look.vocabulary.party(w.text) for w in words(role)):
            continue
        unsaid = unsaid_title(role, st.evidence, me, look)
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
