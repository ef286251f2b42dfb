"""What the live preview shows of a card that cannot be read at the moment.

While an editor types, a card often stops being YAML for a moment (an open quote, a stray
indent). Its page should not vanish: the preview keeps showing the last version that could be
read, with the problem banner saying what is wrong, and shows the new version as soon as the
file reads again. A card whose file is gone is gone from the preview too. Only `mkdocs serve`
uses this; a build never publishes a card with an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from factcards.load.cardfile import CardFile

Cards = dict[str, dict[str, CardFile]]


@dataclass
class LastGood:
    """The last readable version of every card seen during this preview."""

    seen: dict[str, CardFile] = field(default_factory=dict)

    def fill(self, cards: Cards, broken: set[str], root: Path) -> Cards:
        """`cards`, with the last readable version of each card in `broken` (paths of cards
        with problems) that is missing now but whose file still exists."""
        now = {cf.path: cf for by_id in cards.values() for cf in by_id.values()}
        self.seen.update(now)
        kept = {kind: dict(by_id) for kind, by_id in cards.items()}
        for path in sorted(broken - now.keys()):
            old = self.seen.get(path)
            if old is not None and (root / path).is_file():
                kept.setdefault(old.kind, {})[old.stem] = old
        return kept
