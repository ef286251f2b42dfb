"""Where the n-th word of a YAML value stands in its file, so a problem about one word of a long
quote points at that word rather than at the quote's opening mark."""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\S+")
_ELISION = re.compile(r"^(\.\.\.|…)+$")


def _offset(text: str, line: int, column: int) -> int:
    index = 0
    for _ in range(line - 1):
        index = text.index("\n", index) + 1
    return index + column - 1


def word_position(text: str, line: int, column: int, n: int) -> tuple[int, int]:
    """The 1-based line and column of word `n` (0-based, elisions not counted) of the value
    starting at (line, column); the value's own position when it cannot be told."""
    try:
        index = _offset(text, line, column)
    except ValueError:
        return line, column
    if text[index:index + 1] in ("|", ">"):  # a block scalar starts on the next line
        index = text.find("\n", index) + 1
    elif text[index:index + 1] in ("'", '"'):
        index += 1
    seen = 0
    for token in _TOKEN.finditer(text, index):
        if _ELISION.match(token.group()):
            continue
        if seen == n:
            at = token.start()
            return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
        seen += 1
    return line, column
