"""lemminflect's table of word forms ("form,tag,lemma/lemma" rows) as the word rules search it:
the rows lower-cased, each form set off by a tab ("form\ttag,lemma"), sorted by form and kept
in one string for each form's first three letters, where a search for "\nform\t" finds its rows;
and the words the table spells only with a capital. A check looks up about a thousand words:
reading back some 2,600 strings costs a tenth of reading back 80,000 rows. Read from the
package's data file without importing the package (its import loads numpy and a model the
rules do not need).

Deriving the table takes about a tenth of a second, more than the rest of a small project's
check, so it is remembered in the user's cache folder under the data file's path, size, inode
and time of change, and Python's version: a copy that is missing, unreadable or made from
another file is set aside and the table derived again. It is kept with `marshal`, which builds
plain values and runs no code, where `pickle` could.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import importlib.util
import marshal
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from factcards.usercache import folder

FORMAT = 4  # the layout of a remembered table: a change sets every remembered copy aside


PREFIX = 3  # letters of a form that name the string its rows are kept in


class Table(NamedTuple):
    """The lower-cased rows ("form\ttag,lemma") by their form's first `PREFIX` letters, each
    group one string ("\nrow\nrow\n", sorted by form), and the proper words."""

    rows: dict[str, str]
    proper: frozenset[str]


EMPTY = Table({}, frozenset())


def source() -> Path | None:
    """lemminflect's data file, or None where the package is not installed."""
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "lemma_lu.csv.gz"


def table() -> Table:
    """The table of the installed lemminflect: remembered, else derived (and remembered)."""
    path = source()
    if path is None:
        return EMPTY
    try:
        info = path.stat()
    except OSError:
        return derive(path)  # fails as reading the file fails
    stamp = (FORMAT, sys.version, str(path), info.st_size, info.st_ino, info.st_mtime_ns)
    kept = _remembered(stamp)
    if kept is not None:
        return kept
    derived = derive(path)
    _remember(stamp, derived)
    return derived


def derive(path: Path) -> Table:
    """The table from the data file, read in one pass: lower-casing the whole text lower-cases
    each line (no line break has a case), and the sort of the nearly sorted rows is quick. The
    rows are sorted by their forms, which a binary search looks up: a tab, which sorts before
    every character of a form, ends each form, so "book\t..." stands before "book club\t..."
    however the rest of the row compares, as a search for "book\t" needs (with "," after the
    form, "book club,..." would stand before "book,...": " " sorts before ",")."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        text = handle.read()
    rows = [row.replace(",", "\t", 1) for row in text.lower().splitlines()]
    rows.sort(key=lambda row: row[:row.find("\t")])  # by form: "book" before "book club"
    # Names and the words made from them ("Chinese", "January"), lower-cased; not "China",
    # which is also "china".
    spelt = {line[:line.find(",")] for line in text.splitlines()}
    proper = frozenset(word.lower() for word in spelt if word[:1].isupper()) - spelt
    grouped: dict[str, list[str]] = {}
    for row in rows:
        grouped.setdefault(row[:row.find("\t")][:PREFIX], []).append(row)
    return Table({prefix: "\n" + "\n".join(group) + "\n" for prefix, group in grouped.items()},
                 proper)


def _file(stamp: tuple) -> Path:
    """Where the table of one data file is kept (one file for each installation)."""
    return folder() / f"word-forms.{hashlib.sha256(stamp[2].encode()).hexdigest()[:16]}.marshal"


def _remembered(stamp: tuple) -> Table | None:
    """The remembered table, if there is one, made from this very file, and well formed."""
    try:
        kept = marshal.loads(_file(stamp).read_bytes())
    except Exception:  # missing, unreadable or not marshal data: derive the table again
        return None
    if not (isinstance(kept, tuple) and len(kept) == 3 and kept[0] == stamp):
        return None
    rows, proper = kept[1:]
    if not (isinstance(rows, dict) and isinstance(proper, frozenset) and _strings(rows)
            and _strings(rows.values()) and _strings(proper)):
        return None
    return Table(rows, proper)


def _strings(values: Iterable[str]) -> bool:
    return set(map(type, values)) <= {str}


def _remember(stamp: tuple, derived: Table) -> None:
    """Keep the table for the next check; where the cache folder cannot be written to, the
    next check derives it again."""
    temp = None
    try:
        path = _file(stamp)  # no home folder to find is as good as no cache folder
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temp.write_bytes(marshal.dumps((stamp, derived.rows, derived.proper)))
        os.replace(temp, path)
    except (OSError, RuntimeError):
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
