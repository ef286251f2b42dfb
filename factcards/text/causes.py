"""What a sentence says caused what: the words on each side of a cause word. "Fernley's vote
led to the closure" has the vote as cause and the closure as effect; "the bridge closed because
of the cracks" the other way round. The cause words are the project's settings (`causes`, which
stand between a cause and its effect, and `caused_by`, between an effect and its cause): a
cause word is matched by its forms ("led", "leading" for "lead to"). This is no parser: a side
is the sentence's content words on that side of the cause word."""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcards.text.content import content_words
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import Word, forms, words

_SENTENCE = re.compile(r"[^.;!?]+")


@dataclass(frozen=True)
class Cause:
    """A cause word as written, with the content words of its cause and of its effect."""

    marker: str
    cause: tuple[str, ...]
    effect: tuple[str, ...]


def _at(tokens: tuple[Word, ...], k: int, entry: list[str]) -> bool:
    """Whether the cause word `entry` ("lead to") stands at token `k`, in any of its forms."""
    head, *rest = entry
    if k + len(rest) >= len(tokens) or not forms(tokens[k].text) & forms(head):
        return False
    return all(tokens[k + 1 + n].lower == word for n, word in enumerate(rest))


def _heads(entries: list[tuple[list[str], bool]]) -> frozenset[str]:
    """Every form of every cause word's first word: a token with none of them starts no cause
    word, so the entries are tried only at the few tokens that have one."""
    return frozenset().union(*(forms(entry[0]) for entry, _ in entries))


def causes(text: str, forward: list[str], backward: list[str], vocabulary: Vocabulary) -> list[Cause]:
    """Every cause a text states, sentence by sentence."""
    entries = [(entry.lower().split(), True) for entry in forward] + \
              [(entry.lower().split(), False) for entry in backward]
    if not entries:
        return []
    heads = _heads(entries)
    if all(heads.isdisjoint(forms(w.text)) for w in words(text)):
        return []  # no cause word starts anywhere: its sentences need no reading
    found = []
    for sentence in _SENTENCE.finditer(text):
        clause = sentence.group()
        tokens = words(clause)
        for k in range(len(tokens)):
            if heads.isdisjoint(forms(tokens[k].text)):
                continue
            match = next(((entry, ahead) for entry, ahead in entries if _at(tokens, k, entry)), None)
            if match is None:
                continue
            entry, ahead = match
            end = tokens[k + len(entry) - 1].end
            before = tuple(w.text for w in content_words(clause[:tokens[k].start], vocabulary))
            after = tuple(w.text for w in content_words(clause[end:], vocabulary))
            found.append(Cause(clause[tokens[k].start:end], *((before, after) if ahead else (after, before))))
    return found
