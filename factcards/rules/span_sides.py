"""Which way a span of days runs: "the vote came three days before the closure" puts the vote
first. The dates the statement's passages give each of the two happenings must be that many days
apart in that direction. Read by `statement_date_not_supported`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from factcards.text.days import DateMention

# "three days before <the other happening>": the span's last word and what follows it.
_TOWARDS = re.compile(r"\b(after|before)\s*$", re.IGNORECASE)


def sides(text: str, m: DateMention) -> tuple[str, str] | None:
    """The happening a span dates and the one it counts from ("X, three days before Y": X and
    Y), where the sentence says both; None for "two days later", which counts from a
    happening told elsewhere."""
    if not _TOWARDS.search(m.text):
        return None
    end = m.start + len(m.text)
    after = re.split(r"[.;:]|,\s", text[end:], maxsplit=1)[0]
    before = re.split(r"(?<=[.;:])\s", text[:m.start])[-1].strip(" ,")
    rest = text[end + len(after):].lstrip(" ,")
    main = before or re.split(r"[.;:]", rest, maxsplit=1)[0]
    return (main, after) if main.strip() and after.strip() else None


def misordered(text: str, m: DateMention, days_of: Callable[[Callable[[str], bool]], frozenset[dt.date]],
               telling: Callable[[str, str], bool], apart: Callable[[dt.date, dt.date], int | None]
               ) -> bool:
    """Whether the passages date both happenings of a span and none of their dates are its
    days apart in its direction. `days_of(keep)` gives the days of the passage clauses `keep`
    accepts; `telling(clause, passage_clause)` whether a passage clause tells a clause;
    `apart(a, b)` the days from a to b."""
    found = sides(text, m)
    if found is None or m.days is None:
        return False
    main, since = found
    dated = days_of(lambda passage: telling(main, passage))
    counted = days_of(lambda passage: telling(since, passage))
    if not dated or not counted or dated == counted:
        return False  # the passages do not tell the two apart
    return not any(apart(b, a) == m.days for a in dated for b in counted)

