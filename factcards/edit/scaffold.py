"""Editor helpers behind the command line: JSON Schemas for editors' tools, skeleton cards, and
finding words in the archive. Pure functions; the command line writes and prints."""

from __future__ import annotations

import json
import re

from factcards.kinds import KINDS
from factcards.load.settings import Settings
from factcards.load.texts import SourceText
from factcards.site.export_schema import cards_json_schema
from factcards.text.verbatim import normalise

SCHEMAS = "schemas"


def schema_comment(kind: str) -> str:
    """The first line of every card: editors' YAML tools read the schema from it."""
    return f"# yaml-language-server: $schema=../../{SCHEMAS}/{kind}.schema.json\n"


def json_schemas() -> dict[str, str]:
    """{path: text} of the JSON Schema of every card kind, generated from the models, and of
    the `cards.json` export."""
    out = {}
    for kind, declared in KINDS.items():
        schema = declared.model.model_json_schema()
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = f"factcards {kind} card"
        out[f"{SCHEMAS}/{kind}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    out[f"{SCHEMAS}/cards-export.schema.json"] = json.dumps(cards_json_schema(), indent=2) + "\n"
    return out


def skeleton(kind: str, card_id: str, settings: Settings | None = None) -> str:
    """A card of `kind` to fill in, its comments naming what the project's `settings` allow."""
    subjects = (settings or Settings()).subjects
    listed = " or ".join([", ".join(subjects[:-1]), subjects[-1]] if len(subjects) > 1 else subjects)
    return schema_comment(kind) + KINDS[kind].skeleton.format(id=card_id, subjects=listed or "none yet")


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
