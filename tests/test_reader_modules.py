"""The readers' pure helpers on their own: stackable tables, one-line summaries, the word a
problem points at, the last readable card in the preview, and numbered references."""

from __future__ import annotations

from factcards.kinds.fields import Evidence
from factcards.load.wordpos import word_position
from factcards.publish.lastgood import LastGood
from factcards.publish.tables import stackable
from factcards.site.references import References
from factcards.site.render import long_date
from factcards.site.sitedata import SiteData
from factcards.site.summary import sentence


def test_markdown_tables_get_a_class_and_labelled_cells():
    html = ("<table>\n<thead>\n<tr>\n<th>Figure</th>\n<th align=\"right\">A &amp; B</th>\n</tr>\n"
            "</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>")
    out = stackable(html)
    assert out.startswith('<table class="fc-table">')
    assert '<td data-label="Figure">1</td>' in out and '<td data-label="A &amp; B" align="right">2' in out
    own = '<table class="x"><tr><td>1</td></tr></table>'
    assert stackable(own) == own


def test_a_summary_is_the_first_sentence_cut_at_a_word():
    assert sentence("Iran struck. Pakistan replied.") == "Iran struck."
    assert sentence("The U.S. said so.\n Then more.") == "The U.S. said so."
    long = "word " * 80
    assert sentence(long).endswith("…") and len(sentence(long)) <= 201


def test_word_positions_skip_quotes_elisions_and_block_indicators():
    text = 'a: x\nquote: "one two ... three four"\ntext: >-\n  alpha beta\n  gamma\n'
    assert word_position(text, 2, 8, 0) == (2, 9)
    assert word_position(text, 2, 8, 2) == (2, 21)  # "three": the elision is not a word
    assert word_position(text, 3, 7, 2) == (5, 3)  # "gamma", on the block's second line
    assert word_position(text, 2, 8, 99) == (2, 8)  # past the end: the value's own position


def test_the_preview_keeps_a_card_that_stopped_reading_until_its_file_is_gone(real_project, tmp_path):
    cards = real_project.cards
    path = "cards/events/pakistan-strikes-inside-iran.yaml"
    memory = LastGood()
    memory.fill(cards, set(), real_project.root)
    without = {kind: {key: cf for key, cf in by_id.items() if cf.path != path}
               for kind, by_id in cards.items()}
    kept = memory.fill(without, {path}, real_project.root)
    assert "pakistan-strikes-inside-iran" in kept["events"]
    assert "pakistan-strikes-inside-iran" not in memory.fill(without, {path}, tmp_path)["events"]
    assert "pakistan-strikes-inside-iran" not in memory.fill(without, set(), real_project.root)["events"]


def test_references_number_each_passage_once_and_count_its_uses(real_project):
    site = SiteData(real_project.cards, real_project.sources)
    refs = References(site, "../../", long_date)
    one = Evidence(source="pakistan-iran-agree-to-deescalate",
                   quote="Later on Wednesday evening, Pakistan recalled its ambassador from Iran")
    two = Evidence(source="pakistan-iran-agree-to-deescalate", quote="19 January 2024")
    first = refs.markers([one, two])
    again = refs.marker(one)
    assert 'id="cite-1-1" href="#ref-1"' in first and 'id="cite-2-1" href="#ref-2"' in first
    assert 'id="cite-1-2" href="#ref-1"' in again
    listing = refs.listing()
    assert listing.count("<li ") == 2 and 'href="#cite-1-2"' in listing
    assert "publisher not stated, 19 January 2024" in listing
