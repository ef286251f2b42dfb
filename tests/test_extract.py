"""Reading dates and numbers the way newsroom copy writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from factcards.text.extract import dates_in, numbers_in

FRIDAY = dt.date(2024, 1, 19)


@pytest.mark.parametrize("text, expected", [
    ("On January 16, missile attacks", [(1, 16, None)]),
    ("16 January", [(1, 16, None)]),
    ("Jan. 16", [(1, 16, None)]),
    ("a visit on January 29, 2024, would", [(1, 29, 2024)]),
    ("19 January 2024", [(1, 19, 2024)]),
    ("on 3rd February", [(2, 3, None)]),
    ("may attend the parade", []),
    ("January 17 ... Two days later it launched", [(1, 17, None), (1, 19, None)]),
])
def test_absolute_and_relative_dates(text, expected):
    assert [(m.month, m.day, m.year) for m in dates_in(text)] == expected


def test_weekdays_count_back_from_the_publication_date():
    (wednesday,) = dates_in("Pakistan on Wednesday accused Iran")
    assert wednesday.matches(dt.date(2024, 1, 17), FRIDAY)
    assert not wednesday.matches(dt.date(2024, 1, 24), FRIDAY)
    (friday,) = dates_in("said on Friday")
    assert friday.matches(FRIDAY, FRIDAY)


def test_weekdays_without_a_publication_date_only_need_to_agree():
    (monday,) = dates_in("Pakistan announced on Monday")
    assert monday.matches(dt.date(2024, 1, 22), None)
    assert not monday.matches(dt.date(2024, 1, 23), None)


def test_a_year_must_agree_when_given():
    (mention,) = dates_in("January 29, 2024")
    assert mention.matches(dt.date(2024, 1, 29), None)
    assert not mention.matches(dt.date(2023, 1, 29), None)


@pytest.mark.parametrize("text, expected", [
    ("at least two children killed and three others injured", [(2, "at least"), (3, "")]),
    ("killed at least 11 people", [(11, "at least")]),
    ("nearly 1,200 homes", [(1200, "nearly")]),
    ("one source says", []),
    ("Nine fatalities", [(9, "")]),
])
def test_numbers_with_their_qualifiers(text, expected):
    assert [(n.value, n.qualifier) for n in numbers_in(text)] == expected
