"""MkDocs adapter: every file comes from `site.pages.build_pages`; this only hands them over.

A card with an error stops `mkdocs build` before anything is written (see `serving`); the site is
staged and swapped in only if the build succeeded and wrote every card page. `serve` shows problems
and goes on. Runs unchanged under ProperDocs, whose name (and logger) is read from its config."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from factcards.publish import folder, nav, serving, settings, staging
from factcards.publish.htmlpage import HtmlPage
from factcards.publish.lastgood import LastGood
from factcards.publish.mkdocs_files import add_files

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
    shown: serving.Shown = field(default_factory=serving.Shown)  # the problems a preview shows


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
        root, serve = Path(config.config_file_path).resolve().parent, self.command == "serve"
        project, self.run.shown = serving.load(root, self.run.tool, self.last_good if serve else None)
        if (refused := serving.refused(project)) and not serve:
            self.on_build_error(None)
            raise PluginError(refused)
        self.run.files = folder.prepare(project, settings.from_config(root, config, serve))

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        return files if self.run.files is None else add_files(files, self.run.files, config)

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        return self.run.shown.page_html(html, page.file.src_uri, page.url)

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


# The hooks MkDocs calls, bound to the one object that holds their state.
(on_startup, on_config, on_pre_build, on_files, on_page_content, on_post_page, on_post_build,
 on_build_error, on_shutdown) = attrgetter(
    "on_startup", "on_config", "on_pre_build", "on_files", "on_page_content", "on_post_page",
    "on_post_build", "on_build_error", "on_shutdown")(Hooks())
