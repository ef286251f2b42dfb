"""A card as loaded: its kind, where it came from, its raw data and, if valid, its model."""

from __future__ import annotations

from dataclasses import dataclass

from factcards.kinds.fields import Strict
from factcards.load.wordpos import word_position
from factcards.load.yamlload import Loaded, ValuePath
from factcards.problems import Problem, dotted


@dataclass(frozen=True)
class CardFile:
    """A loaded card, with where it came from; `card` is None when it failed the schema."""

    kind: str
    path: str
    stem: str
    loaded: Loaded
    card: Strict | None
    digest: str = ""  # of the file's bytes: a remembered verdict is for these bytes only

    @property
    def data(self) -> dict:
        """The raw data, read by the rules that also check cards failing the schema."""
        return self.loaded.data if isinstance(self.loaded.data, dict) else {}

    def problem(self, path: ValuePath, rule: str, message: str, hint: str = "",
                level: str = "error") -> Problem:
        line, col = self.loaded.position(path)
        word = getattr(hint, "first_wrong", None)  # a misquote: point at its first wrong word
        if word and self.loaded.text:
            line, col = word_position(self.loaded.text, line, col, word)
        return Problem(self.path, line, col, rule, message, dotted(path), hint, level)  # type: ignore[arg-type]
