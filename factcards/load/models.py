"""The card schema: pydantic models for every card kind.

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


class Claim(Strict):
    """One statement, in the newsroom's own words, with the passages it rests on."""

    text: Text
    evidence: list[Evidence] = Field(min_length=1)


class Role(Strict):
    """A role or description as the sources give it."""

    role: Text
    evidence: list[Evidence] = Field(min_length=1)


class Attested(Strict):
    """A fact about a source that its own page states, with the words that state it."""

    value: Text
    quote: Text


class AttestedDate(Strict):
    value: IsoDate
    quote: Text


class AttestedUrl(Strict):
    """An address the page prints itself (a plain address is where the newsroom retrieved it)."""

    value: Url
    quote: Text


class Body(Strict):
    """Where the article begins and ends, and furniture inside it that must never be cited."""

    start: Text
    end: Text
    exclude: list[Text] = []


class SourceCard(Strict):
    id: Id
    corrections: list[Correction] = []
    seed: SeedName
    headline: Text
    publisher: Attested | Unknown
    published: AttestedDate | Unknown
    url: AttestedUrl | Url | Unknown = "unknown"
    body: Body
    notes: list[Text] = []


class CardBase(Strict):
    id: Id
    corrections: list[Correction] = []


class EntityCard(CardBase):
    name: Text
    spellings: list[Text] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)


class PersonCard(EntityCard):
    pass


class OrganizationCard(EntityCard):
    pass


class StoryCard(CardBase):
    """Statements about one subject, each with its evidence."""

    title: Text
    people: list[Id] = []
    organizations: list[Id] = []
    claims: list[Claim] = Field(min_length=1)


class EventCard(StoryCard):
    date: IsoDate


class BackgroundCard(StoryCard):
    """Context that has no single date: long-running accusations, the region, the war in Gaza."""


class Account(Strict):
    """One source's version of a disputed fact."""

    says: Text
    value: Text
    evidence: list[Evidence] = Field(min_length=1)


class DisagreementCard(CardBase):
    """Where sources differ: every account, each with its own evidence, side by side."""

    title: Text
    subject: Literal["date", "count", "name", "target", "wording"]
    events: list[Id] = []
    accounts: list[Account] = Field(min_length=2)


class Figure(Strict):
    """A key number, attributed to whoever reported it."""

    label: Text
    value: Text
    reported_by: Id
    evidence: list[Evidence] = Field(min_length=1)


class OverviewCard(CardBase):
    """The home page: the story in a few sentences and its key figures."""

    title: Text
    summary: list[Claim] = Field(min_length=1)
    figures: list[Figure] = []


MODELS: dict[str, type[Strict]] = {
    "sources": SourceCard,
    "people": PersonCard,
    "organizations": OrganizationCard,
    "events": EventCard,
    "background": BackgroundCard,
    "disagreements": DisagreementCard,
    "overview": OverviewCard,
}
