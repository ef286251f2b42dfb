"""Shared fixtures: the real project, and throw-away copies of it to break on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcards.problems import Problem
from factcards.project import Project, load_project
from factcards.rules import BY_ID

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("cards", "seeds", "docs", "factcards", "overrides", "schemas", "mkdocs.yml", "build_cards.py",
          "project.yml")


@pytest.fixture(scope="session")
def real_project() -> Project:
    return load_project(ROOT)


class Workspace:
    """A copy of the project in a temporary folder, with helpers to edit it and re-check."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def replace(self, rel: str, old: str, new: str) -> None:
        text = self.read(rel)
        assert old in text, f"{old!r} not in {rel}"
        self.write(rel, text.replace(old, new, 1))

    def problems(self, only: str | None = None) -> list[Problem]:
        found = load_project(self.root).problems
        assert {p.rule for p in found} <= set(BY_ID), "a problem names an undocumented rule"
        return [p for p in found if only is None or p.path == only]


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, tmp_path / name)
    return Workspace(tmp_path)
