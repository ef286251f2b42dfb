"""A proposed source card for a newly archived text: headline, publisher, date, address and body,
each from the page itself, and a list of what the editor must decide.

The proposal is checked the way `check` will check the card (the headline and every quote printed,
the body found, every article line citable) before it is written, so what the archive command
writes either checks clean or comes with the decisions that make it. Pure functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from factcards.edit.attest import Context, Finding, address, copyright_names, published, publisher
from factcards.edit.body import Body, citable_by_line, find_body, locate_blocks
from factcards.kinds.sources import SourceCard
from factcards.load.retrievals import record_name, record_text
from factcards.rules.engine import judge_page
from factcards.text import cues as f
from factcards.text.verbatim import find, normalise


@dataclass(frozen=True)
class Page:
    """An archived text and what its markup says (nothing, for a plain-text seed)."""

    text: str
    blocks: list[str] | None = None  # the extractor's article; None: the finder alone decides
    headings: list[str] = field(default_factory=list)
    title: str | None = None
    sitename: str | None = None
    published: dt.date | None = None
    canonical: str | None = None


@dataclass(frozen=True)
class Proposal:
    headline: Finding
    publisher: Finding
    published: Finding
    url: Finding
    body: Body
    decisions: list[str]


def _headline(page: Page, context: Context) -> Finding:
    """The page's main heading (the one its markup names, else the last above the article);
    without one, the markup's title if printed; for plain text, the longest heading above the
    article."""
    text = normalise(page.text)
    printed = [h for h in page.headings if find(text, h) is not None]
    if printed:
        title = normalise(page.title or "").strip()
        named = [h for h in printed if normalise(h).strip() == title]
        above = [h for h in printed if normalise(h).strip() in context.plain[:context.first - 1]]
        return Finding((named or above[-1:] or printed)[0], note="the page's main heading")
    if page.title and find(text, page.title) is not None:
        return Finding(page.title, note="the page has no heading: this is the title its markup gives")
    heads = [context.lines[n - 1].strip() for n in range(1, context.first)
             if context.furniture.get(n) == f.ABOVE]
    if heads:
        return Finding(max(heads, key=len), note="the longest heading above the article")
    return Finding(decide="the page prints no headline: copy it exactly as printed")


def propose(page: Page, url: str | None = None, retrieved: dt.date | None = None) -> Proposal | None:
    """The proposal for a text seed, or None when it holds no article text."""
    article = None if page.blocks is None else locate_blocks(page.text, page.blocks)
    body = find_body(page.text, article)
    if body is None:
        return None
    context = Context.of(page.text, body.first, body.last, body.article, body.furniture)
    names = ([page.sitename] if page.sitename else []) + copyright_names(context)
    proposal = Proposal(_headline(page, context), publisher(context, names),
                        published(context, page.published, retrieved),
                        address(context, url, page.canonical), body, [])
    return replace(proposal, decisions=decisions(page.text, proposal))


def card_data(proposal: Proposal, card_id: str, seed: str) -> dict[str, object]:
    """The card as data: what the YAML says, without its comments."""
    def attested(found: Finding) -> object:
        if found.value is None:
            return "unknown"
        return found.value if found.quote is None else {"value": found.value, "quote": found.quote}

    body: dict[str, object] = {"start": proposal.body.start, "end": proposal.body.end}
    if proposal.body.exclude:
        body["exclude"] = [" ".join(item.text.split()) for item in proposal.body.exclude]
    return {"id": card_id, "seed": seed, "headline": proposal.headline.value or "",
            "publisher": attested(proposal.publisher), "published": attested(proposal.published),
            "url": attested(proposal.url), "body": body}


def decisions(text: str, proposal: Proposal) -> list[str]:
    """What the editor must decide: each field's open question, then anything `check` would
    report, then article lines an exclusion would hide."""
    found = [f"{key}: {item.decide}" for key, item in (
        ("headline", proposal.headline), ("publisher", proposal.publisher),
        ("published", proposal.published), ("url", proposal.url)) if item.decide]
    try:
        card = SourceCard.model_validate(card_data(proposal, "proposed", "proposed.txt"))
    except ValueError:
        return found  # an empty headline: already asked above
    seeds = {"proposed.txt": text}
    if proposal.url.value is not None and proposal.url.quote is None:  # archive records it
        seeds[record_name("proposed.txt")] = record_text("proposed.txt", proposal.url.value, None)
    source, findings = judge_page(card, text, seeds)
    found += [f"{'.'.join(map(str, f.path))}: {f.message}" for f in findings]
    lines = text.split("\n")
    if source is not None:
        citable = citable_by_line(source)
        found += [f"body.exclude: line {n} is article text, but an excluded passage hides words "
                  f"of it; shorten or remove that exclusion" for n in proposal.body.article
                  if citable.get(n) != normalise(lines[n - 1]).strip()]
    return found
