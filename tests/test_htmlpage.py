"""Card pages are rendered straight to HTML and published without a Markdown pass."""

from __future__ import annotations

import re

from factcards.kinds import KINDS
from factcards.publish.htmlpage import toc_tokens
from factcards.site.render import heading, is_html_page


def test_card_pages_are_html_and_overview_pages_markdown(real_project, real_pages):
    html = {path for path in real_pages if is_html_page(path)}
    assert html == {f"{kind}/{stem}.md" for kind in KINDS if KINDS[kind].page_template
                    for stem in real_project.cards.get(kind, {})}
    for path in html:
        body = real_pages[path].split("\n---\n", 1)[1]
        assert not re.search(r"^(#+ |- |\d+\. |\|)", body, re.M), path  # no Markdown left
        assert re.search(r"\]\(", body) is None, path


def test_the_table_of_contents_is_the_pages_headings(real_pages):
    tokens = toc_tokens(real_pages["events/pakistan-strikes-inside-iran.md"])
    assert [(t["level"], t["id"], t["name"]) for t in tokens] == [
        (2, "what-happened", "What happened"), (2, "references", "References"),
        (2, "history", "History")]
    source = toc_tokens(real_pages["sources/pakistan-iran-agree-to-deescalate.md"])
    assert [t["name"] for t in source] == ["Notes on this source", "Cited on this site",
                                          "The archived page", "History"]


def test_headings_nest_by_level_and_keep_markdowns_ids():
    html = "".join([str(heading("What the sources say")), "<p>x</p>",
                    str(heading("Roles")).replace("h2", "h3"), str(heading("History"))])
    tokens = toc_tokens(html)
    assert [t["id"] for t in tokens] == ["what-the-sources-say", "history"]
    assert [(c["level"], c["id"]) for c in tokens[0]["children"]] == [(3, "roles")]
    assert tokens[1]["children"] == []
