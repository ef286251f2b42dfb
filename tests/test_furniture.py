"""The furniture finder on the five real seeds, whose furniture was read by hand, and on lines that
look like furniture but are article sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcards.text import cues
from factcards.text.furniture import find_furniture, furniture_in_body

ROOT = Path(__file__).resolve().parent.parent
OTHER = cues.OTHER_STORY
# Every furniture line of each seed, with the reason it is furniture (read by hand); every other
# line is article text (or blank).
SEEDS = {name: {line: getattr(cues, reason) for line, reason in lines.items()} for name, lines in
         yaml.safe_load((ROOT / "tests/seed_furniture.yaml").read_text(encoding="utf-8")).items()}


def seed_lines(name: str) -> list[str]:
    return (ROOT / "seeds" / name).read_text(encoding="utf-8").split("\n")


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_the_real_seeds_furniture_and_nothing_else(name):
    found = {f.line: f.reason for f in find_furniture(seed_lines(name))}
    assert found == SEEDS[name]


def _evidence(data: object):
    if isinstance(data, dict):
        if isinstance(data.get("source"), str) and isinstance(data.get("quote"), str):
            yield data["source"], data["quote"]
        for value in data.values():
            yield from _evidence(value)
    elif isinstance(data, list):
        for value in data:
            yield from _evidence(value)


def test_no_line_a_card_cites_is_furniture(real_project):
    """Every quote of every card stands on lines the finder leaves alone."""
    cited = 0
    for cards in real_project.cards.values():
        for cf in cards.values():
            for key, quote in _evidence(cf.loaded.data):
                source = real_project.sources[key]
                flagged = {f.line for f in find_furniture(source.norm.original.split("\n"))}
                for start, end in source.locate(quote):
                    lines = {source.norm.line_of(start), source.norm.line_of(end - 1)}
                    assert not lines & flagged, (cf.path, quote)
                    cited += 1
    assert cited > 100


@pytest.mark.parametrize("name, lines", [
    ("000_ec79ef48c7d04673.txt", [10, 14, 18, 22, 26, 30]),
    ("001_732e2f8dacc017e7.txt", [8, 12, 15, 17]),
    ("002_04a59f0c63a55032.txt", [20]),
    ("003_0376525094cc7b88.txt", []),
    ("004_070e446cdca4d301.txt", [])])
def test_furniture_in_the_real_cards_bodies(real_project, name, lines):
    card = next(cf.card for cf in real_project.cards["sources"].values() if cf.card.seed == name)
    text = (ROOT / "seeds" / name).read_text(encoding="utf-8")
    found = furniture_in_body(text, card.body.start, card.body.end)
    assert [n for n, _, _ in found] == lines
    assert all(line == text.split("\n")[n - 1] and reason for n, line, reason in found)


def test_furniture_in_a_body_that_cannot_be_found_is_none():
    assert furniture_in_body("One line.\nAnother line.", "Missing start", "line.") == []


@pytest.mark.parametrize("line", [
    "By Wednesday evening, the talks had collapsed without an agreement.",
    "Today, the minister arrived in Islamabad.",
    "Share prices fell 3% on Monday after the announcement.",
    "Related talks will be held next week in Geneva, officials said.",
    "Email addresses of 3,000 customers were leaked in the breach.",
    "Copyright law was changed in 2019 after a long campaign.",
    "The vote was held on 3 May 2022.",
    "Follow-up talks are planned for March, the ministry said.",
    "Jilani, a veteran diplomat, said the visit would go ahead.",
])
def test_article_sentences_are_not_furniture_by_their_words(line):
    assert cues.judge_line(line) is None


@pytest.mark.parametrize("line, reason", [
    ("Today: 12 April 2025", cues.RETRIEVED),
    ("Also Read:  New York Reaches Historic Settlement", cues.READ_ALSO),
    ("Read more: Port congestion spreads along Iberian coast", cues.READ_ALSO),
    ("Share this:", cues.SHARE),
    ("Follow us on Google News", cues.SHARE),
    ("Please enter your comment!", cues.COMMENTS),
    ("Leave a Reply Cancel reply", cues.COMMENTS),
    ("1 min read", cues.READING_TIME),
    ("By Ana Ribeiro", cues.BYLINE),
    ("Reporting by Ana Ribeiro; Editing by Mark Potter", cues.BYLINE),
    ("Dan Whitcombe, Staff Writer", cues.BYLINE),
    ("Posted on 12 January 2023 by Glen Harper", cues.DATELINE),
    ("19 January 2024", cues.DATELINE),
    ("Last updated:", cues.DATELINE),
    ("Related Articles", cues.RAIL),
    ("Don’t Miss", cues.RAIL),
    ("Photo: Reuters", cues.MEDIA),
    ("Tags: Portugal, Walking", cues.TAGS),
    ("© 2023 Meridian Wire. All rights reserved.", cues.COPYRIGHT),
    ("Sarah Lund is a Local Democracy Reporter covering Darlington. Follow her on X for council news.",
     cues.AUTHOR),
])
def test_furniture_by_its_words(line, reason):
    assert cues.judge_line(line) == reason


def test_a_short_last_sentence_stays_with_the_article():
    lines = ["Headline of the story", "", "The first paragraph of the story runs long enough to be "
             "read as running text.", "", "Talks resume on Monday.", "", "Related stories", "",
             "Another headline"]
    found = {f.line: f.reason for f in find_furniture(lines)}
    assert found == {1: cues.ABOVE, 7: cues.RAIL, 9: OTHER}
