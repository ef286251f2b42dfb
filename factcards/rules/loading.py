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
         good=GOOD_EVENT, bad=event('title: Alderbrook', 'title: "Alderbrook')),
    Rule("duplicate-key", "A key appears once per mapping; both lines are named.",
         "Keep one of the two.", good=GOOD_EVENT,
         bad=event('date: "2030-03-11"', 'date: "2030-03-11"\ndate: "2030-03-12"')),
    Rule("yaml-anchor", "No anchors (`&name`): every value is written out.", "Write it out.",
         good=GOOD_EVENT, bad=event("title: Alderbrook", "title: &t Alderbrook")),
    Rule("yaml-alias", "No aliases (`*name`): every value is written out.", "Write it out.",
         good=GOOD_EVENT, bad=event("title: Alderbrook votes to close the Mill Lane bridge",
                                     "title: &t Alderbrook votes\nsummary: *t")),
    Rule("yaml-tag", "No tags (`!!str`, `!!python/...`): the schema decides every type.",
         "Remove the tag.", good=GOOD_EVENT, bad=event('date: "2030', 'date: !!str "2030')),
    Rule("multiple-documents", "One card per file: no second `---` document.",
         "Move the second card to its own file.", good=GOOD_EVENT, bad=GOOD_EVENT + "---\nid: x\n"),
    Rule("mixed-script", "No word mixes Latin, Cyrillic, Greek or Armenian letters: look-alike "
         "letters can make a name or quote lie.", "Retype the word.", good=GOOD_EVENT,
         bad=event("title: Alderbrook votes", "title: Aldеrbrook votes")),
    Rule("too-deep", "Values nest at most 32 levels deep.", "Check the indentation."),
    # The schema
    Rule("missing-key", "Every required key is present.", "Add the key named.",
         good=GOOD_EVENT, bad=event("title: Alderbrook votes to close the Mill Lane bridge\n", "")),
    Rule("unknown-key", "No keys the card kind does not define; near misses are suggested.",
         "Fix the spelling or remove the key.", good=GOOD_EVENT,
         bad=event("organizations:", "organisations:")),
    Rule("wrong-type", "Text, lists and mappings stand where the schema expects them.",
         "Check the indentation and the `- ` of list items.", good=GOOD_EVENT,
         bad=event("organizations:\n  - alderbrook-town-council",
                    "organizations: alderbrook-town-council")),
    Rule("empty-value", "Required text is not blank and required lists are not empty.",
         "Fill in the value.", good=GOOD_EVENT,
         bad=event("title: Alderbrook votes to close the Mill Lane bridge", 'title: ""')),
    Rule("invalid-value", "A value is one of those allowed (such as `unknown`).",
         "Use one of the allowed values.", kind="sources", good=GOOD_SOURCE,
         bad=source('publisher:\n  value: The Alderbrook Gazette\n  quote: "The Alderbrook Gazette"',
                    "publisher: The Alderbrook Gazette")),
    Rule("invalid-id", "Ids are lower-case words joined by `-`.", "Rename the id and the file.",
         good=GOOD_EVENT, bad=event("  - alderbrook-town-council", "  - Alderbrook_Town_Council")),
    Rule("invalid-date", "Dates are real calendar dates written `YYYY-MM-DD`.",
         "Write the date like 2024-01-16.", good=GOOD_EVENT,
         bad=event('date: "2030-03-11"', "date: 2030-02-30")),
    Rule("invalid-url", "Addresses are http:// or https:// only.", "Give the full address.",
         kind="sources", good=GOOD_SOURCE,
         bad=source("body:", "url: javascript:alert(1)\nbody:")),
    Rule("invalid-seed-path", "A source names a plain file in `seeds/`, never a path.",
         "Give the file name only.", kind="sources", good=GOOD_SOURCE,
         bad=source("seed: 000_", "seed: ../seeds/000_")),
    # The project's layout and archive
    Rule("card-layout", "Cards live at `cards/<kind>/<id>.yaml`.", "Move or rename the file."),
    Rule("symlink", "No links under `cards/` or `seeds/`.", "Replace the link with the file."),
    Rule("seed-checksum", "Every archived text, and every page kept as published in "
         "`seeds/raw/`, matches `seeds/SHA256SUMS`.",
         "Restore the archived file; the archive is never edited."),
    Rule("duplicate-id", "No two cards of a kind have ids that differ only in case.",
         "Merge or rename one of them."),
]
