"""Every spelling a person or organisation card lists is printed in some article body."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import ENTITIES, CardFile, Finding, Lookup, listed_spellings
from factcards.rules.examples import GOOD_PERSON, person
from factcards.text.verbatim import normalise

ID = "spelling-not-found"
SCOPE = "card"
KINDS = ENTITIES
SUMMARY = "Every spelling listed for a name is printed in a source."
FIX = "List only spellings the sources use."
EXAMPLE_KIND = "people"
EXAMPLES = (GOOD_PERSON, person("  - Ruth Okafor", "  - Ruth Okafor\n  - Ruth Okafur"))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    if not look.complete:  # a source that could not be read may print it
        return
    for i, spelling in listed_spellings(cf.data):
        wanted = normalise(spelling).strip()
        if wanted and wanted not in look.spelled:  # blank: the schema reports it
            yield Finding(("spellings", i), f"no source's article body spells the name '{spelling}'",
                          "list only spellings the sources use, exactly as printed")
