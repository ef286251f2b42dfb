"""The newsroom says "unknown" only where its archive is silent: a statement that says its
sources do not say who did a thing, or when, rests on passages that do not say it. An "unknown"
its own passages answer hides what the archive says."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.unknowns import answered, asked
from factcards.text.verbatim import normalise

ID = "unknown-not-so"
SCOPE = "valid"
SUMMARY = ("A statement that says its sources do not say who did something ('the sources do "
           "not say by whom', '... who closed it') rests on passages that do not name who did it "
           "('was received by Ruth Okafor', 'Okafor received'); one that says they do not say "
           "when ('on which day Fernley closed it') rests on passages that do not date it.")
FIX = "Say what the passage says, or cite the passages the unknown is about."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: The sources do not say who voted to close the Mill "
                                    "Lane bridge."))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        text = normalise(st.text)
        for question in asked(text):
            if any(answered(question, normalise(ev.quote)) for ev in st.evidence):
                kind, verb = question
                said = ("when", "date it") if kind == "when" else ("who", "name who did")
                yield Finding(st.path, f"says the sources do not say {said[0]} '{verb.text}', but "
                              f"its passages {said[1]}", "say what the passage says, or leave "
                              "the unknown out")
                break
