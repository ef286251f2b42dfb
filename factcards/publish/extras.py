"""Files published beside the pages for readers' tools: the Atom feed and the picture shown
when a page is shared. Written into the exports folder the hook hands MkDocs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcards.publish.feed import FEED, atom
from factcards.publish.social import IMAGE, social_image
from factcards.site.sitedata import SiteData


def write_extras(folder: Path, site: SiteData, added: dict[str, str], built: dt.date,
                 name: str, description: str, base: str) -> None:
    (folder / FEED).write_text(atom(site, added, built, name, base), encoding="utf-8")
    (folder / IMAGE).write_bytes(social_image(name, description))
