"""Who does what to whom in a sentence, as far as word order and a few function words tell.

A party is a name (or a word the project makes equivalent to one, such as a capital for its
country). In each sentence a party is the actor of the action when it comes first and the verb
is active, follows "by" in a passive ("closed by Alderbrook"), or owns the action ("Alderbrook's
vote", "Fernley's request"); it is the target when it follows the action ("against ...
Alderbrook", "into Fernley") or is the subject of a passive ("Fernley was asked"). This is no parser:
it reads only sentences whose roles these signs make plain, and says nothing about the rest.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass

from factcards.text.words import Word, can_be_noun, can_be_verb, only_verb, words

CLAUSE = re.compile(r"(?<=[.;!?])\s+|\s*[:()]\s*")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "got"})
_BY = "by"
_NEWCLAUSE = frozenset({"when", "while", "whereas", "because", "since", "after", "before", "as",
                         "where", "which", "who", "what", "that", "until", "although", "though"})
_RELATIVE = frozenset({"who", "which"})
_AND = frozenset({"and", "or"})
# An aside in which another party says something of the one before it ("Fernley, which
# Alderbrook accused of closing the road, reopened it"): the main clause is read without it,
# and what the aside credits to its speaker is no action of the sentence.
_ASIDE = re.compile(r",\s+(?:which|whom)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?P<verb>\w+)[^,.;:]*,")


def _without_asides(sentence: str, keys) -> str:
    """The sentence with such asides blanked out (the same length, so positions hold)."""
    return _ASIDE.sub(lambda m: " " * len(m.group()) if keys(m["verb"]) & _SAYING.get()
                      else m.group(), sentence)


_TOWARDS = frozenset({"against", "on", "into", "inside", "at", "in", "upon", "toward", "towards"})
# Nouns whose "of" names who does it, not to whom: "at the invitation of Fernley", "at the
# request of Alderbrook" (and their owner: "at Fernley's invitation").
_AGENT_OF = frozenset({"invitation", "request", "behest", "initiative", "urging", "orders", "order"})


# Set by `roles` for the call: the project's speech verbs, and its groups that hold a verb.
_SAYING: ContextVar[frozenset[str]] = ContextVar("saying", default=frozenset())
_VERB_GROUPS: ContextVar[frozenset[str]] = ContextVar("verb_groups", default=frozenset())


@dataclass(frozen=True)
class Role:
    """A party's part in an action: `actor` or `target`, with the action's word forms."""

    party: str
    role: str
    action: frozenset[str]
    sentence: int = 0


def _acts(word: Word, keys) -> bool:
    """Whether a word names an action: a verb and nothing else ("recalled", not "evening"),
    or a word the project makes equivalent to such a verb ("strikes" to "struck"). Speech
    verbs are no actions here: "said the Ministry" has the Ministry speak."""
    if word.stop or keys(word.text) & _SAYING.get():
        return False
    return only_verb(word.text) or bool(keys(word.text) & _VERB_GROUPS.get()) or word.lower in _AGENT_OF


def _actions(tokens: list[Word], lo: int, hi: int, index: dict[int, str], keys) -> frozenset[str]:
    """The forms of every action word in tokens[lo:hi] that is no party."""
    return frozenset().union(*(keys(tokens[k].text) for k in range(max(lo, 0), hi)
                               if k not in index and _acts(tokens[k], keys)))


def _left(tokens: list[Word], i: int, index: dict[int, str], keys, text: str) -> Role | None:
    """The role a party's left side gives it: after "by" an actor, after "against", "into" and
    the like a target, right after an action (its object) a target. The action is every
    action word back to the party before it. An object follows its action with no comma
    between: in "after Fernley's vote, Alderbrook closed it" Alderbrook is no object."""
    start = max([k + 1 for k in index if k < i] + [0])
    for j in range(i - 1, start - 1, -1):
        word = tokens[j]
        if "," in text[word.end:tokens[j + 1].start] and _acts(word, keys):
            return None
        if word.lower in _NEWCLAUSE:  # "..., when Fernley asked": Fernley begins a clause of its own
            return None
        if word.lower == "of" and j > 0 and tokens[j - 1].lower in _AGENT_OF:
            return Role(index[i], "actor", keys(tokens[j - 1].text))  # "the invitation of Fernley"
        if word.lower == _BY or word.lower in _TOWARDS:  # the clause's actions so far
            # (an agent's, since the "by" or the party before: "an invitation extended by
            # Fernley, a visit undertaken by Alderbrook" has Alderbrook undertake the visit, not
            # invite; "the invitation of Okafor and a welcome by Whitlow", welcome only)
            lo = max([k + 1 for k in range(j) if tokens[k].lower == _BY] + [start], default=0) \
                if word.lower == _BY else 0
            acts = _actions(tokens, lo, j, index, keys)
            if word.lower == _BY and tokens[i].lower.endswith("'s"):
                acts |= _actions(tokens, i + 1, min(i + 4, len(tokens)), index, keys)
            return Role(index[i], "actor" if word.lower == _BY else "target", acts) if acts else None
        if _acts(word, keys):
            return Role(index[i], "target", keys(word.text))
    return None


def _apposition(tokens: list[Word], positions: list[int], n: int, index: dict[int, str], text: str,
                found: list[Role]) -> Role | None:
    """A person named after a comma right behind a description ("the invitation of his Fernley
    counterpart, Ruth Okafor") has the description's part: Okafor invited. Nothing between the
    two may be an action, and the name ends its phrase."""
    i = positions[n]
    if not n or not index[i].startswith(_PERSON) or text[tokens[i - 1].end:tokens[i].start].strip() != ",":
        return None
    q = positions[n - 1]
    if any(w.text[:1].islower() and (can_be_verb(w.text) or (w.lower in _AND and not (
            tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper())))
           for k, w in enumerate(tokens[q + 1:i], q + 1)):
        return None  # an action, or another one joined ("Okafor and Whitlow"), not a title's "West and East"
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].text[:1].islower()), len(tokens))
    if end < len(tokens) and not text[tokens[end - 1].end:tokens[end].start].strip():
        return None  # the name goes on into its own clause: "Okafor said"
    part = next((r for r in reversed(found) if r.party == index[q]), None)
    return Role(index[i], part.role, part.action) if part is not None else None


def _owns(tokens: list[Word], i: int, index: dict[int, str], keys) -> Role | None:
    """A party right before an action it owns is its actor, whatever stands before it: "in
    Fernley's strike", "with Alderbrook's closure" (a noun, not a verb: "Fernley struck" is
    read by word order). A name of several words owns from its last ("Ruth Okafor's vote")."""
    party = index.get(i)
    last = i
    while last + 1 < len(tokens) and last + 1 not in index and not tokens[last].lower.endswith("'s") \
            and tokens[last + 1].text[:1].isupper():
        last += 1
    nxt = last + 1 if tokens[last].lower.endswith("'s") else i + 1
    if nxt >= len(tokens) or nxt in index or party is None:
        return None
    word = tokens[nxt]
    if _acts(word, keys) and not only_verb(word.text):
        return Role(party, "actor", keys(word.text))
    return None


def _sentence_roles(tokens: list[Word], index: dict[int, str], keys, text: str) -> list[Role]:
    out: list[Role] = []
    subjects: list[int] = []  # where a party stands as its clause's subject
    positions = sorted(index)
    for n, i in enumerate(positions):
        owned = _owns(tokens, i, index, keys)
        if owned is not None:
            out.append(owned)
            continue
        left = _left(tokens, i, index, keys, text)
        if left is not None:
            out.append(left)
            continue
        apposed = _apposition(tokens, positions, n, index, text, out)
        if apposed is not None:
            out.append(apposed)
            continue
        end = positions[n + 1] if n + 1 < len(positions) else len(tokens)
        first = next((k for k in range(i + 1, end) if _acts(tokens[k], keys)), None)
        if first is None:
            continue
        between = tokens[i + 1:first]
        acts = _actions(tokens, first, end, index, keys)
        if between and between[-1].lower in _RELATIVE and \
                all(w.stop or not w.text[:1].islower() for w in between[:-1]):
            # "Alderbrook's Mayor, who closed the bridge": the one "who" stands for acts
            out.append(Role(index[i], "target" if any(w.lower in _PASSIVE for w in between)
                            else "actor", acts))
        elif any(w.lower in _PASSIVE for w in between):
            out.append(Role(index[i], "target", acts))
        elif tokens[i].lower.endswith("'s"):  # "Alderbrook's vote": the action it owns
            if len(between) <= 1:
                out.append(Role(index[i], "actor", keys(tokens[first].text)))
        elif between and between[-1].lower in _AND and n:
            continue  # "spoke with Whitlow and praised": Whitlow is the object; "and" goes on
        elif all(w.stop or not w.text[:1].islower() for w in between) or len(between) <= 2:
            out.append(Role(index[i], "actor", acts))
            subjects.append(i)
    if positions and not subjects and _speaks(tokens, positions[0]):
        subjects.append(positions[0])
    out += _coordinated(tokens, positions, index, out)
    return out + _shared_subject(tokens, subjects, index, keys, out)


_ADVERBIAL = 4  # words between "and" and its verb: "and two days later launched"


def _shared_subject(tokens: list[Word], subjects: list[int], index: dict[int, str], keys,
                    found: list[Role]) -> list[Role]:
    """A verb after "and" with no party of its own shares the subject of the clause before:
    "Fernley closed the road, and two days later reopened the bridge" has Fernley reopen it.
    The subject is the last party before the "and" that stands as a clause's subject
    (`subjects`, where the word order has it act): "after Fernley closed the road, Alderbrook
    protested, and later reopened it" has Alderbrook reopen it."""
    out = []
    for k, word in enumerate(tokens):
        before = [p for p in subjects if p < k]
        if word.lower not in _AND or not before:
            continue
        verb = next((j for j in range(k + 1, min(k + 2 + _ADVERBIAL, len(tokens)))
                     if _acts(tokens[j], keys) and only_verb(tokens[j].text)
                     and not tokens[j].lower.endswith("ing")), None)  # "of hitting ... and violating"
        if verb is None or any(k < p <= verb for p in index) or (
                verb - 1 > k and can_be_noun(tokens[verb - 1].text)):
            continue  # "X and other militants involved": the noun before the verb is its own
        action = keys(tokens[verb].text)
        if not any(action & r.action for r in found if r.role == "actor"):  # no actor yet
            out.append(Role(index[before[-1]], "actor", action))
    return out


def _speaks(tokens: list[Word], at: int) -> bool:
    """Whether the party at `at` is its clause's subject by a verb right after its name that
    is no action ("Okafor spoke with Whitlow and praised ..."): its speaker is still who the
    next verb after "and" has act."""
    nxt = next((w for w in tokens[at + 1:] if w.text[:1].islower()), None)  # past the name
    return nxt is not None and not nxt.stop and can_be_verb(nxt.text)


def _coordinated(tokens: list[Word], positions: list[int], index: dict[int, str],
                 found: list[Role]) -> list[Role]:
    """A party joined by "and" to the next one shares its part: "Fernley and Alderbrook
    agreed" has both agree."""
    out = []
    for n, i in enumerate(positions[:-1]):
        nxt = positions[n + 1]
        gap = [w.lower for w in tokens[i + 1:nxt]]
        if gap and gap[-1] in _AND and all(w in _AND or not tokens[i + 1 + k].text[:1].islower()
                                           for k, w in enumerate(gap)) \
                and not any(r.party == index[i] for r in found):
            out += [Role(index[i], r.role, r.action) for r in found if r.party == index[nxt]]
    return out


def roles(text: str, spans: list[tuple[int, int, str]], keys, saying: frozenset[str] = frozenset(),
          verb_groups: frozenset[str] = frozenset()) -> list[Role]:
    """The roles the plain sentences of `text` give its parties. `spans` are (start, end,
    party) of the parties; `keys(word)` gives a word's forms and equivalents; `saying` the
    forms of speech verbs; `verb_groups` the equivalence groups that hold a verb."""
    _SAYING.set(saying)
    _VERB_GROUPS.set(verb_groups)
    found: list[Role] = []
    offset = 0
    for number, sentence in enumerate(CLAUSE.split(text)):
        at = text.find(sentence, offset)
        offset = at + len(sentence)
        sentence = _without_asides(sentence, keys)
        tokens = words(sentence)
        index: dict[int, str] = {}
        for a, b, party in spans:  # a party of several words stands at its first
            inside = [i for i, w in enumerate(tokens) if a <= at + w.start < b]
            if inside:
                index[inside[0]] = party
        index |= _latter(tokens, index)
        index |= _it(tokens, index, {r.party for r in found if r.sentence == number - 1
                                     and r.role == "actor"}, keys)
        if index:
            found += [Role(r.party, r.role, r.action, number)
                      for r in _sentence_roles(tokens, index, keys, sentence)]
    return found


def _latter(tokens: list[Word], index: dict[int, str]) -> dict[int, str]:
    """ "The latter" and "the former" stand for the last and the first of two parties the
    sentence has named before them: "Fernley closed the road to Alderbrook and asked the
    latter to ..." has Alderbrook asked."""
    found = {}
    for i, token in enumerate(tokens):
        if token.lower in ("latter", "former") and i and tokens[i - 1].lower == "the":
            named = list(dict.fromkeys(index[k] for k in sorted(index) if k < i))
            if len(named) >= 2:
                found[i] = named[-1] if token.lower == "latter" else named[0]
    return found


def _it(tokens: list[Word], index: dict[int, str], actors: set[str], keys) -> dict[int, str]:
    """"It" acting at the head of a sentence that names no party before it is the one actor
    of the sentence before: "Fernley closed the road. Two days later it reopened the bridge"."""
    if len(actors) != 1:
        return {}
    for i, token in enumerate(tokens):
        if i in index:
            return {}
        if token.lower == "it":
            acts = i + 1 < len(tokens) and _acts(tokens[i + 1], keys)
            return {i: next(iter(actors))} if acts else {}
    return {}


def swapped(stated: list[Role], given: list[Role]) -> list[tuple[Role, Role]]:
    """Where a statement makes a party the actor of an action whose actor in the passage is
    another party that the passage makes it the target of, while the statement makes that
    other party its target: the two swapped."""
    found = []
    for mine in stated:
        if mine.role != "actor" or any(r.role == "actor" and r.party == mine.party
                                       and r.action & mine.action for r in given):
            continue  # the passage has this actor do it too
        for theirs in given:
            if theirs.role != "actor" or theirs.party == mine.party or not theirs.action & mine.action:
                continue
            same = theirs.action & mine.action
            hit = any(r.role == "target" and r.party == mine.party and r.action & same for r in given)
            swapped_target = any(r.role == "target" and r.party == theirs.party and r.action & same
                                 and r.sentence == mine.sentence for r in stated)
            if hit and swapped_target:
                found.append((mine, theirs))
                break
    return found


_PERSON = "people/"


def replaced(stated: list[Role], given: list[Role], related) -> tuple[Role, Role] | None:
    """Where a statement makes a party the actor of an action that its passages give only to
    another, unrelated party (`related(a, b)`: one speaks or acts for the other): the actor
    replaced ("Okafor asked" where the passages have only "Whitlow asked")."""
    for mine in stated:
        if mine.role != "actor":
            continue
        alike = [r for r in given if r.role == "actor" and r.action & mine.action]
        if any(r.party == mine.party for r in alike):
            continue  # the passages have it do this
        other = next((r for r in alike if r.party.startswith(_PERSON) and mine.party.startswith(_PERSON)),
                     None)
        if other is not None:
            return mine, other  # one person for another: "Okafor" is not the "Whitlow" it names
        if any(related(r.party, mine.party) for r in alike):
            continue  # the like: one speaks or acts for the other
        own = {form for form in mine.action if not form.startswith("~")}  # the word, not its group
        doers = [r for r in alike if r.action & own]
        if doers and not any(r.role == "actor" and r.party == d.party and r.action & d.action
                             for d in doers for r in stated):  # not one it adds beside the doer
            return mine, doers[0]
    return None
