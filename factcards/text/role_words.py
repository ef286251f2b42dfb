"""The words a reading of who does what rests on: a party's part (`Role`), which words name
an action, and the project's speech verbs and verb groups for the reading under way."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from factcards.text.words import Word, can_be_noun, can_be_verb, only_verb

AND = frozenset({"and", "or"})
PERSON = "people/"  # a person's key: one person is never another's stand-in
# Nouns whose "of" names who does it, not to whom: "at the invitation of Fernley", "at the
# request of Alderbrook" (and their owner: "at Fernley's invitation").
AGENT_OF = frozenset({"invitation", "request", "behest", "initiative", "urging", "orders", "order"})

# Set by `roles` for the call: the project's speech verbs, and its groups that hold a verb.
SAYING: ContextVar[frozenset[str]] = ContextVar("saying", default=frozenset())
VERB_GROUPS: ContextVar[frozenset[str]] = ContextVar("verb_groups", default=frozenset())


@dataclass(frozen=True)
class Role:
    """A party's part in an action: `actor` or `target`, with the action's word forms."""

    party: str
    role: str
    action: frozenset[str]
    sentence: int = 0


def is_action(word: Word, keys) -> bool:
    """Whether a word names an action: a verb and nothing else ("recalled", not "evening"),
    or a word the project makes equivalent to such a verb ("strikes" to "struck"). Speech
    verbs are no actions here: "said the Ministry" has the Ministry speak."""
    if word.stop or keys(word.text) & SAYING.get():
        return False
    return only_verb(word.text) or bool(keys(word.text) & VERB_GROUPS.get()) or word.lower in AGENT_OF


# Words that start an object noun phrase: a word between a party and one of these is a verb.
_OBJECT_STARTS = frozenset({"the", "its", "his", "her", "their", "these", "those"})


def verb_before_object(tokens: list[Word], party: int, k: int) -> bool:
    """Whether a word that may be a noun or a verb is the verb of the party named right before
    it, because an object follows: "Fernley shelters the group" (not "Fernley's shelters")."""
    if k + 1 >= len(tokens) or tokens[k].stop or not tokens[k].lower.endswith("s") \
            or tokens[k].lower.endswith("ss") or not can_be_verb(tokens[k].text) \
            or not _object_starts(tokens, party, k) or (party and tokens[party - 1].lower == "of"):
        return False  # "residents of Fernley cross the bridge": Fernley is no subject
    name = tokens[party + 1:k]  # the rest of the party's name: capitalised words only
    return not tokens[party].lower.endswith("'s") and all(w.text[:1].isupper() for w in name)


def _object_starts(tokens: list[Word], party: int, k: int) -> bool:
    """Whether an object starts after the word at `k`: a determiner ("shelters the group"), or,
    right after a one-word party, a noun that is no verb ("Fernley targets lorries")."""
    nxt = tokens[k + 1]
    return nxt.lower in _OBJECT_STARTS or (
        k == party + 1 and nxt.text[:1].islower() and not nxt.stop
        and can_be_noun(nxt.text) and not can_be_verb(nxt.text))
