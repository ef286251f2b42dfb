"""Every content word of a statement stands in one of its passages, or is signed off."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, Statement, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.align import align
from factcards.text.verbatim import normalise
from factcards.text.words import forms

ID = "words-not-supported"
SCOPE = "valid"
SUMMARY = ("Every content word of a statement, a role, an account or a figure's label stands in "
           "one of its quoted passages: as written, in another form ('struck' for 'strike'), as "
           "a word the project's settings make equivalent, or as another spelling of the same "
           "name. Function words, quantifiers, numbers, dates and negations are read by their own "
           "rules. "
           "Words a story uses for its sources and for time are listed in the project's "
           "settings (`newsroom_words`).")
FIX = "Quote the passage that says it, or reword the statement in the passage's words."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Alderbrook Town Council voted to sell the Mill Lane bridge."))


def unsupported(st: Statement, look: Lookup) -> list[str]:
    """The statement's words that align with none of its passages and are not signed off."""
    text = normalise(st.text)
    passages = [look.passage_keys(ev) for ev in st.evidence]
    signed = set().union(*(forms(w) for w in st.signed_off))
    return [a.word.text for a in align(text, passages, look.vocabulary, look.name_spans(text))
            if a.passage is None and not (a.word.forms & signed)]


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        missing = unsupported(st, look)
        if missing:
            listed = ", ".join(f"'{w}'" for w in dict.fromkeys(missing))
            yield Finding(st.path, f"{listed} {'is' if len(set(missing)) == 1 else 'are'} in no "
                          "quoted passage of this statement",
                          "quote the passage that says it, or use the passage's words")
