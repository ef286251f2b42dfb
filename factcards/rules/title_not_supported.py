"""A card's title says nothing its statements do not: its words stand in the card's own
statements or the passages they quote, and a common word does not stand on a name that only
happens to contain it ("council" on "the Parish Council of Fernley")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, event
from factcards.text.align import align, passage_keys
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import words

ID = "title-not-supported"
SCOPE = "valid"
SUMMARY = ("Every content word of a card's title stands in the card's own statements or the "
           "passages they quote (in any form, or as an equivalent or another spelling of a name): "
           "a title is the card's headline, not a statement of its own. A word the title writes "
           "in lower case stands there outside a name, in a name whose other words the title "
           "gives too, or after 'the', for the name ('the union'): 'Alderbrook council' does not "
           "stand on 'Fernley Parish Council'.")
FIX = "Title the card with what its statements say."
EXAMPLES = (GOOD_EVENT, event("title: Alderbrook votes to close the Mill Lane bridge",
                              "title: Alderbrook votes to demolish the Mill Lane bridge"))
# A name of several capitalised words ("Town Council", "Fernley Parish Council").
_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w’'-]*)+")


def _names(text: str, vocabulary: Vocabulary) -> list[list[frozenset[str]]]:
    """The keys of each word of each name of several capitalised words in a text."""
    return [[vocabulary.keys(w.text) for w in words(m.group()) if not w.stop]
            for m in _NAME.finditer(text)]


def _blanked(text: str, vocabulary: Vocabulary) -> tuple[str, frozenset[str]]:
    """The text with its names blanked out, and the keys of the phrases it holds."""
    blanked = _NAME.sub(lambda m: " " * len(m.group()), text)
    return blanked, frozenset(key for pattern, key in vocabulary.phrases if pattern.search(text))


def _outside_names(text: str, look: Lookup, extra: set[str]) -> frozenset[str]:
    """What a text aligns a word with outside its names: its other words, and its phrases
    ("Ministry of Foreign Affairs" is the foreign ministry, name or not). The blanked text is
    remembered, as every card quoting a passage reads it again."""
    blanked, phrases = look.remember((ID, "outside", text), lambda: _blanked(text, look.vocabulary))
    return passage_keys(blanked, look.vocabulary, extra) | phrases


def _only_in_names(title: str, texts: list[str], look: Lookup, names: set[str]) -> list[str]:
    """The title's lower-case words that stand in the texts only inside a name whose other
    words the title does not give, and that do not stand for the name ("the union")."""
    vocabulary = look.vocabulary
    tokens = words(title)
    mine = [vocabulary.keys(w.text) for w in tokens if not w.stop]
    spans = [name for t in texts for name in _names(t, vocabulary)]
    if not spans:
        return []  # no name for a word to stand in
    outside = [_outside_names(t, look, names) for t in texts]
    found = []
    for a in align(title, outside, vocabulary, look.name_spans(title)):
        keys = vocabulary.keys(a.word.text)
        at = tokens.index(a.word)
        if a.passage is not None or not a.word.text[:1].islower() \
                or (at > 0 and tokens[at - 1].lower == "the"):  # "the union": the name, short
            continue
        holding = [name for name in spans if any(keys & k for k in name)]
        if holding and not any(any(k & m for m in mine if not m & keys) for name in holding
                               for k in name if not k & keys):
            found.append(a.word.text)
    return found


_HOW = re.compile(r"\bhow\s+(many|much)\b", re.IGNORECASE)


def _asked(title: str) -> set[int]:
    """Where a title asks an amount ("How many bridges were closed?"): the question's "many"
    says nothing of its own, so needs no passage."""
    return {m.start(1) for m in _HOW.finditer(title)}


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    title = getattr(cf.card, "title", None)
    found = statements(cf)
    if not title or not found:
        return
    names = {key for st in found for _, _, key in look.name_spans(normalise(st.text))}
    keys = [passage_keys(normalise(st.text), look.vocabulary, names) for st in found]
    keys += [look.remember((ID, ev.quote), lambda q=ev.quote: passage_keys(normalise(q), look.vocabulary))
             for st in found for ev in st.evidence]
    text = normalise(title)
    asked = _asked(text)
    missing = [a.word.text for a in align(text, keys, look.vocabulary, look.name_spans(text))
               if a.passage is None and a.word.start not in asked]
    if missing:
        yield Finding(("title",), f"the title's {', '.join(repr(w) for w in missing)} "
                      f"{'is' if len(missing) == 1 else 'are'} in none of the card's statements or "
                      "passages", "title the card with what its statements say")
        return
    texts = [normalise(st.text) for st in found] + [normalise(ev.quote) for st in found
                                                    for ev in st.evidence]
    inside = _only_in_names(text, texts, look, names)
    if inside:
        yield Finding(("title",), f"the title's {', '.join(repr(w) for w in inside)} "
                      f"{'stands' if len(inside) == 1 else 'stand'} in the card's statements and "
                      "passages only inside a name the title does not give",
                      "title the card with what its statements say, not with part of a name")
