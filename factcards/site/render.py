"""Turn cards into pages with Jinja. Pure: site data in, {page path: text} out.

The few overview pages (home, indexes, corrections) are Markdown. Each card's own page, thousands
of them in a newsroom's archive, is rendered straight to HTML (`is_html_page`): MkDocs publishes it
as it is (see `htmlpage`) instead of running Markdown over lists of links and quotes, which was
most of the build's time.

Every `{{ ... }}` in a template is made inert (see `escape.inert`) unless the template marks it
trusted, so no card text can become markup. Cards reach readers through index pages per kind, so
the site's navigation stays the same size however many cards there are.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator

from jinja2 import Environment, PackageLoader, StrictUndefined
from markdown.extensions.toc import slugify
from markupsafe import Markup

from factcards.kinds import KINDS, SOURCES
from factcards.kinds.fields import Evidence
from factcards.load.cardfile import CardFile
from factcards.site.escape import dumps, inert, meta_title
from factcards.site.passages import archive_html
from factcards.site.references import References
from factcards.site.sitedata import SiteData, label, page_url
from factcards.site.summary import sentence
from factcards.site.support import support_html
from factcards.site.timeline import Mark, timeline_svg

_BRACKETED = re.compile(r"\[([^\]]+)\]")


def is_html_page(path: str) -> bool:
    """Whether a page of `render_site` is HTML (a card's own page) rather than Markdown."""
    kind, _, name = path.partition("/")
    return kind in KINDS and KINDS[kind].page_template is not None and name != "index.md"


def heading(text: str) -> Markup:
    """A section heading of an HTML page, with the id and permanent link Markdown's table of
    contents would give it, so addresses of sections stay as they were."""
    key = slugify(text, "-")
    return Markup(f'<h2 id="{key}">{inert(text)}<a class="headerlink" href="#{key}" '
                  f'title="Permanent link">&para;</a></h2>')


def titles(kinds: tuple[str, ...]) -> str:
    """The kinds a reference may name, by their titles: "People", "People or Sources"."""
    return " or ".join(KINDS[kind].title for kind in kinds)


def long_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def _environment(site: SiteData, depth: int) -> Environment:
    """Templates for pages `depth` folders below the site's root, as published: the home page
    is at the root, "events/" one below, "events/x/" two.

    Links are HTML with the published address, not Markdown links to .md files: card pages
    never pass through Markdown (see `htmlpage`), so MkDocs cannot rewrite or validate them.
    The tests check every link of the built site lands on a page and an anchor that exist."""
    env = Environment(loader=PackageLoader("factcards.site", "templates"), autoescape=False,
                      finalize=inert, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    up = "../" * depth

    def link(kind: str, key: str, text: str | None = None) -> Markup:
        """A link to a card's page, or plain text when the card is not published."""
        cf = site.card(kind, key)
        shown = inert(text if text is not None else (label(cf) if cf else key))
        if cf is None:
            return Markup(shown)
        return Markup(f'<a href="{up}{page_url(kind, key)}">{shown}</a>')

    def cite(ev: Evidence) -> Markup:
        """The quote, linked to its highlighted passage, then the source it comes from."""
        cf = site.card(SOURCES, ev.source)
        quote = inert(ev.quote)
        key = site.passage(ev.source, ev.quote)
        if cf is None or key is None:
            return Markup(f"“{quote}” (not found in its source)")
        return Markup(f'<a href="{up}{page_url(SOURCES, ev.source)}#{key}">“{quote}”</a> — '
                      f"<em>{inert(label(cf))}</em>")

    def cite_number(ev: Evidence, number: int) -> Markup:
        """A numbered citation, for running text: the number links to the passage."""
        key = site.passage(ev.source, ev.quote)
        if key is None:
            return Markup(f"[{number}]")
        return Markup(f'<a href="{up}{page_url(SOURCES, ev.source)}#{key}">[{number}]</a>')

    def link_any(key: str, kinds: tuple[str, ...]) -> Markup:
        """A link to the card with this id among `kinds`, or the id as plain text."""
        found = site.find(key, kinds)
        return link(found[0], key) if found else Markup(inert(key))

    def timeline() -> Markup:
        """The timeline graphic of the cards of every dated kind (`Kind.date_field`)."""
        marks = [Mark(site.date_of(kind.name, cf.stem), label(cf),  # type: ignore[arg-type]
                      up + page_url(kind.name, cf.stem), tuple(site.other_dates.get(cf.stem, ())))
                 for kind in KINDS.values() if kind.date_field for cf in site.of_kind(kind.name)]
        return Markup(timeline_svg(marks)) if marks else Markup("")

    def index_md(kind: str) -> Markup:
        """The Markdown address of a kind's index page, for a link in a Markdown page."""
        return Markup(f"{up}{kind}/index.md")

    def home_links() -> Markup:
        """The home page's pointers to the index pages, in one sentence (`Kind.home_link`)."""
        links = [_BRACKETED.sub(lambda m, k=kind: f"[{m[1]}]({index_md(k.name)})", kind.home_link)
                 for kind in KINDS.values() if kind.home_link and kind.index_template]
        if not links:
            return Markup("")
        text = links[0] if len(links) == 1 else (
            ", ".join(links[:-1]) + ("," if len(links) > 2 else "") + " and " + links[-1])
        return Markup(text[0].upper() + text[1:] + ".")

    def archive(cf: CardFile) -> Markup:
        text = site.sources.get(cf.stem)
        if text is None:
            return Markup("")
        quotes = [quote for _, _, quote in site.cited_by.get(cf.stem, [])]
        return Markup(archive_html(cf.stem, text, quotes))

    def support(item: object, key: str) -> Markup:
        """How a statement rests on its passages, numbered as they are listed beside it."""
        evidence = getattr(item, "evidence", [])
        if site.look is None or not evidence:
            return Markup("")
        return support_html(getattr(item, key), evidence, range(1, len(evidence) + 1), site.look,
                            getattr(item, "signoff", None))

    env.globals.update(passage=site.passage, support=support, archive=archive, cite=cite,
                       heading=heading, root=up,
                       cite_number=cite_number, link=link, link_any=link_any, site=site,
                       timeline=timeline, label=label, KINDS=KINDS, SOURCES=SOURCES,
                       index_md=index_md, home_links=home_links, titles=titles,
                       disputing=[kind.name for kind in KINDS.values() if kind.disputes])
    env.filters.update(long_date=long_date, meta_title=meta_title)
    # Readers' additions: numbered references per page (see `references`).
    env.globals["references"] = lambda: References(site, up, long_date)
    env.filters["sentence"] = sentence  # a page's one-line summary, in its front matter
    return env


def render_site(site: SiteData) -> dict[str, str]:
    """Every generated page, keyed by its path under the docs folder."""
    return dict(rendered_pages(site))


def rendered_pages(site: SiteData) -> Iterator[tuple[str, str]]:
    """Each generated page with its path under the docs folder, one at a time, so a build can
    store each compactly as it comes instead of holding every page's text at once."""
    root, top, nested = (_environment(site, depth=depth) for depth in (0, 1, 2))
    home = next((kind for kind in KINDS.values() if kind.placement == "home"), None)
    yield "index.md", root.get_template("home.md.j2").render(
        cf=next(iter(site.of_kind(home.name)), None) if home else None,
        kind=home.name if home else None, declared=home)
    yield "corrections.md", top.get_template("corrections.md.j2").render(
        corrected=[cf for kind in sorted(site.cards) for cf in site.of_kind(kind)
                   if getattr(cf.card, "corrections", None)])
    for kind in KINDS.values():
        cards = site.of_kind(kind.name)
        if kind.index_template:  # until a kind has cards, its index page says how to add one
            index = kind.index_template if cards else "empty_index.md.j2"
            yield f"{kind.name}/index.md", top.get_template(index).render(
                title=kind.title, kind=kind.name, declared=kind, cards=cards)
        if kind.page_template:
            template = nested.get_template(kind.page_template)
            for cf in cards:
                page = template.render(cf=cf, card=cf.card, kind=kind.name, declared=kind)
                yield f"{kind.name}/{cf.stem}.md", _with_jsonld(page, _schema_org(cf))


def _schema_org(cf: CardFile) -> dict | None:
    """The schema.org description of a card's page, where its kind has one."""
    describe = KINDS[cf.kind].schema_org
    return {"@context": "https://schema.org", **describe(cf.card)} if describe else None


def _with_jsonld(page: str, document: dict | None) -> str:
    """Put a page's schema.org description in its front matter, for the theme to place in <head>."""
    if document is None:
        return page
    return page.replace("---\n", f"---\njsonld: {json.dumps(dumps(document).strip())}\n", 1)
