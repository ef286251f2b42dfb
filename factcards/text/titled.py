"""Where a statement writes a person's title: capitalised right before the name ("Mayor Ruth
Okafor"), set off by commas before it ("the council's clerk, Ruth Okafor,"), or after it, in
apposition or after "is" ("Ruth Okafor, Alderbrook's Deputy Mayor"). Read by
title-not-the-persons and party-misattached; what the title must be is theirs to say."""

from __future__ import annotations

import re

from factcards.text.words import DETERMINERS, Word, can_be_adjective, can_be_verb, words


def title_before(text: str, at: int, first: bool = False) -> list[Word]:
    """The capitalised words right before a name at `at`, in its clause ("Parish Clerk" in
    "with Parish Clerk Okafor"): a title, not the sentence's first word unless `first` asks
    for it (capitalised anyway, it may or may not be the title's)."""
    tokens = [w for w in words(text[:at]) if w.end <= at]
    title: list[Word] = []
    for w in reversed(tokens):
        gap = text[w.end:title[0].start if title else at]
        if gap.strip() or not w.text[:1].isupper() or w.stop or w.text.endswith(("'s", "’s")):
            break
        title.insert(0, w)
    while title and not first and not text[:title[0].start].strip():  # capitalised anyway
        title.pop(0)
    return title


_AHEAD = re.compile(r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+['’]s\s+)?|\b[\w-]+['’]s\s+)"
                    r"((?:[\w-]+\s+){0,3}[\w-]+),\s+$")


def title_ahead(text: str, at: int, end: int, names: list[tuple[int, int, str]]) -> str:
    """The office a statement sets off before a name and its title ("the council's clerk, Ruth
    Okafor, said", "met Fernley's Parish Clerk, Ruth Okafor."): words its passages must put
    next to the name, as a title written before it. An opening phrase is no apposition ("During
    his visit, Okafor said"): the phrase opens its clause or follows a verb, holds no other
    person's name (of `names`), and a comma or the clause's end closes the name."""
    words_before = title_before(text, at, first=True)
    m = _AHEAD.search(text, 0, words_before[0].start if words_before else at)
    if not m or not _CLOSED.match(text, end) or any(
            a < m.end(1) and b > m.start(1) for a, b, ref in names if a != at and ref.startswith("people/")):
        return ""
    clause = _CLAUSE_START.split(text[:m.start()])[-1]
    lead = words(clause)
    opens = all(w.text[:1].isupper() and (not w.stop or (not i and w.lower in DETERMINERS))
                for i, w in enumerate(lead))  # "The Town Council's clerk", not "During his visit"
    if not opens and not any(_verb(lead, i) for i in range(len(lead))):
        return ""
    return m.group(1)


def _verb(tokens: tuple[Word, ...], i: int) -> bool:
    """Whether a word can be a verb where it stands: lower case, not after an article or an
    owner ("his visit", "Okafor's return")."""
    w, before = tokens[i], tokens[i - 1] if i else None
    return can_be_verb(w.text) and w.text[:1].islower() and (
        before is None or (before.lower not in DETERMINERS and not before.text.endswith(("'s", "’s"))))


_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")
_CLAUSE_START = re.compile(r"[.;:!?,]")  # "On Monday, the clerk, Okafor," opens after the comma


def title_after(text: str, end: int) -> str:
    """The capitalised title a statement gives a name right after it, in apposition or after
    "is" ("Ruth Okafor, Alderbrook's Deputy Mayor", "Okafor is the Deputy Mayor"): the words of
    the office, not whose it is."""
    return title_and_owner(text, end)[0]


def title_and_owner(text: str, end: int) -> tuple[str, str]:
    """The title after a name, and the words before it that say whose office it is
    (", Alderbrook's" of "Ruth Okafor, Alderbrook's Mayor")."""
    m = _AFTER.match(text, end)
    if not m or (m.group(1) and can_be_verb(m.group(1)) and not can_be_adjective(m.group(1))):
        return "", ""  # "Okafor, said Fernley Council": no title
    return m.group(2), text[end:m.start(2)]


_AFTER = re.compile(r"(?:,\s+(?:who|which)\s+(?:is|was)\s+|,\s+|\s+(?:is|was|remains)\s+)"
                    r"(?:(?:the|its|his|her|their)\s+|[A-Z][\w-]*['’]s\s+)?(?:([a-z][\w-]*)\s+)?"
                    r"((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*)\b(?!['’])")
