"""A saved page as text (decoding, sniffing, blocks), and the body and facts proposed from a text."""

from __future__ import annotations

import codecs
import datetime as dt

import pytest

from factcards.edit.attest import Context, address, published, publisher
from factcards.edit.body import find_body, markers
from factcards.text.webpage import decode, headings, looks_like_html, page_text, parse

RUNNING = "The council said on Tuesday that the work would take about six weeks to finish."


@pytest.mark.parametrize("data, text", [
    ('<meta charset="windows-1252"><p>\u201cCaf\u00e9\u201d \u2013 \u20ac3</p>'.encode("cp1252"),
     "\u201cCaf\u00e9\u201d \u2013 \u20ac3"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>\u20ac</p>'
     .encode("cp1252"), "\u20ac"),  # browsers read latin-1 as windows-1252
    (codecs.BOM_UTF8 + "<p>Caf\u00e9</p>".encode(), "Caf\u00e9"),
    ("<p>Caf\u00e9 \u2014 no charset declared</p>".encode(), "Caf\u00e9 \u2014 no charset declared"),
    ('<meta charset="utf-16"><p>Caf\u00e9</p>'.encode(), "Caf\u00e9"),
])
def test_pages_are_decoded_as_browsers_decode_them(data, text):
    assert text in decode(data)


@pytest.mark.parametrize("start, html", [
    ("<!DOCTYPE html><html>", True), ("\n  <html lang=en>", True), ("<!-- saved -->", True),
    ('<?xml version="1.0" encoding="utf-8"?>\n<html>', True), ("<p>A paragraph", True),
    ("Plain words", False), ("%PDF-1.7", False), ("<svg xmlns=", False), ("<pre>\x00", False),
])
def test_what_counts_as_an_html_page(start, html):
    assert looks_like_html(start + "</html>") is html


def test_a_page_is_its_title_then_one_paragraph_per_block():
    tree = parse("""<?xml version="1.0" encoding="utf-8"?><html><head><title> The  title </title>
    <style>p { color: red }</style><script>var hidden = 1;</script></head><body>
    <div>Menu <a href="/">Home</a></div><div hidden>Cookie banner</div>
    <p style="display: none">Invisible</p><h1>Head<br>line</h1><p>One&nbsp;paragraph
    over two lines.</p><ul><li>First</li><li>Second</li></ul><noscript>Enable JS</noscript>
    </body></html>""")
    assert page_text(tree) == ("The title\n\nMenu Home\n\nHead\nline\n\n"
                               "One paragraph over two lines.\n\nFirst\n\nSecond\n")
    assert headings(tree) == ["Head line"]  # as the seed prints it, its lines joined


def test_without_h1_the_highest_heading_level_counts():
    assert headings(parse("<html><body><h3>Aside</h3><h2>Story</h2><h2>Box</h2></body></html>")) \
        == ["Story", "Box"]


def test_a_teaser_copy_above_the_article_does_not_make_the_start_ambiguous():
    text = "\n\n".join(["Headline", RUNNING, "Another paragraph of the story is long enough too.",
                        RUNNING, "The last paragraph of the story ends the article here."])
    body = find_body(text, None)
    assert body is not None and body.first == 5
    assert body.start == "Another paragraph of the story is long enough"


def test_markers_grow_until_check_finds_them_once():
    text = "Intro line\n\nThe same eight words open both of these paragraphs here. One.\n\n" \
           "The same eight words open both of these paragraphs here. Two."
    assert markers(text, 5, 5) == ("The same eight words open both of these paragraphs here. Two.",
                                   "words open both of these paragraphs here. Two.")


def _context(*lines: str) -> Context:
    text = "\n\n".join(lines)
    body = find_body(text, None)
    assert body is not None
    return Context.of(text, body.first, body.last, body.article)


def test_the_retrieval_day_is_never_the_publication_date():
    context = _context("Today: 12 April 2025", "Headline of the story", RUNNING)
    assert published(context, None, dt.date(2025, 4, 12)).value is None
    assert published(context, dt.date(2025, 4, 12), None).decide.startswith("the page's markup dates")


def test_a_date_printed_once_above_the_article_is_proposed():
    context = _context("Headline of the story", "Posted 3 February 2022", RUNNING)
    found = published(context, None, dt.date(2025, 4, 12))
    assert (found.value, found.quote) == ("2022-02-03", "Posted 3 February 2022")


def test_several_printed_dates_are_the_editors_to_choose():
    context = _context("Headline of the story", "Posted 3 February 2022",
                       "Updated 5 February 2022", RUNNING)
    found = published(context, None, None)
    assert found.value is None and "2022-02-03 (line 3), 2022-02-05 (line 5)" in found.decide


def test_a_publisher_named_only_in_the_article_is_not_attested():
    context = _context("Headline of the story", f"{RUNNING} Harbour Times said so.")
    found = publisher(context, ["Harbour Times"])
    assert found.value is None and "does not print it outside the article" in found.decide


def test_an_address_the_editor_gives_is_recorded_unquoted():
    context = _context("Headline of the story", RUNNING)
    found = address(context, "https://example.org/story", "https://example.org/canonical")
    assert (found.value, found.quote) == ("https://example.org/story", None)
    assert "its markup gives https://example.org/canonical" in found.note
