"""The example cards the rules are documented and tested with: a passing card of each kind,
and `variant`, which makes a failing example from it by changing one passage."""

from __future__ import annotations

GOOD_EVENT = """\
id: example
title: Pakistan recalls its ambassador
date: "2024-01-17"
organizations:
  - government-of-pakistan
claims:
  - text: Pakistan recalled its ambassador from Iran.
    evidence:
      - source: pakistan-iran-agree-to-deescalate
        quote: "Later on Wednesday evening, Pakistan recalled its ambassador from Iran"
"""

GOOD_DISAGREEMENT = """\
id: example
title: On which day did Iran strike, January 16 or January 17?
subject: date
events:
  - iran-strikes-inside-pakistan
accounts:
  - says: 16 January
    value: "2024-01-16"
    evidence:
      - source: iran-fm-visits-pakistan-amid-strain-in-ties
        quote: >-
          Iranian airstrikes targeting the alleged bases of the Sunni separatist group Jaish al-Adl
          in southwestern Pakistan on January 16.
  - says: 17 January
    value: "2024-01-17"
    evidence:
      - source: iranian-fm-visits-pakistan-to-patch-up-relations
        quote: >-
          Tension reached a nadir on January 17, when Iran struck a target in Pakistan’s
          southwestern Balochistan province.
"""

GOOD_PERSON = """\
id: example
name: Ahmad Vahidi
spellings:
  - Ahmad Vahidi
roles:
  - role: Interior Minister of Iran
    evidence:
      - source: iran-fm-visits-pakistan-amid-strain-in-ties
        quote: "The Iranian Interior Minister Ahmad Vahidi"
"""

GOOD_SOURCE = """\
id: example
seed: 004_070e446cdca4d301.txt
headline: "Pakistan, Iran Agree to Deescalate Tensions After Missile Strikes"
publisher: unknown
published:
  value: "2024-01-19"
  quote: "19 January 2024"
body:
  start: "Pakistan foreign minister talked to his Iranian counterpart"
  end: "responsible for recent attacks in Pakistan."
"""


def variant(base: str):
    """A maker of failing examples: the passing card with one passage changed."""

    def change(old: str, new: str) -> str:
        assert old in base, old
        return base.replace(old, new)

    return change


event, person, source = variant(GOOD_EVENT), variant(GOOD_PERSON), variant(GOOD_SOURCE)
QUOTE = 'quote: "Later on Wednesday evening, Pakistan recalled its ambassador from Iran"'

TEXT = "  - text: Pakistan recalled its ambassador from Iran."
dispute = variant(GOOD_DISAGREEMENT)
