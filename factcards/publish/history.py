"""When each card last changed, read from the project's version history in one pass.

I/O at the edge: the renderer receives a plain {path: date} mapping. Outside a git checkout (a
tarball, a test copy) the mapping is empty and pages say the date is not recorded.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_changed(root: Path, folder: str = "cards") -> dict[str, str]:
    """{'cards/events/x.yaml': '2026-11-23', ...} from the newest commit touching each file."""
    return _dates(root, folder)


def first_added(root: Path, folder: str = "cards") -> dict[str, str]:
    """When each file was (last) added: the day a card was first published, for the feed."""
    return _dates(root, folder, "--diff-filter=A")


def _dates(root: Path, folder: str, *options: str) -> dict[str, str]:
    try:
        result = subprocess.run(
            ["git", "log", *options, "--format=%x00%cs", "--name-only", "--", folder],
            cwd=root, capture_output=True, text=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, str] = {}
    current = ""
    for line in result.stdout.splitlines():
        if line.startswith("\x00"):
            current = line[1:]
        elif line and current:
            dates.setdefault(line, current)
    return dates
