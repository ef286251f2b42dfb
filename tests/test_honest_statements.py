"""Honest statements a journalist would write pass the meaning rules, and the false statement
next to each is still refused: every reading that lets more through is shown here with the
falsehood it must not let through, on the real seeds."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factcards.kinds.fields import Evidence
from factcards.rules import (
    attribution_not_supported,
    elision_not_whole,
    negation_not_supported,
    number_not_supported,
    quantifier_not_supported,
    statement_date_not_supported,
    words_not_supported,
)
from factcards.rules.elision_not_whole import whole
from factcards.rules.prose_characters import problem
from factcards.text.verbatim import normalise

MEND = "iranian-fm-visit-signals-efforts-to-mend-ties"
STRAIN = "iran-fm-visits-pakistan-amid-strain-in-ties"
PATCH = "iranian-fm-visits-pakistan-to-patch-up-relations"
LANDS = "readerwall-amir-abdollahian-lands-in-islamabad"


@pytest.fixture(scope="module")
def look(real_project):
    return real_project.lookup()


def found(rule, look, text: str, *quotes: tuple[str, str]) -> list[str]:
    """What one rule says of a background claim resting on `quotes` ((source, quote) pairs)."""
    claim = SimpleNamespace(text=text, evidence=[Evidence(source=s, quote=q) for s, q in quotes],
                            signoff=None)
    card = SimpleNamespace(kind="background", card=SimpleNamespace(claims=[claim]))
    return [finding.message for finding in rule.check(card, look)]


ENGAGEMENTS = (MEND, "Additionally, Pakistan had suspended all high-level diplomatic and trade "
                     "engagements with Iran.")


def test_a_quantifier_stands_on_the_one_the_settings_make_equivalent(look):
    honest = "Pakistan had suspended every high-level diplomatic and trade engagement with Iran."
    for rule in (quantifier_not_supported, words_not_supported):
        assert found(rule, look, honest, ENGAGEMENTS) == []
    false = "Pakistan had suspended some high-level diplomatic and trade engagements with Iran."
    assert found(quantifier_not_supported, look, false, ENGAGEMENTS)


DENIALS = ((STRAIN, "Tehran accuses Jaish al-Adl of carrying out attacks inside Iran from across the "
                    "border, claiming that Pakistan shelters the group and other militants involved in "
                    "high-profile attacks against the Iranian military. Islamabad denies these allegations."),
           (STRAIN, "Pakistan accuses Tehran of providing these groups a safe haven across the border in "
                    "Iran, where they allegedly receive funding and training. Tehran denies these charges."))
EACH = ("Tehran accuses Pakistan of sheltering Jaish al-Adl, and Pakistan accuses Tehran of providing "
        "Baluch groups a safe haven; each side denies the other's allegations.")


def test_each_side_sums_up_what_the_passages_give_each_party(look):
    assert found(quantifier_not_supported, look, EACH, *DENIALS) == []
    assert found(attribution_not_supported, look, EACH, *DENIALS) == []
    # One party's denial is not both sides' denials.
    undenied = (STRAIN, "Pakistan accuses Tehran of providing these groups a safe haven across the "
                        "border in Iran, where they allegedly receive funding and training.")
    assert found(quantifier_not_supported, look, EACH, DENIALS[0], undenied)


TWO_SPEAKERS = (MEND, "The Pakistani foreign ministry, in a statement, revealed that both countries have "
                      "requested their ambassadors to return to their posts by January 26. Iran’s "
                      "foreign ministry confirmed Abdollahian’s upcoming visit")


def test_each_clause_is_credited_to_its_own_speaker(look):
    honest = ("Iran's foreign ministry confirmed Abdollahian's upcoming visit, and the Pakistani foreign "
              "ministry revealed that both countries have requested their ambassadors to return to "
              "their posts by January 26.")
    assert found(attribution_not_supported, look, honest, TWO_SPEAKERS) == []
    swapped = ("The Pakistani foreign ministry confirmed Abdollahian's upcoming visit, and Iran's "
               "foreign ministry revealed that both countries have requested their ambassadors to "
               "return to their posts by January 26.")
    assert found(attribution_not_supported, look, swapped, TWO_SPEAKERS)


VAHIDI = (STRAIN, "The Iranian Interior Minister Ahmad Vahidi reported at least nine casualties, "
                  "including four children, three women, and two men who were non-Iranian citizens, "
                  "condemning the strikes.")


def test_a_non_prefix_negates_only_its_own_word(look):
    honest = ("The Iranian Interior Minister Ahmad Vahidi reported at least nine casualties, including "
              "four children, condemning the strikes.")
    assert found(negation_not_supported, look, honest, VAHIDI) == []
    false = "Ahmad Vahidi reported that two men who were Iranian citizens were among the casualties."
    assert found(negation_not_supported, look, false, VAHIDI)


@pytest.mark.parametrize(("before", "gap", "after", "expected"), [
    ("Islamabad,", " in retaliation, ", "recalled its", True),  # the quote keeps the opening comma
    ("attacks", ", which each country claimed targeted terrorists, ", "came as", True),
    # The comma after "West Asia" is inside the relative clause, not its end.
    ("Minister,", " where he was met by Pakistan’s Additional Foreign Secretary for Afghanistan and "
                  "West Asia, ", "Rahim Hayat Qureshi.", False),
    ("Islamabad,", " in retaliation ", "recalled its", False),  # no closing comma: inside a clause
])
def test_an_aside_may_go_whole_whichever_side_keeps_its_comma(before, gap, after, expected):
    assert whole(before, gap, after) is expected


def _elision(look, source: str, quote: str) -> list[str]:
    return [f.message for f in elision_not_whole.check(("claims", 0, "evidence", 0),
                                                       {"source": source, "quote": quote}, look)]


def test_a_relative_clause_takes_its_own_claim_with_it(look):
    assert _elision(look, PATCH, "The attacks ... came as Israel’s bombardment of Gaza escalated "
                                 "tension across the region.") == []
    # An aside that says whose account the kept words are stays.
    (message,) = _elision(look, STRAIN, "The attack resulted in casualties, ... which condemned the "
                                        "incident")
    assert "'including at least two children killed" in message and "whose account" in message


EVENTS = ((LANDS, "followed by Pakistan’s retaliatory strikes into Iran on January 18."),
          (MEND, "a visit to Pakistan on January 29, 2024, would be undertaken by Hossein Amir Abdollahian"))


def test_a_span_of_days_within_one_month_needs_no_year(look):
    text = ("A visit to Pakistan on January 29, 2024 would be undertaken by Hossein Amir Abdollahian, "
            "{} days after Pakistan's retaliatory strikes into Iran on January 18.")
    assert found(statement_date_not_supported, look, text.format("eleven"), *EVENTS) == []
    assert found(statement_date_not_supported, look, text.format("twelve"), *EVENTS)


def test_a_no_break_hyphen_is_a_hyphen_and_look_alikes_are_still_refused():
    assert problem("the south\u2011western region, before Amir\u2011Abdollahian's visit") is None
    assert normalise("Amir\u2011Abdollahian") == "Amir-Abdollahian"
    assert problem("Pakistan recalled its ambassador from \uff29ran.")  # full-width I
    assert problem("Pakistan recalled its ambas\u00adsador.")  # a soft hyphen hides in a word


PLANNED = (MEND, "The Pakistani foreign office conveyed that, in response to an invitation extended by "
                 "Foreign Minister Jalil Abbas Jilani, a visit to Pakistan on January 29, 2024, would "
                 "be undertaken by Hossein Amir Abdollahian")


def test_an_added_hedge_needs_no_passage_but_a_stated_plan_does(look):
    honest = ("The Pakistani foreign office said a visit to Pakistan by Hossein Amir Abdollahian was "
              "planned for January 29, 2024.")
    assert found(words_not_supported, look, honest, PLANNED) == []
    false = "Hossein Amir Abdollahian planned a visit to Pakistan on January 29, 2024."
    assert "'planned'" in found(words_not_supported, look, false, PLANNED)[0]


PAIR = (PATCH, "The pair agreed to confront the “menace of terrorism” together, especially in the "
               "mountainous region on their shared border, which was the location of both airstrikes. "
               "They also pledged to lift the regions economically.")


def test_the_pair_gives_two(look):
    honest = "The two ministers also pledged to lift the regions on their shared border economically."
    assert found(number_not_supported, look, honest, PAIR) == []
    assert found(number_not_supported, look, honest.replace("two", "three"), PAIR)
