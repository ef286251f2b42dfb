"""The JSON Schema of `cards.json` (see `exports.cards_json`), published in schemas/ beside the
schemas of the card kinds and rewritten with them by `build_cards.py schema`, so its list of
kinds is the engine's."""

from __future__ import annotations

from factcards.kinds import KINDS

ID = "^[a-z0-9]+(-[a-z0-9]+)*$"


def _text(**more: object) -> dict:
    return {"type": "string", **more}


def _record(required: list[str], **properties: dict) -> dict:
    """An object with these properties and no others, the `required` ones among them."""
    return {"type": "object", "required": required, "additionalProperties": False,
            "properties": properties}


def cards_json_schema() -> dict:
    offset = {"type": "integer", "minimum": 0}
    piece = _record(["start", "end", "text"], start=offset, end=offset, text=_text(minLength=1))
    evidence = _record(["source", "quote"], source=_text(), quote=_text(),
                       seed=_text(pattern=r"^seeds/[^/]+\.txt$"),
                       anchor=_text(pattern="^q-[0-9a-f]{10}$"),
                       pieces={"type": "array", "minItems": 1, "items": piece})
    card = _record(["kind", "id", "file", "card", "evidence"], kind={"enum": sorted(KINDS)},
                   id=_text(pattern=ID), file=_text(pattern=r"^cards/[a-z]+/[a-z0-9-]+\.yaml$"),
                   card={"type": "object", "required": ["id"], "properties": {"id": _text(pattern=ID)},
                         "description": "The card as written; its kind's schema is <kind>.schema.json."},
                   evidence={"type": "array", "items": evidence})
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "factcards cards.json export",
            "description": "Every published card, with each evidence quote resolved to character "
                           "offsets (Unicode code points) in its archived text.",
            **_record(["format", "version", "cards"], format={"const": "factcards/cards"},
                      version={"const": 1}, cards={"type": "array", "items": card})}
