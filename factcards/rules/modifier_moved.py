"""A describing word keeps the thing its passage gives it to: "four non-resident children" where
the passage has "four children ... and two men who were non-resident", or "Fernley children" for
a count the passage gives no town. Both words are printed, so the word aligner finds nothing
wrong; the passage never puts the one before the other."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import event
from factcards.text.verbatim import normalise
from factcards.text.words import Word, can_be_adjective, can_be_noun, can_be_verb, words

ID = "modifier-moved"
SCOPE = "valid"
SUMMARY = ("A word that describes the thing after it ('non-resident children', 'Fernley "
           "residents') describes it in one of the statement's passages too (up to three words "
           "before it in one phrase, or after it in 'who were ...' or 'of ...') wherever the passages print "
           "the thing bare and give the describing word to something else. An owner "
           "('Okafor's'), a verb, and a phrase the settings list ('town council') are not read so.")
FIX = "Describe the thing as its passage does, or quote the passage that describes it so."
_SAID = """\
  - text: Tom Haldane said the cracks were not dangerous to {}pedestrians.
    evidence:
      - source: council-votes-to-close-bridge
        quote: >-
          Alderbrook's chief engineer, Tom Haldane, said the cracks were not dangerous to
          pedestrians
"""
EXAMPLES = (event("claims:\n", "claims:\n" + _SAID.format("")),
            event("claims:\n", "claims:\n" + _SAID.format("chief ")))
_WINDOW = 3  # words a describing word may stand before its thing ("non-resident women and children")
_BREAK = frozenset(",.;:()")
_RELATIVE = frozenset({"who", "which", "that"})
_OF = frozenset({"of", "from", "in"})


def _describing(word: Word) -> bool:
    """A word that can describe a thing: an adjective, a word made from a name ("Fernley"),
    or one with a prefix ("non-resident")."""
    return word.text[:1].isupper() or "-" in word.text or can_be_adjective(word.text)


def _before(text: str, tokens: tuple[Word, ...], j: int) -> list[Word]:
    """The words of the phrase right before token `j`, at most `_WINDOW` of them."""
    out: list[Word] = []
    for k in range(j - 1, max(-1, j - 1 - _WINDOW), -1):
        if _BREAK.intersection(text[tokens[k].end:tokens[k + 1].start]):
            break
        out.append(tokens[k])
    return out


def _after(text: str, tokens: tuple[Word, ...], j: int) -> list[Word]:
    """The words that describe token `j` after it: "men who were non-resident", "residents of
    Fernley"."""
    if j + 2 >= len(tokens) or tokens[j + 1].lower not in _RELATIVE | _OF:
        return []
    return [t for t in tokens[j + 2:j + 2 + _WINDOW]
            if not _BREAK.intersection(text[tokens[j].end:t.start])]


def _moved(a: Word, b: Word, quotes: list[tuple[str, tuple[Word, ...]]], keys) -> bool:
    """Whether the passages print `b` without `a` before it anywhere, and `a` before something
    else."""
    mine_a, mine_b = keys(a.text), keys(b.text)
    bare = described = elsewhere = False
    for text, tokens in quotes:
        for j, w in enumerate(tokens):
            if keys(w.text) & mine_b:
                near = [*_before(text, tokens, j), *_after(text, tokens, j)]
                if any(keys(part) & mine_a for x in near
                       for part in (x.text, *x.text.split("-"))):  # "non-resident": "resident"
                    described = True
                else:
                    bare = True
            elif any(keys(part) & mine_a for part in (w.text, *w.text.split("-"))) \
                    and j + 1 < len(tokens) and can_be_noun(tokens[j + 1].text):
                elsewhere = True
    return bare and elsewhere and not described


def _goes_on(text: str, tokens: tuple[Word, ...], i: int) -> bool:
    """Whether the phrase goes on past the word at `i` to a noun it describes ("separatist
    group"): the thing described is the last word."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and not text[tokens[i].end:nxt.start].strip() and not nxt.stop \
        and can_be_noun(nxt.text) and can_be_adjective(tokens[i].text)


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    keys = look.vocabulary.keys
    for st in statements(cf):
        text = normalise(st.text)
        mine = words(text)
        quotes = [(q, words(q)) for q in (normalise(ev.quote) for ev in st.evidence)]
        phrases = look.vocabulary.phrase_spans(text)  # "foreign ministry": one thing, not two
        for n, (a, b) in enumerate(pairwise(mine)):
            if any(x <= a.start < y for x, y, *_ in phrases):
                continue
            if a.stop or b.stop or text[a.end:b.start].strip() or not _describing(a) \
                    or a.lower.endswith("'s") or not b.text[:1].islower() or not can_be_noun(b.text) \
                    or can_be_verb(b.text) or _goes_on(text, mine, n + 1):
                continue  # an owner ("Okafor's") is party-misattached's; a verb says who acts
            if _moved(a, b, quotes, keys):
                yield Finding(st.path, f"says '{a.text} {b.text}', but its passages give "
                              f"'{a.text}' to something else and print '{b.text}' without it",
                              "describe the thing as its passage does")
                break
        else:
            moved = next(((a, b, said) for a, b, said in _relative(text, mine)
                          if _moved(a, b, quotes, keys)), None)
            if moved is not None:
                a, b, said = moved
                yield Finding(st.path, f"says the {b.text} were '{said}', but its passages give "
                              f"'{a.text}' to something else and print '{b.text}' without it",
                              "describe the thing as its passage does")


def _relative(text: str, tokens: tuple[Word, ...]) -> list[tuple[Word, Word, str]]:
    """(describing word, thing, the words said of it) of each "things, who were (not) X" in a
    statement: the clause describes the thing right before "who"."""
    found = []
    for j in range(len(tokens) - 3):
        thing, rel, be = tokens[j], tokens[j + 1], tokens[j + 2]
        if rel.lower not in _RELATIVE or be.lower not in _BE or not thing.text[:1].islower() \
                or thing.stop or not can_be_noun(thing.text) \
                or _BREAK.intersection(text[thing.end:rel.start].replace(",", "")):
            continue
        rest = [w for w in tokens[j + 3:j + 5] if not w.negation]
        if rest and _describing(rest[0]) and not rest[0].stop:
            found.append((rest[0], thing, text[be.end:rest[0].end].strip()))
    return found


_BE = frozenset({"were", "was", "are", "is"})
