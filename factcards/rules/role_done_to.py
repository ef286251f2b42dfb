"""What a role that says what was done to its holder is read against ("Received at the airbase
by Okafor", "Accused by Fernley of ..."): its passages have the one after its "by" do the act,
and do it to the card's own subject. The one done to is the subject of a passive ("the mayor
was received by Okafor"), the owner before a noun ("his welcome by Okafor") or what follows
an active verb ("Okafor received the mayor"); it must name the card's subject or, on a page
that names it before, could describe it, and a description that names another party does not."""

from __future__ import annotations

import re

from factcards.rules.context import CardFile, Lookup
from factcards.rules.role_acts import POSSESSIVE, described, doers
from factcards.text.verbatim import normalise
from factcards.text.words import Word, can_be_verb, words

_PASSIVE = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_BREAK = re.compile(r"[,;:.()]|\s(?:by|at|in|on|to|from|during|after|before|with)\s", re.IGNORECASE)
_BY = re.compile(r"\bby\s+([^,;:.()]+)", re.IGNORECASE)


def _done_to(text: str, verb: Word) -> list[str]:
    """Whom each use of the verb in a passage is done to."""
    found = []
    tokens = words(text)
    for i, word in enumerate(tokens):
        if not word.forms & verb.forms or not can_be_verb(word.lower):
            continue
        k = i - 1
        while k > 0 and tokens[k].lower.endswith("ly"):  # "were successfully targeted"
            k -= 1
        if i and tokens[i - 1].lower in POSSESSIVE:  # "his welcome by Okafor"
            found.append(tokens[i - 1].text)
        elif k >= 0 and tokens[k].lower in _PASSIVE:  # "the mayor, Okafor, was received by"
            parts = [part for part in re.split(r"[,;:.()]", text[:tokens[k].start]) if part.strip()]
            found.append(parts[-1].strip() if parts else "")
        else:  # "Okafor received the mayor at the airbase"
            found.append(_BREAK.split(text[word.end:], 1)[0].strip())
    return found


def done_elsewhere(cf: CardFile, role: str, evidence, look: Lookup) -> str | None:
    """Who a passive role's passages have do its act, or have it done to, where that is not
    the role's: the party its "by" names, and the card's own subject."""
    verb = words(role)[0]
    me = f"{cf.kind}/{cf.stem}"
    own = {me} | look.entity_parties.get(me, frozenset())
    texts = [normalise(ev.quote) for ev in evidence]
    by = _BY.search(role)
    mine = {f"{kind}/{key}" for _, kind, key in look.named(by.group(1))} if by else set()
    theirs = set().union(*(doers(text, verb, look) for text in texts))
    named = {d for d in theirs if "/" in d}
    if mine and named and not mine & named:
        return min(named)  # "Welcomed by the spokesperson" where the passage has another do it
    # what the card says of its subject, less the role being read: it cannot vouch for itself
    names = [w for spelling in getattr(cf.card, "spellings", []) for w in words(spelling)]
    known = (look.card_keys(cf.kind, cf.stem) - frozenset().union(
        *(look.vocabulary.keys(w.text) for w in words(role)))).union(
        *(look.vocabulary.keys(w.text) for w in names))
    here = any(f"{kind}/{key}" in own for ev in evidence for _, kind, key in look.named(look.before(ev)))
    uses = [(text, found) for text in texts if (found := [t for t in _done_to(text, verb) if words(t)])]
    others = []
    for _, found in uses:
        for target in found:
            keys = {f"{kind}/{key}" for _, kind, key in look.named(target)}
            sides = {p for w in words(target) if (p := look.vocabulary.party(w.text))}
            if keys & own or (not keys and not sides - own - known
                              and described(target, known, look, here)):
                return None
            others.append((bool(keys), target))
    if any(named for named, _ in others):  # done to someone the passage names
        return next(target for named, target in others if named)
    if any(f"{kind}/{key}" in own for text, _ in uses for _, kind, key in look.named(text)):
        return None  # a passage that names the subject may tell the act in other words
    return others[0][1] if others else None
