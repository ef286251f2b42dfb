"""The pieces every card kind's schema is built from: text, ids, dates, evidence, corrections.

The loader hands over text only, so each type here decides for itself what it accepts: dates are
ISO `YYYY-MM-DD` and nothing else (no timestamps, no numbers), URLs are http(s) only, ids are
lower-case words joined by `-`. Unknown keys are errors everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s/$.?#][^\s]*", re.IGNORECASE)
_SEED = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*\.txt")


def _nonblank(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty-value", "must not be empty")
    return value


def _id(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty-value", "must not be empty")
    if not _ID.fullmatch(value):
        raise PydanticCustomError(
            "invalid-id", "id '{value}' must be lower-case letters and digits joined by '-'",
            {"value": value})
    return value


def iso_date(value: object) -> dt.date:
    """Parse a strict ISO date; the calendar decides, so 2024-02-30 is refused."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise PydanticCustomError(
            "invalid-date", "expected a date written YYYY-MM-DD, found '{value}'", {"value": value})
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise PydanticCustomError(
            "invalid-date", "'{value}' is not a real date ({reason})",
            {"value": value, "reason": str(exc)}) from None


def _url(value: str) -> str:
    if not _URL.fullmatch(value) or value.lower().startswith(("http:///", "https:///")):
        raise PydanticCustomError(
            "invalid-url", "expected an http:// or https:// address, found '{value}'",
            {"value": value})
    return value


def _seed(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("empty-value", "must not be empty")
    if not _SEED.fullmatch(value) or ".." in value:
        raise PydanticCustomError(
            "invalid-seed-path",
            "expected the plain file name of a text in seeds/ (like '000_abc.txt'), found '{value}'",
            {"value": value})
    return value


Text = Annotated[str, AfterValidator(_nonblank)]
Id = Annotated[str, AfterValidator(_id)]
IsoDate = Annotated[dt.date, BeforeValidator(iso_date)]
Url = Annotated[str, AfterValidator(_url)]
SeedName = Annotated[str, AfterValidator(_seed)]
Unknown = Literal["unknown"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Correction(Strict):
    """A published correction: when, and what was wrong."""

    date: IsoDate
    note: Text


class Evidence(Strict):
    """A statement's support: a verbatim passage of one source's article body."""

    source: Id
    quote: Text


class SignOff(Strict):
    """Words of a statement that no passage says, approved by a second editor as the newsroom's
    own. Readers see them marked as ours, with the editor's name."""

    by: Text  # the second editor, by name
    words: list[Text] = Field(min_length=1)


class Claim(Strict):
    """One statement, in the newsroom's own words, with the passages it rests on."""

    text: Text
    evidence: list[Evidence] = Field(min_length=1)
    signoff: SignOff | None = None


class Role(Strict):
    """A role or description as the sources give it."""

    role: Text
    evidence: list[Evidence] = Field(min_length=1)
    signoff: SignOff | None = None


class CardBase(Strict):
    """What every card has: its id (the file's name) and its published corrections."""

    id: Id
    corrections: list[Correction] = []


EVIDENCE_SKELETON = """\
    evidence:                 # the passages it rests on, word for word
      - source:               # id of a source card (cards/sources/...)
        quote: ""             # copy the passage exactly; '...' marks an omission
"""
