"""Reading dates the way newsroom copy writes them, with no year assumed."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from factcards.kinds.fields import Evidence
from factcards.rules import date_not_supported, statement_date_not_supported
from factcards.text.dated import clauses, miscalendared
from factcards.text.dates import dates_in, months_in, without_dates
from factcards.text.days import YEARLESS, resolved

FRIDAY = dt.date(2024, 1, 19)


@pytest.mark.parametrize("text, expected", [
    ("On January 16, missile attacks", [(1, 16, None)]),
    ("16 January", [(1, 16, None)]),
    ("Jan. 16", [(1, 16, None)]),
    ("a visit on January 29, 2024, would", [(1, 29, 2024)]),
    ("19 January 2024", [(1, 19, 2024)]),
    ("on 3rd February", [(2, 3, None)]),
    ("the twenty-ninth of January", [(1, 29, None)]),  # a day in ordinal words
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


def test_a_month_alone_is_read_where_a_part_or_a_preposition_makes_it_a_time():
    found = [(m.month, m.text) for m in months_in("strikes in early January, by mid-February and "
                                                  "in March; troops march in May")]
    assert found == [(1, "early January"), (2, "mid-February"), (3, "in March"), (5, "in May")]
    assert months_in("by January 26, in January 2024") == []  # a day or a year: `dates_in` reads it
    assert months_in("they may march") == []


def test_the_day_before_and_after_are_spans_of_one_day():
    assert [m.days for m in dates_in("the day before the strike, the day after, the previous "
                                     "week")] == [-1, 1, -7]


def test_a_clause_ends_at_a_sentence_a_semicolon_or_followed_by_but_not_an_abbreviation():
    text = "On Jan. 16, attacks were launched, followed by strikes on January 18. Mr. Okafor spoke; he left"
    assert [text[a:b].strip(" ,") for a, b in clauses(text)] == [
        "On Jan. 16, attacks were launched", "followed by strikes on January 18", "Mr. Okafor spoke",
        "he left"]


# Real seeds: the recall's passage, and the one giving the deadline for the ambassadors' return.
RECALL = ("pakistan-iran-agree-to-deescalate", "Later on Wednesday evening, Pakistan recalled its "
          "ambassador from Iran")
DEADLINE = ("iranian-fm-visit-signals-efforts-to-mend-ties", "both countries have requested their "
            "ambassadors to return to their posts by January 26.")
ARRIVED = ("iran-fm-visits-pakistan-amid-strain-in-ties", "Iranian Foreign Minister Hossein "
           "Amir-Abdollahian arrived in Islamabad on Monday")
VISIT = ("iranian-fm-visit-signals-efforts-to-mend-ties", "a visit to Pakistan on January 29, 2024, "
         "would be undertaken by Hossein Amir Abdollahian")
STRIKES = ("readerwall-amir-abdollahian-lands-in-islamabad", "followed by Pakistan’s retaliatory "
           "strikes into Iran on January 18.")


@pytest.fixture(scope="module")
def look(real_project):
    return real_project.lookup()


def _found(rule, look, text: str, *quotes: tuple[str, str], date: dt.date | None = None) -> list[str]:
    claim = SimpleNamespace(text=text, evidence=[Evidence(source=s, quote=q) for s, q in quotes],
                            signoff=None)
    card = SimpleNamespace(claims=[claim], date=date) if date else SimpleNamespace(claims=[claim])
    return [f.message for f in rule.check(SimpleNamespace(kind="events" if date else "background",
                                                          card=card), look)]


def test_a_date_is_not_borrowed_from_a_passage_about_another_happening(look):
    recalled = "Pakistan recalled its ambassador from Iran on January 26."
    (message,) = _found(statement_date_not_supported, look, recalled, RECALL, DEADLINE)
    assert "'January 26' is a date its passages give only as a bound" in message
    (message,) = _found(statement_date_not_supported, look,
                        "Pakistan recalled its ambassador from Iran on January 29.", RECALL, VISIT)
    assert "'January 29' is the date its passages give for another happening" in message
    honest = "Both countries requested their ambassadors to return to their posts by January 26."
    assert _found(statement_date_not_supported, look, honest, RECALL, DEADLINE) == []



def test_a_happening_word_no_passage_says_ties_the_date_to_no_passage(look):
    """'strike' stands in neither passage ('airstrikes', 'attacks'): the words-not-supported rule
    reads it, and the date may stand in either passage."""
    bases = ("iran-fm-visits-pakistan-amid-strain-in-ties", "The tension began with Iranian "
             "airstrikes targeting the alleged bases of the Sunni separatist group Jaish al-Adl in "
             "southwestern Pakistan on January 16.")
    launched = ("readerwall-amir-abdollahian-lands-in-islamabad", "On January 16, missile attacks "
                "were launched by Tehran against militant bases in the southwestern region of Pakistan")
    assert _found(statement_date_not_supported, look, "Tehran's missile strikes came on January 16.",
                  bases, launched) == []
    assert _found(statement_date_not_supported, look, "Pakistan recalled its ambassador on January 16.",
                  bases, RECALL)

def test_another_passage_s_date_may_go_with_the_weekday_the_happening_s_own_passage_names(look):
    for text in ("Amir-Abdollahian arrived in Islamabad on Monday, January 29.",
                 "In late January, Amir-Abdollahian arrived in Islamabad."):
        assert _found(statement_date_not_supported, look, text, ARRIVED, VISIT) == []
    # January 18 is no Monday: a date lent by the strikes' passage does not date the arrival.
    assert _found(statement_date_not_supported, look, "Amir-Abdollahian arrived in Islamabad on "
                  "January 18.", ARRIVED, STRIKES)


def test_a_weekday_does_not_take_the_date_of_a_happening_its_passage_puts_in_another_week(look):
    announced = ("iranian-fm-visit-signals-efforts-to-mend-ties", "Pakistan announced on Monday "
                 "that Iran’s Foreign Minister, Hossein Amir Abdollahian, is set to visit the "
                 "country next week.")
    # January 29 is a Monday, but the visit is "next week": it is not the announcement's Monday
    (message,) = _found(statement_date_not_supported, look, "On Monday, January 29, Pakistan "
                        "announced that Iran's Foreign Minister was set to visit.", announced, VISIT)
    assert "'January 29' is the date its passages give for another happening" in message
    assert _found(statement_date_not_supported, look, "On Monday, Pakistan announced that Iran's "
                  "Foreign Minister would visit on January 29.", announced, VISIT) == []


def test_a_part_of_a_month_must_hold_the_day_the_passage_gives(look):
    strikes = "Pakistan's retaliatory strikes into Iran followed in {} January."
    assert _found(statement_date_not_supported, look, strikes.format("mid"), STRIKES) == []
    (message,) = _found(statement_date_not_supported, look, strikes.format("early"), STRIKES)
    assert "'early January' is not a date its passages give" in message


def test_the_day_before_needs_two_days_a_day_apart(look):
    text = "Islamabad recalled its ambassador from Tehran the day before Iran struck Balochistan."
    strike = ("iranian-fm-visits-pakistan-to-patch-up-relations", "Tension reached a nadir on "
              "January 17, when Iran struck a target in Pakistan’s southwestern Balochistan province.")
    recall = ("iranian-fm-visits-pakistan-to-patch-up-relations", "Islamabad, in retaliation, "
              "recalled its ambassador from Tehran.")
    assert _found(statement_date_not_supported, look, text, strike, recall)


def test_an_event_is_dated_by_a_passage_about_it(look):
    claim = "Pakistan recalled its ambassador from Iran."
    (message,) = _found(date_not_supported, look, claim, RECALL, DEADLINE, date=dt.date(2024, 1, 26))
    assert "only as a bound" in message
    (message,) = _found(date_not_supported, look, claim, RECALL, VISIT, date=dt.date(2024, 1, 29))
    assert "stated only for another happening" in message
    requested = "Both countries requested their ambassadors to return to their posts by January 26."
    (message,) = _found(date_not_supported, look, requested, DEADLINE, date=dt.date(2024, 1, 26))
    assert "only as a bound" in message
    assert _found(date_not_supported, look, claim, RECALL, DEADLINE, date=dt.date(2024, 1, 17)) == []
    arrived = "Amir-Abdollahian arrived in Islamabad."
    assert _found(date_not_supported, look, arrived, ARRIVED, VISIT, date=dt.date(2024, 1, 29)) == []


@pytest.mark.parametrize(("text", "wrong"), [
    ("Dated 19 January 2024, a Thursday.", ["Thursday"]),  # it was a Friday
    ("Dated 19 January 2024, a Friday.", []),
    ("On Thursday, January 18, 2024, the army spoke.", []),
    ("On Friday, January 18, 2024, the army spoke.", ["Friday"]),
    ("On Thursday the army spoke of January 19, 2024.", []),  # not beside it: another day
    ("On Friday, January 18, the army spoke.", []),  # no year: no calendar to hold it to
])
def test_a_weekday_beside_a_full_date_is_the_calendars(text, wrong):
    assert [m.text.strip() for m, _ in miscalendared(text)] == wrong


@pytest.mark.parametrize("text", ["ſeptember 5", "Auguſt 2024", "on Tueſday", "early Auguſt"])
def test_a_month_or_day_spelt_with_a_look_alike_letter_is_read_not_a_crash(text):
    assert dates_in(text) or months_in(text)  # the pattern reads it as its letters fold
