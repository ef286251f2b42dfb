"""A `...` leaves out a whole part of what the source says, never words from inside a clause:
dropping "alleged", "appeared to" or "what Fernley claimed were" from the middle of a sentence
turns a hedged report into a fact, and dropping a verb joins a subject to another clause's
action. An aside set off by commas, dashes or brackets, or the rest of a sentence, or whole
sentences, can go without changing what the kept words say."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from factcards.rules.context import Finding, Lookup
from factcards.rules.elision_drops_meaning import dropped
from factcards.rules.examples import dispute
from factcards.text.words import can_be_verb, words

ID = "elision-not-whole"
SCOPE = "evidence"
SUMMARY = ("What a '...' leaves out is a whole part of the passage: an aside set off by commas, "
           "dashes or brackets (', including four children, '), the rest of a sentence after a "
           "comma, or whole sentences. Words from inside a clause ('alleged', 'appeared to', "
           "'scheduled to', a verb and its object) are never left out, and an aside that holds "
           "who says it ('according to', 'claimed') is not either.")
FIX = "Quote the words you leave out, or quote each part as a piece of evidence of its own."
EXAMPLE_KIND = "disagreements"
_QUOTE = 'quote: "said the bridge would close on April 1"'
EXAMPLES = (dispute(_QUOTE, 'quote: "The Mayor of Alderbrook ... said the bridge would close on April 1"'),
            dispute(_QUOTE, 'quote: "The Mayor of Alderbrook, Ruth Okafor, said the bridge ... on April 1"'))

_OPEN = (",", ";", "(", "-", "–", "—")
_CLOSE = (",", ";", ")", "-", "–", "—")
_RELATIVE = re.compile(r"[,;(\-–—]?\s*(?:which|who|whom|whose|where)\b", re.IGNORECASE)
_END = re.compile(r"[.!?][\"'”’)]*$")


def whole(before: str, gap: str, after: str) -> bool:
    """Whether the text `gap` between `before` and `after` is a part that can go whole."""
    inner = gap.strip()  # the quote may keep the mark that opens the aside: "Fernley, ..."
    opens = inner.startswith(_OPEN) or before.rstrip().endswith(_OPEN)
    if _END.search(inner):  # the rest of a sentence, or whole sentences
        return opens or _END.search(before.rstrip()) is not None
    closes = inner.endswith(_CLOSE) or after.lstrip().startswith(_CLOSE)
    return opens and closes and (not _RELATIVE.match(inner) or _resumes(after))


def _resumes(after: str) -> bool:
    """Whether the kept words after a relative clause go on with a verb, as the sentence it
    interrupts does ("The attacks, which ..., came as"); a comma followed by a bare name
    ("..., Tom Haldane.") is inside the clause, not its end."""
    return any(can_be_verb(w.text) for w in words(after) if not w.stop and w.text[:1].islower())


def check(path: tuple, ev: dict, look: Lookup) -> Iterator[Finding]:
    cited = look.sources.get(ev["source"])
    spans = (cited.locate(ev["quote"]) if cited is not None else None) or []
    for (a_start, a_end), (b_start, b_end) in itertools.pairwise(spans):
        body = cited.body  # type: ignore[union-attr]
        gap = body[a_end:b_start]
        if "\x00" in gap or dropped(gap, body[b_start:b_end], body[a_start:a_end]):
            continue  # elision-across-paragraph or elision-drops-meaning says what is wrong
        before, after = body[max(0, a_end - 3):a_end], body[b_start:b_end]
        inner = gap.strip()
        aside = not _END.search(inner)
        if not whole(before, gap, after):
            yield Finding((*path, "quote"), f"the '...' in this quote leaves out '{_short(inner)}' "
                          "from inside a clause, which changes what the kept words say",
                          "an elision may leave out only a whole aside (set off by commas, "
                          "dashes or brackets) or whole sentences; quote the words, or quote "
                          "each part as evidence of its own")
        elif aside and (look.attribution.search(inner) or _hedged(inner, look)) \
                and not _own_claim(inner, look):
            yield Finding((*path, "quote"), f"the '...' in this quote leaves out '{_short(inner)}', "
                          "which says whose account the kept words are",
                          "keep the words that say who says it")


def _own_claim(aside: str, look: Lookup) -> bool:
    """Whether an aside is a relative clause whose "claimed" or "allegedly" governs words of
    its own (", which each country claimed targeted terrorists,"): it says whose account the
    clause is, which goes with it, not whose the kept words are."""
    if not _RELATIVE.match(aside):
        return False
    last = max([m.end() for m in look.attribution.finditer(aside)]
               + [w.end for w in words(aside) if w.forms & look.hedges], default=len(aside))
    return any(not w.stop for w in words(aside[last:]))


def _hedged(text: str, look: Lookup) -> bool:
    hedges = look.hedges
    return any(w.forms & hedges for w in words(text))


def _short(text: str, most: int = 60) -> str:
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"
