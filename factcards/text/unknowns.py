"""The newsroom's word on what its archive does not say: "the sources do not say whether the
bodies were brought home". What follows says nothing happened or did not: it is the honest
"unknown" the site prints where the archive is silent. Read by the negation rule (the "not" is
no negation of a fact) and the hedge rule (what the sources do not tell is not told as done)."""

from __future__ import annotations

import re

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
