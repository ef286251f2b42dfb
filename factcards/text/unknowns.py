"""The newsroom's word on what its archive does not say: "the sources do not say whether the
bodies were brought home". What follows says nothing happened or did not: it is the honest
"unknown" the site prints where the archive is silent. Read by the negation rule (the "not" is
no negation of a fact), the hedge rule (what the sources do not tell is not told as done) and
the rule that the unknown is one (its own passages do not say it)."""

from __future__ import annotations

import re

from factcards.text.dates import dates_in
from factcards.text.words import Word, can_be_verb, words

_UNKNOWN = re.compile(r"\b(?:the\s+|one\s+|no\s+)?(?:sources?|archive|pages?|reports)\s+"
                      r"(?:do|does|did)\s+not\s+(?:say|tell|give|name|report|state)\b"
                      r"|\bit\s+is\s+(?:not|un)\s*known\s+(?:whether|if|who|when|how|which|what|where)\b",
                      re.IGNORECASE)
_BREAK = re.compile(r"[.;!?]")


def unknown_at(text: str, at: int) -> bool:
    """Whether position `at` of a statement stands in what the newsroom says its sources do
    not say, from the words that say so to the end of their clause."""
    return any(m.start() <= at and not _BREAK.search(text, m.end(), max(at, m.end()))
               for m in _UNKNOWN.finditer(text))


def asked(text: str) -> list[tuple[str, Word]]:
    """Who did a thing, or when, where the newsroom says its sources do not say: ("by", the
    verb) for "was received at the airbase; the sources do not say by whom", ("who", the verb)
    for "the sources do not say who received him", ("when", the verb) for "... on which day
    Fernley closed the road"."""
    found = []
    for m in _UNKNOWN.finditer(text):
        after = words(text[m.end():])
        if len(after) > 1 and after[0].lower == "by" and after[1].lower == "whom":
            before = words(text[:m.start()])
            verb = next((w for k, w in reversed(list(enumerate(before)))
                         if k and before[k - 1].lower in _BE and can_be_verb(w.text)), None)
            if verb is not None:
                found.append(("by", verb))
        elif len(after) > 1 and after[0].lower == "who" and can_be_verb(after[1].text):
            found.append(("who", after[1]))
        elif _WHEN.match(text, m.end()):  # "on which day Fernley closed the road"
            verb = next((w for w in words(text[_WHEN.match(text, m.end()).end():])
                         if w.text[:1].islower() and not w.stop and can_be_verb(w.text)), None)
            if verb is not None:
                found.append(("when", verb))
    return found


_WHEN = re.compile(r"\s+(?:when|on\s+which\s+day|on\s+what\s+day|what\s+day)\b", re.IGNORECASE)


def answered(question: tuple[str, Word], passage: str) -> bool:
    """Whether a passage names who did it: someone named after "by" the verb ("was received
    by Ruth Okafor") or, for "who", right before it ("Ruth Okafor received"); or, for "when",
    dates it in the verb's clause ("On Monday, Fernley closed the road")."""
    kind, verb = question
    if kind == "when":  # a passage that dates the act in its clause
        return any(any(w.forms & verb.forms for w in words(part)) and dates_in(part)
                   for part in _BREAK.split(passage))
    tokens = words(passage)
    for k, w in enumerate(tokens):
        if not w.forms & verb.forms:
            continue
        near = tokens[k + 1:k + 1 + _NEAR]
        by = next((j for j, x in enumerate(near) if x.lower == "by"), None)
        if by is not None and by + 1 < len(near) and near[by + 1].text[:1].isupper() \
                and not _BREAK.search(passage, w.end, near[by].start):
            return True
        if question[0] == "who" and k and tokens[k - 1].text[:1].isupper():
            return True
    return False


_BE = frozenset({"was", "were", "is", "are", "been", "be"})
_NEAR = 8  # words after a verb within which its "by" names the doer
