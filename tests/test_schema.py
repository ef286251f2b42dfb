"""Schema errors become problems at the offending value's file, line and field."""

from __future__ import annotations

import pytest

from factcards.load.schema import validate
from factcards.load.yamlload import load_bytes

EVENT = """\
id: x
title: A title
date: "2024-01-17"
claims:
  - text: Something happened.
    evidence:
      - source: a-source
        quote: "words"
"""


def check(kind: str, text: str):
    loaded, found = load_bytes(text.encode(), f"cards/{kind}/x.yaml")
    assert found == []
    card, problems = validate(kind, loaded, f"cards/{kind}/x.yaml")
    return card, [(p.rule, p.line, p.column, p.field) for p in problems], problems


def test_a_valid_event():
    card, found, _ = check("events", EVENT)
    assert found == []
    assert card.date.isoformat() == "2024-01-17"


def test_unknown_key_with_a_suggestion():
    _, found, raw = check("events", EVENT.replace("    evidence:", "    evidense:"))
    assert ("unknown-key", 6, 5, "claims[0].evidense") in found
    assert ("missing-key", 5, 5, "claims[0]") in found
    assert next(p for p in raw if p.rule == "unknown-key").hint == "did you mean 'evidence'?"


@pytest.mark.parametrize("value, message", [
    ("2024-02-30", "'2024-02-30' is not a real date"),
    ("1705363200", "expected a date written YYYY-MM-DD, found '1705363200'"),
    ("16 January 2024", "expected a date written YYYY-MM-DD"),
    ("2024-1-16", "expected a date written YYYY-MM-DD"),
])
def test_dates_are_strict(value, message):
    _, found, raw = check("events", EVENT.replace('"2024-01-17"', value))
    assert found == [("invalid-date", 3, 7, "date")]
    assert raw[0].message.startswith(message)


def test_wrong_type_points_at_the_value():
    _, found, raw = check("events", EVENT.replace("claims:\n", "people: someone\nclaims:\n"))
    assert found == [("wrong-type", 4, 9, "people")]
    assert raw[0].message == "expected a list, found 'someone'"


def test_empty_list_and_blank_text():
    text = EVENT.replace("  - text: Something happened.", '  - text: "  "')
    _, found, _ = check("events", text)
    assert found == [("empty-value", 5, 11, "claims[0].text")]
    _, found, _ = check("events", EVENT.split("claims:")[0] + "claims: []\n")
    assert found == [("empty-value", 4, 9, "claims")]


def test_ids_are_lower_case_words():
    _, found, _ = check("events", EVENT.replace("id: x", "id: ../X"))
    assert found == [("invalid-id", 1, 5, "id")]


SOURCE = """\
id: x
seed: 000_a.txt
headline: H
publisher: unknown
published: unknown
body:
  start: a
  end: b
"""


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x",
                                 "file:///etc/passwd", "ftp://example.org/", "http:///x"])
def test_only_web_addresses(url):
    _, found, _ = check("sources", SOURCE + f"url: {url}\n")
    assert found == [("invalid-url", 9, 6, "url")]


def test_unknown_or_attested_gives_one_clear_problem():
    _, found, raw = check("sources", SOURCE.replace("publisher: unknown", "publisher: Reuters"))
    assert found == [("invalid-value", 4, 12, "publisher")]
    assert "expected 'unknown' or a mapping with 'value' and 'quote'" in raw[0].message
    text = SOURCE.replace("publisher: unknown", "publisher:\n  value: Reuters")
    _, found, _ = check("sources", text)
    assert found == [("missing-key", 5, 3, "publisher")]


@pytest.mark.parametrize("seed", ["../secrets.txt", "/etc/passwd", "sub/000_a.txt", "x.md"])
def test_seed_is_a_plain_file_name(seed):
    _, found, _ = check("sources", SOURCE.replace("000_a.txt", seed))
    assert found == [("invalid-seed-path", 2, 7, "seed")]


def test_a_card_must_be_a_mapping():
    _, found, _ = check("events", "- just\n- a list\n")
    assert found == [("wrong-type", 1, 1, "")]


def test_an_unknown_key_in_capitals_is_named_as_typed():
    _, found, raw = check("events", EVENT.replace("        quote:", "        Quote:"))
    assert ("unknown-key", 8, 9, "claims[0].evidence[0].Quote") in found
    assert next(p for p in raw if p.rule == "unknown-key").hint == "did you mean 'quote'?"
