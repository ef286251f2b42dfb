"""Cross-checks on the real cards and archive, and on copies broken one way at a time."""

from __future__ import annotations

import hashlib
import os

import pytest

from factcards.problems import within
from factcards.project import load_project

EVENT = "cards/events/pakistan-protests-and-recalls-its-ambassador.yaml"
PERSON = "cards/people/jalil-abbas-jilani.yaml"
ARRIVAL = "cards/events/amir-abdollahian-arrives-in-islamabad.yaml"
SOURCE = "cards/sources/pakistan-iran-agree-to-deescalate.yaml"
QUOTE = "Later on Wednesday evening, Pakistan recalled its ambassador from Iran"


def rules(problems):
    return [(p.path, p.line, p.column, p.rule, p.field) for p in problems]


def test_the_real_cards_are_valid(real_project):
    assert real_project.problems == []
    assert {kind: len(cards) for kind, cards in real_project.cards.items()} == {
        "sources": 5, "people": 6, "organizations": 10, "events": 6, "background": 5,
        "disagreements": 5, "overview": 1}


def test_every_seed_has_a_source_card(real_project):
    cited = {text.seed for text in real_project.sources.values()}
    assert cited == set(real_project.seeds)


def test_evidence_comes_from_several_sources(real_project):
    cited = {source for _, _, source in _all_evidence(real_project)}
    assert len(cited) == 5


def _all_evidence(project):
    for kind, cards in project.cards.items():
        for key, cf in cards.items():
            items = [*getattr(cf.card, "claims", []), *getattr(cf.card, "roles", []),
                     *getattr(cf.card, "accounts", []), *getattr(cf.card, "summary", [])]
            for claim in items:
                for ev in claim.evidence:
                    yield kind, key, ev.source


def test_one_changed_word_is_caught_with_the_difference_marked(workspace):
    workspace.replace(EVENT, QUOTE, QUOTE.replace("ambassador", "envoy"))
    (problem,) = workspace.problems()
    # The column is the first wrong word's, not the quote's opening mark (16).
    assert rules([problem]) == [(EVENT, 25, 67, "quote-not-found", "claims[2].evidence[0].quote")]
    assert "[-envoy-] {+ambassador+}" in problem.hint
    assert "004_070e446cdca4d301.txt, line 21" in problem.hint


def test_a_quote_from_the_wrong_source_names_the_right_one(workspace):
    workspace.replace(EVENT, "source: pakistan-iran-agree-to-deescalate",
                      "source: iranian-fm-visits-pakistan-to-patch-up-relations")
    (problem,) = workspace.problems()
    assert problem.rule == "quote-wrong-source"
    assert problem.hint == "change source to 'pakistan-iran-agree-to-deescalate'"
    assert (problem.line, problem.field) == (13, "claims[0].evidence[0].quote")


def test_a_quote_from_page_furniture_is_refused(workspace):
    workspace.replace(EVENT, QUOTE + " and advised the latter not to send its ambassador to Islamabad.",
                      "UN Chief Calls for Calm, Dialogue in Pakistan-Iran Row")
    (problem,) = workspace.problems()
    assert problem.rule == "quote-in-furniture"


def test_unknown_references_suggest_the_near_miss(workspace):
    workspace.replace(EVENT, "source: pakistan-iran-agree-to-deescalate",
                      "source: pakistan-iran-agree-to-de-escalate")
    workspace.replace("cards/events/amir-abdollahian-arrives-in-islamabad.yaml",
                      "  - rahim-hayat-qureshi", "  - rahim-hayat")
    found = workspace.problems()
    assert [(p.rule, p.field, p.hint) for p in found] == [
        ("unknown-reference", "people[2]", "did you mean 'rahim-hayat-qureshi'?"),
        ("unknown-reference", "claims[0].evidence[0].source",
         "did you mean 'pakistan-iran-agree-to-deescalate'?"),
    ]


def test_a_broken_source_card_does_not_cascade(workspace):
    workspace.replace(SOURCE, "headline:", "headlin:")
    found = workspace.problems()
    assert {p.path for p in found} == {SOURCE}
    assert {p.rule for p in found} == {"unknown-key", "missing-key"}


def test_id_must_match_the_file_name(workspace):
    workspace.replace(PERSON, "id: jalil-abbas-jilani", "id: jalil-jilani")
    assert rules(workspace.problems()) == [(PERSON, 2, 5, "id-mismatch", "id")]


def test_spellings_must_be_printed_in_a_source(workspace):
    workspace.replace(PERSON, "  - Jilani\n", "  - Jilani\n  - Jeelani\n")
    assert rules(workspace.problems()) == [(PERSON, 7, 5, "spelling-not-found", "spellings[2]")]


def test_an_edited_seed_fails_its_checksum(workspace):
    seed = "seeds/004_070e446cdca4d301.txt"
    workspace.write(seed, workspace.read(seed).replace("1 min read", "2 min read", 1))
    found = workspace.problems()
    assert [(p.path, p.line, p.rule) for p in found] == [("seeds/SHA256SUMS", 5, "seed-checksum")]


def test_an_unlisted_or_missing_seed_is_an_error(workspace):
    workspace.write("seeds/005_new.txt", "A new article.\n")
    (workspace.root / "seeds/000_ec79ef48c7d04673.txt").unlink()
    found = [(p.path, p.rule) for p in workspace.problems()]
    assert ("seeds/005_new.txt", "seed-checksum") in found
    assert ("seeds/SHA256SUMS", "seed-checksum") in found
    assert ("cards/sources/readerwall-amir-abdollahian-lands-in-islamabad.yaml",
            "seed-not-found") in found


@pytest.mark.parametrize("quote, found", [
    ("https://example.org/deescalate", [(SOURCE, 11, 10, "attestation-not-found", "url.quote")]),
    ("19 January 2024", [(SOURCE, 10, 10, "attestation-not-supported", "url.value")])])
def test_an_attested_address_rests_on_printed_words(workspace, quote, found):
    attested = f'url:\n  value: https://example.org/deescalate\n  quote: "{quote}"\nbody:'
    workspace.replace(SOURCE, "body:", attested)
    assert rules(workspace.problems()) == found


DEESCALATE_SEED = "004_070e446cdca4d301.txt"
RECORD = f"seeds/retrieved/{DEESCALATE_SEED}"


def _record(workspace, url: str) -> None:
    """A retrieval record as `archive --url` writes it, listed in the manifest."""
    text = f"text: {DEESCALATE_SEED}\nurl: {url}\nretrieved: 2025-04-12\n"
    workspace.write(RECORD, text)
    digest = hashlib.sha256(text.encode()).hexdigest()
    workspace.write("seeds/SHA256SUMS", workspace.read("seeds/SHA256SUMS")
                    + f"{digest}  retrieved/{DEESCALATE_SEED}\n")


def test_an_address_the_page_does_not_print_needs_the_archive_s_record_of_its_retrieval(workspace):
    workspace.replace(SOURCE, "body:", "url: https://example.org/deescalate\nbody:")
    found = workspace.problems()
    assert [(p.rule, p.field, p.line) for p in found] == [("attestation-not-supported", "url", 9)]
    assert f"no retrieval of it from there (seeds/retrieved/{DEESCALATE_SEED})" in found[0].message
    _record(workspace, "https://example.org/elsewhere")  # a record of another address
    assert [p.rule for p in workspace.problems()] == ["attestation-not-supported"]
    workspace.replace(RECORD, "elsewhere", "deescalate")  # the record edited by hand
    assert [(p.path, p.rule) for p in workspace.problems()] == [("seeds/SHA256SUMS", "seed-checksum")]


def test_an_address_in_a_note_is_the_page_s_or_the_archive_s_record(workspace):
    note = '  - "Saved from https://example.org/deescalate on 2025-04-12."\n'
    workspace.replace(SOURCE, "notes:\n", "notes:\n" + note)
    assert [(p.rule, p.field) for p in workspace.problems()] == [("attestation-not-supported",
                                                                 "notes[0]")]
    _record(workspace, "https://example.org/deescalate")
    assert workspace.problems() == []


def test_a_recorded_address_needs_no_quote(workspace):
    workspace.replace(SOURCE, "body:", "url: https://example.org/deescalate\nbody:")
    _record(workspace, "https://example.org/deescalate")
    assert workspace.problems() == []


READERWALL = "cards/sources/readerwall-amir-abdollahian-lands-in-islamabad.yaml"
BLURB = 'value: ReaderWall\n  quote: "Immerse yourself in his vivid storytelling on ReaderWall"'


@pytest.mark.parametrize(("path", "old", "new", "refused"), [
    (SOURCE, "publisher: unknown",  # a credit for one statement, inside the article
     'publisher:\n  value: Xinhua\n  quote: "Xinhua news agency reported."', True),
    (READERWALL, BLURB, 'value: Google News\n  quote: "The Reader Wall Google News"', True),  # a follow line
    (READERWALL, BLURB, BLURB, False),  # the author blurb names the site the page is on
])
def test_a_publisher_is_quoted_from_where_the_page_names_itself(workspace, path, old, new, refused):
    workspace.lighten().replace(path, old, new)
    assert [p.rule for p in workspace.problems()] == (["publisher-not-the-pages"] if refused else [])


MEND_TIES = "cards/sources/iranian-fm-visit-signals-efforts-to-mend-ties.yaml"
BEFORE_VISIT = "Written before the visit: it reports the announcement, not the visit itself."
XINHUA = "Credits the Xinhua news agency for the Pakistani Foreign Ministry's statement."


@pytest.mark.parametrize(("path", "old", "new", "refused"), [
    (MEND_TIES, BEFORE_VISIT, "Written before the visit: it reports the ministers' meeting.", True),
    (SOURCE, "for the Pakistani Foreign Ministry's statement", "for the Pakistani Army's statement", True),
    (MEND_TIES, BEFORE_VISIT, "Reports the announcement of the foreign minister's visit.", False),
    # a credit is read in the sentence that gives it: the page prints the military's announcement,
    # but credits the news agency for the ministry's statement only
    (SOURCE, "for the Pakistani Foreign Ministry's statement",
     "for the Pakistani military's announcement of the strikes", True),
    (SOURCE, "for the Pakistani Foreign Ministry's statement",
     "for the Foreign Ministry's statement on the phone call", False),
    # one report is one paragraph's: the military announced on Thursday; Friday is the ministry's
    (SOURCE, XINHUA, "Reports that Pakistan's military announced the strikes on Friday.", True),
    (SOURCE, XINHUA, "Reports that Pakistan's military announced the strikes on Thursday.", False),
    (SOURCE, XINHUA, "Reports that the Foreign Ministry issued a statement on Friday.", False),
    # two reports joined by "and", each in its own paragraph
    (SOURCE, XINHUA, "Dates the Foreign Ministry's statement to Friday and Pakistan's recall of its "
                     "ambassador to Wednesday evening.", False),
    (SOURCE, XINHUA, "Dates the Foreign Ministry's statement to Wednesday and Pakistan's recall of its "
                     "ambassador to Friday evening.", True),
    # what a note says the page does not report, the page does not print
    (SOURCE, XINHUA, "Does not name Pakistan's foreign minister.", True),
    (SOURCE, XINHUA, "Does not name Pakistan's interior minister.", False),
    # a weekday beside a date is the calendar's: 19 January 2024 was a Friday
    (SOURCE, XINHUA, "Dated 19 January 2024, a Thursday.", True),
    (SOURCE, XINHUA, "Dated 19 January 2024, a Friday.", False),
    # quoted words and counts are the note's own page's, unless it speaks of other sources:
    # "at least 11 people" is another page's toll, "nine casualties" another page's wording
    (MEND_TIES, BEFORE_VISIT, 'Gives one toll for both strikes: \\"at least 11 people\\".', True),
    (MEND_TIES, BEFORE_VISIT, 'Gives a toll another source puts at \\"at least 11 people\\".', False),
    (MEND_TIES, BEFORE_VISIT, "Gives Iran's toll as at least nine casualties.", True),
    (MEND_TIES, BEFORE_VISIT, "Gives Iran's toll as nine fatalities.", False),
    (MEND_TIES, BEFORE_VISIT, 'Calls the strikes \\"a recent exchange of missile strikes\\".', False),
])
def test_what_a_note_says_its_page_reports_is_on_the_page(workspace, path, old, new, refused):
    workspace.lighten().replace(path, old, new)
    assert [p.rule for p in workspace.problems()] == (["note-not-supported"] if refused else [])


SPELLS = 'Spells the minister\'s name \\"Abdullohian\\" once.'
STRAIN_SOURCE = "cards/sources/iran-fm-visits-pakistan-amid-strain-in-ties.yaml"
STRAIN_NOTE = "Quotes a post on X by the Pakistan Foreign Ministry spokesperson's account."


RESUME = 'Reports that {} disclosed its ambassador would \\"resume duties in Islamabad on Friday\\".'


@pytest.mark.parametrize(("new", "refused"), [
    # the page has Iran's foreign ministry confirm the visit and disclose the ambassador's return
    (RESUME.format("the Pakistani foreign ministry"), True),
    (RESUME.format("Iran's foreign ministry"), False),
    (RESUME.format("Tehran"), False),
    # a note that does not say what the page reports in a clause of its own is not read so
    ('Calls the strikes \\"a recent exchange of missile strikes\\".', False),
])
def test_a_note_that_quotes_its_page_credits_the_words_as_the_page_does(workspace, new, refused):
    workspace.lighten().replace(MEND_TIES, BEFORE_VISIT, new)
    found = [p.rule for p in workspace.problems()]
    assert found == (["note-quote-misread"] if refused else []), found


TOLL = 'Reports that {} counted \\"at least two children killed and three others injured\\".'


@pytest.mark.parametrize(("new", "refused"), [
    # "others" inside the quoted words is the page's, not the note speaking of other sources
    (TOLL.format("Ahmad Vahidi"), True),
    (TOLL.format("the Pakistani Ministry of Foreign Affairs"), False),
])
def test_a_note_s_quoted_words_are_the_page_s_whatever_they_say(workspace, new, refused):
    workspace.lighten().replace(STRAIN_SOURCE, STRAIN_NOTE, new)
    found = [p.rule for p in workspace.problems()]
    assert found == (["note-quote-misread"] if refused else []), found


@pytest.mark.parametrize(("path", "old", "new", "refused"), [
    (READERWALL, SPELLS, SPELLS.replace("once", "twice"), True),
    (READERWALL, SPELLS, SPELLS, False),
    (READERWALL, SPELLS, "Names Jilani three times.", True),  # six times on that page
    (READERWALL, SPELLS, "Names Jilani six times.", False),
    (STRAIN_SOURCE, STRAIN_NOTE, "Names the Nur Khan airbase only once.", True),
    (STRAIN_SOURCE, STRAIN_NOTE, "Names the Nur Khan airbase twice.", False),
    (STRAIN_SOURCE, STRAIN_NOTE, 'Prints \\"Sunni\\" once.', True),  # a quoted word counted too
    (STRAIN_SOURCE, STRAIN_NOTE, 'Prints \\"Sunni\\" twice.', False),
    # a count of what the note neither quotes nor names, or of other sources, is not read
    (MEND_TIES, BEFORE_VISIT, "Prints the paragraph on the recalled ambassadors three times.", False),
    (STRAIN_SOURCE, STRAIN_NOTE, "Names the Nur Khan airbase once, where other sources name it "
                                 "more often.", False),
])
def test_how_often_a_note_says_its_page_prints_a_word_is_counted_on_the_page(
        workspace, path, old, new, refused):
    workspace.lighten().replace(path, old, new)
    assert [p.rule for p in workspace.problems()] == (["note-count-not-supported"] if refused else [])


def _add_raw_page(workspace, content: bytes) -> None:
    workspace.write("seeds/raw/005_0123456789abcdef.html", content)
    digest = hashlib.sha256(content).hexdigest()
    manifest = workspace.read("seeds/SHA256SUMS")
    workspace.write("seeds/SHA256SUMS", f"{manifest}{digest}  raw/005_0123456789abcdef.html\n")


def test_a_listed_raw_page_is_verified_and_never_read_as_a_text(workspace):
    _add_raw_page(workspace, b"<html><body><p>\xff not UTF-8</p></body></html>")
    assert workspace.problems() == []


def test_an_edited_raw_page_fails_its_checksum(workspace):
    _add_raw_page(workspace, b"<html><body><p>As published.</p></body></html>")
    workspace.write("seeds/raw/005_0123456789abcdef.html", b"<html><body><p>Edited.</p></body></html>")
    found = [(p.path, p.line, p.rule, p.message) for p in workspace.problems()]
    assert found == [("seeds/SHA256SUMS", 6, "seed-checksum", "'raw/005_0123456789abcdef.html' does "
                      "not match its checksum: it has been edited")]


def test_an_unlisted_or_missing_raw_page_is_an_error(workspace):
    workspace.write("seeds/raw/006_unlisted.html", b"<html></html>")
    _add_raw_page(workspace, b"<html></html>")
    (workspace.root / "seeds/raw/005_0123456789abcdef.html").unlink()
    found = [(p.path, p.rule) for p in workspace.problems()]
    assert found == [("seeds/SHA256SUMS", "seed-checksum"), ("seeds/raw/006_unlisted.html", "seed-checksum")]


@pytest.mark.parametrize("rel", ["cards/events/linked.yaml", "seeds/linked.txt"])
def test_symlinks_are_refused(workspace, rel):
    os.symlink(workspace.root / EVENT, workspace.root / rel)
    found = [(p.path, p.rule) for p in workspace.problems()]
    assert (rel, "symlink") in found


@pytest.mark.parametrize("rel", ["cards/event/x.yaml", "cards/events/x.yml", "cards/x.yaml",
                                 "cards/events/sub/x.yaml"])
def test_cards_live_at_kind_slash_id(workspace, rel):
    workspace.write(rel, workspace.read(EVENT))
    found = workspace.problems()
    assert "card-layout" in {p.rule for p in found if p.path.startswith(rel)} | {
        p.rule for p in found if rel.startswith(p.path)}


def test_every_problem_of_every_card_is_reported_sorted(workspace):
    workspace.replace(EVENT, "date: \"2024-01-17\"", "date: 2024-01-32")
    workspace.replace(PERSON, "spoke with the Foreign Minister", "spoke to the Foreign Minister")
    workspace.replace(SOURCE, "publisher: unknown", "publisher: unknown\npublisher: x")
    found = workspace.problems()
    assert [p.rule for p in found] == ["invalid-date", "quote-not-found", "duplicate-key"]
    assert [p.path for p in found] == sorted(p.path for p in found)


def test_a_card_checked_alone_has_the_problems_a_whole_check_finds_in_it(workspace):
    """`check PATH` judges the meaning of the named cards only, and finds in them all that a
    check of every card finds there."""
    workspace.replace(EVENT, "Pakistan accused Iran of violating", "Iran accused Pakistan of violating")
    workspace.replace(ARRIVAL, "Hossein Amir-Abdollahian arrived in Islamabad",
                      "Hossein Amir-Abdollahian did not arrive in Islamabad")
    workspace.replace(PERSON, "spoke with the Foreign Minister", "spoke to the Foreign Minister")
    whole = load_project(workspace.root).problems
    assert {p.path for p in whole} == {EVENT, ARRIVAL, PERSON}
    for named in [(EVENT,), (ARRIVAL,), (PERSON,), (EVENT, PERSON), ("cards/events",), ("cards/",)]:
        alone = load_project(workspace.root, only=named).problems
        assert [p for p in alone if within(p.path, named)] == [p for p in whole if within(p.path, named)]
    # the meaning of a card not named is not judged; its quotes still are
    alone = load_project(workspace.root, only=(ARRIVAL,)).problems
    assert {p.path for p in alone} == {ARRIVAL, PERSON}
    assert "actor-swapped" in {p.rule for p in whole if p.path == EVENT}


def test_a_misquote_hint_shows_only_real_differences(workspace):
    """The passage is read a few words past the fuzzy match, so a word the match clipped (the
    final "26." here) is not reported as missing."""
    card = "cards/overview/home.yaml"
    quote = "both countries have requested their ambassadors to return to their posts by January 26."
    workspace.replace(card, quote, quote.replace("requested", "asked"))
    (problem,) = workspace.problems()
    assert problem.hint.endswith("both countries have [-asked-] {+requested+} their ambassadors to "
                                 "return to their posts by January 26.")
    line = workspace.read(card).splitlines()[problem.line - 1]
    assert line[problem.column - 1:].startswith("asked their ambassadors")


STRAIN_HEADLINE = ('headline: "Iran’s Foreign Minister Visits Pakistan Amid Strain In Ties Following '
                   'Tit-For-Tat Strikes"')


@pytest.mark.parametrize(("headline", "found"), [
    # the standfirst printed under the page's heading is no headline
    ("Tension between Iran and Pakistan escalated as the neighbouring nations engaged in "
     "cross-border airstrikes, leading to the worsening of diplomatic ties.",
     ["headline-not-in-header"]),
    ("Iran’s Foreign Minister Visits Pakistan Amid Strain In Ties Following Tit-For-Tat Strikes", []),
    # a sentence of the article is no headline either
    ("The two neighbours have historically maintained routine diplomatic, trade, and military "
     "activities.", ["headline-not-in-header"]),
])
def test_a_headline_is_the_heading_above_the_article(workspace, headline, found):
    workspace.lighten(STRAIN_SOURCE).replace(STRAIN_SOURCE, STRAIN_HEADLINE, f'headline: "{headline}"')
    assert [p.rule for p in workspace.problems()] == found
