"""MkDocs adapter: the files come from `site.pages.build_pages`; this only hands them over.

A card with an error stops `mkdocs build` before anything is written; the site is staged and
swapped in only if the build succeeded and wrote every card page. `serve` shows problems and
goes on. Runs unchanged under ProperDocs, whose name (and logger) is read from its config."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from factcards.edit.report import as_text, summary
from factcards.problems import Problem, has_errors
from factcards.project import load_project
from factcards.publish import folder, nav, sanitize, settings, staging
from factcards.publish.htmlpage import HtmlPage
from factcards.publish.lastgood import LastGood
from factcards.publish.tables import stackable
from factcards.site import preview, render

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


@dataclass
class Run:
    """What one build carries from event to event."""

    tool: str = "mkdocs"  # the generator's name and logger ("properdocs" under ProperDocs)
    stage: staging.Staging | None = None  # None: built in place (`serve`, `--dirty`)
    files: folder.Prepared | None = None
    problems: list[Problem] = field(default_factory=list)  # shown on the preview's pages
    cards: int = 0


class Hooks:
    """The MkDocs events, as methods of the one object that holds their state."""

    def __init__(self) -> None:
        self.command, self.dirty, self.run = "build", False, Run()
        self.last_good = LastGood()  # under `serve`: the pages of cards that stopped reading

    def on_startup(self, command: str, dirty: bool) -> None:
        self.command, self.dirty = command, dirty

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.on_shutdown()
        self.run = Run(tool=type(config).__module__.partition(".")[0])
        config.nav = nav.with_kinds(config.nav)
        if self.command != "serve" and not self.dirty:
            self.run.stage = staging.Staging(Path(config.site_dir), self.run.tool)
            config.site_dir = str(self.run.stage.staged)
        return config

    def on_pre_build(self, config: MkDocsConfig) -> None:
        root, serving = Path(config.config_file_path).resolve().parent, self.command == "serve"
        project, log = load_project(root), logging.getLogger(f"{self.run.tool}.plugins.factcards")
        for line in as_text(project.problems, project.checked).splitlines()[:-1]:
            (log.info if serving else log.error)(line)  # as warnings, strict would stop `serve`
        if has_errors(project.problems) and not serving:
            self.on_build_error(None)
            raise PluginError(f"fact cards: {summary(project.problems, project.checked)}; "
                              "nothing was written")
        self.run.problems, self.run.cards = (project.problems if serving else []), project.checked
        if serving:  # a card that stopped reading as YAML keeps its last readable page meanwhile
            project.cards = self.last_good.fill(project.cards, {p.path for p in project.problems}, root)
        chosen = settings.from_config(root, config, serving)
        self.run.files = folder.prepare(project, chosen)

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        if (prepared := self.run.files) is None:
            return files
        for path in prepared.copied():
            files.append(File(path, str(prepared.folder), config.site_dir, config.use_directory_urls))
        for path in sorted(prepared.pages):
            file = File.generated(config, path, content=prepared.pages.pop(path))
            if path in prepared.edits and settings.edit_base(config.repo_url, config.edit_uri):
                file.edit_uri = "../" + prepared.edits[path]  # the edit link opens the card
            if render.is_html_page(path):
                HtmlPage(None, file, config)
            files.append(file)
        return files

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        up = "../" * page.url.count("/")
        shown = preview.banner(self.run.problems, page.file.src_uri, self.run.cards, up) + stackable(html)
        return sanitize.clean(shown)  # stackable: Markdown tables stack as cards on phones

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        if isinstance(page, HtmlPage):  # written: thousands of card pages need not wait
            page.content = ""
        return output

    def on_post_build(self, config: MkDocsConfig) -> None:
        card_pages = self.run.files.card_pages if self.run.files else []
        self.on_shutdown()
        if missing := staging.missing_pages(Path(config.site_dir), card_pages):
            raise PluginError(f"fact cards: {len(missing)} card pages missing: {', '.join(missing[:5])}")
        # MkDocs counts strict mode's warnings only after this event: a doomed site is discarded.
        if self.run.stage is not None and self.run.stage.publish(config.strict):
            config.site_dir = str(self.run.stage.site)

    def on_build_error(self, error: Exception | None) -> None:
        self.on_shutdown()
        if self.run.stage is not None:
            self.run.stage.discard()

    def on_shutdown(self) -> None:
        if self.run.files is not None:
            self.run.files.remove()
        if self.run.stage is not None:
            self.run.stage.close()


HOOKS = Hooks()
on_startup, on_config, on_pre_build = HOOKS.on_startup, HOOKS.on_config, HOOKS.on_pre_build
on_files, on_page_content, on_post_page = HOOKS.on_files, HOOKS.on_page_content, HOOKS.on_post_page
on_post_build, on_build_error, on_shutdown = HOOKS.on_post_build, HOOKS.on_build_error, HOOKS.on_shutdown
