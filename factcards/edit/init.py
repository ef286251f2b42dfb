"""A new explainer from zero: `build_cards.py init DIR --title "..."`.

The new project carries a copy of the engine (`ENGINE`: the package, the command line and hook,
the theme overrides, the stylesheet and script, the pinned requirements). A project is published
for years and must build as it did the day its cards were checked, so it keeps the engine it was
made with, like a vendored dependency; a story that needs another kind of card adds a module to
its own `factcards/kinds/`. Taking up a newer engine is copying these files again.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from string import Template

import yaml

from factcards.edit.scaffold import json_schemas
from factcards.kinds import KINDS
from factcards.load.seeds import MANIFEST, SEEDS
from factcards.load.settings import SETTINGS
from factcards.project import CARDS
from factcards.publish.nav import with_kinds

ENGINE = ("factcards", "build_cards.py", "overrides", "requirements.txt", "docs/stylesheets",
          "docs/javascripts")
_TEMPLATES = Path(__file__).parent / "new_project"
_NOT_COPIED = shutil.ignore_patterns("__pycache__", "*.pyc")


def navigation() -> list:
    """The home page, every kind's index page in its section, then method and rules."""
    kinds = with_kinds([{"Home": "index.md"}]) or []
    return [*kinds, {"About": ["about.md", "corrections.md"]}, {"For editors": ["rules.md"]}]


def _fill(name: str, **values: str) -> str:
    return Template((_TEMPLATES / name).read_text(encoding="utf-8")).substitute(values)


def project_files(title: str) -> dict[str, str]:
    """{path: text} of a new project's own files: its settings, pages, folders and schemas."""
    nav = yaml.safe_dump(navigation(), sort_keys=False, allow_unicode=True, width=1000)
    files = {
        "mkdocs.yml": _fill("mkdocs.yml", site_name=json.dumps(title, ensure_ascii=False),
                            nav="".join(f"  {line}\n" for line in nav.splitlines())),
        "README.md": _fill("README.md", title=title),
        "docs/about.md": (_TEMPLATES / "about.md").read_text(encoding="utf-8"),
        SETTINGS: (_TEMPLATES / SETTINGS).read_text(encoding="utf-8"),
        ".gitignore": (_TEMPLATES / "gitignore").read_text(encoding="utf-8"),
        f"{SEEDS}/{MANIFEST}": "",
    }
    files.update({f"{CARDS}/{kind}/.gitkeep": "" for kind in KINDS})  # kept by version control
    files.update(json_schemas())
    return files


def create(target: Path, engine: Path, title: str) -> None:
    """Write a new project into `target` (absent or empty), with the engine found at `engine`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ENGINE:
        source = engine / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_NOT_COPIED)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    for rel, text in project_files(title).items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text(text, encoding="utf-8")
