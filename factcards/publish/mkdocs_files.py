"""The generated files as MkDocs takes them: the exports, feed, picture and archive from the
prepared folder, and every page from memory. A card's page links to its card file for editing
and, being HTML already, is published as it is (see `htmlpage`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.structure.files import File

from factcards.publish.folder import Prepared
from factcards.publish.htmlpage import HtmlPage
from factcards.publish.settings import edit_base
from factcards.site.render import is_html_page

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files


def add_files(files: Files, prepared: Prepared, config: MkDocsConfig) -> Files:
    """`files` with every prepared file added; the pages leave memory as they are handed over."""
    for path in prepared.copied():
        files.append(File(path, str(prepared.folder), config.site_dir, config.use_directory_urls))
    for path in sorted(prepared.pages):
        file = File.generated(config, path, content=prepared.pages.pop(path))
        if path in prepared.edits and edit_base(config.repo_url, config.edit_uri):
            file.edit_uri = "../" + prepared.edits[path]  # the edit link opens the card
        if is_html_page(path):
            HtmlPage(None, file, config)
        files.append(file)
    return files
