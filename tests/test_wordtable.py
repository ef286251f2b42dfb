"""The word-form table remembered in the user's cache folder: a remembered table is the table
derived from the package's file, and a copy that is missing, broken, or made from another file
is set aside without a word."""

from __future__ import annotations

import marshal

import pytest

from factcards.text import wordtable
from factcards.text.words import can_be_noun, lemmas
from factcards.text.wordtable import PREFIX, derive, source, table


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "factcards"


@pytest.fixture(scope="module")
def derived() -> wordtable.Table:
    path = source()
    assert path is not None, "lemminflect, a pinned dependency, is not installed"
    return derive(path)


def _kept(cache) -> list:
    return sorted(cache.glob("word-forms.*.marshal"))


def test_the_remembered_table_is_the_derived_one(cache, derived):
    assert table() == derived  # derived, then kept
    assert len(_kept(cache)) == 1
    assert table() == derived  # read back
    assert not list(cache.glob(".*.tmp"))


@pytest.mark.parametrize("broken", [b"", b"not marshal", marshal.dumps([1, 2]),
                                    marshal.dumps(((), {}, frozenset()))],
                         ids=["empty", "not marshal", "a list", "another stamp"])
def test_a_broken_copy_is_set_aside(cache, derived, broken):
    table()
    (kept,) = _kept(cache)
    kept.write_bytes(broken)
    assert table() == derived
    assert table() == derived


def test_a_copy_of_another_file_is_set_aside(cache, derived):
    table()
    (kept,) = _kept(cache)
    stamp, rows, proper = marshal.loads(kept.read_bytes())
    stale = ((*stamp[:-1], stamp[-1] + 1), {"a": "\na\tnoun,a\n"}, frozenset())
    kept.write_bytes(marshal.dumps(stale))
    assert table() == derived
    forged = (stamp, {**rows, "zzz": 1}, proper)  # well made, but not strings
    kept.write_bytes(marshal.dumps(forged))
    assert table() == derived


def test_a_cache_folder_that_is_a_file_is_no_matter(tmp_path, monkeypatch, derived):
    (tmp_path / "factcards").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert table() == derived


def test_each_forms_rows_stand_together_where_its_first_letters_say(derived):
    for prefix, rows in derived.rows.items():
        assert rows.startswith("\n") and rows.endswith("\n")
        forms = [row[:row.find("\t")] for row in rows[1:-1].split("\n")]
        assert all(form[:PREFIX] == prefix and "\n" not in form for form in forms)
        assert forms == sorted(forms)  # a form's rows one after another
    assert can_be_noun("book") and can_be_noun("house") and lemmas("books") >= {"book"}
