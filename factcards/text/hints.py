"""Quick tests that a text cannot hold what a costly pattern looks for. The date patterns are
case-insensitive, which keeps Python's regular-expression engine from skipping ahead: it tries
each of their many alternatives at every word of a text. Most statements and quotes name no
month and count no days, and a look for a few letters in the case-folded text tells so at once.

Case folding gives each letter that case-insensitive matching takes for one of these letters
that letter ("ſ" is "s", the Kelvin sign "k"), so a text turned away here holds no match of the
pattern; a test holds Python's Unicode data to that.
"""

from __future__ import annotations

import re

# Every month name and abbreviation the date patterns read begins with one of these.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Every weekday, span of days ("two days later", "the week after") holds one of these.
DAYS = ("day", "week")


def names_month(folded: str) -> bool:
    """Whether a case-folded text may name a month."""
    return any(stem in folded for stem in MONTHS)


def counts_days(folded: str) -> bool:
    """Whether a case-folded text may name a weekday or count days or weeks."""
    return any(stem in folded for stem in DAYS)


# Marks that no date, span of days or number the patterns read holds, and that are no part of
# a word (so a pattern's word boundaries read the same at a cut as beside the mark).
_APART = re.compile(r"[;:!?()\"'/\[\]{}]+")


def apart(text: str) -> list[str]:
    """A long text in the pieces between those marks: each date or number it holds lies within
    one piece, and most pieces of a page name no month and count no days, which the hints
    tell at once, where the whole page names some and has every pattern read all of it."""
    return _APART.split(text)
