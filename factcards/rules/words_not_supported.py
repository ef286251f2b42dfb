"""Every content word of a statement stands in one of its passages, or is signed off; and the
quotes themselves give the statement more of its words than the paragraphs around them.

A passage is read in its paragraph, so that a quote's "these groups" or "they" finds what it
stands for. A short quote would otherwise let a statement take the rest of its words from
the paragraph and arrange them as the paragraph does not ("Fernley denies closing the bridge"
on the quote "Fernley denies the claims"): the paragraph completes a quote, it does not stand
in for it."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, Statement, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.rules.title_not_the_persons import carded
from factcards.text.align import align
from factcards.text.verbatim import normalise
from factcards.text.words import Word, forms, proper

ID = "words-not-supported"
SCOPE = "valid"
SUMMARY = ("Every content word of a statement, a role, an account or a figure's label stands in "
           "one of its quoted passages: as written, in another form ('struck' for 'strike'), as "
           "a word the project's settings make equivalent, or as another spelling of the same "
           "name. Function words, quantifiers, numbers, dates and negations are read by their own "
           "rules. A passage is its quote read in its paragraph, which tells what the quote's "
           "'it' or 'these groups' stands for; but the quoted words themselves give the statement "
           "more of its words (names aside) than the paragraph around them does, so a short quote "
           "cannot lend a statement the paragraph's words in another order. "
           "Words a story uses for its sources and for time are listed in the project's "
           "settings (`newsroom_words`). A title right before a person's name may be the one "
           "their own card's roles give them ('Mayor Ruth Okafor').")
FIX = "Quote the passage that says it, or reword the statement in the passage's words."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Alderbrook Town Council voted to sell the Mill Lane bridge."))


def unsupported(st: Statement, look: Lookup) -> list[str]:
    """The statement's words that align with none of its passages and are not signed off."""
    text = normalise(st.text)
    passages = [look.passage_keys(ev) for ev in st.evidence]
    signed = set().union(*(forms(w) for w in st.signed_off))
    missing = [a.word for a in align(text, passages, look.vocabulary, look.name_spans(text))
               if a.passage is None and not (a.word.forms & signed)]
    titled = carded(text, look) if missing else set()  # a person's title from their own card
    return [w.text for w in missing if w.start not in titled]


def borrowed(st: Statement, look: Lookup) -> tuple[list[str], list[str]]:
    """The statement's words that stand only around its quotes, and those its quotes themselves
    give; names aside on both sides (a paragraph may tell whom a quote's "they" means)."""
    text = normalise(st.text)
    names = look.name_spans(text)

    def named(word: Word) -> bool:
        return proper(word.text) or any(a <= word.start < b for a, b, _ in names)

    around = align(text, [look.passage_keys(ev) for ev in st.evidence], look.vocabulary, names)
    quoted = align(text, [look.quote_keys(ev) for ev in st.evidence], look.vocabulary, names)
    given = [q.word.text for q in quoted if q.passage is not None and not named(q.word)]
    only_around = [a.word.text for a, q in zip(around, quoted, strict=True)
                   if a.passage is not None and q.passage is None and not named(a.word)]
    return only_around, given


def _listed(found: list[str]) -> str:
    return ", ".join(f"'{w}'" for w in dict.fromkeys(found))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        missing = unsupported(st, look)
        if missing:
            yield Finding(st.path, f"{_listed(missing)} {'is' if len(set(missing)) == 1 else 'are'} "
                          "in no quoted passage of this statement",
                          "quote the passage that says it, or use the passage's words")
        around, given = borrowed(st, look)
        if len(around) > len(given):
            many = len(st.evidence) > 1
            yield Finding(st.path, f"{_listed(around)} {'stands' if len(set(around)) == 1 else 'stand'} "
                          f"only in the paragraph around its quote{'s' if many else ''}, which "
                          f"{'give' if many else 'gives'} fewer of its words "
                          f"({_listed(given) or 'none'}): the paragraph completes a quote, it "
                          "does not stand in for it",
                          "quote the sentence that says those words, or leave them out")
