"""Parts a sentence gives a party through another one: a name in apposition to a description,
a verb after "and" that shares the clause's subject, parties joined by "and", and "the latter",
"the former" and a sentence-opening "it" that stand for a party named before."""

from __future__ import annotations

from factcards.text.role_words import AND, PERSON, Role, is_action
from factcards.text.words import Word, can_be_noun, can_be_verb, only_verb


def apposition(tokens: list[Word], positions: list[int], n: int, index: dict[int, str], text: str,
                found: list[Role]) -> Role | None:
    """A person named after a comma right behind a description ("the invitation of his Fernley
    counterpart, Ruth Okafor") has the description's part: Okafor invited. Nothing between the
    two may be an action, and the name ends its phrase."""
    i = positions[n]
    if not n or not index[i].startswith(PERSON) or text[tokens[i - 1].end:tokens[i].start].strip() != ",":
        return None
    q = positions[n - 1]
    if any(w.text[:1].islower() and (can_be_verb(w.text) or (w.lower in AND and not (
            tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper())))
           for k, w in enumerate(tokens[q + 1:i], q + 1)):
        return None  # an action, or another one joined ("Okafor and Whitlow"), not a title's "West and East"
    end = next((k for k in range(i + 1, len(tokens)) if tokens[k].text[:1].islower()), len(tokens))
    if end < len(tokens) and not text[tokens[end - 1].end:tokens[end].start].strip():
        return None  # the name goes on into its own clause: "Okafor said"
    part = next((r for r in reversed(found) if r.party == index[q]), None)
    return Role(index[i], part.role, part.action) if part is not None else None


_ADVERBIAL = 4  # words between "and" and its verb: "and two days later launched"


def shared_subject(tokens: list[Word], subjects: list[int], index: dict[int, str], keys,
                    found: list[Role]) -> list[Role]:
    """A verb after "and" with no party of its own shares the subject of the clause before:
    "Fernley closed the road, and two days later reopened the bridge" has Fernley reopen it.
    The subject is the last party before the "and" that stands as a clause's subject
    (`subjects`, where the word order has it act): "after Fernley closed the road, Alderbrook
    protested, and later reopened it" has Alderbrook reopen it. After "and of", a verb in -ing
    is the one's that the "of" before it followed (`_of_gerund`)."""
    out = []
    for k, word in enumerate(tokens):
        gerund = _of_gerund(tokens, index, k, keys)
        if gerund is not None:
            out.append(gerund)
            continue
        before = [p for p in subjects if p < k]
        if word.lower not in AND or not before:
            continue
        verb = next((j for j in range(k + 1, min(k + 2 + _ADVERBIAL, len(tokens)))
                     if is_action(tokens[j], keys) and only_verb(tokens[j].text)
                     and not tokens[j].lower.endswith("ing")), None)  # "of hitting ... and violating"
        if verb is None or any(k < p <= verb for p in index) or (
                verb - 1 > k and can_be_noun(tokens[verb - 1].text)):
            continue  # "X and other militants involved": the noun before the verb is its own
        action = keys(tokens[verb].text)
        if not any(action & r.action for r in found if r.role == "actor"):  # no actor yet
            out.append(Role(index[before[-1]], "actor", action))
    return out


def _of_gerund(tokens: list[Word], index: dict[int, str], k: int, keys) -> Role | None:
    """ "accuses Fernley of closing the road and of blocking the bridge": the party right before
    the last "of" and a verb in -ing before the "and" does the one after "and of" too."""
    if tokens[k].lower not in AND or k + 2 >= len(tokens) or tokens[k + 1].lower != "of" \
            or not tokens[k + 2].lower.endswith("ing") or not is_action(tokens[k + 2], keys):
        return None
    for j in range(k - 1, 0, -1):
        if tokens[j].lower == "of" and tokens[j + 1].lower.endswith("ing"):
            party = max((p for p in index if p < j), default=None)
            if party is None or not all(any(c.isupper() for c in w.text) for w in tokens[party:j]):
                return None  # the "of" must follow the party's name (one with a lower-case word too)
            return Role(index[party], "actor", keys(tokens[k + 2].text))
    return None


def speaks(tokens: list[Word], at: int) -> bool:
    """Whether the party at `at` is its clause's subject by a verb right after its name that
    is no action ("Okafor spoke with Whitlow and praised ..."): its speaker is still who the
    next verb after "and" has act."""
    nxt = next((w for w in tokens[at + 1:] if w.text[:1].islower()), None)  # past the name
    return nxt is not None and not nxt.stop and can_be_verb(nxt.text)


def coordinated(tokens: list[Word], positions: list[int], index: dict[int, str],
                 found: list[Role]) -> list[Role]:
    """A party joined by "and" to the next one shares its part: "Fernley and Alderbrook
    agreed" has both agree."""
    out = []
    for n, i in enumerate(positions[:-1]):
        nxt = positions[n + 1]
        gap = [w.lower for w in tokens[i + 1:nxt]]
        if gap and gap[-1] in AND and all(w in AND or not tokens[i + 1 + k].text[:1].islower()
                                           for k, w in enumerate(gap)) \
                and not any(r.party == index[i] for r in found):
            out += [Role(index[i], r.role, r.action) for r in found if r.party == index[nxt]]
    return out


def latter(tokens: list[Word], index: dict[int, str]) -> dict[int, str]:
    """ "The latter" and "the former" stand for the last and the first of two parties the
    sentence has named before them: "Fernley closed the road to Alderbrook and asked the
    latter to ..." has Alderbrook asked."""
    found = {}
    for i, token in enumerate(tokens):
        if token.lower in ("latter", "former") and i and tokens[i - 1].lower == "the":
            named = list(dict.fromkeys(index[k] for k in sorted(index) if k < i))
            if len(named) >= 2:
                found[i] = named[-1] if token.lower == "latter" else named[0]
    return found


def it_stands_for(tokens: list[Word], index: dict[int, str], actors: set[str], keys) -> dict[int, str]:
    """"It" acting at the head of a sentence that names no party before it is the one actor
    of the sentence before: "Fernley closed the road. Two days later it reopened the bridge"."""
    if len(actors) != 1:
        return {}
    for i, token in enumerate(tokens):
        if i in index:
            return {}
        if token.lower == "it":
            acts = i + 1 < len(tokens) and is_action(tokens[i + 1], keys)
            return {i: next(iter(actors))} if acts else {}
    return {}

