"""The project's own settings (`project.yml`): the vocabulary of its story, which the engine
does not know. Read once at the edge; every rule receives the result."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from factcards.problems import Problem

SETTINGS = "project.yml"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Settings(BaseModel):
    """What a story's explainer decides for itself; empty, the engine assumes nothing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    equivalents: list[list[str]] = []
    contested: list[str] = []
    attribution: list[str] = []
    subjects: list[str] = ["date", "count", "name", "wording"]
    not_counts: list[str] = []
    newsroom_words: list[str] = []
    hedges: list[str] = []
    negating: list[str] = []
    causes: list[str] = []
    caused_by: list[str] = []


def read_settings(root: Path) -> tuple[Settings, list[Problem]]:
    """The settings in `root/project.yml`, or the defaults (with a problem if it is broken)."""
    path = root / SETTINGS
    if not path.exists():
        return Settings(), []
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        return Settings.model_validate(data), []
    except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return Settings(), [Problem(SETTINGS, 1, 1, "settings", f"{SETTINGS} cannot be read: {first}",
                                    hint="fix the file; the editors' guide lists its keys")]
