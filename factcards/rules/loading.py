"""What the loader itself finds before any rule runs: reading the file, the schema, and the
project's layout. Each is documented here with its examples and raised where it is found
(`load.yamlload`, `load.schema`, `load.seeds`, `project`), under the id given here."""

from __future__ import annotations

from factcards.rules import Rule
from factcards.rules.examples import GOOD_EVENT, GOOD_SOURCE, event, source

LOADING: list[Rule] = [
    # Reading the file
    Rule("file-too-large", "A card file is at most 256 KiB.", "Split the card or shorten quotes."),
    Rule("encoding", "Card files are UTF-8 text.", "Save the file as UTF-8."),
    Rule("forbidden-character",
         "No control, zero-width or bidi-format characters: they hide or reorder text.",
         "Retype the text around the position given."),
    Rule("yaml-syntax", "The file is well-formed YAML.", "Fix indentation and quoting.",
         good=GOOD_EVENT, bad=event('title: Pakistan', 'title: "Pakistan')),
    Rule("duplicate-key", "A key appears once per mapping; both lines are named.",
         "Keep one of the two.", good=GOOD_EVENT,
         bad=event('date: "2024-01-17"', 'date: "2024-01-17"\ndate: "2024-01-18"')),
    Rule("yaml-anchor", "No anchors (`&name`): every value is written out.", "Write it out.",
         good=GOOD_EVENT, bad=event("title: Pakistan", "title: &t Pakistan")),
    Rule("yaml-alias", "No aliases (`*name`): every value is written out.", "Write it out.",
         good=GOOD_EVENT, bad=event("title: Pakistan recalls its ambassador",
                                     "title: &t Pakistan recalls\nsummary: *t")),
    Rule("yaml-tag", "No tags (`!!str`, `!!python/...`): the schema decides every type.",
         "Remove the tag.", good=GOOD_EVENT, bad=event('date: "2024', 'date: !!str "2024')),
    Rule("multiple-documents", "One card per file: no second `---` document.",
         "Move the second card to its own file.", good=GOOD_EVENT, bad=GOOD_EVENT + "---\nid: x\n"),
    Rule("mixed-script", "No word mixes Latin, Cyrillic, Greek or Armenian letters: look-alike "
         "letters can make a name or quote lie.", "Retype the word.", good=GOOD_EVENT,
         bad=event("title: Pakistan recalls", "title: Pаkistan recalls")),
    Rule("too-deep", "Values nest at most 32 levels deep.", "Check the indentation."),
    # The schema
    Rule("missing-key", "Every required key is present.", "Add the key named.",
         good=GOOD_EVENT, bad=event("title: Pakistan recalls its ambassador\n", "")),
    Rule("unknown-key", "No keys the card kind does not define; near misses are suggested.",
         "Fix the spelling or remove the key.", good=GOOD_EVENT,
         bad=event("    evidence:", "    evidense:")),
    Rule("wrong-type", "Text, lists and mappings stand where the schema expects them.",
         "Check the indentation and the `- ` of list items.", good=GOOD_EVENT,
         bad=event("organizations:\n  - government-of-pakistan",
                    "organizations: government-of-pakistan")),
    Rule("empty-value", "Required text is not blank and required lists are not empty.",
         "Fill in the value.", good=GOOD_EVENT,
         bad=event("title: Pakistan recalls its ambassador", 'title: ""')),
    Rule("invalid-value", "A value is one of those allowed (such as `unknown`).",
         "Use one of the allowed values.", kind="sources", good=GOOD_SOURCE,
         bad=source("publisher: unknown", "publisher: Reuters")),
    Rule("invalid-id", "Ids are lower-case words joined by `-`.", "Rename the id and the file.",
         good=GOOD_EVENT, bad=event("  - government-of-pakistan", "  - Government_of_Pakistan")),
    Rule("invalid-date", "Dates are real calendar dates written `YYYY-MM-DD`.",
         "Write the date like 2024-01-16.", good=GOOD_EVENT,
         bad=event('date: "2024-01-17"', "date: 2024-02-30")),
    Rule("invalid-url", "Addresses are http:// or https:// only.", "Give the full address.",
         kind="sources", good=GOOD_SOURCE,
         bad=source("publisher: unknown", "publisher: unknown\nurl: javascript:alert(1)")),
    Rule("invalid-seed-path", "A source names a plain file in `seeds/`, never a path.",
         "Give the file name only.", kind="sources", good=GOOD_SOURCE,
         bad=source("seed: 004_", "seed: ../seeds/004_")),
    # The project's layout and archive
    Rule("card-layout", "Cards live at `cards/<kind>/<id>.yaml`.", "Move or rename the file."),
    Rule("symlink", "No links under `cards/` or `seeds/`.", "Replace the link with the file."),
    Rule("seed-checksum", "Every archived text, and every page kept as published in "
         "`seeds/raw/`, matches `seeds/SHA256SUMS`.",
         "Restore the archived file; the archive is never edited."),
    Rule("duplicate-id", "No two cards of a kind have ids that differ only in case.",
         "Merge or rename one of them."),
]
