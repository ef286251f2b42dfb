"""`build_cards.py archive` on saved pages of different layouts (tests/pages/, with what each must
give in expected.yaml), on plain texts, and on files it must refuse, all in copies of the project."""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from factcards.edit.body import citable_lines
from factcards.kinds.sources import SourceCard
from factcards.project import load_project
from factcards.text.verbatim import normalise
from tests.helpers import (
    RETRIEVED,
    SAVED_PAGES,
    archive_page,
    card_count,
    expected_pages,
    run_main,
    seeds_and_cards,
)

EXPECTED = expected_pages()
# A furniture line this long is looked for inside article lines too; a shorter one ("Markets",
# "Meridian Wire") only as a line of its own, since it may be words of an article sentence.
WHOLE_LINE_BELOW = 30


def new_card(out: str) -> str:
    return next(line.split()[1].rstrip(":") for line in out.splitlines()
                if line.startswith("wrote cards/sources/"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_saved_page_becomes_a_seed_and_a_card_that_checks_clean_citing_only_its_article(
        workspace, capsys, name):
    code, out, err = archive_page(workspace.lighten(), capsys, name)
    assert (code, err) == (0, "")
    assert out.rstrip().endswith("checks clean: read it against the page before citing it")
    project = load_project(workspace.root)
    assert project.problems == []
    card_path = new_card(out)
    card = project.cards["sources"][Path(card_path).stem].card
    assert isinstance(card, SourceCard)
    raw = next(p for p in (workspace.root / "seeds/raw").iterdir())
    assert raw.read_bytes() == (SAVED_PAGES / name).read_bytes()  # byte for byte
    digest = hashlib.sha256(raw.read_bytes()).hexdigest()
    assert raw.stem == card.seed.removesuffix(".txt") == f"005_{digest[:16]}"
    expected = EXPECTED[name]["card"]
    assert card.headline == expected["headline"]
    assert (card.publisher if card.publisher == "unknown" else card.publisher.value) == expected["publisher"]
    assert (card.published if card.published == "unknown" else card.published.value.isoformat()) \
        == expected["published"]
    url = card.url if isinstance(card.url, str) else card.url.value
    assert (url, isinstance(card.url, str)) == (expected["url"], not expected.get("url attested"))
    record = workspace.root / "seeds/retrieved" / card.seed  # where --url says it was saved from
    given = expected_pages()[name].get("url")
    assert (record.read_text() if record.exists() else None) == (
        None if given is None else f"text: {card.seed}\nurl: {given}\nretrieved: {RETRIEVED}\n")
    text = workspace.read(card_path)
    for excluded in card.body.exclude:  # each exclusion says why, on the line above it
        at = text.splitlines().index(f"    - {json.dumps(excluded, ensure_ascii=False)}")
        assert text.splitlines()[at - 1].startswith("    # line ")
    # the article is citable and the furniture is not
    (source,) = [s for s in project.sources.values() if s.seed.startswith("005_")]
    lines = citable_lines(source)
    for sentence in EXPECTED[name]["article"]:
        assert any(normalise(sentence) in line for line in lines), sentence
    for furniture in EXPECTED[name]["furniture"]:
        plain = normalise(furniture).strip()
        assert plain not in lines, furniture
        assert len(plain) < WHOLE_LINE_BELOW or not any(plain in line for line in lines), furniture


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_editing_the_archived_page_afterwards_fails_the_check(workspace, capsys, name):
    archive_page(workspace.lighten(), capsys, name)
    raw = next((workspace.root / "seeds/raw").iterdir())
    raw.write_bytes(raw.read_bytes().replace(b"</body>", b"<p>Added later.</p></body>", 1))
    code, out, _ = run_main(workspace, capsys, "check")
    assert code == 1
    assert f"error[seed-checksum] 'raw/{raw.name}' does not match its checksum" in out


@pytest.mark.slow  # runs the command line in a subprocess
def test_the_command_line_end_to_end(workspace):
    page = SAVED_PAGES / "wire-story.html"
    result = subprocess.run([sys.executable, "build_cards.py", "archive", str(page)],
                            cwd=workspace.root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "wrote seeds/raw/005_" in result.stdout
    assert "wrote seeds/SHA256SUMS: 2 lines added" in result.stdout
    check = subprocess.run([sys.executable, "build_cards.py", "check"], cwd=workspace.root,
                           capture_output=True, text=True, timeout=120)
    assert (check.returncode, check.stdout) == (0, f"all {card_count(workspace.root)} cards valid\n")
    assert card_count(workspace.root) == card_count() + 1


def test_archiving_opens_no_connection(workspace, capsys, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the archive command tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert archive_page(workspace, capsys, "jsonld.html")[0] == 0


def test_archiving_the_same_page_again_writes_nothing(workspace, capsys):
    archive_page(workspace, capsys, "meta-only.html")
    before = seeds_and_cards(workspace.root)
    code, out, _ = archive_page(workspace, capsys, "meta-only.html")
    assert code == 0 and "wrote" not in out and out.count("kept ") == 3
    assert seeds_and_cards(workspace.root) == before
