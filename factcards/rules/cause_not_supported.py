"""A statement that says one thing brought about another ("led to", "because") rests on a
passage that says so, with the same cause and the same effect: two sentences set side by side
give no cause, and a passage's cause is not another's ("the strikes, leading to worse ties" does
not make the bombardment lead to the strikes)."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import ASKED, GOOD_EVENT, event
from factcards.text.causes import Cause, causes
from factcards.text.verbatim import normalise

ID = "cause-not-supported"
SCOPE = "valid"
SUMMARY = ("A statement that says what caused what — a word the settings list as a cause ("
           "`causes`: 'led to', 'prompted') or as giving one (`caused_by`: 'because', 'due to') — "
           "rests on a passage that says a cause too, with the statement's cause on its cause's "
           "side and its effect on its effect's side. Two happenings the passages only set side "
           "by side, or a cause that a passage gives to something else, are not supported.")
FIX = "Quote the passage that gives the cause, or say only what happened, without the cause."
_ASKED_FOR_THE_VOTE = """\
  - text: Fernley asked Alderbrook to keep one lane open for buses because Alderbrook Town Council
      voted to close the Mill Lane bridge.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "On Monday evening, Alderbrook Town Council voted to close the Mill Lane bridge"
"""
EXAMPLES = (GOOD_EVENT, event(f"{ASKED}\n    evidence:\n", _ASKED_FOR_THE_VOTE))
SIDE = 1  # content words a statement's side shares with the passage's, at least


def _supports(mine: Cause, theirs: Cause, keys) -> bool:
    """Whether a passage's cause and effect hold the statement's, each on its own side, more
    than crossed over."""
    def shared(a: tuple[str, ...], b: tuple[str, ...]) -> int:
        pool = frozenset().union(*(keys(w) for w in b))
        return sum(bool(keys(w) & pool) for w in a)
    kept = shared(mine.cause, theirs.cause), shared(mine.effect, theirs.effect)
    crossed = shared(mine.cause, theirs.effect) + shared(mine.effect, theirs.cause)
    return min(kept) >= SIDE and sum(kept) > crossed


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    settings, v = look.settings, look.vocabulary
    if not settings.causes and not settings.caused_by:
        return
    for st in statements(cf):
        said = causes(normalise(st.text), settings.causes, settings.caused_by, v)
        if not said:
            continue
        given = [c for ev in st.evidence
                 for c in causes(normalise(ev.quote), settings.causes, settings.caused_by, v)]
        for mine in said:
            if not any(_supports(mine, theirs, v.keys) for theirs in given):
                yield Finding(st.path, f"says '{mine.marker}': a cause that none of its passages "
                              "gives, with this cause and this effect",
                              "quote the passage that gives the cause, or leave the cause out")
                break
