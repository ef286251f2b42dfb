"""MkDocs glue: check the cards before MkDocs writes anything, add their pages, sanitise every
page, and publish the new site only when the whole build succeeded.

Thin by design: it adapts MkDocs events to plain functions. Card pages come rendered as HTML
and are published as `HtmlPage`s, without a Markdown pass. A card with an error aborts
`mkdocs build` in `on_pre_build`, before anything is written. The site is built into a staging
folder beside the real one and swapped in at the end, so a build that fails later (a strict-mode
warning, an exception) leaves the previous site exactly as it was. Under `mkdocs serve` problems
are printed and the preview is built from the valid cards, so the server keeps running while an
editor fixes a card.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.utils import get_build_datetime

from factcards.edit.report import as_text, summary
from factcards.kinds import KINDS
from factcards.load.seeds import SEEDS
from factcards.problems import has_errors
from factcards.project import load_project
from factcards.publish.exports import ARCHIVE, annotations, cards_json, dump_to, timeline_json
from factcards.publish.extras import write_extras
from factcards.publish.history import first_added, last_changed
from factcards.publish.htmlpage import HtmlPage
from factcards.publish.lastgood import LastGood
from factcards.publish.preview import PROBLEMS_PAGE, banner, page_of, problems_page
from factcards.publish.sanitize import clean
from factcards.publish.tables import stackable
from factcards.site.render import is_html_page, rendered_pages
from factcards.site.rules_page import rules_page
from factcards.site.sitedata import SiteData

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.factcards")
STAGING = ".building"
_state: dict = {"command": "build", "pages": {}, "site": None}


class _Warnings(logging.Handler):
    """Counts what strict mode will fail on, so a doomed site is never swapped in."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command
    _state["dirty"] = dirty


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _state["command"] == "serve" or _state.get("dirty"):
        _state["site"] = None
        return config
    _state["site"] = Path(config.site_dir)
    config.site_dir = str(Path(config.site_dir).with_name(Path(config.site_dir).name + STAGING))
    shutil.rmtree(config.site_dir, ignore_errors=True)
    _state["config"] = config
    _state["warnings"] = _Warnings()
    logging.getLogger("mkdocs").addHandler(_state["warnings"])
    return config


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
        _discard(config)
        raise PluginError(f"fact cards: {summary(project.problems, cards)}; nothing was written")
    if serving and project.problems:
        log.info("fact cards: %s; the preview shows the valid cards", summary(project.problems, cards))
    shown = project.cards
    if serving:  # a card that stopped reading as YAML keeps its last readable page meanwhile
        shown = _state.setdefault("last_good", LastGood()).fill(
            project.cards, {p.path for p in project.problems}, root)
    site = SiteData(shown, project.sources, last_changed(root), edit_base=edit_base(config))
    # The exports first, while nothing else is held: their documents are the largest in memory.
    _remove_exports()
    _state["exports"] = write_exports(site, root, project.seeds, config)
    # Pages are kept as UTF-8 until MkDocs reads each: thousands of them wait in memory, and a
    # str holding one curly quote takes two bytes a character.
    pages = {path: text.encode() for path, text in rendered_pages(site)}
    pages["rules.md"] = rules_page().encode()
    _state["problems"] = project.problems if serving else []
    _state["cards"] = cards
    if serving and project.problems:
        pages[PROBLEMS_PAGE] = problems_page(project.problems, cards).encode()
    _state["pages"] = pages
    _state["sources"] = {page_of(cf.path): cf.path for cards_ in project.cards.values()
                         for cf in cards_.values()
                         if page_of(cf.path) and KINDS[cf.kind].placement == "own"}


def exports(site: SiteData, config: MkDocsConfig) -> Iterator[tuple[str, object]]:
    """The machine-readable documents published beside the pages, one at a time: only one
    is in memory at once."""
    base = config.site_url or ""
    yield "cards.json", cards_json(site)
    yield "annotations.jsonld", annotations(site, base)
    yield "timeline.json", timeline_json(site, config.site_name)


def write_exports(site: SiteData, root: Path, seeds: dict[str, str], config: MkDocsConfig) -> Path:
    """Write the exports, and a copy of each archived text as it is on disk, into a folder of
    their own; MkDocs copies them into the site like any other file. At 10,000 cards they are
    tens of megabytes that would otherwise wait in memory until the last page is written."""
    folder = Path(tempfile.mkdtemp(prefix="factcards-exports-"))
    (folder / ARCHIVE).mkdir()
    for name in seeds:
        shutil.copyfile(root / SEEDS / name, folder / ARCHIVE / name)
    for name, document in exports(site, config):
        with (folder / name).open("w", encoding="utf-8") as out:
            dump_to(document, out.write)
    # Readers' additions: the Atom feed and the picture shown when a page is shared.
    write_extras(folder, site, first_added(root), get_build_datetime().date(), config.site_name,
                 config.site_description or "", config.site_url or "")
    return folder


def _remove_exports() -> None:
    folder = _state.pop("exports", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def edit_base(config: MkDocsConfig) -> str | None:
    """Where a file of the repository is edited: the repository address and `edit_uri` with its
    docs folder taken off, so card files (outside docs/) get edit links too."""
    if not config.repo_url or not config.edit_uri:
        return None
    docs = Path(config.docs_dir).name + "/"
    return config.repo_url.rstrip("/") + "/" + config.edit_uri.removesuffix(docs)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    folder = _state.get("exports")
    for path in sorted(folder.rglob("*")) if folder else []:
        if path.is_file():
            files.append(File(path.relative_to(folder).as_posix(), str(folder), config.site_dir,
                              config.use_directory_urls))
    sources = _state["sources"]
    pages, _state["pages"] = _state["pages"], {}
    for path in sorted(pages):
        file = File.generated(config, path, content=pages.pop(path))
        if path in sources and edit_base(config):  # the edit button opens the card itself
            file.edit_uri = "../" + sources[path]
        if is_html_page(path):
            HtmlPage(None, file, config)
        files.append(file)
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    up = "../" * page.url.count("/")
    return clean(banner(_state.get("problems", []), page.file.src_uri, _state.get("cards", 0), up)
                 + stackable(html))  # Markdown tables stack on phones


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Let a card page's HTML go once the theme has wrapped it and search has read it: nothing
    reads it again, and a build of thousands of pages need not hold them all to the end."""
    if isinstance(page, HtmlPage):
        page.content = ""
    return output


def on_post_build(config: MkDocsConfig) -> None:
    """Swap the staged site in, unless strict mode is about to fail the build."""
    _remove_exports()
    real: Path | None = _state["site"]
    if real is None:
        return
    if config.strict and _state["warnings"].count:
        _discard(config)
        return
    old = real.with_name(real.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if real.exists():
        real.rename(old)
    Path(config.site_dir).rename(real)
    shutil.rmtree(old, ignore_errors=True)
    config.site_dir = str(real)


def on_build_error(error: Exception) -> None:
    _remove_exports()
    if _state.get("config") is not None:
        _discard(_state["config"])


def on_shutdown() -> None:
    _remove_exports()
    handler = _state.pop("warnings", None)
    if handler is not None:
        logging.getLogger("mkdocs").removeHandler(handler)


def _discard(config: MkDocsConfig) -> None:
    if _state["site"] is not None:
        shutil.rmtree(config.site_dir, ignore_errors=True)
