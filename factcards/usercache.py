"""The user's cache folder for factcards: `$XDG_CACHE_HOME`, else `~/.cache`, then `factcards/`.
What one check keeps for the next (verdicts, the derived word-form table) lives here, outside
the project, so that a check writes nothing in the project it checks."""

from __future__ import annotations

import os
from pathlib import Path


def folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcards"
