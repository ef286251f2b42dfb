"""What a reader sees when they ask how a statement rests on its sources: the statement again,
each word the checker aligned followed by the number of the passage it stands in, and the
words no passage says marked as the newsroom's own, with the editor who signed them off.

The alignment is the checker's own (`text.align`), so the page shows exactly what was checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup

from factcards.kinds.fields import Evidence, SignOff
from factcards.rules.context import Lookup
from factcards.site.escape import inert
from factcards.text.align import align
from factcards.text.verbatim import normalise

LEGEND = ("Each word followed by a number stands in that passage (itself, another form of it, "
          "or a word our settings treat as the same). Names, numbers, dates and negations are "
          "checked by rules of their own.")


def support_html(text: str, evidence: Sequence[Evidence], numbers: Sequence[int], look: Lookup,
                 signoff: SignOff | None = None) -> Markup:
    """The statement word by word with the passage each word rests on, inside a disclosure
    that is closed until the reader opens it (and works without JavaScript). The note names the
    words that are ours: italics alone are not read aloud."""
    plain = normalise(text)
    passages = [look.passage_keys(ev) for ev in evidence]
    aligned = align(plain, passages, look.vocabulary, look.name_spans(plain))
    out, at, own = [], 0, []
    for item in aligned:
        word = item.word
        out.append(inert(plain[at:word.start]))
        if item.passage is None:
            own.append(word.text)
            out.append(f'<em class="fc-own">{inert(word.text)}</em>')
        else:
            out.append(f'{inert(word.text)}<sup class="fc-at">{numbers[item.passage]}</sup>')
        at = word.end
    out.append(inert(plain[at:]))
    note = ""
    if own:
        who = f"approved by {inert(signoff.by)}" if signoff is not None else "not yet approved"
        named = ", ".join(f"“{inert(word)}”" for word in dict.fromkeys(own))
        note = (f'<p class="fc-support-own">Words in italics are our own, in no passage '
                f"({named}): {who}.</p>")
    return Markup(f'<details class="fc-support" data-search-exclude><summary>How this rests on '
                  f'its sources</summary><p class="fc-support-words">{"".join(out)}</p>'
                  f"<p>{LEGEND}</p>{note}</details>")
