"""How a build reads the cards, and what the live preview shows of their problems, for the MkDocs
adapter (`mkdocs_hooks`), which only decides whether to go on.

Every problem is logged: as an error in a build, which then refuses to publish anything; as
information under `serve` (strict mode would stop at a warning), which shows the problems on the
pages (see `site.preview`) and keeps the last readable version of a card that stopped reading as
YAML (see `lastgood`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from factcards.edit.report import as_text, summary
from factcards.problems import Problem, has_errors
from factcards.project import Project, load_project
from factcards.publish import sanitize
from factcards.publish.lastgood import LastGood
from factcards.publish.tables import stackable
from factcards.site.preview import banner


@dataclass(frozen=True)
class Shown:
    """The cards' problems a preview shows on every page (none in a build), and how many card
    files were checked."""

    problems: list[Problem] = field(default_factory=list)
    cards: int = 0

    def page_html(self, html: str, page: str, url: str) -> str:
        """A page's HTML as published: the problems' banner first (`page` is its file under
        docs/, `url` its address), Markdown tables that stack as cards on phones, nothing that
        card text could inject."""
        shown = banner(self.problems, page, self.cards, "../" * url.count("/")) + stackable(html)
        return sanitize.clean(shown)


def load(root: Path, tool: str, last_good: LastGood | None = None) -> tuple[Project, Shown]:
    """The project at `root`, its problems logged line by line in the site generator's (`tool`'s)
    log, and what its pages show of them. Given `last_good` (under `serve`), a card that cannot
    be read now is shown as it last could be, and the problems are shown on the pages."""
    # A preview may reuse the verdicts of cards nobody changed; a build judges every card, so
    # that no remembered verdict, however it came to be there, can let a card be published.
    project = load_project(root, remember=last_good is not None)
    log = logging.getLogger(f"{tool}.plugins.factcards")
    for line in as_text(project.problems, project.checked).splitlines()[:-1]:
        (log.info if last_good is not None else log.error)(line)
    if last_good is None:
        return project, Shown(cards=project.checked)
    project.cards = last_good.fill(project.cards, {p.path for p in project.problems}, root)
    return project, Shown(project.problems, project.checked)


def refused(project: Project) -> str | None:
    """Why a build must publish nothing: a card has an error."""
    if has_errors(project.problems):
        return f"fact cards: {summary(project.problems, project.checked)}; nothing was written"
    return None
