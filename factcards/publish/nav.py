"""The site's navigation with every kind's index page in it, whether or not the project's
`mkdocs.yml` lists it: a kind added to the engine shows up on the site without a second edit.

Pure: the navigation as `mkdocs.yml` gives it (nested lists and one-key mappings) in and out.
A kind goes into the section its declaration names (`Kind.nav`), made if missing, or else
after the last entry that holds another kind's index page.
"""

from __future__ import annotations

from typing import Any

from factcards.kinds import KINDS


def index_page(kind: str) -> str:
    return f"{kind}/index.md"


def pages_in(nav: Any) -> set[str]:
    """Every page path a navigation names, at any depth."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, list):
        return set().union(*(pages_in(item) for item in nav))
    if isinstance(nav, dict):
        return set().union(*(pages_in(value) for value in nav.values()))
    return set()


def with_kinds(nav: list | None) -> list | None:
    """`nav` with an entry for each kind's index page it lacks; None (every page) stays None."""
    if nav is None:
        return None
    out = list(nav)
    for kind in KINDS.values():
        page = index_page(kind.name)
        if kind.index_template is None or page in pages_in(out):
            continue
        entry = {kind.title: page}
        section = next((i for i, item in enumerate(out) if isinstance(item, dict)
                        and list(item) == [kind.nav] and isinstance(item[kind.nav], list)), None)
        if kind.nav and section is not None:
            out[section] = {kind.nav: [*out[section][kind.nav], entry]}
        else:
            out.insert(_after_kinds(out), {kind.nav: [entry]} if kind.nav else entry)
    return out


def _after_kinds(nav: list) -> int:
    """The place after the last top-level entry that holds a kind's index page."""
    kinds = {index_page(name) for name in KINDS}
    held = [i for i, item in enumerate(nav) if pages_in(item) & kinds]
    return held[-1] + 1 if held else len(nav)
