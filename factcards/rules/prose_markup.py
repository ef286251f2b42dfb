"""The newsroom's prose is plain text: HTML or Markdown in it would show as code, or worse."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.rules.prose import prose

ID = "prose-markup"
SCOPE = "card"
SUMMARY = ("Statements, titles, names, roles, labels and notes hold no HTML (tags, character "
           "references) and no Markdown (emphasis, links, code, headings, lists): the site shows "
           "prose exactly as typed, so markup would reach readers as stray symbols.")
FIX = "Write plain text; the site sets the type."
EXAMPLES = (GOOD_EVENT, event(TEXT, TEXT.replace("bridge", "**bridge**")))

MARKUP = [
    (re.compile(r"</?[A-Za-z][^<>]*>|<!--"), "an HTML tag"),
    (re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"), "an HTML character reference"),
    (re.compile(r"\[[^\]]*\]\([^)]*\)|!\[|\]\["), "a Markdown link"),
    (re.compile(r"(\*\*|__)\S.*?\1|(?<![\w*])\*\S[^*]*\*(?!\w)|(?<!\w)_\S[^_]*_(?!\w)"),
     "Markdown emphasis"),
    (re.compile(r"`"), "a Markdown code mark"),
    (re.compile(r"^\s{0,3}(?:#{1,6}\s|>|[-+*]\s|\d+[.)]\s)", re.MULTILINE), "a Markdown block mark"),
]


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for path, text in prose(cf.data):
        for pattern, what in MARKUP:
            found = pattern.search(text)
            if found:
                yield Finding(path, f"the text has {what}: '{found.group().strip()}'",
                              "write plain text; the site sets the type")
                break
