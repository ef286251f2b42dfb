"""A statement says "not" where its passage does, and only there."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, headline, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.denials import Charge, charge, charge_denied, denied, denies, is_denial
from factcards.text.unknowns import unknown_at
from factcards.text.verbatim import normalise
from factcards.text.words import Word, can_be_noun, possessive, words
from factcards.text.words import forms as forms_of

ID = "negation-not-supported"
SCOPE = "valid"
SUMMARY = ("A statement's polarity is its passage's: a 'not', 'never', 'no' or 'without' in the "
           "statement negates a word its passage negates too, and a word the passage negates "
           "(or marks 'non-') is not stated without its negation. A card's title negates nothing "
           "its statements' passages state plainly. A denial ('Fernley denies closing the "
           "road') stands on a passage that tells that charge and then denies it ('... Fernley "
           "denies these charges'), and no denial stands on passages that deny nothing; 'the "
           "sources do not say whether ...' is the newsroom's word "
           "on its archive, not a negation of what they say.")
FIX = "Say what the passage says: keep its negation, or add none of your own."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Alderbrook Town Council did not vote to close the Mill "
                                    "Lane bridge."))
REACH = 4  # words after a negation that it may govern


def negated_words(tokens: list[Word]) -> list[tuple[int, Word]]:
    """(index, word) of the first content word each negation governs, past a possessive; a
    "non-" word negates itself."""
    out = []
    for i, word in enumerate(tokens):
        if word.lower.startswith("non-"):
            out.append((i, word))
        elif word.lower == "against" and i + 1 < len(tokens) and tokens[i + 1].lower.endswith("ing"):
            out.append((i + 1, tokens[i + 1]))  # "advised against sending"
        elif word.negation and not _not_only(tokens, i):
            reach = [(j, w) for j, w in enumerate(tokens[i + 1:i + 1 + REACH], i + 1)
                     if not w.stop and (not w.negation or is_denial(w))]
            # a possessive names whose thing is negated: "denies Fernley's charge" denies the charge
            nxt = next((pair for pair in reach if not possessive(pair[1])), reach[0] if reach else None)
            if nxt is not None:
                out.append(nxt)
    return out


def _not_only(tokens: list[Word], i: int) -> bool:
    """ "not only X but also Y" says X and Y: no negation."""
    return tokens[i].lower == "not" and i + 1 < len(tokens) and tokens[i + 1].lower in _ONLY \
        and any(w.lower == "but" for w in tokens[i + 2:])


_ONLY = frozenset({"only", "just", "merely", "simply"})


def _governed(tokens: list[Word]) -> list[tuple[int, Word]]:
    """Every content word within reach of a negation ("denies Fernley's charges": both), and
    the words that negate themselves."""
    out = negated_words(tokens)
    for i, word in enumerate(tokens):
        if word.negation and not _not_only(tokens, i):
            out += [(j, w) for j, w in enumerate(tokens[i + 1:i + 1 + REACH], i + 1) if not w.stop]
    return out


def _neighbours(tokens: list[Word], i: int) -> frozenset[str]:
    """The forms of the content words on either side of word `i`."""
    before = next((w for w in reversed(tokens[:i]) if not w.stop), None)
    after = next((w for w in tokens[i + 1:] if not w.stop), None)
    return frozenset().union(*(w.forms for w in (before, after) if w is not None))


def _plainly(mine: list[Word], i: int, negated: tuple[list[Word], int],
             theirs: list[list[Word]]) -> bool:
    """Whether the statement's word `i` is a word its passages also state plainly, and not
    the one a "non-" negates: the prefix negates only its own word ("the British minister ...
    non-British citizens" still says "British", but not "British citizens")."""
    tokens, j = negated
    if not tokens[j].lower.startswith("non-") or _neighbours(mine, i) & _neighbours(tokens, j):
        return False
    base = _base(tokens[j])
    for other in theirs:
        governed = {k for k, _ in _governed(other)}
        if any(w.forms & base for k, w in enumerate(other)
               if k not in governed and not w.lower.startswith("non-")):
            return True
    return False


def _base(word: Word) -> frozenset[str]:
    return forms_of(word.text[4:] if word.lower.startswith("non-") else word.text)


def _denies_charge(text: str, tokens: list[Word], i: int, charges: list[Charge]) -> bool:
    """Whether word `i` begins what a denial in the statement denies ("denies providing a safe
    haven", "denies that it shelters them"), and that is, for the most part, the charge one
    passage tells and denies."""
    d = next((j for j in range(i - 1, max(i - 1 - REACH, -1), -1) if is_denial(tokens[j])), None)
    return d is not None and any(denies(denied(text, tokens, d), c) for c in charges)


def _names_the_charge(tokens: tuple[Word, ...], j: int) -> bool:
    """Whether word `j` of a passage is the name a denial gives the charge it denies ("denies
    these allegations"): the statement's own "alleges" says who makes a claim, not the charge."""
    at = charge_denied(tokens)
    return at is not None and at < j <= at + 2


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    titled = {st.path for st in headline(cf)}
    for st in [*statements(cf), *headline(cf)]:
        text = normalise(st.text)
        mine = words(text)
        if not st.evidence or (st.path in titled and any(is_denial(w) for w in mine)):
            continue  # a title may sum up a denial its statements give with what it answers
        theirs = [words(normalise(ev.quote)) for ev in st.evidence]
        negating = [look.remember((ID, ev.quote), lambda t=tokens: negated_words(list(t)))
                    for ev, tokens in zip(st.evidence, theirs, strict=True)]
        my_negated = negated_words(mine)
        my_forms = [_base(w) for _, w in my_negated]
        their_negated = [_base(w) for found in negating for _, w in found]
        # every form the passages state, read only for a statement that negates something
        plain = frozenset().union(*(w.forms for tokens in theirs for w in tokens)) \
            if my_negated else frozenset()
        named = charge_denied(mine)
        charges = [c for c in map(charge, theirs) if c.words] if my_negated or named is not None else []
        told = denied(text, mine, named) if named is not None else []  # "Fernley denies this."
        if any(not w.text[:1].isupper() for w in told) and not any(denies(told, c, act=False)
                                                                    for c in charges):
            yield Finding(st.path, f"'{mine[named].text}' denies a charge no "
                          "passage tells and denies", "quote the passage that tells the charge "
                          "and its denial, or say what the passage denies")
        refusal = next((w for w in mine if is_denial(w)), None)
        if refusal is not None and st.path not in titled and not any(
                is_denial(w) or w.negation for tokens in theirs for w in tokens):
            yield Finding(st.path, f"'{refusal.text}' tells a denial, but its passages deny "
                          "nothing", "quote the passage in which it is denied, or say what the "
                          "passage says (a counter-claim is no denial)")
            continue
        for (i, word), forms in zip(my_negated, my_forms, strict=True):
            if unknown_at(text, word.start) or _denies_charge(text, mine, i, charges):
                continue
            if not any(forms & f for f in their_negated) and forms & plain:
                yield Finding(st.path, f"negates '{word.text}', which its passages state without "
                              "a negation", "say what the passage says, without the 'not'")
        if st.path in titled:  # a title adds no negation; what it leaves out, it may
            continue
        governed = [f for _, w in _governed(mine) for f in [_base(w)]]
        for tokens, j, forms in ((t, j, _base(w)) for t, found in zip(theirs, negating, strict=True)
                                 for j, w in found):
            named = _names_the_charge(tokens, j)  # "denies these allegations": a statement may allege
            stated = [w for i, w in enumerate(mine) if w.forms & forms
                      and not (named and look.vocabulary.speech(w.text) and not can_be_noun(w.text))
                      and not _plainly(mine, i, (tokens, j), theirs)]
            if stated and not any(forms & f for f in governed):
                yield Finding(st.path, f"states '{stated[0].text}' without the negation its passage "
                              "gives it", "keep the passage's 'not' (or 'non-'), or quote a passage "
                              "that says it plainly")
                break
