"""Property-based tests: whatever bytes or YAML arrive, the loader and checker never crash."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcards.kinds import KINDS as MODELS
from factcards.load.schema import validate
from factcards.load.yamlload import compose, load_bytes, load_events
from factcards.rules import BY_ID
from factcards.rules.context import CardFile, Lookup
from factcards.rules.engine import check_valid, cross_check
from factcards.text.verbatim import NormalText, find, normalise

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
# Each fuzzed card is checked with every real card, a tenth of a second: a few in the fast tier,
# many in the slow one.
FEW = settings(FAST, max_examples=15)
MANY = settings(FAST, max_examples=200)


@FAST
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_loader(raw):
    loaded, problems = load_bytes(raw, "cards/events/x.yaml")
    assert (loaded is None) == bool(problems)
    assert all(p.line >= 1 and p.column >= 1 for p in problems)


@FAST
@given(DOCUMENTS, st.sampled_from([{}, {"default_flow_style": True}, {"default_style": '"'},
                                   {"canonical": True}]))
def test_the_fast_loader_and_the_event_loader_agree(document, style):
    text = yaml.safe_dump(document, allow_unicode=True, **style)
    fast = compose(text)
    slow, problems = load_events(text, "cards/events/x.yaml")
    if fast is not None:
        assert problems == []
        assert (fast.data, fast.positions, fast.key_positions) == \
            (slow.data, slow.positions, slow.key_positions)


@FEW
@given(st.sampled_from(sorted(MODELS)), DOCUMENTS)
def test_arbitrary_yaml_never_crashes_the_checker(real_project, kind, document):
    checks_without_crashing(real_project, kind, document, every_card=False)


@pytest.mark.slow
@MANY
@given(st.sampled_from(sorted(MODELS)), DOCUMENTS)
def test_much_arbitrary_yaml_never_crashes_the_checker(real_project, kind, document):
    checks_without_crashing(real_project, kind, document)


def checks_without_crashing(real_project, kind: str, document, every_card: bool = True) -> None:
    """A fuzzed card among the real ones: every problem found is placed and named, and only the
    fuzzed card has any (with `every_card`, the meaning of every real card is judged again
    beside it; else the fuzzed card's alone, for the fast tier)."""
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
    shared, found = cross_check(files, ids, real_project.seeds)
    real = {cf.path for cf in files if cf.path != path}
    judged = check_valid(files, Lookup(ids, shared, real_project.settings),
                         skip=frozenset() if every_card else frozenset(real))
    for p in problems + found + judged:
        assert p.line >= 1 and p.column >= 1 and p.rule in BY_ID, p
    assert all(p.path == path for p in judged)  # the real cards are valid: only the fuzzed one


@FAST
@given(st.text(max_size=200), st.text(max_size=60))
def test_quote_matching_never_crashes(haystack, quote):
    text = normalise(haystack)
    assert normalise(text) == text
    spans = find(text, quote)
    assert spans is None or all(0 <= a <= b <= len(text) for a, b in spans)


@FAST
@given(st.text(alphabet=st.sampled_from("ab \n\t\r\u2019\u201c\u2014\u00a0."), max_size=60))
def test_every_normalised_character_maps_back_to_its_original(text):
    norm = NormalText.of(text)
    assert norm.text == normalise(text)
    back = [norm.to_original(i) for i in range(len(norm.text))]
    assert back == sorted(set(back))  # strictly increasing: order kept, nothing mapped twice
    for i, at in enumerate(back):
        original = text[at]
        assert (original.isspace() if norm.text[i] == " " else normalise(original) == norm.text[i])
        if i and norm.text[i - 1] == " " and norm.text[i] != " ":
            assert text[back[i - 1]:at].isspace()  # a folded run maps to its first character
