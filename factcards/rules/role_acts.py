"""What a role that says what its holder did is read against: who its passages have do
that act. A party right before the same verb ("Fernley had closed the road"), the one after
"by" ("was received by the clerk"), or the subject of the verb's clause, which must name the
card's subject or, on a page that names it before, could describe it ("the two councils").
Someone who takes part "with" the doer shares the act ("talks with Okafor")."""

from __future__ import annotations

import re

from factcards.rules.context import CardFile, Lookup
from factcards.text.content import content_words
from factcards.text.hedging import happened
from factcards.text.verbatim import normalise
from factcards.text.words import Word, can_be_verb, only_verb, words


def lower_verb(word: Word) -> bool:
    """A lower-case word the dictionary knows as a verb ("spoke"; not "Minister")."""
    return word.text[:1].islower() and not word.stop and can_be_verb(word.text)


def acts(tokens: tuple[Word, ...], name_next: bool = False) -> bool:
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


def doers(text: str, verb: Word, look: Lookup) -> set[str]:
    """The parties a passage has do what a role's opening verb says: a name right before the
    same verb, an auxiliary or adverb between ("Fernley had closed the road"), or after "at
    the" and its noun ("at the invitation of Okafor")."""
    found = look.parties(text, statement=False)
    out: set[str] = set()
    for word in words(text):
        if not word.forms & verb.forms:
            continue
        if not can_be_verb(word.lower):  # "at the invitation of Okafor": Okafor invited
            agent = _OF.match(text, word.end) if _AT_THE.search(text[:word.start]) else None
            if agent:
                out |= {k for a, _, k in found if agent.start(1) <= a < agent.end(1)}
            continue
        agent = _BY.match(text, word.end)
        if agent:  # "was received by the deputy clerk, Ruth Okafor": the one after "by" did it
            named = {k for a, _, k in found if agent.start(1) <= a < agent.end(1)}
            out |= named or {agent.group(1).split(",")[0]}
            continue
        before = [(a, b) for a, b, _ in found if b <= word.start]
        # "Okafor is set to visit": a form of "be" before a verb and "to" is no passive
        linking = _BE if _TO.match(text, word.end) else _AUXILIARY
        if _IT.search(text[:word.start]):  # "Fernley closed the road. Two days later it reopened"
            out |= _sentence_subject(text, found, _start(_SENTENCE_START, text, word.start))
            continue
        if before:
            a, b = before[-1]
            between = text[b:word.start]
            if between.strip().lower() == "of" and _ACCUSES.search(text[:a]):
                out |= {k for x, y, k in found if (x, y) == (a, b)}  # "accuses Fernley of closing"
                continue
            if not re.search(r"[,;:()]", between) and all(
                    w.lower in linking or w.lower.endswith("ly") for w in words(between)):
                out |= {k for x, y, k in found if (x, y) == (a, b)}
    return out


def _sentence_subject(text: str, found: list[tuple[int, int, str]], at: int) -> set[str]:
    """The party the sentence before offset `at` opens with, not after a preposition: whom an
    "it" opening the next sentence stands for."""
    start = _start(_SENTENCE_START, text, max(at - 2, 0))
    for a, _, key in found:
        if start <= a < at:
            before = words(text[start:a])
            return set() if before and before[-1].lower in _PLACING else {key}
    return set()


_IT = re.compile(r"(?:^|[.!?]\s+)(?:[\w-]+\s+){0,3}it\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PLACING = frozenset({"in", "into", "inside", "from", "to", "against", "on", "at", "of", "by", "with"})
_BY = re.compile(r"\s+by\s+([^;:.()]+)", re.IGNORECASE)
_AT_THE = re.compile(r"\bat\s+the\s+$", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+([^;:.()]+)", re.IGNORECASE)
_ACCUSES = re.compile(r"\b(?:accus|blam|suspect|charg)\w*\s+$", re.IGNORECASE)
_TO = re.compile(r"\s+to\s", re.IGNORECASE)
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
                          if lower_verb(w) and (happened(w) or only_verb(w.text))), None)
            head = text[start:start + first.start] if first else ""
        kept = [w for w in words(head) if w.lower not in _BE]
        if kept:  # not "is" alone: a quote that opens on "is set to" has no subject of its own
            found.append(head[:kept[-1].end].strip(" ,"))
    return found


POSSESSIVE = frozenset({"its", "his", "her", "their"})


def described(subject: str, mine: frozenset[str], look: Lookup, named: bool) -> bool:
    """Whether a subject that names no one could be the card's own subject (`mine`: the keys
    of its card's words): it is a pronoun, or, on a page that names the card's subject up to
    there (`named`), shares a word with its name or roles ("the two councils" for a parish
    council) or is something of someone's ("its crews")."""
    content = content_words(subject, look.vocabulary)
    own = words(subject)[0].lower in POSSESSIVE
    return not content or (named and (own or any(look.vocabulary.keys(w.text) & mine for w in content)))


def doer_elsewhere(cf: CardFile, role: str, evidence, look: Lookup) -> str | None:
    """The party a role's passages have do its act, where none of them has the card's own
    subject do it ("Suspended talks with Fernley" on Fernley's card, where Alderbrook
    suspended them). Where no party stands right before the act, its clause's subject must
    name the card's subject, or could describe it ("The two councils ... resolved" is no
    engineer's act)."""
    verb = words(role)[0]
    me = f"{cf.kind}/{cf.stem}"
    own = {me} | look.entity_parties.get(me, frozenset())
    texts = [text for ev in evidence for text in (normalise(ev.quote), look.context(ev))]
    found = set().union(*(doers(text, verb, look) for text in texts))
    planned = len(words(role)) > 1 and words(role)[1].lower == "to"  # "Set to have talks with"
    if found & own or ((planned or not found) and any(_along(text, verb, own, role, look)
                                                      for text in texts)):
        return None  # a plan shared "with" the one who has it is each side's
    if found:
        return min(found)
    known = look.card_keys(cf.kind, cf.stem)
    subjects = [s for text in texts for s in _subjects(text, verb)]
    # A description ("the two councils") is the card's subject only where the page names it
    # before (or in) the passage's paragraph.
    here = any(f"{kind}/{key}" in own for ev in evidence for _, kind, key in look.named(look.before(ev)))
    for subject in subjects:
        named = {f"{kind}/{key}" for _, kind, key in look.named(subject)}
        if named & own or (not named and described(subject, known, look, here)):
            return None
    return next((s for s in subjects if s), None)


# Who takes part "with" the doer: the names after "with", up to a comma, "to" or another
# "with" ("with Okafor and the parish clerk Dana Whitlow to plan ..."; not "... and his
# meeting with Whitlow": that is another act).
_WITH = re.compile(r"\bwith\s+(.+?)(?=[,;:.]|\s+to\s|\s+with\s|$)", re.IGNORECASE)


def _along(text: str, verb: Word, own: set[str], role: str, look: Lookup) -> bool:
    """Whether the passage has the card's subject take part "with" the one who acts, whom the
    role names ("Whitlow is set to have talks with Okafor" for Okafor's "Set to have talks
    with Whitlow"): a shared act is each side's."""
    named = {f"{kind}/{key}" for _, kind, key in look.named(role)}
    for word in words(text):
        if not word.forms & verb.forms or not can_be_verb(word.lower):
            continue
        if not named & {f"{kind}/{key}" for _, kind, key in look.named(text[:word.start])}:
            continue  # the role names someone other than the one who acts
        clause = re.split(r"[.;:]", text[word.end:], maxsplit=1)[0]
        m = _WITH.search(clause)  # the first "with": a later one is another act's
        if m and any(f"{kind}/{key}" in own for _, kind, key in look.named(m.group(1))):
            return True
    return False
