"""The meaning rules' parts on the real seeds and cards: which party a word belongs to, which
elisions leave out a whole part, the sign-off, and what readers are shown of a statement's
support."""

from __future__ import annotations

import pytest

from factcards.kinds.fields import Evidence, SignOff
from factcards.rules.elision_not_whole import whole
from factcards.rules.party_misattached import text_links
from factcards.site.support import support_html
from factcards.text.verbatim import normalise

BACKDROP = "cards/background/relations-and-the-regional-backdrop.yaml"
ARRIVAL = "cards/events/amir-abdollahian-arrives-in-islamabad.yaml"


@pytest.fixture(scope="module")
def look(real_project):
    return real_project.lookup()


def _links(look, text: str, statement: bool = True) -> set[tuple[str, str, str]]:
    return {(link.word, look.party_name(link.party), link.how)
            for link in text_links(normalise(text), look, statement)}


def test_a_word_belongs_to_the_party_that_owns_or_places_it(look):
    assert _links(look, "Relations between predominantly Sunni Pakistan and primarily Shia Iran") \
        == {("Sunni", "Pakistan", "owner"), ("Shia", "Iran", "owner")}
    assert _links(look, "Relations between Pakistan, predominantly Sunni, and Iran, primarily Shia,",
                  statement=False) == {("Sunni", "Pakistan", "owner"), ("Shia", "Iran", "owner")}
    assert ("duties", "Pakistan", "place") in _links(look, "its ambassador would resume duties in Islamabad")
    assert ("Balochistan", "Pakistan", "place") in _links(look, "they operate in Balochistan in Pakistan")


def test_a_title_is_read_through_the_name_it_goes_with(look):
    found = _links(look, "Pakistani Foreign Minister Jalil Abbas Jilani spoke with his Iranian "
                         "counterpart Hossein Amir-Abdollahian", statement=False)
    assert ("Jalil", "Pakistan", "owner") in found
    assert ("Hossein", "Iran", "owner") in found
    assert not {w for w, _, _ in found} & {"Foreign", "Minister"}


def test_a_subject_does_not_own_the_object_of_its_verb(look):
    assert not any(word == "strikes" for word, _, _ in
                   _links(look, "Iran launched missile strikes against militant bases"))


@pytest.mark.parametrize(("before", "gap", "after", "expected"), [
    ("casualties", ", including four children, ", "condemning", True),  # an aside
    ("group", ", claiming that Pakistan shelters the group. ", "Islamabad", True),  # the sentence's rest
    ("province.", " Tehran said it was a hideout. ", "Islamabad", True),  # whole sentences
    ("targeting the", " alleged ", "bases", False),  # a hedge from inside a clause
    ("Pakistan", " shelters the group and other militants involved in high-profile ", "attacks", False),
    ("casualties", ", including four children, three women, and two men ", "who were", False),
])
def test_an_elision_leaves_out_a_whole_part_or_nothing(before, gap, after, expected):
    assert whole(before, gap, after) is expected


def test_readers_see_which_words_rest_on_which_passage(look):
    evidence = [Evidence(source="pakistan-iran-agree-to-deescalate",
                         quote="Later on Wednesday evening, Pakistan recalled its ambassador from Iran")]
    html = support_html("Pakistan recalled its ambassador from Iran.", evidence, [3], look)
    assert html.startswith('<details class="fc-support"')
    assert 'recalled<sup class="fc-at">3</sup>' in html
    assert "fc-own" not in html and "approved" not in html


def test_words_in_no_passage_show_as_ours_with_who_signed_them_off(look):
    evidence = [Evidence(source="pakistan-iran-agree-to-deescalate",
                         quote="Later on Wednesday evening, Pakistan recalled its ambassador from Iran")]
    html = support_html("Pakistan abruptly recalled its ambassador from Iran.", evidence, [1], look,
                        SignOff(by="A. <Second> Editor", words=["abruptly"]))
    assert '<em class="fc-own">abruptly</em>' in html
    assert "approved by A&#46; &#60;Second&#62; Editor" in html  # inert, as all card text


def test_a_signoff_lets_the_newsroom_word_through_and_names_nothing_else(workspace):
    text = workspace.read(BACKDROP)
    first_claim_end = text.index("    evidence:", text.index("claims:"))
    # An unsupported word is refused, then signed off, then a stale sign-off is refused.
    workspace.write(BACKDROP, text[:first_claim_end].rstrip() + " Tellingly so.\n" + text[first_claim_end:])
    assert {p.rule for p in workspace.problems()} == {"words-not-supported"}
    signed = workspace.read(BACKDROP).replace(
        "    evidence:",
        "    signoff:\n      by: A. Second Editor\n      words: [tellingly]\n    evidence:", 1)
    workspace.write(BACKDROP, signed)
    assert workspace.problems() == []
    workspace.write(BACKDROP, signed.replace("words: [tellingly]", "words: [tellingly, Pakistan]"))
    assert [p.rule for p in workspace.problems()] == ["signoff-not-needed"]


STRIKE = "cards/events/iran-strikes-inside-pakistan.yaml"


@pytest.mark.parametrize(("title", "rules"), [
    ("Iran strikes Pakistani army posts inside Pakistan", ["title-not-supported"]),  # "Army of Justice"
    ("Iran strikes what it calls militant bases inside Pakistan", []),
    ("Iran strikes a Jaish al-Adl hideout, Pakistan's foreign ministry counts two children killed", []),
])
def test_a_title_word_does_not_stand_on_a_name_that_contains_it(workspace, title, rules):
    workspace.lighten(STRIKE).replace(STRIKE, "title: Iran strikes targets inside Pakistan",
                                      f"title: {title}")
    assert [p.rule for p in workspace.problems()] == rules


_DISPUTE = """\
id: how-iran-struck
title: How did Iran strike?
subject: wording
events:
  - iran-strikes-inside-pakistan
accounts:
  - says: Iran struck a target in Balochistan
    value: {first}
    evidence:
      - source: iranian-fm-visits-pakistan-to-patch-up-relations
        quote: "Iran struck a target in Pakistan’s southwestern Balochistan province"
  - says: Tehran launched missile attacks on militant bases
    value: {second}
    evidence:
      - source: readerwall-amir-abdollahian-lands-in-islamabad
        quote: >-
          missile attacks were launched by Tehran against militant bases in the southwestern
          region of Pakistan
"""


@pytest.mark.parametrize(("first", "second", "refused"), [
    ("struck a target", "missile attacks", True),  # both say Iran struck: nothing in dispute
    ("a target", "militant bases", False),  # the words the sources give differently
])
def test_wording_accounts_dispute_only_the_words_they_give_differently(workspace, first, second, refused):
    path = "cards/disagreements/how-iran-struck.yaml"
    workspace.lighten(STRIKE).write(path, _DISPUTE.format(first=first, second=second))
    found = [p for p in workspace.problems() if p.path == path]
    assert {p.rule for p in found} == ({"disagreement-not-different"} if refused else set())


HOME = "cards/overview/home.yaml"


@pytest.mark.parametrize(("label", "rules"), [
    ("Children killed in Pakistan's strike in Iran", ["actor-swapped"]),  # the passage: Iran's strike
    ("Children killed in Iran's strike in Pakistan", []),
])
def test_a_figure_label_keeps_who_struck_where(workspace, label, rules):
    workspace.lighten(HOME).replace(HOME, "label: Children killed in Iran's strike in Pakistan",
                                    f"label: {label}")
    assert [p.rule for p in workspace.problems()] == rules


PAKISTAN_DAY = "cards/disagreements/date-of-pakistans-strike.yaml"


@pytest.mark.parametrize(("title", "rules"), [
    ("On which day did Pakistan strike first, inside Iran?", ["order-not-supported"]),  # it retaliated
    ("On which day did Pakistan retaliate inside Iran?", []),
    ("On which day did Pakistan strike inside Iran, after Iran's strike?", []),
])
def test_a_title_keeps_who_acted_first(workspace, title, rules):
    workspace.lighten(PAKISTAN_DAY, "pakistan-strikes-inside-iran").replace(
        PAKISTAN_DAY, "title: On which day did Pakistan strike inside Iran?", f"title: {title}")
    assert [p.rule for p in workspace.problems()] == rules
