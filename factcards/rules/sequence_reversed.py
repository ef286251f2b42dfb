"""A statement keeps the side of a happening its passage puts another on: "after engineers
found cracks" is not "before engineers found cracks", nor "before dawn" "after dawn". Read where
the statement and a passage name the same thing after "before", "after" or their like; a
passage that names it only on the other side refuses the statement."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, headline, statements
from factcards.rules.examples import GOOD_EVENT
from factcards.text.verbatim import normalise
from factcards.text.words import DETERMINERS, possessive, words

ID = "sequence-reversed"
SCOPE = "valid"
SUMMARY = ("A statement that puts something before or after a happening ('after the meeting', "
           "'before dawn') puts it on the side its passages do: a passage that names the same "
           "happening only on the other side ('following their meeting', 'before dawn' for "
           "'after dawn') refuses it.")
FIX = "Keep the order the passage gives ('before', 'after'), or quote a passage that gives yours."
_CRACKS = """\
  - text: Alderbrook Town Council voted to close the Mill Lane bridge after engineers found cracks.
    evidence:
      - source: council-votes-to-close-bridge
        quote: >-
          Alderbrook Town Council voted to close the Mill Lane bridge to traffic after engineers
          found cracks in two of its supports.
"""
_WITH_CRACKS = GOOD_EVENT.replace("claims:\n", "claims:\n" + _CRACKS)
EXAMPLES = (_WITH_CRACKS, _WITH_CRACKS.replace("bridge after engineers found cracks.",
                                               "bridge before engineers found cracks."))

_SIDES = re.compile(r"\b(?:(before|prior to|ahead of|until)|(after|following|since))\s+",
                    re.IGNORECASE)
_OWNERS = DETERMINERS | {"his", "her", "their", "its", "my", "your", "our"}


def _sides(text: str, keys) -> list[tuple[str, frozenset[str], str]]:
    """Each happening a text puts something before or after: ("before" or "after", the keys
    of its first content word, that word)."""
    found = []
    for m in _SIDES.finditer(text):
        following = [w for w in words(text[m.end():m.end() + 60]) if w.lower not in _OWNERS
                     and not possessive(w)]  # "before Fernley's vote": the vote
        head = next((w for w in following if not w.stop), None)
        if head is not None and following and following[0] is head:
            found.append(("before" if m.group(1) else "after", keys(head.text), head.text))
    return found


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    keys = look.vocabulary.keys
    for st in [*statements(cf), *headline(cf)]:
        mine = _sides(normalise(st.text), keys)
        if not mine:
            continue
        theirs = [side for ev in st.evidence for side in _sides(normalise(ev.quote), keys)]
        for side, forms, word in mine:
            same = [s for s, f, _ in theirs if f & forms]
            if same and side not in same:
                yield Finding(st.path, f"puts it {side} '{word}', but its passages put it "
                              f"{same[0]} '{word}'", "keep the order the passage gives, or "
                              "quote a passage that gives yours")
                break
