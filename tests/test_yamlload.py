"""The loader refuses everything a card never needs, naming the line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcards.load.yamlload import MAX_BYTES, MAX_DEPTH, compose, load_bytes, load_events
from factcards.rules import BY_ID

ROOT = Path(__file__).resolve().parent.parent


def problems(text: str | bytes):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    loaded, found = load_bytes(raw, "cards/events/x.yaml")
    assert {p.rule for p in found} <= set(BY_ID)
    return loaded, [(p.rule, p.line, p.column) for p in found], found


def test_every_scalar_is_text_and_keeps_its_position():
    loaded, found, _ = problems('id: x\nflag: NO\ncount: 012\nwhen: 2024-02-30\nlist:\n  - 1:30\n')
    assert found == []
    assert loaded.data == {"id": "x", "flag": "NO", "count": "012", "when": "2024-02-30",
                           "list": ["1:30"]}
    assert loaded.positions[("when",)] == (4, 7)
    assert loaded.positions[("list", 0)] == (6, 5)
    assert loaded.key_positions[("list",)] == (5, 1)


def test_duplicate_key_names_both_lines():
    _, found, raw = problems("id: a\ntitle: one\nnote: x\ntitle: two\n")
    assert found == [("duplicate-key", 4, 1)]
    assert "first on line 2, again on line 4" in raw[0].message


def test_nested_duplicate_key():
    _, found, _ = problems("claims:\n  - text: a\n    text: b\n")
    assert found == [("duplicate-key", 3, 5)]


@pytest.mark.parametrize("text, rule, line, col", [
    ("a: &x hello\nb: c\n", "yaml-anchor", 1, 4),
    ("a: b\nc: *x\n", "yaml-alias", 2, 4),
    ("a: &x [1]\nb: *x\n", "yaml-alias", 2, 4),
    ("a: !!python/object/apply:os.system ['true']\n", "yaml-tag", 1, 4),
    ("a: !!binary aGVsbG8=\n", "yaml-tag", 1, 4),
    ("a: !custom x\n", "yaml-tag", 1, 4),
    ("a: 1\n---\nb: 2\n", "multiple-documents", 2, 1),
    ("a:\n\tb: 1\n", "yaml-syntax", 2, 1),
    # A syntax error is reported on the line to change, not where the parser noticed it.
    ("a: [1, 2\n", "yaml-syntax", 1, 4),  # the bracket left open
    ("a: {b: 1\nc: 2\n", "yaml-syntax", 1, 4),
    ('id: x\ntitle: "a\n  b: c\n', "yaml-syntax", 2, 8),  # the quote left open
    ("title Pakistan\ndate: x\n", "yaml-syntax", 1, 15),  # the missing colon
    ('id: x\ntitle: "a\ndate: "2024"\n', "yaml-syntax", 2, 8),  # a quote running on to the next
    ("claims:\n  - text: foo\n   evidence: x\n", "yaml-syntax", 3, 4),  # the wrong indentation
])
def test_refusals(text, rule, line, col):
    loaded, found, _ = problems(text)
    assert loaded is None
    assert (rule, line, col) in found


def test_alias_bomb_is_refused_at_the_first_alias():
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n"
    _, found, _ = problems(bomb)
    assert found[0] == ("yaml-anchor", 1, 4)
    assert ("yaml-alias", 2, 8) in found


def test_nesting_is_capped():
    _, found, _ = problems("a: " + "[" * 5000 + "]" * 5000)
    assert found == [("too-deep", 1, 4 + MAX_DEPTH - 1)]


def test_size_is_capped():
    _, found, _ = problems(b"a: " + b"x" * MAX_BYTES)
    assert found == [("file-too-large", 1, 1)]


@pytest.mark.parametrize("raw, line, col", [
    (b"id: x\ntitle: caf\xe9\n", 2, 11),
    (b"\xff\xfei\x00d\x00", 1, 1),
    (b"id: x\nt: a\x00b\n", 2, 5),
])
def test_bytes_that_are_not_utf8_or_contain_nul(raw, line, col):
    _, found, _ = problems(raw)
    assert found[0][1:] == (line, col)
    assert found[0][0] in ("encoding", "forbidden-character")


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200b", "\u200f", "\x07", "\u00ad"])
def test_invisible_characters_are_refused(char):
    _, found, raw = problems(f"id: x\nname: Ji{char}lani\n")
    assert found == [("forbidden-character", 2, 9)]
    assert f"U+{ord(char):04X}" in raw[0].message


def test_bom_and_crlf_are_accepted():
    loaded, found, _ = problems(b"\xef\xbb\xbfid: x\r\ntitle: y\r\n")
    assert found == []
    assert loaded.data == {"id": "x", "title": "y"}
    assert loaded.positions[("title",)] == (2, 8)


def test_block_nesting_is_capped_too():
    text = "".join(" " * depth + f"k{depth}:\n" for depth in range(MAX_DEPTH + 2)) + " " * 40 + "v\n"
    _, found, _ = problems(text)
    assert found == [("too-deep", MAX_DEPTH + 1, MAX_DEPTH + 1)]


ORDINARY = [
    "id: x\ntitle: >-\n  folded\n  text\nclaims:\n  - text: |\n      kept\n      lines\n",
    "# comment\nid: x  # trailing\n'quoted key': \"value: with colon\"\nlist: [a, 'b', \"c\"]\n",
    "\ufeffid: x\r\nmap: {a: 1, b: [2, 3]}\r\nempty:\r\nnull: ~\r\n",
    "---\nid: x\nnested:\n  - - deep\n    - er\n  - {k: v}\n...\n",
    "plain scalar at the root\n",
    "".join(" " * depth + f"k{depth}:\n" for depth in range(MAX_DEPTH)) + " " * 40 + "v\n",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_the_fast_path_takes_ordinary_documents_and_agrees_with_the_event_path(text):
    fast = compose(text.removeprefix("\ufeff"))
    slow, found = load_events(text.removeprefix("\ufeff"), "x.yaml")
    assert fast is not None and found == []
    assert (fast.data, fast.positions, fast.key_positions) == \
        (slow.data, slow.positions, slow.key_positions)


def test_the_fast_path_and_the_event_path_agree_on_every_real_card():
    paths = sorted((ROOT / "cards").rglob("*.yaml"))
    fast_paths = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        fast = compose(text)
        slow, found = load_events(text, path.name)
        assert found == []
        if fast is not None:
            fast_paths += 1
            assert (fast.data, fast.positions, fast.key_positions) == \
                (slow.data, slow.positions, slow.key_positions), path
    assert fast_paths > len(paths) // 2  # most real cards take the fast path


@pytest.mark.parametrize("text", [
    "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "a: 1\n---\nb: 2\n", "[a]: 1\n",
    "a: [" + "[" * 70 + "]" * 71 + "\n", "a: b: c\n", "a:\n  - 1\n b: 2\n"])
def test_anything_unusual_leaves_the_fast_path(text):
    assert compose(text) is None
    assert load_events(text, "x.yaml")[1]  # and the event path names the problem
