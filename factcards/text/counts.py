"""What a number's phrase says of what it counts: the words that go with it to the end of its
clause, what happened to what it counts ("two children killed"), and the total it is part of
("nine dead, including four children"). Its own module, apart from reading the numbers
themselves (`numbers`): these readings follow a number into its sentence, where the rules
hold one passage's count against another's.
"""

from __future__ import annotations

import re

from factcards.text.numbers import CLAUSE_END, LEADING_AND, Number
from factcards.text.words import can_be_verb, words


def phrase(text: str, number: Number, found: list[Number] | tuple[Number, ...] = ()) -> str:
    """The number and the words that go with it, to the end of its clause or the next number
    of `found` ("two children killed in Fernley"): where a count's place or party is read."""
    stop = min([n.start for n in found if n.start >= number.end] + [len(text)])
    rest = _NEW_CLAUSE.split(CLAUSE_END.split(text[number.end:stop], maxsplit=1)[0], maxsplit=1)[0]
    for match in _AND_VERB.finditer(rest):  # "reported nine casualties and condemned the strikes"
        if can_be_verb(match.group(1)):
            rest = rest[:match.start()]
            break
    return text[number.start:number.end] + rest


# "and" before a verb in the past begins what the subject did next, no longer the count's phrase.
_AND_VERB = re.compile(r"\s+and\s+(\w+ed)\b", re.IGNORECASE)
_BE = frozenset({"were", "was", "are", "is", "be", "been", "being"})
_AUXILIARIES = _BE | {"had", "have", "has"}


def done_to(text: str, number: Number, found: list[Number] | tuple[Number, ...] = (),
            passive: bool = False) -> str | None:
    """What a count's phrase says happened to what it counts: the first participle after it
    ("two children killed", "three others were injured"); in a list ("two children and three
    others were killed") the one the list ends with. None if its phrase gives none. With
    `passive`, only a participle after "were", "was" or "been": "two ministers resolved" says
    what they did, not what was done to them."""
    said = words(phrase(text, number, found)[number.end - number.start:])
    for i, word in enumerate(said):
        if word.lower not in _AUXILIARIES and word.lower.endswith(("ed", "en")) and can_be_verb(word.text):
            return word.text if not passive or (i and said[i - 1].lower in _BE) else None
    later = [n for n in found if n.start >= number.end]
    if later and _LIST.match(text[number.end:later[0].end - len(later[0].text)]):
        return done_to(text, later[0], found, passive)
    return None


# Words that begin another clause: "two children when it hit targets" ends at "when".
_NEW_CLAUSE = re.compile(r"\b(?:when|while|whereas|after|before|because|since|although|though|as|but)\b",
                         re.IGNORECASE)


_PART_OF = re.compile(r"\b(?:including|among them|among whom|of whom|of which|of them)\s*$", re.I)
_THEIR_PART = re.compile(r"^\s*(?:of them|of whom)\b", re.I)
_LIST = re.compile(r"^[^,.;:!?()]*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_SENTENCE_END = re.compile(r"[.;!?]")


def totals(text: str, found: list[Number]) -> list[Number | None]:
    """For each number of `found` (left to right), the total it is part of: "nine dead,
    including four children" makes four a part of nine; "four children, three women and
    two men" are all parts of it, and so is "two of them". None where it stands alone."""
    text = text.replace("...", ",  ").replace("…", ",")  # an elision ends a list's item
    out: list[Number | None] = []
    for i, number in enumerate(found):
        total = None
        if i:
            before, gap = found[i - 1], text[found[i - 1].end:number.start]
            if LEADING_AND.match(text[number.start:number.end]):  # "... and two men"
                gap += "and "
            if not _SENTENCE_END.search(gap):
                if _PART_OF.search(gap) or _THEIR_PART.match(text[number.end:]):
                    total = before
                elif out[i - 1] is not None and _LIST.match(gap):
                    total = out[i - 1]
        out.append(total)
    return out
