"""Editor helpers behind the command line: JSON Schemas for editors' tools, skeleton cards, and
finding words in the archive. Pure functions; the command line writes and prints."""

from __future__ import annotations

import json
import re

from factcards.load.models import MODELS
from factcards.load.texts import SourceText
from factcards.text.verbatim import normalise

SCHEMAS = "schemas"


def schema_comment(kind: str) -> str:
    """The first line of every card: editors' YAML tools read the schema from it."""
    return f"# yaml-language-server: $schema=../../{SCHEMAS}/{kind}.schema.json\n"


def json_schemas() -> dict[str, str]:
    """{path: text} of the JSON Schema of every card kind, generated from the models."""
    out = {}
    for kind, model in MODELS.items():
        schema = model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"factcards {kind} card"
        out[f"{SCHEMAS}/{kind}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


_EVIDENCE = """\
    evidence:                 # the passages it rests on, word for word
      - source:               # id of a source card (cards/sources/...)
        quote: ""             # copy the passage exactly; '...' marks an omission
"""
SKELETONS = {
    "events": """\
id: {id}
title: ""                     # what happened, in a few words
date: ""                      # the day it happened, YYYY-MM-DD (not the day it was reported)
people: []                    # ids of people cards, e.g. - jalil-abbas-jilani
organizations: []             # ids of organisation cards
claims:
  - text: ""                  # one statement, in our own words
""" + _EVIDENCE,
    "background": """\
id: {id}
title: ""                     # the subject, in a few words
people: []
organizations: []
claims:
  - text: ""                  # one statement, in our own words
""" + _EVIDENCE,
    "people": """\
id: {id}
name: ""                      # the name as we write it
spellings:                    # every spelling the sources print
  - ""
roles:
  - role: ""                  # the role as the sources give it
""" + _EVIDENCE,
    "sources": """\
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
""",
    "disagreements": """\
id: {id}
title: ""                     # the question the sources answer differently
subject: ""                   # date, count, name, target or wording
events: []
accounts:                     # at least two, each from its own source
  - says: ""
    value: ""                 # the date (YYYY-MM-DD), number or words its passages give
""" + _EVIDENCE,
    "overview": """\
id: {id}
title: ""                     # the site's title on the home page
summary:                      # the story in a few sentences
  - text: ""
""" + _EVIDENCE + """\
figures: []                   # key numbers: label, value, reported_by, evidence
""",
}
SKELETONS["organizations"] = SKELETONS["people"]


def skeleton(kind: str, card_id: str) -> str:
    return schema_comment(kind) + SKELETONS[kind].format(id=card_id)


_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def find_words(words: str, sources: dict[str, SourceText]) -> list[tuple[str, str, int, bool, str]]:
    """Where words stand in the archive: (source id, seed, line, in the article body, sentence).
    Case and typography are forgiven, so an editor can type what they remember."""
    needle = normalise(words).strip().lower()
    hits = []
    for key, text in sorted(sources.items()):
        haystack = text.norm.text.lower()
        at = haystack.find(needle) if needle else -1
        while at != -1:
            line = text.norm.line_of(at)
            paragraph = normalise(text.norm.original.split("\n")[line - 1]).strip()
            sentences = [s.strip() for s in _SENTENCE.findall(paragraph)]
            sentence = next((s for s in sentences if needle in s.lower()), paragraph)
            hits.append((key, text.seed, line, text.citable(at), sentence))
            at = haystack.find(needle, at + 1)
    return hits
