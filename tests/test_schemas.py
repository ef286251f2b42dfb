"""Every published JSON Schema is one a strict validator accepts: valid against its meta-schema,
no keyword a validator would ignore, every required property defined, every keyword applied to
the type it is for. (Strict in the sense of Ajv's strict mode, which editors' tools use.)"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcards.kinds import KINDS
from factcards.load.yamlload import load_bytes
from tests.helpers import ROOT

SCHEMAS = sorted((ROOT / "schemas").glob("*.json"))
ANNOTATIONS = {"$schema", "$id", "$ref", "$defs", "$anchor", "$dynamicRef", "$dynamicAnchor",
               "$vocabulary", "$comment", "title", "description", "default", "examples",
               "deprecated", "readOnly", "writeOnly"}
FOR = {  # keywords that apply to one type only, and that type
    "object": {"properties", "required", "additionalProperties", "patternProperties",
               "propertyNames", "minProperties", "maxProperties", "dependentRequired",
               "dependentSchemas", "unevaluatedProperties"},
    "array": {"items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains",
              "minContains", "maxContains", "unevaluatedItems"},
    "string": {"pattern", "minLength", "maxLength", "format", "contentEncoding",
               "contentMediaType", "contentSchema"},
    "number": {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"},
}
ANY = {"type", "enum", "const", "allOf", "anyOf", "oneOf", "not", "if", "then", "else"}
KEYWORDS = ANNOTATIONS | ANY | set().union(*FOR.values())
ONE = ("additionalProperties", "items", "contains", "propertyNames", "not", "if", "then", "else",
       "unevaluatedItems", "unevaluatedProperties", "contentSchema")
MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
INHERIT = ("not", "if", "then", "else", "allOf", "anyOf", "oneOf")  # see their parent's properties
NAMED = ("properties", "patternProperties", "$defs", "dependentSchemas")


def _types(schema: dict) -> set[str]:
    declared = schema.get("type", [])
    types = {declared} if isinstance(declared, str) else set(declared)
    return types | ({"number"} if "integer" in types else set())


def lint(schema: object, at: str = "#", parent: dict | None = None) -> list[str]:
    """What a strict validator refuses in `schema`: unknown keywords, required properties that
    are not defined, keywords for a type the schema does not declare."""
    if not isinstance(schema, dict):
        return [] if isinstance(schema, bool) else [f"{at}: not a schema"]
    found = [f"{at}: unknown keyword '{key}'" for key in schema if key not in KEYWORDS]
    types = _types(schema) | (_types(parent) if parent else set())
    defined = set(schema.get("properties", {})) | set((parent or {}).get("properties", {}))
    found += [f"{at}: required '{name}' is not in properties" for name in schema.get("required", [])
              if name not in defined]
    for kind, keys in FOR.items():
        found += [f"{at}: '{key}' without type {kind}" for key in schema if key in keys
                  and kind not in types]
    combined = {**schema, "type": sorted(types)} if types else schema
    for key in ONE:
        if key in schema:
            found += lint(schema[key], f"{at}/{key}", combined if key in INHERIT else None)
    for key in MANY:
        for i, sub in enumerate(schema.get(key, [])):
            found += lint(sub, f"{at}/{key}/{i}", combined if key in INHERIT else None)
    for key in NAMED:
        for name, sub in schema.get(key, {}).items():
            found += lint(sub, f"{at}/{key}/{name}")
    return found


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_published_schema_is_strictly_valid(path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)  # the meta-schema
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert lint(schema) == []


def test_the_strict_check_finds_what_it_should():
    assert lint({"type": "object", "required": ["id"]}) == ["#: required 'id' is not in properties"]
    assert lint({"type": "string", "minLenght": 1}) == ["#: unknown keyword 'minLenght'"]
    assert lint({"properties": {"a": {"pattern": "x"}}}) == [
        "#: 'properties' without type object", "#/properties/a: 'pattern' without type string"]
    assert lint({"type": "object", "properties": {"a": {}},
                 "anyOf": [{"required": ["a"]}, {"required": ["b"]}]}) == [
        "#/anyOf/1: required 'b' is not in properties"]


@pytest.mark.parametrize("path", sorted((ROOT / "cards").glob("*/*.yaml"))[::4], ids=lambda p: p.stem)
def test_real_cards_validate_against_their_schemas(path):
    """An editor's tool reading the schema named on a card's first line accepts the card."""
    loaded, problems = load_bytes(path.read_bytes(), path.relative_to(ROOT).as_posix())
    assert problems == []
    schema = json.loads((ROOT / "schemas" / f"{path.parent.name}.schema.json").read_text())
    jsonschema.validate(loaded.data, schema)


def test_every_kind_has_a_schema():
    assert {p.name for p in SCHEMAS} >= {f"{kind}.schema.json" for kind in KINDS}
    assert Path(ROOT / "schemas/cards-export.schema.json") in SCHEMAS
