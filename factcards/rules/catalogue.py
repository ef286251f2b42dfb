"""Every rule a card is checked against: a stable id, what it means, how to fix it, and examples.

The editors' guide is generated from this table and the tests run every example, so the
documentation cannot drift from the checker. An example card is written to
`cards/<kind>/example.yaml` in a copy of the real project: `good` must pass, `bad` must fail with
the rule.
"""

from __future__ import annotations

from dataclasses import dataclass

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
title: On which day did Iran strike?
subject: date
events:
  - iran-strikes-inside-pakistan
accounts:
  - says: 16 January 2024
    value: "2024-01-16"
    evidence:
      - source: iran-fm-visits-pakistan-amid-strain-in-ties
        quote: "in southwestern Pakistan on January 16."
  - says: 17 January 2024
    value: "2024-01-17"
    evidence:
      - source: iranian-fm-visits-pakistan-to-patch-up-relations
        quote: "Tension reached a nadir on January 17"
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


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    fix: str
    kind: str = "events"
    good: str = ""
    bad: str = ""


def _variant(base: str):
    """A maker of failing examples: the passing card with one passage changed."""

    def change(old: str, new: str) -> str:
        assert old in base, old
        return base.replace(old, new)

    return change


_event, _person, _source = _variant(GOOD_EVENT), _variant(GOOD_PERSON), _variant(GOOD_SOURCE)
_QUOTE = 'quote: "Later on Wednesday evening, Pakistan recalled its ambassador from Iran"'

RULES: list[Rule] = [
    # Reading the file
    Rule("file-too-large", "A card file is at most 256 KiB.", "Split the card or shorten quotes."),
    Rule("encoding", "Card files are UTF-8 text.", "Save the file as UTF-8."),
    Rule("forbidden-character",
         "No control, zero-width or bidi-format characters: they hide or reorder text.",
         "Retype the text around the position given."),
    Rule("yaml-syntax", "The file is well-formed YAML.", "Fix indentation and quoting.",
         good=GOOD_EVENT, bad=_event('title: Pakistan', 'title: "Pakistan')),
    Rule("duplicate-key", "A key appears once per mapping; both lines are named.",
         "Keep one of the two.", good=GOOD_EVENT,
         bad=_event('date: "2024-01-17"', 'date: "2024-01-17"\ndate: "2024-01-18"')),
    Rule("yaml-anchor", "No anchors (`&name`): every value is written out.", "Write it out.",
         good=GOOD_EVENT, bad=_event("title: Pakistan", "title: &t Pakistan")),
    Rule("yaml-alias", "No aliases (`*name`): every value is written out.", "Write it out.",
         good=GOOD_EVENT, bad=_event("title: Pakistan recalls its ambassador",
                                     "title: &t Pakistan recalls\nsummary: *t")),
    Rule("yaml-tag", "No tags (`!!str`, `!!python/...`): the schema decides every type.",
         "Remove the tag.", good=GOOD_EVENT, bad=_event('date: "2024', 'date: !!str "2024')),
    Rule("multiple-documents", "One card per file: no second `---` document.",
         "Move the second card to its own file.", good=GOOD_EVENT, bad=GOOD_EVENT + "---\nid: x\n"),
    Rule("mixed-script", "No word mixes Latin, Cyrillic, Greek or Armenian letters: look-alike "
         "letters can make a name or quote lie.", "Retype the word.", good=GOOD_EVENT,
         bad=_event("title: Pakistan recalls", "title: Pаkistan recalls")),
    Rule("too-deep", "Values nest at most 32 levels deep.", "Check the indentation."),
    # The schema
    Rule("missing-key", "Every required key is present.", "Add the key named.",
         good=GOOD_EVENT, bad=_event("title: Pakistan recalls its ambassador\n", "")),
    Rule("unknown-key", "No keys the card kind does not define; near misses are suggested.",
         "Fix the spelling or remove the key.", good=GOOD_EVENT,
         bad=_event("    evidence:", "    evidense:")),
    Rule("wrong-type", "Text, lists and mappings stand where the schema expects them.",
         "Check the indentation and the `- ` of list items.", good=GOOD_EVENT,
         bad=_event("organizations:\n  - government-of-pakistan",
                    "organizations: government-of-pakistan")),
    Rule("empty-value", "Required text is not blank and required lists are not empty.",
         "Fill in the value.", good=GOOD_EVENT,
         bad=_event("title: Pakistan recalls its ambassador", 'title: ""')),
    Rule("invalid-value", "A value is one of those allowed (such as `unknown`).",
         "Use one of the allowed values.", kind="sources", good=GOOD_SOURCE,
         bad=_source("publisher: unknown", "publisher: Reuters")),
    Rule("invalid-id", "Ids are lower-case words joined by `-`.", "Rename the id and the file.",
         good=GOOD_EVENT, bad=_event("  - government-of-pakistan", "  - Government_of_Pakistan")),
    Rule("invalid-date", "Dates are real calendar dates written `YYYY-MM-DD`.",
         "Write the date like 2024-01-16.", good=GOOD_EVENT,
         bad=_event('date: "2024-01-17"', "date: 2024-02-30")),
    Rule("invalid-url", "Addresses are http:// or https:// only.", "Give the full address.",
         kind="sources", good=GOOD_SOURCE,
         bad=_source("publisher: unknown", "publisher: unknown\nurl: javascript:alert(1)")),
    Rule("invalid-seed-path", "A source names a plain file in `seeds/`, never a path.",
         "Give the file name only.", kind="sources", good=GOOD_SOURCE,
         bad=_source("seed: 004_", "seed: ../seeds/004_")),
    # The project's layout and archive
    Rule("card-layout", "Cards live at `cards/<kind>/<id>.yaml`.", "Move or rename the file."),
    Rule("symlink", "No links under `cards/` or `seeds/`.", "Replace the link with the file."),
    Rule("seed-checksum", "Every archived text, and every page kept as published in "
         "`seeds/raw/`, matches `seeds/SHA256SUMS`.",
         "Restore the archived file; the archive is never edited."),
    Rule("duplicate-id", "No two cards of a kind have ids that differ only in case.",
         "Merge or rename one of them."),
    Rule("id-mismatch", "A card's id equals its file name.", "Make them equal.",
         good=GOOD_EVENT, bad=_event("id: example", "id: another-example")),
    # References between cards
    Rule("unknown-reference", "Every referenced card exists; near misses are suggested.",
         "Fix the id, or create the card.", good=GOOD_EVENT,
         bad=_event("  - government-of-pakistan", "  - goverment-of-pakistan")),
    Rule("seed-not-found", "A source card's seed file exists in `seeds/`.",
         "Give the name of an archived file.", kind="sources", good=GOOD_SOURCE,
         bad=_source("seed: 004_", "seed: 005_")),
    # The archive as the ground truth
    Rule("headline-not-found", "A source's headline is printed in its archived text.",
         "Copy the headline exactly.", kind="sources", good=GOOD_SOURCE,
         bad=_source("Agree to Deescalate", "Agree to De-escalate")),
    Rule("attestation-not-found",
         "A publisher, publication date or attested address rests on words printed on the "
         "archived page.",
         "Quote the page, or write unknown.", kind="sources", good=GOOD_SOURCE,
         bad=_source('quote: "19 January 2024"', 'quote: "20 January 2024"')),
    Rule("body-marker-not-found", "The article body's start and end are found, once, in the text.",
         "Copy longer, exact passages.", kind="sources", good=GOOD_SOURCE,
         bad=_source("start: \"Pakistan foreign", "start: \"Pakistan's foreign")),
    Rule("quote-not-found", "Every quote is verbatim in its source's article body.",
         "Copy the passage exactly; the hint marks the words that differ.", good=GOOD_EVENT,
         bad=_event(_QUOTE, 'quote: "Later on Wednesday evening, Pakistan recalled its envoy"')),
    Rule("quote-wrong-source", "A quote found in another source than the one cited is named.",
         "Cite the source the hint names.", good=GOOD_EVENT,
         bad=_event(_QUOTE, 'quote: "Pakistan had recalled its ambassador to Tehran"')),
    Rule("quote-in-furniture", "Page furniture (other headlines, comment forms) is never cited.",
         "Cite the article text.", good=GOOD_EVENT,
         bad=_event(_QUOTE, 'quote: "UN Chief Calls for Calm, Dialogue in Pakistan-Iran Row"')),
    Rule("spelling-not-found", "Every spelling listed for a name is printed in a source.",
         "List only spellings the sources use.", kind="people", good=GOOD_PERSON,
         bad=_person("  - Ahmad Vahidi", "  - Ahmad Vahidi\n  - Ahmed Vahidi")),
]

_TEXT = "  - text: Pakistan recalled its ambassador from Iran."
_dispute = _variant(GOOD_DISAGREEMENT)



RULES += [
    # Evidence must support the statement
    Rule("date-not-supported",
         "An event's date is stated by at least one of its passages: 'January 16', '16 January', "
         "'Jan. 16', 'January 29, 2024', or a weekday ('on Wednesday') counted back from the "
         "source's publication date, or at least falling on that weekday when the publication "
         "date is unknown. 'Two days later' after a date counts from that date.",
         "Quote the passage that gives the day, or correct the date.", good=GOOD_EVENT,
         bad=_event('date: "2024-01-17"', 'date: "2024-01-18"')),
    Rule("number-not-supported",
         "Every number in a statement (digits or words, with 'at least', 'nearly' and the like) "
         "appears with the same value and qualifier in its evidence. 'One' is not counted: it is "
         "mostly a pronoun.", "Make the number, and its qualifier, match the quote.",
         good=GOOD_EVENT, bad=_event(_TEXT, "  - text: Pakistan recalled its two ambassadors.")),
    Rule("name-not-supported",
         "Every person or organisation a statement names (by any spelling on their card), and "
         "everyone an event lists, is named in the evidence or the paragraph it comes from.",
         "Quote a passage that names them, or correct the name.", good=GOOD_EVENT,
         bad=_event(_TEXT, "  - text: Jalil Abbas Jilani recalled Pakistan's ambassador.")),
    Rule("attribution-missing",
         "A contested statement — deaths, casualties, injuries, targets — says who says so; and "
         "a party a statement is attributed to is named in or next to a quoted passage.",
         "Write 'according to ...' or '... said', quoting where they say it.", good=GOOD_EVENT,
         bad=_event(_TEXT, "  - text: Pakistan recalled its ambassador from Iran, whose "
                           "strike had killed children.")),
    Rule("elision-drops-meaning",
         "A warning: the text a '...' leaves out holds a negation (not, never, no) or a number.",
         "Quote the passage without eliding that word.", good=GOOD_EVENT,
         bad=_event(_QUOTE, 'quote: "advised the latter ... to send its ambassador to Islamabad"')),
    Rule("publication-date-not-supported",
         "A source's publication date, when given, is printed in full, with its year, in the "
         "passage quoted for it.", "Quote the printed date, or write unknown.",
         kind="sources", good=GOOD_SOURCE, bad=_source('value: "2024-01-19"', 'value: "2024-01-20"')),
    Rule("disagreement-not-different",
         "A recorded disagreement has accounts with different values, each given by its own "
         "passages, from at least two sources.",
         "Give each account the value its passages state, from its own source.",
         kind="disagreements", good=GOOD_DISAGREEMENT,
         bad=_dispute('value: "2024-01-17"', 'value: "2024-01-16"')),
]

BY_ID = {rule.id: rule for rule in RULES}


def _fenced(text: str) -> str:
    return "```yaml\n" + text.rstrip("\n") + "\n```"


def rules_page() -> str:
    """The editors' reference: every rule, with a passing and a failing card where it has them."""
    parts = ["---\ntitle: Rules\n---\n",
             "Every problem `build_cards.py check` reports names one of these rules. "
             "Examples show a card that passes and one that fails.\n"]
    for rule in RULES:
        parts.append(f"## `{rule.id}`\n\n{rule.summary}\n\n**To fix:** {rule.fix}\n")
        if rule.good:
            parts.append(f"Passes (`cards/{rule.kind}/example.yaml`):\n\n{_fenced(rule.good)}\n")
            parts.append(f"Fails:\n\n{_fenced(rule.bad)}\n")
    return "\n".join(parts)
