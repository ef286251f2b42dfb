"""Writing several files as one change: every file complete or none at all.

Each file is written beside its destination under a hidden temporary name, then given its real
name in one step: a new file by a hard link, which fails rather than replace a file that appeared
meanwhile; a file that is being changed (the checksum manifest) by a rename. If anything fails,
what this change wrote is removed and what it replaced is put back.
"""

from __future__ import annotations

import os
from pathlib import Path


def _temporary(path: Path, content: bytes) -> Path:
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temp.open("xb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())
    return temp


def _create(path: Path, content: bytes) -> None:
    temp = _temporary(path, content)
    try:
        os.link(temp, path)
    finally:
        temp.unlink()


def _replace(path: Path, content: bytes) -> None:
    temp = _temporary(path, content)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_all(new: dict[Path, bytes], changed: dict[Path, bytes]) -> None:
    """Create the `new` files (none may exist) and then rewrite the `changed` ones, or, if any
    step fails, leave every one of them as it was and raise the failure."""
    created: list[Path] = []
    folders: list[Path] = []
    previous: dict[Path, bytes] = {}
    try:
        for path, content in new.items():
            missing = [p for p in (path.parent, *path.parent.parents) if not p.exists()]
            path.parent.mkdir(parents=True, exist_ok=True)
            folders += reversed(missing)
            _create(path, content)
            created.append(path)
        for path, content in changed.items():
            before = path.read_bytes()
            _replace(path, content)
            previous[path] = before
    except BaseException:
        for path, content in previous.items():
            _replace(path, content)
        for path in created:
            path.unlink(missing_ok=True)
        for folder in reversed(folders):
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        raise
