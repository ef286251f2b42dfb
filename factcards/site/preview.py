"""What `mkdocs serve` shows while cards are broken: a banner on every page, the card's own
problems on its page, and a page listing them all. Nothing here reaches a published site, which
is never built while a card has an error."""

from __future__ import annotations

from html import escape

from factcards.edit.report import summary
from factcards.problems import Problem
from factcards.site.sitedata import page_path

PROBLEMS_PAGE = "problems.md"


def page_of(card_path: str) -> str | None:
    """The page a card file is shown on, as a path under docs/."""
    parts = card_path.removeprefix("cards/").removesuffix(".yaml").split("/")
    if len(parts) != 2 or not card_path.startswith("cards/"):
        return None
    return page_path(*parts).partition("#")[0]


def _item(problem: Problem) -> str:
    field = f" <code>{escape(problem.field)}</code>" if problem.field else ""
    hint = f"<br><em>{escape(problem.hint)}</em>" if problem.hint else ""
    return (f"<li><code>{escape(problem.path)}:{problem.line}:{problem.column}</code> "
            f"{escape(problem.level)} <code>{escape(problem.rule)}</code>{field}: "
            f"{escape(problem.message)}{hint}</li>")


def banner(problems: list[Problem], page: str, cards: int, up: str) -> str:
    """The banner for one page: its own problems in full, the rest as a count and a link."""
    if not problems:
        return ""
    own = [p for p in problems if page_of(p.path) == page]
    items = "".join(_item(p) for p in own)
    return ('<div class="admonition failure fc-problems" role="alert">'
            f'<p class="admonition-title">Preview only: {escape(summary(problems, cards))}. '
            "This site would not be published.</p>"
            + (f"<p>Problems on this page:</p><ul>{items}</ul>" if own else "")
            + f'<p><a href="{up}problems/">See every problem</a></p></div>')


def problems_page(problems: list[Problem], cards: int) -> str:
    items = "".join(_item(p) for p in problems) or "<li>None: every card is valid.</li>"
    return ("---\ntitle: Problems\n---\n\n"
            f'<div class="fc-problem-list"><p>{escape(summary(problems, cards))}</p>'
            f"<ul>{items}</ul></div>\n")
