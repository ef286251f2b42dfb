"""Refusals of hostile text before YAML sees it: oversized files, bytes that are not UTF-8,
invisible characters and words that mix look-alike scripts. Each could make a quote or a name
lie while looking right on screen."""

from __future__ import annotations

import re
import unicodedata

from factcards.problems import Problem

MAX_BYTES = 256 * 1024
MAX_CHARACTER_PROBLEMS = 10

# C0/C1 controls (tab, line feed and carriage return are allowed), zero-width and bidi-format
# characters, and non-characters: invisible text that could make a quote or name lie.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffe\uffff]"
)


def _line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 only (a leading BOM is dropped, CRLF is fine); refuses invisible characters."""
    if len(raw) > MAX_BYTES:
        return None, [
            Problem(path, 1, 1, "file-too-large",
                    f"the file is {len(raw):,} bytes; a card may be at most {MAX_BYTES:,} bytes",
                    hint="split the card, or shorten its quotes to the passage that matters")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem(path, line, col, "encoding",
                    f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                    hint="save the file as UTF-8 in your editor")
        ]
    text = text.removeprefix("\ufeff")
    problems = []
    for match in _FORBIDDEN.finditer(text):
        if len(problems) == MAX_CHARACTER_PROBLEMS:
            break
        char = match.group()
        name = unicodedata.name(char, "control character")
        line, col = _line_col(text, match.start())
        problems.append(
            Problem(path, line, col, "forbidden-character",
                    f"invisible or control character U+{ord(char):04X} ({name}) is not allowed",
                    hint="retype the text around it; copy-paste often brings these in")
        )
    problems += mixed_scripts(text, path)
    return (None if problems else text), problems


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def _script(char: str) -> str:
    return unicodedata.name(char, "").split(" ")[0] if char.isalpha() else ""


def mixed_scripts(text: str, path: str) -> list[Problem]:
    """Words that mix Latin, Cyrillic, Greek or Armenian letters: look-alike spoofing of names."""
    if text.isascii() or not any(_script(char) in _SCRIPTS[1:]
                                 for char in set(_NON_ASCII.findall(text))):
        return []  # a word can only mix scripts if some letter is not Latin; the scan is costly
    problems = []
    for match in _NON_ASCII_WORD.finditer(text):
        scripts = {name.split()[0] for char in match.group() if char.isalpha()
                   and (name := unicodedata.name(char, "")).split(" ")[0] in _SCRIPTS}
        if len(scripts) > 1:
            line, col = _line_col(text, match.start())
            problems.append(Problem(path, line, col, "mixed-script",
                                    f"'{match.group()}' mixes {' and '.join(sorted(scripts))} "
                                    "letters that look alike",
                                    hint="retype the word; a look-alike letter came in"))
    return problems
