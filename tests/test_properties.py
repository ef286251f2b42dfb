"""Property-based tests: whatever bytes or YAML arrive, the loader and checker never crash."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcards.check import CardFile, cross_check
from factcards.models import MODELS
from factcards.schema import validate
from factcards.support_cards import check_support
from factcards.verbatim import find, normalise
from factcards.yamlload import load_bytes

KEYS = st.sampled_from(["id", "title", "date", "claims", "evidence", "source", "quote", "text",
                        "people", "organizations", "spellings", "roles", "role", "name", "seed",
                        "headline", "publisher", "published", "body", "start", "end", "value",
                        "accounts", "says", "subject", "events", "summary", "figures", "label",
                        "reported_by", "corrections", "note", "url", "exclude"]) | st.text(max_size=8)
SCALARS = st.text(max_size=40) | st.sampled_from([
    "2024-01-17", "pakistan-iran-agree-to-deescalate", "unknown", "at least two",
    "Later on Wednesday evening, Pakistan recalled its ambassador from Iran", "... ", "…"])
DOCUMENTS = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                         | st.dictionaries(KEYS, inner, max_size=6), max_leaves=30)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_loader(raw):
    loaded, problems = load_bytes(raw, "cards/events/x.yaml")
    assert (loaded is None) == bool(problems)
    assert all(p.line >= 1 and p.column >= 1 for p in problems)


@FAST
@given(st.sampled_from(sorted(MODELS)), DOCUMENTS)
def test_arbitrary_yaml_never_crashes_the_checker(real_project, kind, document):
    text = yaml.safe_dump(document, allow_unicode=True)
    path = f"cards/{kind}/fuzzed.yaml"
    loaded, problems = load_bytes(text.encode(), path)
    if loaded is None:
        assert problems
        return
    card, problems = validate(kind, loaded, path)
    files = [cf for cards in real_project.cards.values() for cf in cards.values()]
    files.append(CardFile(kind, path, "fuzzed", loaded, card))
    ids = {k: set(cards) | ({"fuzzed"} if k == kind else set())
           for k, cards in real_project.cards.items()}
    sources, found = cross_check(files, ids, real_project.seeds)
    check_support(files, sources)
    assert all(p.line >= 1 for p in problems + found)


@FAST
@given(st.text(max_size=200), st.text(max_size=60))
def test_quote_matching_never_crashes(haystack, quote):
    text = normalise(haystack)
    assert normalise(text) == text
    spans = find(text, quote)
    assert spans is None or all(0 <= a <= b <= len(text) for a, b in spans)
