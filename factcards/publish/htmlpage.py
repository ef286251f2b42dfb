"""A MkDocs page whose text is already HTML: each card's own page.

MkDocs runs Markdown over every page, and over thousands of card pages that is most of a build:
Python-Markdown parses every tag of an HTML block only to pass the block through unchanged. A
card page comes out of its template as finished HTML, so this page publishes it as it is and
gives MkDocs what Markdown would have found in it: the table of contents (from the `<h2>`
headings `render.heading` writes) and the ids that links may point to. Everything after that
(the theme, search, the sanitiser in `on_page_content`) treats it like any other page.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

HEADING = re.compile(r'<h([2-6]) id="([^"]+)">(.*?)<a class="headerlink"')
ID = re.compile(r'\sid="([^"]+)"')
TAG = re.compile(r"<[^>]*>")


def toc_tokens(html: str) -> list[dict]:
    """The headings of `html` as Markdown's table of contents lists them: nested by level."""
    tokens: list[dict] = []
    open_: list[dict] = []
    for level, key, inner in HEADING.findall(html):
        token = {"level": int(level), "id": key, "name": unescape(TAG.sub("", inner)),
                 "children": []}
        while open_ and open_[-1]["level"] >= token["level"]:
            open_.pop()
        (open_[-1]["children"] if open_ else tokens).append(token)
        open_.append(token)
    return tokens


class HtmlPage(Page):
    """A page published without Markdown; its front matter is read as any page's is."""

    def read_source(self, config: MkDocsConfig) -> None:
        super().read_source(config)
        self.file.content_bytes = b""  # read once; the page keeps the text from here on

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        html, self.markdown = self.markdown, ""  # not kept twice: thousands of pages wait in memory
        self.content = html
        self.toc = get_toc(toc_tokens(html))  # type: ignore[arg-type]
        self._title_from_render = None
        self.present_anchor_ids = set(ID.findall(html))
        self.links_to_anchors = {}
