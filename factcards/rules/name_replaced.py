"""A capitalised word a statement puts where its passage prints another: "Alderbrook Parish
Council voted" for the passage's "Alderbrook Town Council voted", "the Liberal candidate" for
"the Labour candidate". Every word is printed somewhere, so the word aligner finds nothing
wrong; the phrase around the word is the passage's, and the word is not."""

from __future__ import annotations

from collections.abc import Iterator

from factcards.rules.context import CardFile, Finding, Lookup, statements
from factcards.rules.examples import event
from factcards.text.verbatim import normalise
from factcards.text.vocabulary import Vocabulary
from factcards.text.words import Word, words

ID = "name-replaced"
SCOPE = "valid"
SUMMARY = ("A capitalised word of a statement stands where one of its "
           "passages prints another capitalised word in the same phrase (words before and after "
           "it, or the three before it at a clause's end; two of them no function words, all in "
           "one clause) only where a passage prints the statement's word "
           "in that phrase too, or a word the project's settings make equivalent. A list in "
           "another order, or two words of one relation the other way round, replaces nothing; "
           "roles and labels say things in their own words and are not read so; two parties "
           "swapped are actor-swapped's and party-misattached's to say.")
FIX = "Write the word the passage prints in that phrase, or quote the passage that prints yours."
_VOTED = """\
  - text: Alderbrook {} Council voted to close the Mill Lane bridge.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "On Monday evening, Alderbrook Town Council voted to close the Mill Lane bridge"
      - source: council-votes-to-close-bridge
        quote: "Fernley Parish Council asked Alderbrook to keep one lane open for buses"
"""
EXAMPLES = (event("claims:\n", "claims:\n" + _VOTED.format("Town")),
            event("claims:\n", "claims:\n" + _VOTED.format("Parish")))
_ENDS = frozenset(".;:!?")
# Words around a replaced word that make its phrase: after it, before it, or both.
_SHAPES = ((-1, 1, 2), (-2, -1, 1), (-2, -1, 1, 2), (-3, -2, -1))
_LIST_GAP = 4  # words between two items of a list ("Parish Council and Alderbrook Town")
_BESIDE = 2  # words between two parties of one relation ("Fernley's war with Alderbrook")


def _same(a: Word, b: Word, vocab: Vocabulary) -> bool:
    return a.lower == b.lower or bool(vocab.keys(a.text) & vocab.keys(b.text))


def _shapes(mine: tuple[Word, ...], i: int) -> list[tuple[int, ...]]:
    """The offsets around `i` that make a phrase with words on both sides of it (a word the
    statement leaves out of the passage is no replacement), or, at a clause's end, before it:
    two of them no function words."""
    return [shape for shape in _SHAPES if all(0 <= i + k < len(mine) for k in shape)
            and sum(not mine[i + k].stop for k in shape) >= 2]


def _ends(text: str, tokens: tuple[Word, ...], i: int) -> bool:
    """Whether a clause ends with the word at `i`."""
    after = text[tokens[i].end:tokens[i + 1].start] if i + 1 < len(tokens) else "."
    return bool(_ENDS.intersection(after))


def _one_clause(text: str, tokens: tuple[Word, ...], lo: int, hi: int) -> bool:
    return not _ENDS.intersection(text[tokens[lo].end:tokens[hi].start])


def _gaps(text: str, tokens: tuple[Word, ...], lo: int, hi: int) -> list[str]:
    """The punctuation between the words lo..hi: "Council and" is not "Lane, and" (a list
    reordered, not a word replaced)."""
    return [text[tokens[k].end:tokens[k + 1].start].strip() for k in range(lo, hi)]


def _coordinated(theirs: tuple[Word, ...], j: int, word: Word, vocab: Vocabulary) -> bool:
    """Whether the passage prints the statement's word joined to its own by "and" or "or"
    ("the Parish Council and the Town Council"), or right beside it ("Fernley's talks with
    Alderbrook"): the statement has the two in another order."""
    for k, other in enumerate(theirs):
        if k != j and _same(word, other, vocab):
            between = theirs[min(j, k) + 1:max(j, k)]
            if len(between) <= _BESIDE or (len(between) <= _LIST_GAP
                                           and any(w.lower in ("and", "or") for w in between)):
                return True
    return False


def _swapped(mine: tuple[Word, ...], word: Word, other: Word, theirs: tuple[Word, ...],
             vocab: Vocabulary) -> bool:
    """Whether two parties trade places: the statement prints the passage's party where the
    passage prints the statement's ("Alderbrook asked Fernley" for "Fernley asked Alderbrook")."""
    if not (vocab.party(word.text) and vocab.party(other.text)):
        return False
    return any(_same(other, mine[k], vocab) and _same(word, theirs[m], vocab)
               and (k == m == 0 or (k and m and _same(mine[k - 1], theirs[m - 1], vocab)))
               for k in range(len(mine)) for m in range(len(theirs)))


def _replaced(text: str, mine: tuple[Word, ...], i: int, quotes: list[tuple[str, tuple[Word, ...]]],
              vocab: Vocabulary) -> tuple[Word, tuple[Word, ...], str] | None:
    """The word a passage prints in the statement word's phrase instead (with that passage's
    words and text), unless a passage prints the statement's own word in that phrase."""
    other = None
    for shape in _shapes(mine, i):
        lo, hi = shape[0], max(shape[-1], 0)
        last = shape[-1] < 0  # the phrase ends on the word: so must the passage's
        if not _one_clause(text, mine, i + lo, i + hi) or (last and not _ends(text, mine, i)):
            continue
        for quote, theirs in quotes:
            for j in range(-lo, len(theirs) - hi):
                if not all(_same(mine[i + k], theirs[j + k], vocab) for k in shape) \
                        or not _one_clause(quote, theirs, j + lo, j + hi) \
                        or (last and not _ends(quote, theirs, j)) \
                        or _gaps(text, mine, i + lo, i + hi) != _gaps(quote, theirs, j + lo, j + hi):
                    continue
                if _same(mine[i], theirs[j], vocab):
                    return None
                if theirs[j].text[:1].isupper() and not theirs[j].stop \
                        and not _coordinated(theirs, j, mine[i], vocab):
                    other = other or (theirs[j], theirs, quote)
    return other


def _named(look: Lookup, text: str, word: Word) -> set[str]:
    """The cards a name that holds the word stands for."""
    return {ref for a, b, ref in look.name_spans(text) if a <= word.start < b}


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    vocab = look.vocabulary
    for st in statements(cf):
        if not st.prose:
            continue  # a role or label says it in its own words ("Mayor of Fernley")
        text = normalise(st.text)
        mine = words(text)
        quotes = [(q, words(q)) for q in (normalise(ev.quote) for ev in st.evidence)]
        for i, word in enumerate(mine):
            if not word.text[:1].isupper() or word.stop:
                continue
            found = _replaced(text, mine, i, quotes, vocab)
            if found is None or _swapped(mine, word, found[0], found[1], vocab):
                continue  # two parties swapped: actor-swapped and party-misattached say so
            if _named(look, text, word) & _named(look, found[2], found[0]):
                continue  # two spellings one card lists ("Okafor", "Okafour")
            yield Finding(st.path, f"writes '{word.text}' where its passage prints "
                          f"'{found[0].text}' in the same phrase",
                          "write the word the passage prints, or quote the passage that "
                          "prints yours")
            break
