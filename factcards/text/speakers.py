"""Who a sentence says is speaking: the party next to an attribution ("Fernley claimed",
"said the Council", "according to Alderbrook's chief engineer"), or whose claim a "that" clause
gives ("Fernley's charge that the bridge is unsafe")."""

from __future__ import annotations

import re
from collections.abc import Iterable

Party = tuple[int, int, frozenset[str]]  # start, end, and the keys it matches by
_BREAK = re.compile(r"[.;:!?()]")
_OTHER_SUBJECT = frozenset({"which", "who", "that", "it", "he", "she", "they", "whom", "whose"})
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A relative clause set off by commas between a speaker and its verb is an aside about the
# speaker, not another subject: "Her deputy, who leads the union, said".
_ASIDE = re.compile(r"\s*,\s*(?:who|which)\s[^,.;:!?()]+,\s*", re.IGNORECASE)
ASIDE = 12  # words in such an aside, at most
_WHO = re.compile(r"\s*,?\s*who\s+", re.IGNORECASE)
# What an attribution with its speaker after it follows: a comma or a quotation ('...," said
# the Ministry'); elsewhere the party after the verb is its object ("one source dates X's strike").
_INVERTED = (",", '"', "'", "“", "”", "‘", "’")
# A passive's speaker: "named by Fernley", "named “Mill Lane” by Fernley".
_BY = re.compile(r"\s+(?:[\"“‘'][^\"”’]{1,60}[\"”’]\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
# A verb after "and" shares the subject before it: in "on the invitation of Fernley and
# confirmed his welcome", Fernley confirmed nothing.
_JOINED = re.compile(r"\s(?:and|or)\s*$", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
BEFORE = 5  # words between a speaker and its verb: "Fernley on Thursday accused"
# A claim a party owns, with what it says after "that": "Fernley's charge that the bridge is
# unsafe" is Fernley's account, whoever denies it.
_CLAIM = re.compile(r"\s*(?:['’]s|s['’])\s+(?:\w+\s+)?(?:charges?|claims?|allegations?|accusations?|"
                    r"assertions?|contentions?|accounts?|insistence)\s+that\b", re.IGNORECASE)

# A party's own statement speaks for it: "Fernley's official statement made it clear that ...".
_STATEMENT = re.compile(r"\s*(?:['’]s|s['’])\s+(?:\w+\s+)?(?:statements?|announcements?|communiqués?)\b",
                        re.IGNORECASE)


def markers(words: Iterable[str]) -> re.Pattern:
    """One pattern for the project's attribution words and phrases ("said", "according to")."""
    alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE) if alternatives else \
        re.compile(r"(?!x)x")


def _close(between: str, most: int, articles_only: bool = False) -> bool:
    """Whether a speaker and its verb are next to each other: a few words, no punctuation."""
    if not articles_only and _ASIDE.fullmatch(between) and len(_WORD.findall(between)) <= ASIDE:
        return True
    if not articles_only and _WHO.fullmatch(between):  # "Okafor, who said": the one before "who"
        return True
    if _BREAK.search(between) or between.count(",") % 2:  # only a parenthesis: ", in a statement,"
        return False
    gap = [w.lower() for w in _WORD.findall(between)]
    if articles_only:
        return len(gap) <= most and all(w in _ARTICLES for w in gap) and "," not in between
    return len(gap) <= most and not _OTHER_SUBJECT.intersection(gap)


def speakers(text: str, parties: list[Party], pattern: re.Pattern) -> list[tuple[frozenset[str], int]]:
    """(keys of the speaker, position of the attribution) for each attribution in `text` whose
    speaker is one of `parties`."""
    found = []
    for match in pattern.finditer(text):
        before = [p for p in parties if p[1] <= match.start() and _close(text[p[1]:match.start()], BEFORE)
                  and not _JOINED.search(text, p[1], match.start())]
        after = [p for p in parties if p[0] >= match.end() and _close(text[match.end():p[0]], 2, True)]
        agent = [p for p in parties if p[0] >= match.end() and _BY.fullmatch(text[match.end():p[0]])]
        if match.group().lower() == "according to":
            party = after[0] if after else None
        elif agent:  # "named by Fernley", "reported by the Council"
            party = agent[0]
        else:  # "Fernley claimed", or, inverted after a comma or a quotation, "said the Council"
            inverted = text[:match.start()].rstrip().endswith(_INVERTED) or not text[:match.start()].strip()
            party = before[-1] if before else (after[0] if after and inverted else None)
        if party is not None:
            found.append((party[2], match.start()))
    found += [(party[2], at) for party, at, _ in owned_claims(text, parties)]
    found += [(party[2], said.start()) for party in parties  # "Fernley's official statement"
              for said in [_STATEMENT.match(text, party[1])] if said]
    return sorted(found, key=lambda pair: pair[1])


def owned_claims(text: str, parties: list[Party]) -> list[tuple[Party, int, int]]:
    """(owner, end of its name, start of "that") of each claim a party owns in `text`
    ("Fernley's charge that ...")."""
    return [(party, claim.start(), claim.end() - 4) for party in parties
            for claim in [_CLAIM.match(text, party[1])] if claim]
