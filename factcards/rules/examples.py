"""The example cards the rules are documented and tested with: a passing card of each kind,
and `variant`, which makes a failing example from it by changing one passage.

They are checked against the example project shipped beside them (`PROJECT`): an invented
story about a town council closing a bridge, so the rules page of any explainer shows the
rules without another story's cards."""

from __future__ import annotations

from pathlib import Path

PROJECT = Path(__file__).parent / "example"


def example_articles() -> dict[str, str]:
    """{seed file: text} of the example project's archived articles, which the examples quote."""
    return {path.name: path.read_text(encoding="utf-8")
            for path in sorted((PROJECT / "seeds").glob("*.txt"))}


GOOD_EVENT = """\
id: example
title: Alderbrook votes to close the Mill Lane bridge
date: "2030-03-11"
organizations:
  - alderbrook-town-council
claims:
  - text: Alderbrook Town Council voted to close the Mill Lane bridge.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "On Monday evening, Alderbrook Town Council voted to close the Mill Lane bridge"
  - text: Fernley asked Alderbrook to keep one lane open for buses.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Fernley Parish Council asked Alderbrook to keep one lane open for buses"
"""

# An overview up to its key figures, which a figure's example adds.
OVERVIEW = """\
id: example
title: Alderbrook votes to close the Mill Lane bridge
summary:
  - text: Alderbrook Town Council voted to close the Mill Lane bridge.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "On Monday evening, Alderbrook Town Council voted to close the Mill Lane bridge"
figures:
"""

GOOD_DISAGREEMENT = """\
id: example
title: On which day does the Mill Lane bridge close, April 1 or April 3?
subject: date
accounts:
  - says: 1 April
    value: "2030-04-01"
    evidence:
      - source: council-votes-to-close-bridge
        quote: "said the bridge would close on April 1"
  - says: 3 April
    value: "2030-04-03"
    evidence:
      - source: bridge-closure-moved
        quote: "The Mill Lane bridge is now due to close on April 3"
"""

GOOD_PERSON = """\
id: example
name: Ruth Okafor
spellings:
  - Ruth Okafor
roles:
  - role: Mayor of Alderbrook
    evidence:
      - source: bridge-closure-moved
        quote: >-
          The Mayor of Alderbrook, Ruth Okafor, has agreed to consider keeping one lane open for
          buses, said Dana Whitlow, the parish clerk of Fernley
"""

GOOD_SOURCE = """\
id: example
seed: 000_alderbrook_gazette.txt
headline: "Council votes to close Mill Lane bridge"
publisher:
  value: The Alderbrook Gazette
  quote: "The Alderbrook Gazette"
published:
  value: "2030-03-12"
  quote: "12 March 2030"
body:
  start: "ALDERBROOK, March 11 — On Monday evening"
  end: "add twenty minutes to journeys."
"""


def variant(base: str):
    """A maker of failing examples: the passing card with one passage changed."""

    def change(old: str, new: str) -> str:
        assert old in base, old
        return base.replace(old, new)

    return change


event, person, source = variant(GOOD_EVENT), variant(GOOD_PERSON), variant(GOOD_SOURCE)
QUOTE = 'quote: "On Monday evening, Alderbrook Town Council voted to close the Mill Lane bridge"'

TEXT = "  - text: Alderbrook Town Council voted to close the Mill Lane bridge."
ASKED = "  - text: Fernley asked Alderbrook to keep one lane open for buses."
dispute = variant(GOOD_DISAGREEMENT)
