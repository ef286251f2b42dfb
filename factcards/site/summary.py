"""One sentence that sums a page up, for search engines and for links shared elsewhere."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"'])")
LIMIT = 200


def sentence(text: str, limit: int = LIMIT) -> str:
    """The first sentence of `text`, shortened at a word with an ellipsis if it is too long."""
    first = _END.split(_SPACE.sub(" ", str(text)).strip(), maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
