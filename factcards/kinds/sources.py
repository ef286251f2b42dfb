"""Source cards: an archived article, where its body lies, and what its page says of itself."""

from __future__ import annotations

from typing import Any

from factcards.kinds import SOURCES, Kind
from factcards.kinds.fields import CardBase, IsoDate, SeedName, Strict, Text, Unknown, Url


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


class SourceCard(CardBase):
    seed: SeedName
    headline: Text
    publisher: Attested | Unknown
    published: AttestedDate | Unknown
    url: AttestedUrl | Url | Unknown = "unknown"
    body: Body
    notes: list[Text] = []


def _schema_org(card: SourceCard) -> dict[str, Any]:
    doc: dict[str, Any] = {"@type": "NewsArticle", "headline": card.headline}
    if card.publisher != "unknown":
        doc["publisher"] = {"@type": "Organization", "name": card.publisher.value}
    if card.published != "unknown":
        doc["datePublished"] = card.published.value.isoformat()
    return doc


KIND = Kind(
    name=SOURCES, model=SourceCard, title="Sources", noun="source", label="headline", order=60,
    page_template="source.html.j2", index_template="sources_index.md.j2", schema_org=_schema_org,
    intro="The archived articles every statement on this site is checked against.",
    skeleton="""\
id: {id}
seed: ""                      # file name of the archived text in seeds/
headline: ""                  # exactly as printed
publisher: unknown            # or: value: ..., quote: "words on the page that say so"
published: unknown            # or: value: YYYY-MM-DD, quote: "the printed date"
body:
  start: ""                   # the first words of the article body
  end: ""                     # its last words
  exclude: []                 # furniture inside the body ("Also read: ...")
notes: []
""")
