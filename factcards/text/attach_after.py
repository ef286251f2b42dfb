"""The party right after a word, and how it holds the word: "the station in Alderbrook" (a
place), "the envoy to Fernley" (a destination), "the Mayor of Alderbrook" (an owner)."""

from __future__ import annotations

from factcards.text.party_tokens import FROM, OWNER, PLACE, PLACES, SKIP, TOWARDS, joined, name_end
from factcards.text.words import Word


def how(tokens, i, party) -> str:
    """How the party after a word holds it: a place ("in"), a destination ("to"), where it
    comes from ("from"), or an owner."""
    end = name_end(tokens, party, i)
    after = tokens[end + 1].lower if end + 1 < len(tokens) else ""
    return PLACE if after in PLACES else TOWARDS if after == "to" else FROM if after == "from" else OWNER


def right(text, tokens, party, end, token: Word, is_group) -> list[str]:
    """The group party just after the word: "of Alderbrook", "in Fernley", "from Fernley", or right
    after a capitalised word that describes it ("Liberal Fernley")."""
    k = end + 1
    if k < len(tokens) and tokens[k].lower in PLACES | {"of", "to", "from"}:
        k += 1
        if k < len(tokens) and tokens[k].lower == "the":
            k += 1
    elif not token.text[:1].isupper():
        return []
    if k >= len(tokens) or any(not joined(text, tokens, n, n + 1) for n in range(end, k)):
        return []
    if k not in party or not is_group(party[k]):
        return []
    return [party[k], *_inner(text, tokens, party, k, is_group)]


def _inner(text, tokens, party, k, is_group) -> list[str]:
    """The place a possessive party holds ("in Fernley's northern Westshire district"): the
    word is in both."""
    end = name_end(tokens, party, k)
    if not tokens[end].lower.endswith("'s"):
        return []
    for j in range(end + 1, min(end + 2 + SKIP, len(tokens))):
        if not joined(text, tokens, j - 1, j) or tokens[j].stop:
            return []
        if j in party:
            return [party[j]] if is_group(party[j]) else []
    return []
