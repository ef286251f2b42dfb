"""A proposed source card as YAML an editor reads: every value quoted, and a comment beside each
one saying where it comes from or what to decide, and above each excluded line why it is furniture.
"""

from __future__ import annotations

import json
import re
import unicodedata

from factcards.edit.attest import Finding
from factcards.edit.propose import Proposal, card_data
from factcards.edit.scaffold import schema_comment
from factcards.kinds import SOURCES

_WORD = re.compile(r"[a-z0-9]+")
ID_WORDS = 6


def card_id(headline: str, fallback: str) -> str:
    """An id from the headline's first words, in plain lower-case letters."""
    plain = unicodedata.normalize("NFKD", headline).encode("ascii", "ignore").decode().lower()
    words = _WORD.findall(plain)[:ID_WORDS]
    return "-".join(words) or fallback


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's; YAML also breaks lines at these)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return quoted.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\x85")


def _comment(found: Finding) -> str:
    words = f"decide: {found.decide}" if found.decide else found.note
    return f"  # {' '.join(words.split())}" if words else ""


def _attested(key: str, found: Finding, value: object) -> list[str]:
    if isinstance(value, dict):
        return [f"{key}:{_comment(found)}", f"  value: {_q(value['value'])}",
                f"  quote: {_q(value['quote'])}"]
    return [f"{key}: {value if value == 'unknown' else _q(str(value))}{_comment(found)}"]


def card_yaml(proposal: Proposal, key: str, seed: str, origin: str, notes: list[str]) -> str:
    """The card's text; `origin` names the archived file it was proposed from."""
    data = card_data(proposal, key, seed)
    body = data["body"]
    assert isinstance(body, dict)
    out = [schema_comment(SOURCES).rstrip("\n"),
           f"# Proposed by 'python build_cards.py archive' from {origin}: read it against the page.",
           f"id: {key}", f"seed: {seed}",
           f"headline: {_q(str(data['headline']))}{_comment(proposal.headline)}"]
    for name, found in (("publisher", proposal.publisher), ("published", proposal.published),
                        ("url", proposal.url)):
        out += _attested(name, found, data[name])
    out += ["body:", f"  start: {_q(body['start'])}", f"  end: {_q(body['end'])}"]
    if proposal.body.exclude:
        out.append("  exclude:")
        for item, passage in zip(proposal.body.exclude, body["exclude"], strict=True):
            out += [f"    # line {item.line}: {item.reason}", f"    - {_q(passage)}"]
    if notes:
        out += ["notes:"] + [f"  - {_q(note)}" for note in notes]
    return "\n".join(out) + "\n"
