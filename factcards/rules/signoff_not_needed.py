"""A sign-off covers exactly the statement's own words that no passage says: a second editor
approves wording, never a name (or a word made from one, "French"), a word that looks like a
name ("0kafor" for "Okafor"), what a number counts, a number, a date or a negation, and never a word
the statement does not use. Readers see the signed-off words marked as the newsroom's, with the
editor's name, so a stale sign-off would tell them something false."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, Statement, statements
from factcards.text.align import align
from factcards.text.content import content_words
from factcards.text.dates import TIMES
from factcards.text.lookalike import imitates
from factcards.text.numbers import numbers_in
from factcards.text.order import says_order
from factcards.text.verbatim import normalise
from factcards.text.words import Word, can_be_noun, forms, proper, words

ID = "signoff-not-needed"
SCOPE = "valid"
SUMMARY = ("Each word of a `signoff` is one of the statement's own content words that none of "
           "its passages says: not a name or a word made from one ('French'), wherever it "
           "stands; not a word that looks like a passage's or a name's ('0kafor' for 'Okafor'); "
           "not the thing a number counts ('soldiers' in 'two soldiers', or the noun of a "
           "figure's label); not a number, date, time of day, quantifier, negation (or a verb "
           "the settings' `negating` lists, 'refused') or word of order "
           "('preemptive', 'retaliatory'): their rules read those, and no sign-off excuses "
           "them; not a word the statement does not use; and not a word a passage already "
           "supports. `by` names the second editor who approved it.")
FIX = "List only the statement's words that no passage says, or remove the sign-off."
EXAMPLE_KIND = "organizations"
_EXAMPLE = """\
id: example
name: Fernley Parish Council
spellings:
  - Fernley Parish Council
roles:
  - role: Asked Alderbrook to keep one lane open for buses, a compromise
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Fernley Parish Council asked Alderbrook to keep one lane open for buses"
    signoff:
      by: A. Second Editor
      words: [compromise]
"""
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("words: [compromise]", "words: [compromise, ferry]"))


def _named(text: str, content: list[Word]) -> set[str]:
    """The forms of the statement's names: words capitalised inside a sentence, and words the
    dictionary knows only with a capital, wherever they stand ("French news agency")."""
    return {f for w in content if proper(w.text) or (w.text[:1].isupper() and
            text[:w.start].rstrip()[-1:] not in ("", ".", "!", "?", '"')) for f in w.forms}


def _head(run: list[Word]) -> set[str]:
    """The forms of the noun a run of words names: its first nouns ("trade engagements"),
    names left aside ("Fernley residents")."""
    nouns: list[Word] = []
    for word in run:
        if can_be_noun(word.text) and not proper(word.text):
            nouns.append(word)
        elif nouns or word.stop:
            break
    return {f for w in nouns for f in w.forms}


def counted(st: Statement, text: str) -> set[str]:
    """The forms of what the statement's numbers count: the noun after a number ("children"
    in "two children killed"), and in a figure's label the label's noun, which its value
    counts ("residents" in "Fernley residents affected")."""
    found = set().union(*(_head([w for c in n.counts for w in words(c)]) for n in numbers_in(text)))
    if st.path[-1] == "label":
        found |= _head(_leading(text))
    return found


def _leading(text: str) -> list[Word]:
    """The words a text begins with, up to its first function word or punctuation."""
    tokens = words(text)
    lead: list[Word] = []
    for k, word in enumerate(tokens):
        if word.stop or (k and text[tokens[k - 1].end:word.start].strip()):
            break
        lead.append(word)
    return lead


def _spellings(st: Statement, look: Lookup) -> set[str]:
    """The words of the statement's passages and of every listed name."""
    texts = [look.context(ev) for ev in st.evidence] + [s for _, _, s in look.shared.names]
    return {w.text for t in texts for w in words(t) if w.text.isalpha()}


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if st.signed_off:
            yield from findings(st, look)


def findings(st: Statement, look: Lookup) -> Iterator[Finding]:
    """What is wrong with each word of a statement's sign-off."""
    text = normalise(st.text)
    content = content_words(text, look.vocabulary)
    own = {f for w in content for f in w.forms}
    named = _named(text, content)
    numbered = counted(st, text)
    passages = [look.passage_keys(ev) for ev in st.evidence]
    aligned = {f for a in align(text, passages, look.vocabulary, look.name_spans(text))
               if a.passage is not None for f in a.word.forms}
    path = (*st.path[:-1], "signoff", "words")
    for i, word in enumerate(st.signed_off):
        mine = forms(word)
        if not mine & own or mine & named or proper(word):
            yield Finding((*path, i), f"signs off '{word}', which is not one of the "
                          "statement's own words (names and the words made from them, "
                          "numbers, dates, quantifiers and negations are never signed off)",
                          "list only the statement's words that no passage says")
        elif look.negating(word, text) or word.lower() in TIMES:
            yield Finding((*path, i), f"signs off '{word}', which says that something did not "
                          "happen, or when it did: like a negation or a date, that is the "
                          "passages' to say", "write what the passages say, or leave the word out")
        elif says_order(word):
            yield Finding((*path, i), f"signs off '{word}', which says who acted first or "
                          "answered: that order is the passages' to say",
                          "keep the order the passages give, or leave the word out")
        elif (alike := imitates(word, _spellings(st, look))) is not None:
            yield Finding((*path, i), f"signs off '{word}', which looks like '{alike}' "
                          "without being it", f"write '{alike}' as the passage does")
        elif mine & numbered:
            yield Finding((*path, i), f"signs off '{word}', the thing a number counts (in "
                          "the text, or a figure's value): what was counted is the "
                          "passage's to say",
                          "use the passage's word for what is counted")
        elif mine & aligned:
            yield Finding((*path, i), f"signs off '{word}', which a quoted passage already "
                          "says", "remove it from the sign-off")
