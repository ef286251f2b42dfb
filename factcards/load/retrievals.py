"""Where the newsroom retrieved a page: a record `archive --url` keeps beside the page's text.

A page that does not print its own address can still be cited with the address it was saved from,
but only the archive itself may say so: the record is written when the page is archived, listed in
the checksum manifest like the page, and read back here. An address typed into a card by hand, with
no record behind it, is a guess.
"""

from __future__ import annotations

import datetime as dt

RETRIEVED = "retrieved"  # seeds/retrieved/<seed name>: the record of that text's retrieval


def record_name(seed: str) -> str:
    """The record's name in the archive, as the manifest lists it."""
    return f"{RETRIEVED}/{seed}"


def record_text(seed: str, url: str, retrieved: dt.date | None) -> str:
    """The record as `archive` writes it; it names its text, so no two records are the same file."""
    return (f"text: {seed}\nurl: {url}\n"
            + (f"retrieved: {retrieved.isoformat()}\n" if retrieved else ""))


def recorded_url(texts: dict[str, str], seed: str) -> str | None:
    """The address the archive records `seed` was retrieved from, if any."""
    for line in texts.get(record_name(seed), "").splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "url" and value.strip():
            return value.strip()
    return None
