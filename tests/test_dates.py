"""Reading dates the way newsroom copy writes them, with no year assumed."""

from __future__ import annotations

import datetime as dt

import pytest

from factcards.text.dates import YEARLESS, dates_in, resolved, without_dates

FRIDAY = dt.date(2024, 1, 19)


@pytest.mark.parametrize("text, expected", [
    ("On January 16, missile attacks", [(1, 16, None)]),
    ("16 January", [(1, 16, None)]),
    ("Jan. 16", [(1, 16, None)]),
    ("a visit on January 29, 2024, would", [(1, 29, 2024)]),
    ("19 January 2024", [(1, 19, 2024)]),
    ("on 3rd February", [(2, 3, None)]),
    ("the twenty-ninth of January", []),
    ("may attend the parade", []),
])
def test_days(text, expected):
    assert [(m.month, m.day, m.year) for m in dates_in(text) if m.day] == expected


def test_a_date_without_a_year_takes_the_year_it_is_read_in_and_none_by_default():
    (mention,) = dates_in("on March 3")
    assert mention.on(2031) == dt.date(2031, 3, 3)
    assert mention.on(None) == dt.date(YEARLESS, 3, 3)
    assert dates_in("29 February")[0].on(None) is not None  # read in a leap year


def test_spans_count_from_the_date_before_them():
    mentions = dates_in("January 17 ... Two days later it launched")
    assert resolved(mentions, 2024) == [dt.date(2024, 1, 17), dt.date(2024, 1, 19)]
    assert [m.days for m in dates_in("a week after the strike; the next day")] == [7, 1]
    assert [m.days for m in dates_in("three days earlier")] == [-3]


def test_weekdays_count_back_from_a_known_publication_date_only():
    (wednesday,) = dates_in("Pakistan on Wednesday accused Iran")
    assert wednesday.matches(dt.date(2024, 1, 17), FRIDAY)
    assert not wednesday.matches(dt.date(2024, 1, 24), FRIDAY)
    assert not wednesday.matches(dt.date(2024, 1, 17), None)  # any Wednesday: no date at all


def test_a_year_must_agree_when_given():
    (mention,) = dates_in("January 29, 2024")
    assert mention.matches(dt.date(2024, 1, 29), None)
    assert not mention.matches(dt.date(2023, 1, 29), None)


def test_dates_are_blanked_before_counting():
    text = "On January 16, 2024, two days later"
    assert without_dates(text).split() == ["On", ","] and len(without_dates(text)) == len(text)
