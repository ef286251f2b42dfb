"""The quick hints that let the date patterns skip a text turn away no text those patterns
would have read something in: case folding keeps every letter case-insensitive matching takes
for a hint's letter, and the readings of every archived text and card, and of texts spelled
with look-alike letters, are the same with the hints as without them."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from factcards.text import dates
from factcards.text.hints import DAYS, MONTHS

ROOT = Path(__file__).resolve().parent.parent
ODD = ["On ſeptember 5 the talks resumed", "the ſecond of March", "two weeKs later",
       "a WEEK after", "On MONDAY", "JAN. 16, 2024", "Dec 3", "on the twenty-ninth of januarY",
       "İn January", "in ſpring", "ﬁfth of May", "by mid-Auguſt", "three days\u00a0later"]


def test_case_folding_keeps_every_letter_the_patterns_take_for_a_hint_letter():
    letters = sorted(set("".join(MONTHS + DAYS)))
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    alike = [chr(c) for c in range(sys.maxunicode + 1)
             if not 0xD800 <= c <= 0xDFFF and any_letter.fullmatch(chr(c))]
    for letter in letters:
        for char in alike:
            if re.fullmatch(letter, char, re.IGNORECASE):
                assert char.casefold() == letter, (char, letter)


def _texts() -> list[str]:
    found = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "cards").rglob("*.yaml")):
        found += path.read_text(encoding="utf-8").splitlines()
    return found + ODD


def _readings(texts: list[str]) -> list:
    """Each text's readings, or the error a reading raises (the same, with or without hints)."""
    dates.dates_in.cache_clear()
    found = []
    for text in texts:
        for read in (dates.dates_in, dates.months_in, dates.without_dates):
            try:
                found.append(read(text))
            except Exception as error:  # a month spelled with a look-alike letter
                found.append(repr(error))
    return found


def test_the_readings_are_the_same_without_the_hints(monkeypatch):
    texts = _texts()
    hinted = _readings(texts)
    monkeypatch.setattr(dates, "names_month", lambda folded: True)
    monkeypatch.setattr(dates, "counts_days", lambda folded: True)
    assert _readings(texts) == hinted
    dates.dates_in.cache_clear()


@pytest.mark.parametrize("text", ODD)
def test_look_alike_letters_are_not_turned_away(text):
    folded = text.casefold()
    assert any(stem in folded for stem in MONTHS + DAYS) or not dates.dates_in(text)


def test_a_text_read_in_its_pieces_gives_the_dates_and_numbers_it_gives_whole():
    from factcards.rules.facts import _clauses, _dates, _numbers, _Printed

    cut = ["On May 5 (a Friday); two days later: May 7, 2024", 'said "twenty-one" on "Jan. 3"',
           "nine [ten] of them/eleven days later's",
           "since March 3; 2024 (the 4th) and the 5th of May's 'June 2'"]
    pages = ["\n".join(path.read_text(encoding="utf-8")
                       for path in sorted((ROOT / "seeds").glob("*.txt")))]
    for text in _texts() + cut + pages:
        printed = _Printed(text)
        assert printed.dates == _dates(" ".join(_clauses(text, False))), text
        assert printed.numbers == _numbers(" ".join(_clauses(text, False))), text
