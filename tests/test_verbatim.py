"""Quote matching as CONTRACT.md defines "verbatim", on the real archived sources."""

from __future__ import annotations

import pytest

from factcards.text.verbatim import NormalText, find, normalise, pieces

ARMY = "readerwall-amir-abdollahian-lands-in-islamabad"
TOLL = "iran-fm-visits-pakistan-amid-strain-in-ties"
CALL = "pakistan-iran-agree-to-deescalate"
PATCH = "iranian-fm-visits-pakistan-to-patch-up-relations"


def test_normalise_folds_space_quotes_and_dashes():
    assert normalise("a\u00a0\t\n b “c” ‘d’ e–f—g") == "a b \"c\" 'd' e-f-g"


@pytest.mark.parametrize("source, quote", [
    # straight quotes for the source's typographic ones
    (ARMY, 'an intelligence-based operation named "Marg Bar Sarmachar"'),
    # a no-break space in the source, a plain one in the quote
    (TOLL, "Diplomatic tension between Iran and Pakistan escalated in January"),
    # a line break in the quote
    (CALL, "Pakistan recalled its ambassador\n from Iran"),
    # the first letter's case may differ
    (CALL, "pakistan recalled its ambassador from Iran"),
    # an em dash typed as a hyphen
    (TOLL, "Islamabad - Iranian Foreign Minister Hossein Amir-Abdollahian"),
    # elision, with both spellings of the ellipsis
    (PATCH, "Tension reached a nadir on January 17 ... recalled its ambassador from Tehran"),
    (PATCH, "Tension reached a nadir on January 17, when Iran struck…Jaish al-Adl"),
])
def test_quotes_that_match(real_project, source, quote):
    assert real_project.sources[source].locate(quote) is not None


@pytest.mark.parametrize("source, quote", [
    # one changed word
    (CALL, "Pakistan recalled its envoy from Iran"),
    # case inside the quote matters
    (CALL, "Pakistan Recalled its ambassador from Iran"),
    # pieces out of order
    (PATCH, "recalled its ambassador from Tehran ... Tension reached a nadir"),
    # page furniture: a comment form and an unrelated headline
    (PATCH, "Please enter your comment!"),
    (PATCH, "New York Reaches Historic Settlement"),
    (CALL, "UN Chief Calls for Calm, Dialogue in Pakistan-Iran Row"),
    # the author blurb at the end of a page
    (ARMY, "Embark on a literary journey with Glen"),
    # a passage of another source
    (CALL, "Hossein Amir-Abdollahian, Iranian Foreign Minister, Lands in Islamabad"),
])
def test_quotes_that_do_not_match(real_project, source, quote):
    assert real_project.sources[source].locate(quote) is None


def test_elided_pieces_must_stand_close_together(real_project):
    text = real_project.sources[PATCH]
    assert text.locate("Iran and Pakistan have long been wary ... in various domains.") is None


def test_furniture_is_known_as_furniture(real_project):
    text = real_project.sources[PATCH]
    assert text.in_furniture("Please enter your comment!")
    assert not text.in_furniture("A sentence no page ever printed")


def test_matches_map_back_to_the_archived_characters(real_project):
    text = real_project.sources[TOLL]
    quote = "Diplomatic tension between Iran and Pakistan escalated"
    ((start, end),) = text.locate(quote)
    a, b = text.norm.original_span(start, end)
    assert text.norm.original[a:b] == "Diplomatic tension\u00a0between Iran and Pakistan escalated"


def test_offsets_after_collapsed_runs():
    norm = NormalText.of("a  \n\n b\u00a0c")
    assert norm.text == "a b c"
    assert [norm.original[norm.to_original(i)] for i in range(5)] == ["a", " ", "b", "\u00a0", "c"]


def test_pieces_drop_empty_ends():
    assert pieces("... a b … c ...") == ["a b", "c"]
    assert find("x a b y", "") is None
