"""The last line of defence: every generated page's HTML is sanitised before it is published.

Card text is already made inert by the templates; this catches a template (or an extension) that
one day forgets. Only the elements and attributes the site's own Markdown, tables, admonitions,
timeline SVG and archive pages use are kept; scripts, event handlers, styles and javascript:
links never survive.
"""

from __future__ import annotations

import nh3

TAGS = {
    "a", "abbr", "blockquote", "br", "code", "div", "em", "figure", "figcaption", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "li", "mark", "ol", "p", "pre", "span", "strong", "sub",
    "sup", "table", "tbody", "td", "th", "thead", "tr", "ul", "details", "summary",
    # references: a source's headline
    "cite", "caption",
    # the timeline graphic
    "svg", "g", "line", "circle", "text", "tspan", "title", "desc",
}
ATTRIBUTES = {
    "*": {"class", "id", "title", "aria-hidden", "aria-label", "aria-labelledby", "role",
          "data-search-exclude"},
    "a": {"href", "aria-haspopup"},
    "mark": {"data-q"},
    "svg": {"viewBox", "width", "height", "xmlns"},
    "line": {"x1", "y1", "x2", "y2"},
    "circle": {"cx", "cy", "r"},
    "text": {"x", "y"},
    "tspan": {"x", "dy"},
    "td": {"align", "data-label"},
    "th": {"align", "scope"},
}
SCHEMES = {"http", "https", "mailto"}


def clean(html: str) -> str:
    """Sanitise one page's content HTML (not the theme around it)."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES, link_rel=None,
                     strip_comments=True)
