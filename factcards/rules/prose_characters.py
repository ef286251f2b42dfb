"""The newsroom's prose is written in plain letters: nothing that hides, overlays or imitates
a letter, so what the checker reads is what the reader sees."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup
from factcards.rules.examples import GOOD_EVENT, TEXT, event
from factcards.rules.prose import shown

ID = "prose-characters"
SCOPE = "card"
SUMMARY = ("Statements, titles, names, roles, labels, values and notes are in composed, plain "
           "letters: no invisible characters (format characters such as tags, private-use or "
           "unassigned ones), no "
           "decomposed accents (Unicode NFC), no compatibility forms such as full-width letters "
           "(NFKC; the ellipsis, no-break spaces and the no-break hyphen are ordinary copy, read "
           "as their plain forms), no combining overlays such as strike-through, and no word "
           "whose letters are another script's look-alikes of Latin ones (Unicode's confusables "
           "data), which would hide a name from the checker.")
FIX = "Retype the word in plain letters."
EXAMPLES = (GOOD_EVENT, event(TEXT, TEXT.replace("Mill", "Ｍill")))

# Compatibility characters ordinary copy uses: the ellipsis, no-break and thin spaces, and the
# no-break hyphen (all read as their plain forms, as NFKC would: see `verbatim.normalise`).
_TYPOGRAPHY = frozenset("\u2026\u00a0\u2009\u202f\u2011")
# Format, private-use, unassigned and surrogate characters: nothing a reader sees, or a meaning
# only some readers give (tag characters can spell out hidden words).
_HIDDEN = frozenset({"Cf", "Co", "Cn", "Cs"})
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def problem(text: str) -> str | None:
    """What is wrong with the characters of a prose text, or None."""
    if unicodedata.normalize("NFC", text) != text:
        return "has decomposed accents (a letter and a separate combining mark)"
    for char in text:
        if unicodedata.category(char) in _HIDDEN and char not in _TYPOGRAPHY:
            return f"has the invisible character U+{ord(char):04X} ({unicodedata.name(char, 'unnamed')})"
        if unicodedata.combining(char) == 1:
            return f"has the overlay U+{ord(char):04X} ({unicodedata.name(char, '?')}) over a letter"
        if char not in _TYPOGRAPHY and unicodedata.normalize("NFKC", char) != char:
            return f"has the compatibility character '{char}' (U+{ord(char):04X}) for " \
                   f"'{unicodedata.normalize('NFKC', char)}'"
    for word in _WORD.findall(text):
        if not word.isascii() and _confusable(word):
            return f"has the word '{word}', whose letters imitate Latin ones"
    return None


def _confusable(word: str) -> bool:
    """Whether the word's letters imitate Latin ones. The confusables data loads on import (a
    fortieth of a second), so only for a word with a letter outside ASCII: typographic quotes
    and dashes alone are no reason to read it."""
    from confusable_homoglyphs import confusables

    return bool(confusables.is_confusable(word, preferred_aliases=["latin"]))


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    for path, text in shown(cf.data):
        if not text.isascii() and (found := problem(text)):
            yield Finding(path, f"the text {found}", "retype it in plain letters")
