"""A statement attributed to a party is one its passage attributes to that party."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.text.verbatim import normalise

ID = "attribution-not-supported"
SCOPE = "valid"
SUMMARY = ("Where a statement says who says something ('according to Iran', 'Pakistan said'), "
           "its passage gives it to the same party, as speaker: the party next to 'said', "
           "'claimed', 'according to' and the like in the quote's sentence. A passage the "
           "article states in its own voice supports no party's claim.")
FIX = "Credit the party the passage credits, or quote the passage in which they say it."
EXAMPLES = (GOOD_EVENT, event(TEXT, "  - text: Iran said Pakistan recalled its ambassador from Iran."))


def sentence(look: Lookup, ev: Evidence) -> str:
    """The sentence (or sentences) of the article a quote stands in."""
    text = look.sources.get(ev.source)
    spans = text.locate(ev.quote) if text else None
    if not spans:
        return normalise(ev.quote)
    body = text.body  # type: ignore[union-attr]
    start = max(body.rfind(". ", 0, spans[0][0]), body.rfind("\x00", 0, spans[0][0])) + 1
    end = spans[-1][1] - 1  # a quote that ends with its sentence's full stop ends there
    ends = [at for at in (body.find(". ", end), body.find("\x00", end)) if at != -1]
    return body[start:min(ends) + 1 if ends else len(body)].strip()


def _speakers(look: Lookup, ev: Evidence) -> list[frozenset[str]]:
    """Who the quote says is speaking; where the quote names nobody, who its sentence does
    ("..., according to the Ministry" just outside the quote)."""
    return (look.speaking(normalise(ev.quote), statement=False, ev=ev)
            or look.speaking(sentence(look, ev), statement=False, ev=ev))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for st in statements(cf):
        if not st.prose:
            continue
        claimed = look.speaking(normalise(st.text))
        if not claimed:
            continue
        given = [keys for ev in st.evidence for keys in _speakers(look, ev)]
        for keys in claimed:
            if not any(keys & theirs for theirs in given):
                name = look.party_name(min(keys))
                by = sorted({look.party_name(min(k)) for k in given})
                whose = f"to {', '.join(repr(b) for b in by)}" if by else "in the article's own voice"
                yield Finding(st.path, f"credits '{name}' as speaker, but its passages give it {whose}",
                              "credit the party the passage credits, or quote where they say it")
                break
