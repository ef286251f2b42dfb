"""A sign-off covers exactly the statement's own words that no passage says: a second editor
approves wording, never a name, a number, a date or a negation, and never a word the statement
does not use. Readers see the signed-off words marked as the newsroom's, with the editor's name,
so a stale sign-off would tell them something false."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.text.align import align, content_words
from factcards.text.verbatim import normalise
from factcards.text.words import forms

ID = "signoff-not-needed"
SCOPE = "valid"
SUMMARY = ("Each word of a `signoff` is one of the statement's own content words that none of "
           "its passages says: not a name, number, date or negation (their rules read those, "
           "and no sign-off excuses them), not a word the statement does not use, and not a "
           "word a passage already supports. `by` names the second editor who approved it.")
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


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if not st.signed_off:
            continue
        text = normalise(st.text)
        content = content_words(text, look.vocabulary)
        own = {f for w in content for f in w.forms}
        named = {f for w in content if w.text[:1].isupper()
                 and text[:w.start].rstrip()[-1:] not in ("", ".", "!", "?", '"') for f in w.forms}
        passages = [look.passage_keys(ev) for ev in st.evidence]
        aligned = {f for a in align(text, passages, look.vocabulary, look.name_spans(text))
                   if a.passage is not None for f in a.word.forms}
        path = (*st.path[:-1], "signoff", "words")
        for i, word in enumerate(st.signed_off):
            mine = forms(word)
            if not mine & own or mine & named:  # a capitalised word inside a sentence names
                yield Finding((*path, i), f"signs off '{word}', which is not one of the "
                              "statement's own words (names, numbers, dates and negations are "
                              "never signed off)", "list only the statement's words that no "
                              "passage says")
            elif mine & aligned:
                yield Finding((*path, i), f"signs off '{word}', which a quoted passage already "
                              "says", "remove it from the sign-off")
