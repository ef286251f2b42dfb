"""The words a reading of who does what rests on: a party's part (`Role`), which words name
an action, and the project's speech verbs and verb groups for the reading under way."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from factcards.text.words import Word, only_verb

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

