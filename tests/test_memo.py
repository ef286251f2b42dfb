"""What the rules remember of a text: the same answer again, a list no caller can change for
the next, and nothing that keeps a finished check's lookup alive."""

from __future__ import annotations

import weakref

from factcards.rules.context import Lookup, Shared
from factcards.text.memo import remembered
from factcards.text.words import words


def test_a_remembered_list_is_each_callers_own():
    calls = []

    @remembered
    def split(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    first = split("the bridge closed")
    first.append("changed")
    assert split("the bridge closed") == ["the", "bridge", "closed"]
    assert calls == ["the bridge closed"]


def test_a_lookups_answers_are_its_own_and_go_with_it():
    look = Lookup({}, Shared())
    spans = look.parties("Alderbrook said")
    spans.append((0, 0, "changed"))
    assert (0, 0, "changed") not in look.parties("Alderbrook said")
    gone = weakref.ref(look)
    del look
    assert gone() is None  # no cycle through its remembered answers


def test_a_full_lookup_forgets_rather_than_grows(monkeypatch):
    import factcards.rules.lookup as lookup

    monkeypatch.setattr(lookup, "SIZE", 3)
    look = Lookup({}, Shared())
    for n in range(5):
        assert look.remember(("test", n), lambda n=n: n * 2) == n * 2
    assert len(look._remembered) <= 3



def test_a_texts_words_are_read_once():
    """Every rule reads the same passages' words: the second reading is the first one's answer,
    not the text split again (a check of 10,000 cards splits millions of texts otherwise)."""
    text = "The Mill Lane bridge closed on Monday, the council said."
    assert words(text) is words(text)
