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

from factcards.text.role_joins import apposition, coordinated, it_stands_for, latter, shared_subject, speaks
from factcards.text.role_words import AGENT_OF, AND, SAYING, VERB_GROUPS, Role, is_action, verb_before_object
from factcards.text.words import Word, only_verb, words

CLAUSE = re.compile(r"(?<=[.;!?])\s+|\s*[:()]\s*")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are", "be", "got"})
_BY = "by"
_NEWCLAUSE = frozenset({"when", "while", "whereas", "because", "since", "after", "before", "as",
                         "where", "which", "who", "what", "that", "until", "although", "though"})
_RELATIVE = frozenset({"who", "which"})
_FOR_EXAMPLE = frozenset({"like", "including"})
_NAME_JOINS = frozenset({"of", "for", "and"})  # inside a name: "Ministry of Foreign Affairs"
# An aside in which another party says something of the one before it ("Fernley, which
# Alderbrook accused of closing the road, reopened it"): the main clause is read without it,
# and what the aside credits to its speaker is no action of the sentence.
_ASIDE = re.compile(r",\s+(?:which|whom)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?P<verb>\w+)[^,.;:]*,")


def _without_asides(sentence: str, keys) -> str:
    """The sentence with such asides blanked out (the same length, so positions hold)."""
    return _ASIDE.sub(lambda m: " " * len(m.group()) if keys(m["verb"]) & SAYING.get()
                      else m.group(), sentence)


_TOWARDS = frozenset({"against", "on", "into", "inside", "at", "in", "upon", "toward", "towards"})


def _actions(tokens: list[Word], lo: int, hi: int, index: dict[int, str], keys) -> frozenset[str]:
    """The forms of every action word in tokens[lo:hi] that is no party."""
    return frozenset().union(*(keys(tokens[k].text) for k in range(max(lo, 0), hi)
                               if k not in index and is_action(tokens[k], keys)))


def _left(tokens: list[Word], i: int, index: dict[int, str], keys, text: str) -> Role | None:
    """The role a party's left side gives it: after "by" an actor, after "against", "into" and
    the like a target, right after an action (its object) a target. The action is every
    action word back to the party before it. An object follows its action with no comma
    between: in "after Fernley's vote, Alderbrook closed it" Alderbrook is no object."""
    start = max([k + 1 for k in index if k < i] + [0])
    for j in range(i - 1, start - 1, -1):
        word = tokens[j]
        if "," in text[word.end:tokens[j + 1].start] and is_action(word, keys):
            return None
        if word.lower in _NEWCLAUSE:  # "..., when Fernley asked": Fernley begins a clause of its own
            return None
        if word.lower == "of" and j > 0 and tokens[j - 1].lower in AGENT_OF:
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
        if is_action(word, keys):
            return Role(index[i], "target", keys(word.text))
    return None


def _example(tokens: list[Word], i: int) -> bool:
    """Whether the party at `i` is named as an example of what comes before it ("groups like
    the Fernley council", "parties such as", "including")."""
    j = i - 1 if i and tokens[i - 1].lower != "the" else i - 2
    return j >= 0 and (tokens[j].lower in _FOR_EXAMPLE
                       or (j > 0 and tokens[j].lower == "as" and tokens[j - 1].lower == "such"))


def _which(tokens: list[Word], i: int, end: int, index: dict[int, str], keys, text: str) -> list[Role]:
    """ "according to the Alderbrook council, which condemned the closure": the party before
    ", which" does what follows, whatever part its own left side gives it."""
    last = i  # to the name's last word: "Ministry of Foreign Affairs" too
    while last + 1 < end and (tokens[last + 1].text[:1].isupper() or (
            tokens[last + 1].lower in _NAME_JOINS and last + 2 < end
            and tokens[last + 2].text[:1].isupper())):
        last += 1
    k = last + 1
    if k + 1 >= end or tokens[k].lower not in _RELATIVE or "," not in text[tokens[last].end:tokens[k].start] \
            or not is_action(tokens[k + 1], keys):
        return []
    return [Role(index[i], "actor", _actions(tokens, k + 1, end, index, keys))]


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
    if is_action(word, keys) and not only_verb(word.text):
        return Role(party, "actor", keys(word.text))
    return None


# What follows the doer of a passive ("accused by Fernley of ...", "asked by Fernley (not) to
# ..."): the act after it is the one the passive was done to's.
_BY_WHOM = (["of"], ["to"], ["not", "to"])


def _sentence_roles(tokens: list[Word], index: dict[int, str], keys, text: str) -> list[Role]:
    out: list[Role] = []
    subjects: list[int] = []  # where a party stands as its clause's subject
    positions = sorted(index)
    examples = {i for i in positions if _example(tokens, i)}
    for n, i in enumerate(positions):
        owned = _owns(tokens, i, index, keys)
        if owned is not None:
            out.append(owned)
            continue
        end = positions[n + 1] if n + 1 < len(positions) else len(tokens)
        out += _which(tokens, i, end, index, keys, text)
        left = _left(tokens, i, index, keys, text)
        if left is not None:
            out.append(left)
            continue
        apposed = apposition(tokens, positions, n, index, text, out)
        if apposed is not None:
            out.append(apposed)
            continue
        if i in examples:
            continue  # "groups like Fernley's council have closed": the groups close it
        end = next((p for p in positions[n + 1:] if p not in examples), len(tokens))
        first = next((k for k in range(i + 1, end) if is_action(tokens[k], keys)
                      or verb_before_object(tokens, i, k)), None)
        if first is None:
            continue
        between = tokens[i + 1:first]
        if i and tokens[i - 1].lower == "by" and [w.lower for w in between] in _BY_WHOM:
            continue  # "was accused by Fernley of closing it", "asked by Fernley to close it"
        acts = _actions(tokens, first, end, index, keys) if is_action(tokens[first], keys) \
            else keys(tokens[first].text)  # a verb known by its object: that verb alone
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
        elif between and between[-1].lower in AND and n:
            continue  # "spoke with Whitlow and praised": Whitlow is the object; "and" goes on
        elif all(w.stop or not w.text[:1].islower() for w in between) or len(between) <= 2:
            out.append(Role(index[i], "actor", acts))
            subjects.append(i)
    if positions and not subjects and speaks(tokens, positions[0]):
        subjects.append(positions[0])
    out += coordinated(tokens, positions, index, out)
    return out + shared_subject(tokens, subjects, index, keys, out)


def roles(text: str, spans: list[tuple[int, int, str]], keys, saying: frozenset[str] = frozenset(),
          verb_groups: frozenset[str] = frozenset()) -> list[Role]:
    """The roles the plain sentences of `text` give its parties. `spans` are (start, end,
    party) of the parties; `keys(word)` gives a word's forms and equivalents; `saying` the
    forms of speech verbs; `verb_groups` the equivalence groups that hold a verb."""
    SAYING.set(saying)
    VERB_GROUPS.set(verb_groups)
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
        index |= latter(tokens, index)
        index |= it_stands_for(tokens, index, {r.party for r in found if r.sentence == number - 1
                                     and r.role == "actor"}, keys)
        if index:
            found += [Role(r.party, r.role, r.action, number)
                      for r in _sentence_roles(tokens, index, keys, sentence)]
    return found

