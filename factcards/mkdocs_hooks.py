"""MkDocs glue: check the cards before MkDocs writes anything, then add their pages.

Thin by design: it adapts MkDocs events to plain functions. A card with an error aborts
`mkdocs build` in `on_pre_build`, before MkDocs cleans the site folder, so the previous site stays
as it was. Under `mkdocs serve` the problems are printed and the preview is built from the valid
cards, so the server keeps running while an editor fixes a card.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from factcards.history import last_changed
from factcards.problems import has_errors
from factcards.project import load_project
from factcards.render import render_site
from factcards.report import as_text, summary
from factcards.rules import rules_page
from factcards.sitedata import SiteData

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.factcards")
_state: dict[str, object] = {"command": "build", "pages": {}}


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command


def on_pre_build(config: MkDocsConfig) -> None:
    root = Path(config.config_file_path).resolve().parent
    project = load_project(root)
    cards = project.checked
    serving = _state["command"] == "serve"
    # Under `serve` the problems are shown at INFO level: they must not count as warnings for
    # `strict`, or MkDocs would stop rebuilding the preview while the editor fixes the card.
    report = log.info if serving else log.error
    for line in as_text(project.problems, cards).splitlines()[:-1] if project.problems else []:
        report(line)
    if has_errors(project.problems) and not serving:
        raise PluginError(f"fact cards: {summary(project.problems, cards)}; nothing was written")
    if serving and project.problems:
        log.info("fact cards: %s; the preview shows the valid cards", summary(project.problems, cards))
    pages = render_site(SiteData(project.cards, project.sources, last_changed(root)))
    pages["rules.md"] = rules_page()
    _state["pages"] = pages


def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages: dict[str, str] = _state["pages"]  # type: ignore[assignment]
    for path, content in sorted(pages.items()):
        files.append(File.generated(config, path, content=content))
    return files
