"""Who a passage says is speaking, as the second story showed it: a relative clause about the
speaker set off by commas is an aside ("X, who leads the union, said"), and a quote that ends
with its sentence's full stop stands in that sentence, not in the next one too. A party after
its verb is the speaker only where the attribution is inverted ('..., said the Ministry')."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcards.edit.init import project_files
from factcards.kinds.fields import Evidence
from factcards.load.settings import SETTINGS
from factcards.project import load_project
from factcards.rules.attribution_not_supported import sentence
from factcards.rules.context import Lookup
from factcards.rules.engine import share
from factcards.text.speakers import markers, speakers
from tests.helpers import second_story

SAID = markers(["said", "dates", "according to", "named"])
PARTIES = ("Mara Stensen", "Valmora Dockers Union", "The Port Authority", "Olek Brandt")
EVENT = "cards/events/talks-fail.yaml"
SOURCE = "strike-enters-second-week"
# The sentence of the second story's second source that names the union's leader.
LEADER = ("Mara Stensen, who leads the Valmora Dockers Union, said talks with the port authority had "
          "failed on March 9.")


def said_by(text: str) -> list[str]:
    """The names `speakers` finds speaking in `text`, each party matched by its name."""
    parties = sorted((text.index(name), text.index(name) + len(name), frozenset({name}))
                     for name in PARTIES if name in text)
    return [min(keys) for keys, _ in speakers(text, parties, SAID)]


@pytest.mark.parametrize(("text", "speaking"), [
    (LEADER, ["Mara Stensen"]),  # not the union named inside the aside, not nobody
    ("The Port Authority, which runs the harbour, said ships were diverted.", ["The Port Authority"]),
    ("Olek Brandt, the harbour master, said no ships had been unloaded.", ["Olek Brandt"]),
    # Outside an aside set off by commas, "who" and "which" still start another subject.
    ("Mara Stensen thanked the members who said they would stay out.", []),
    ("Olek Brandt met the dockers, who said they would stay out.", []),
    ("Mara Stensen, who leads the union, and the members said so.", []),
    # A party after its verb speaks only where the attribution is inverted, after a comma or a
    # quotation; elsewhere it is the verb's object.
    # "X, who said": the one before "who" speaks; a passive's speaker follows "by", with the
    # name it gives between.
    ("Talks failed, according to Olek Brandt, who said no ships were unloaded.",
     ["Olek Brandt", "Olek Brandt"]),
    ('The strike, named "Harbour Watch" by Mara Stensen, began on March 2.', ["Mara Stensen"]),
    ("The strike, named by Mara Stensen, began on March 2.", ["Mara Stensen"]),
    ('"No ships were unloaded," said Olek Brandt.', ["Olek Brandt"]),
    ("No ships were unloaded, said Olek Brandt.", ["Olek Brandt"]),
    ("said Olek Brandt", ["Olek Brandt"]),
    ("One report dates Olek Brandt's remarks to March 9.", []),
    # A verb after "and" shares the subject before: the one named before "and" is no speaker;
    # a party's own statement speaks for it.
    ("The strike was called at the request of Mara Stensen and said to be binding.", []),
    ("Mara Stensen and Olek Brandt said so.", ["Olek Brandt"]),
    ("The ships came at the request of Olek Brandt and dates were set.", []),
    ("Olek Brandt's official statement made it clear that no ships were unloaded.", ["Olek Brandt"]),
    # An aside too long to be one is not read as one.
    ("Mara Stensen, who leads the union that has organised every dock on the coast for twenty "
     "years now, said so.", []),
])
def test_who_is_speaking(text, speaking):
    assert said_by(text) == speaking


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("second-story")
    (root / SETTINGS).write_text(project_files("T")[SETTINGS], encoding="utf-8")
    return second_story(root)


def _lookup(root: Path) -> Lookup:
    project = load_project(root)
    files = [cf for cards in project.cards.values() for cf in cards.values()]
    ids = {kind: set(cards) for kind, cards in project.cards.items()}
    return Lookup(ids, share(files, project.seeds)[0], project.settings)


@pytest.mark.parametrize("quote", ["talks with the port authority had failed on March 9.",
                                   "talks with the port authority had failed on March 9",
                                   "Mara Stensen, who leads the Valmora Dockers Union"])
def test_a_quote_stands_in_its_own_sentence(story, quote):
    assert sentence(_lookup(story), Evidence(source=SOURCE, quote=quote)) == LEADER


def _credited(root: Path, speaker: str, quote: str) -> list[str]:
    """What the attribution rule says of the story's second event, its claim credited to
    `speaker` and resting on `quote`."""
    card = (root / EVENT).read_text(encoding="utf-8")
    changed = card.replace("Mara Stensen said.", f"{speaker} said.").replace(
        "quote: Mara Stensen, who leads the Valmora Dockers Union, said talks", f"quote: {quote}")
    (root / EVENT).write_text(changed, encoding="utf-8")
    try:
        return [p.message for p in load_project(root).problems if p.rule == "attribution-not-supported"]
    finally:
        (root / EVENT).write_text(card, encoding="utf-8")


def test_the_story_checks_clean(story):
    assert load_project(story).problems == []


@pytest.mark.parametrize(("speaker", "quote", "found"), [
    ("Mara Stensen", "talks", []),  # the quote as the story has it, ending with the full stop
    ("Mara Stensen", "Valmora Dockers Union, said talks", []),
    ("Olek Brandt", "talks", ["credits 'olek-brandt' as speaker, but its passages give it to "
                              "'mara-stensen'"]),  # who speaks in the next sentence does not count
])
def test_a_claim_is_credited_to_who_speaks_in_its_passage(story, speaker, quote, found):
    assert _credited(story, speaker, quote) == found
