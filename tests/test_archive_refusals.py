"""What `build_cards.py archive` refuses (exit 1, naming the file, nothing written), what it leaves
to the editor, and plain-text seeds, archived like today's five."""

from __future__ import annotations

import hashlib

import pytest

from factcards.edit import atomic
from factcards.edit.archive import MAX_BYTES
from factcards.project import load_project
from tests.helpers import SAVED_PAGES, archive_page, run_main, seeds_and_cards

NO_ARTICLE = b"""<!DOCTYPE html><html><head><title>Site map</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<footer>Contact us</footer></body></html>"""
UNPRINTED_DATE = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour wall</title>
<meta property="article:published_time" content="2020-05-04"></head><body>
<h1>Repairs to the harbour wall are finished</h1>
<p>Repairs to the old harbour wall were finished this week, three months later than planned, the
harbour board said in a statement to members.</p>
<p>The board said the delay was caused by storms in March that washed away part of the new
footings, which had to be poured again.</p></body></html>"""


@pytest.mark.parametrize("name, content, says", [
    ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not an HTML page"),
    ("notes.html", b"Just some notes, not a page.\n", "not an HTML page"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not an HTML page"),
    ("sitemap.html", NO_ARTICLE, "no article text"),
    ("huge.html", b"<html><body><p>" + b"word " * (MAX_BYTES // 5) + b"</p></body></html>",
     "larger than 5 MiB"),
    ("latin1.txt", "Caf\u00e9 owners protest.".encode("cp1252"), "not UTF-8 text"),
    ("headings.txt", b"Only a headline\n\nAnd a label\n", "no article text"),
    ("missing.html", None, "no such file"),
])
def test_refusals_name_the_file_and_write_nothing(workspace, capsys, name, content, says):
    path = workspace.root / "saved" / name
    if content is not None:
        workspace.write(f"saved/{name}", content)
    before = seeds_and_cards(workspace.root)
    code, out, err = run_main(workspace, capsys, "archive", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"build_cards.py: error: {path}: ") and says in err, err
    assert seeds_and_cards(workspace.root) == before


def test_an_existing_card_with_other_content_is_never_overwritten(workspace, capsys):
    card = "cards/sources/dockworkers-in-lisbon-end-three-day.yaml"
    workspace.write(card, "# an editor's card\n")
    before = seeds_and_cards(workspace.root)
    code, out, err = archive_page(workspace, capsys, "wire-story.html")
    assert (code, out) == (1, "") and f"{card} exists already with other content" in err
    assert seeds_and_cards(workspace.root) == before
    code, out, _ = run_main(workspace, capsys, "archive", str(workspace.root / "saved/wire-story.html"),
                       "--id", "lisbon-dockworkers")
    assert code == 0 and "wrote cards/sources/lisbon-dockworkers.yaml" in out


def test_an_archived_name_with_other_content_is_never_overwritten(workspace, capsys):
    data = (SAVED_PAGES / "jsonld.html").read_bytes()
    taken = f"seeds/raw/007_{hashlib.sha256(data).hexdigest()[:16]}.html"
    workspace.write(taken, b"<html>another page under that name</html>")
    before = seeds_and_cards(workspace.root)
    code, _, err = archive_page(workspace, capsys, "jsonld.html")
    assert code == 1 and f"{taken} exists already with other content; nothing written" in err
    assert seeds_and_cards(workspace.root) == before


def test_a_text_archived_already_is_refused(workspace, capsys):
    workspace.write("saved/again.txt", (workspace.root / "seeds/004_070e446cdca4d301.txt").read_bytes())
    code, _, err = run_main(workspace, capsys, "archive", str(workspace.root / "saved/again.txt"))
    assert code == 1 and "would repeat seeds/004_070e446cdca4d301.txt, archived already" in err


def test_a_failed_write_leaves_nothing_behind(workspace, capsys, monkeypatch):
    def broken(path, content):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "_replace", broken)  # the manifest, written last
    before = seeds_and_cards(workspace.root)
    code, _, err = archive_page(workspace, capsys, "wire-story.html")
    assert code == 1 and "wire-story.html: could not write the archive" in err
    assert "No space left on device" in err and "nothing written" in err
    assert seeds_and_cards(workspace.root) == before
    assert not (workspace.root / "seeds/raw").exists()
    assert not [p for p in workspace.root.rglob(".*.tmp")]


def test_a_plain_text_is_archived_byte_for_byte_with_its_card(workspace, capsys):
    """Today's seed 004 as if retrieved a day later: the proposal matches the editors' card."""
    text = (workspace.root / "seeds/004_070e446cdca4d301.txt").read_bytes()
    text = text.replace(b"Today: 12 April 2025", b"Today: 13 April 2025")
    workspace.write("saved/story.txt", text)
    code, out, _ = run_main(workspace, capsys, "archive", str(workspace.root / "saved/story.txt"),
                       "--retrieved", "2025-04-13", "--id", "deescalate-again")
    assert code == 0 and "checks clean" in out, out
    seed = next(p for p in (workspace.root / "seeds").glob("005_*.txt"))
    assert seed.read_bytes() == text and not (workspace.root / "seeds/raw").exists()
    card = load_project(workspace.root).cards["sources"]["deescalate-again"].card
    assert card.headline == "Pakistan, Iran Agree to Deescalate Tensions After Missile Strikes"
    assert (card.published.value.isoformat(), card.published.quote) == ("2024-01-19", "19 January 2024")
    assert card.body.start == "Pakistan foreign minister talked to his Iranian counterpart"
    assert card.body.end == "by “terrorists” responsible for recent attacks in Pakistan."
    assert card.publisher == "unknown" and card.url == "unknown" and card.body.exclude == []


def test_what_the_page_does_not_print_is_left_for_the_editor(workspace, capsys):
    workspace.write("saved/harbour.html", UNPRINTED_DATE)
    code, out, _ = run_main(workspace, capsys, "archive", str(workspace.root / "saved/harbour.html"))
    assert code == 0
    assert ("decide: published: the page's markup dates it 2020-05-04, but the page does not "
            "print that date: write it only if the page states it") in out
    text = workspace.read("cards/sources/repairs-to-the-harbour-wall-are.yaml")
    assert "published: unknown  # decide: the page's markup dates it 2020-05-04" in text
    assert load_project(workspace.root).problems == []


@pytest.mark.parametrize("args", [["--retrieved", "12/04/2025"], ["--retrieved", "2999-01-01"],
                                  ["--url", "ftp://example.org/page"], ["--id", "Not_An_Id"]])
def test_wrong_options_exit_two(workspace, capsys, args):
    code, _, err = run_main(workspace, capsys, "archive", str(SAVED_PAGES / "wire-story.html"), *args)
    assert code == 2 and err.startswith("build_cards.py: error: --")
