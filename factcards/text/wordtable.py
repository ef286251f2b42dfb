"""lemminflect's table of word forms ("form,tag,lemma/lemma" rows) as the word rules search it:
the rows lower-cased and sorted, their forms alongside for a binary search, and the words the
table spells only with a capital. Read from the package's data file without importing the
package (its import loads numpy and a model the rules do not need).
"""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path
from typing import NamedTuple


class Table(NamedTuple):
    """The sorted lower-cased rows, the form of each (in the same order), and the proper words."""

    rows: list[str]
    keys: list[str]
    proper: frozenset[str]


EMPTY = Table([], [], frozenset())


def source() -> Path | None:
    """lemminflect's data file, or None where the package is not installed."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "lemma_lu.csv.gz"


def derive(path: Path) -> Table:
    """The table from the data file, read in one pass: lower-casing the whole text lower-cases
    each line (no line break has a case), and the sort of the nearly sorted rows is quick."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        text = handle.read()
    rows = text.lower().splitlines()
    rows.sort()
    # Names and the words made from them ("Chinese", "January"), lower-cased; not "China",
    # which is also "china".
    spelt = {line[:line.find(",")] for line in text.splitlines()}
    proper = frozenset(word.lower() for word in spelt if word[:1].isupper()) - spelt
    return Table(rows, [row[:row.find(",")] for row in rows], proper)
