"""Reading numbers the way copy writes them: value, qualifier, and what they count."""

from __future__ import annotations

import pytest

from factcards.text.counts import phrase, totals
from factcards.text.numbers import numbers_in, unreadable
from factcards.text.times import once_backed, repeat_backed, times_said
from factcards.text.words import words


@pytest.mark.parametrize("text, expected", [
    ("at least two children killed and three others injured",
     [((2,), "at least", "children"), ((3,), "", "others")]),
    ("killed at least 11 people", [((11,), "at least", "people")]),
    ("nearly 1,200 homes", [((1200,), "nearly", "homes")]),
    ("two thousand and five men", [((2005,), "", "men")]),
    ("sixty women", [((60,), "", "women")]),
    ("ninety-nine days", [((99,), "", "days")]),
    ("a dozen soldiers", [((12,), "", "soldiers")]),
    ("dozens of people", [(("dozens",), "", "people")]),
    ("1.5 million people", [((1_500_000,), "", "people")]),
    ("between 10 and 12 people", [((10, 12), "", "people")]),
    ("10-12 people", [((10, 12), "", "people")]),
    ("only one child", [((1,), "only", "child")]),
    ("one source says", []),
    ("a visit", []),
    ("four children, three women, and two men",
     [((4,), "", "children"), ((3,), "", "women"), ((2,), "", "men")]),
])
def test_numbers_with_their_qualifiers_and_what_they_count(text, expected):
    found = [(n.value, n.qualifier, n.counts[0] if n.counts else "") for n in numbers_in(text)]
    assert found == expected


def test_one_counts_when_asked():
    assert [n.value for n in numbers_in("one source", one_is_a_number=True)] == [(1,)]


@pytest.mark.parametrize("text, bad", [("9O people", ["9O"]), ("1l dead", ["1l"]),
                                       ("the 16th and 1990s", []), ("G20 summit", ["G20"])])
def test_digits_mixed_with_letters_are_unreadable(text, bad):
    assert unreadable(text) == bad


@pytest.mark.parametrize(("text", "expected"), [
    ("nine dead, including four children, three women and two men", [None, "nine", "nine", "nine"]),
    ("at least 11 people, two of them children", [None, "at least 11"]),
    ("nine dead in one village. Four children were hurt", [None, None, None]),
    ("two bridges and three roads", [None, None]),
])
def test_a_part_is_read_with_the_total_it_belongs_to(text, expected):
    found = numbers_in(text, one_is_a_number=True)
    assert [t.text if t else None for t in totals(text, found)] == expected


def test_a_counts_phrase_ends_with_its_clause():
    text = "killing two children when it hit targets in Fernley"
    assert phrase(text, numbers_in(text)[0]) == "two children "


@pytest.mark.parametrize(("text", "count"), [
    ("The port was struck once, officials said.", True),
    ("The ministers spoke by phone more than once and agreed to meet.", True),
    ("They met once in March.", True),
    ("Once the talks ended, the ministers left.", False),  # a conjunction
    ("The strike began once the talks ended.", False),
    ("The town was once home to a port.", False),  # formerly
    ("They met once again.", False),
    ("The ministers left at once.", False),
])
def test_once_counts_only_where_it_says_how_many_times(text, count):
    tokens = words(text)
    (at,) = [i for i, w in enumerate(tokens) if w.lower == "once"]
    assert times_said(text, tokens, at) is count


@pytest.mark.parametrize(("text", "passage", "backed"), [
    ("They met once.", "The ministers met once in March.", True),
    ("They met once.", "The ministers met twice in March.", False),
    ("They met more than once.", "The ministers met twice in March.", True),
    ("They met more than once.", "The ministers met once in March.", False),
    ("They met more than once.", "Once the talks ended, the ministers met.", False),
])
def test_a_count_of_times_rests_on_a_passage_that_gives_it(text, passage, backed):
    tokens = words(text)
    at = max(i for i, w in enumerate(tokens) if w.lower == "once")
    assert once_backed(text, tokens, at, [passage]) is backed


def test_again_rests_on_a_passage_that_tells_of_a_repeat():
    assert repeat_backed(["The ministers met again in March."])
    assert repeat_backed(["The ministers met a second time in March."])
    assert not repeat_backed(["The ministers met in March."])
