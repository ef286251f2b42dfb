"""The machine-readable outputs: they validate, and their offsets point at the quoted text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcards.site.escape import dumps
from factcards.site.exports import annotations, cards_json, dump_to, timeline_json
from factcards.site.render import _schema_org as schema_org
from factcards.site.sitedata import SiteData
from factcards.text.verbatim import normalise, pieces

ROOT = Path(__file__).resolve().parent.parent
MOTIVATIONS = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
               "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
               "tagging"}


@pytest.fixture(scope="module")
def site(real_project):
    return SiteData(real_project.cards, real_project.sources)


def test_cards_json_validates_and_points_at_the_quotes(site, real_project):
    document = json.loads(dumps(cards_json(site)))
    schema = json.loads((ROOT / "schemas/cards-export.schema.json").read_text())
    jsonschema.validate(document, schema)
    resolved = 0
    for card in document["cards"]:
        for ev in card["evidence"]:
            raw = (ROOT / ev["seed"]).read_text(encoding="utf-8")
            for piece, wanted in zip(ev["pieces"], pieces(ev["quote"]), strict=True):
                assert raw[piece["start"]:piece["end"]] == piece["text"]
                assert normalise(piece["text"]).lower() == wanted.lower()
                resolved += 1
    assert resolved > 120
    assert {c["kind"] for c in document["cards"]} == set(real_project.cards)


def test_web_annotations_follow_the_model(site, real_project):
    collection = json.loads(dumps(annotations(site, "https://example.org/site/")))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert collection["total"] == len(items) > 120
    assert len({item["id"] for item in items}) == len(items)
    by_seed = {f"https://example.org/site/archive/{t.seed}": t.norm.original
               for t in real_project.sources.values()}
    for item in items:
        assert item["type"] == "Annotation" and item["motivation"] in MOTIVATIONS
        assert item["body"]["id"].startswith("https://example.org/site/")
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        for target in targets:
            quote, position = target["selector"]
            assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
            original = by_seed[target["source"]]
            assert original[position["start"]:position["end"]] == quote["exact"]
            assert original[:position["start"]].endswith(quote["prefix"])
            assert original[position["end"]:].startswith(quote["suffix"])


def test_timeline_json_is_timelinejs_shaped_and_escaped(site):
    document = json.loads(dumps(timeline_json(site, "A <title>")))
    assert document["title"]["text"]["headline"] == "A &lt;title&gt;"
    dates = [(int(e["start_date"]["year"]), int(e["start_date"]["month"]), int(e["start_date"]["day"]))
             for e in document["events"]]
    assert dates == sorted(dates) and len(dates) == len(site.cards["events"])
    assert all(e["text"]["headline"] and e["text"]["text"].startswith("<p>")
               for e in document["events"])


def test_json_is_safe_inside_a_script_element():
    text = dumps({"x": "</script><script>alert(1)</script>"})
    assert "<" not in text and json.loads(text)["x"].startswith("</script>")


@pytest.mark.slow
def test_card_pages_carry_schema_org_in_their_head(published, real_project):
    out = published.site
    expected = {"events": "Event", "people": "Person", "organizations": "Organization",
                "sources": "NewsArticle", "background": "Article"}
    for kind, schema_type in expected.items():
        for key, cf in real_project.cards[kind].items():
            html = (out / kind / key / "index.html").read_text(encoding="utf-8")
            head = html.split("</head>")[0]
            (found,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
            assert json.loads(found) == schema_org(cf)
            assert json.loads(found)["@type"] == schema_type
    for name in ("cards.json", "annotations.jsonld", "timeline.json"):
        json.loads((out / name).read_text(encoding="utf-8"))
    for text in real_project.sources.values():
        assert (out / "archive" / text.seed).read_bytes() == (ROOT / "seeds" / text.seed).read_bytes()


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text("<>&a\"\\é“"),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text("<>&ab\"", max_size=3), inner, max_size=4),
                    max_leaves=30)


def _pieces(document: object, depth: int = 3) -> list[str]:
    written: list[str] = []
    dump_to(document, written.append, depth)
    return written


def test_the_published_files_are_written_piece_by_piece_as_dumps_would(site):
    for document in (cards_json(site), annotations(site, "https://example.org/"),
                     timeline_json(site, "A <title>")):
        written = _pieces(document)
        assert "".join(written) == dumps(document)
        assert max(map(len, written)) < len(dumps(document)) / 4  # never one big string


@given(JSON, st.integers(min_value=0, max_value=3))
def test_writing_piece_by_piece_is_dumps_for_any_document(document, depth):
    assert "".join(_pieces(document, depth)) == dumps(document)
