"""A statement keeps its passage's hedge: "the alleged bases", "appeared to send", "it is thought
that" make a report less than a fact, and a statement that drops the hedge states as fact what
the source does not. A passage is read where it stands: a quote that starts just after "it is
thought that" is still under it. A hedge governs the words it attaches to, so the statement
keeps it in the clause that says those words. A plan ("would resume", "is set to visit"), a
request ("asked the council to reopen the road"), a possibility ("could close") or a thing under
way ("repairs are being made") is not an event done: a statement that says it happened says more
than its passage, whoever it credits. Saying whose account a hedged thing is means naming a
speaker: "one source says" credits the cited page, which says the thing only with its hedge."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcards.kinds.fields import Evidence
from factcards.rules.context import CardFile, Finding, Lookup, headline, statements
from factcards.text.hedging import Hedge, clause_of, governed, happened, is_hedge, keeps_plan, sentence_span
from factcards.text.unknowns import unknown_at
from factcards.text.verbatim import normalise
from factcards.text.words import DETERMINERS, Word, can_be_adjective, can_be_noun, can_be_verb, forms, words

ID = "hedge-dropped"
SCOPE = "valid"
SUMMARY = ("Where a passage hedges what a statement says ('alleged', 'appeared to', 'it is "
           "thought', 'scheduled to': the project's `hedges`, read in the quote's sentence, "
           "words before the quote included), the statement keeps a hedge in the same clause or "
           "says whose account it is ('according to the Council'; 'one source says' credits the "
           "cited page, which gives the words only with their hedge). Where the passage says a "
           "thing will, would or could happen ('would resume', 'is set to visit', 'could "
           "close'), that it was asked for ('asked the council to reopen') or that it is under "
           "way ('are being made'), the statement does not say it happened; nor does a role, "
           "a figure's label or a card's title, which may leave out a hedge but not tell a plan "
           "as done.")
FIX = "Keep the passage's hedge or plan where it stands, or say whose account it is."
EXAMPLE_KIND = "background"
_EXAMPLE = """\
id: example
title: Diversions through Fernley
claims:
  - text: Diversions through Fernley are expected to add twenty minutes to journeys.
    evidence:
      - source: council-votes-to-close-bridge
        quote: "Diversions through Fernley are expected to add twenty minutes to journeys."
"""
EXAMPLES = (_EXAMPLE, _EXAMPLE.replace("text: Diversions through Fernley are expected to add",
                                       "text: Diversions through Fernley add"))

Reading = list[tuple[Word, list[Hedge]]]


def reading(ev: Evidence, look: Lookup, hedges: tuple[str, ...]) -> Reading:
    """The quote's words, each with the hedges that govern it where the quote stands in its
    article (its sentence, words before the quote included); the hedges themselves are left
    out. Read once per check, as every card quoting the passage asks again."""
    return list(look.remember((ID, ev, hedges), lambda: tuple(_reading(ev, look, hedges))))


def _reading(ev: Evidence, look: Lookup, hedges: tuple[str, ...]) -> Reading:
    text = look.sources.get(ev.source)
    spans = text.locate(ev.quote) if text else None
    if not spans:
        sentence, offset, spans = normalise(ev.quote), 0, [(0, len(normalise(ev.quote)))]
    else:
        offset, end = sentence_span(text.body, spans)  # type: ignore[union-attr]
        sentence = text.body[offset:end]  # type: ignore[union-attr]
    found = governed(sentence, hedges)
    return [(w, found.get(i, [])) for i, w in enumerate(words(sentence))
            if any(a <= w.start + offset < b for a, b in spans) and not is_hedge(w, hedges)]


def _hedged_clauses(text: str, hedges: tuple[str, ...], signed: frozenset[str]) -> set[tuple[int, int]]:
    """The clauses of a statement that keep a hedge or a plan; a signed-off word is the
    newsroom's own and keeps no passage's hedge ("As expected")."""
    tokens = words(text)
    return {clause_of(text, w.start) for i, w in enumerate(tokens)
            if not w.forms & signed and (is_hedge(w, hedges) or keeps_plan(text, tokens, i))}


# The card format's own words for a cited page: "one source says" credits the page, which
# says a hedged thing only with its hedge, so it does not keep one.
_THE_PAGE = frozenset({"source", "sources", "article", "articles"})
_CREDITED = re.compile(r"^\s*(?:(?:the|a|an|one|another|our|both|two|this|that|each)\s+)*(\w+)", re.I)
_CREDITING = re.compile(r"(\w+)\s*(?:,[^,]*,\s*)?$")


def _credits_someone(text: str, look: Lookup) -> bool:
    """Whether a statement says whose account it is: an attribution whose speaker is not the
    cited page itself ("according to the Council", not "one source says")."""
    for match in look.attribution.finditer(text):
        if match.group().lower() == "according to":
            speaker = _CREDITED.match(text[match.end():])
        else:
            speaker = _CREDITING.search(text[max(match.start() - 60, 0):match.start()])
        if not speaker or speaker.group(1).lower() not in _THE_PAGE:
            return True
    return False


def _fault(word: Word, hedge: Hedge, text: str, kept: set[tuple[int, int]], look: Lookup,
           title: bool = False) -> bool:
    if clause_of(text, word.start) in kept or unknown_at(text, word.start):
        return False  # "the sources do not say whether the bodies were brought home"
    if hedge.modal:  # a title, role or label tells what happened in the present ("closes the road")
        return happened(word) or (title and _present(text, word))
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, word.start)), default=0)
    end = next((m.start() for m in _SENTENCE_END.finditer(text, word.end)), len(text))
    return not _credits_someone(text[start:end], look)  # whose account, in the word's sentence


def _present(text: str, word: Word) -> bool:
    """Whether a word is a verb in the present tense after its subject ("Fernley closes",
    "both councils vote"): not a noun after an article, owner or describing word ("the vote",
    "Estimated cost"), not an infinitive ("rally to bring"), not in a question; or one "and"
    joins to such a verb."""
    before = words(text[:word.start])[-1:]
    if not before or not word.text[:1].islower() or not can_be_verb(word.text) \
            or text.rstrip().endswith("?"):
        return False
    subject = before[0]
    if subject.lower == "and":  # "arrives in Alderbrook and meets the Mayor": one subject
        return any(_present(text, w) for w in words(text[:subject.start]))
    if subject.lower in _NOT_A_VERB_AFTER or text[:word.start].rstrip().endswith(("'s", "’s", "'", "’")):
        return False  # "the ambassadors' return": whose return
    if subject.stop or subject.lower.endswith("ed") or can_be_adjective(subject.text):
        return False  # "Estimated cost", "Expected return"
    return subject.text[:1].isupper() or can_be_noun(subject.text)


_NOT_A_VERB_AFTER = DETERMINERS | {"to", "upcoming", "planned"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def dropped(statement: str, evidence: list[Evidence], look: Lookup,
            signed_off: tuple[str, ...] = (), title: bool = False) -> tuple[Word, Hedge] | None:
    """The first word of a statement that drops the hedge its passages put on it, with that
    hedge. A word a passage also states plainly is the passage's fact. A `title` (a role, a
    label) is read for plans told as done only."""
    hedges = tuple(look.settings.hedges)
    text = normalise(statement)
    read = [pair for ev in evidence for pair in reading(ev, look, hedges)]
    under = [(w, hedge) for w, over in read for hedge in over]
    if not under:
        return None  # the passages hedge nothing, so nothing is dropped
    plain = frozenset().union(*(w.forms for w, over in read if not over))
    under += _phrases(evidence, under, look)
    kept = _hedged_clauses(text, hedges, frozenset().union(*(forms(w) for w in signed_off)))
    mine = words(text)
    return next(((w, hedge) for i, w in enumerate(mine) if not w.stop
                 and not (w.forms & plain and _plain_here(mine, i, read))
                 and not is_hedge(w, hedges) for source, hedge in under
                 if w.forms & source.forms and (hedge.modal or not title)  # a title may drop "alleged"
                 and _fault(w, hedge, text, kept, look, title)), None)


_NEAR = 6  # words either side of a word that say which of its uses a statement means


def _plain_here(mine: list[Word], i: int, read: Reading) -> bool:
    """Whether the statement's word `i`, which a passage states both plainly and as planned,
    means its plain use: the words after it (what it is done to), then those around it, are as
    much those of a plain use as those of a planned one ("was met by the clerk" is plain;
    "meets the Mayor" where only "her meeting with the Mayor" is planned is not)."""
    def content(tokens: list[Word], lo: int, hi: int) -> frozenset[str]:
        return frozenset().union(*(w.forms for w in tokens[max(lo, 0):hi] if not w.stop))
    after, near = content(mine, i + 1, i + _AFTER + 1), content(mine, i - _NEAR, i + _NEAR + 1)
    theirs = [w for w, _ in read]

    def shared(j: int) -> tuple[int, int]:
        return (len(content(theirs, j + 1, j + _AFTER + 1) & after),
                len(content(theirs, j - _NEAR, j + _NEAR + 1) & near - mine[i].forms))
    uses = [(any(h.modal for h in over), shared(j)) for j, (w, over) in enumerate(read)
            if w.forms & mine[i].forms]  # a plan, not an "alleged", is read so closely
    plain = max((n for planned, n in uses if not planned), default=(-1, -1))
    return plain >= max((n for planned, n in uses if planned), default=(-1, -1))


_AFTER = 4  # words after a word that say what it is done to


def _phrases(evidence: list[Evidence], under: list[tuple[Word, Hedge]],
             look: Lookup) -> list[tuple[Word, Hedge]]:
    """A hedged phrase the settings make equivalent to a word ("engage in" for "hold"), as that
    word: "scheduled to engage in talks" does not become "held talks"."""
    hedged = {w.lower: hedge for w, hedge in under}
    found = []
    for ev in evidence:
        quote = normalise(ev.quote)
        for a, b, key in look.vocabulary.phrase_spans(quote):
            inside = [w.lower for w in words(quote[a:b]) if not w.stop]
            if inside and all(w in hedged for w in inside):
                found += [(Word(form, 0, len(form), form, False, False), hedged[inside[0]])
                          for form in look.vocabulary.group(key) if " " not in form]
    return found


def check(cf: CardFile, look: Lookup) -> Iterator[Finding]:
    titled = {st.path for st in headline(cf)}
    for st in [*statements(cf), *headline(cf)]:
        present = st.path in titled or st.path[0] == "roles" or st.path[-1] == "label"
        found = dropped(st.text, st.evidence, look, st.signed_off, present) \
            if st.evidence else None
        if found is None or not (st.prose or found[1].modal):
            continue  # a role, label or title may leave out a hedge, not tell a plan as done
        word, hedge = found
        if hedge.modal:
            yield Finding(st.path, f"says '{word.text}' happened, where its passage only says "
                          f"{hedge.instead} ('{hedge.text}')", "keep the passage's plan, "
                          "request or possibility ('would', 'was set to', 'asked ... to', "
                          "'could'), or quote a passage that says it happened")
        else:
            yield Finding(st.path, f"states '{word.text}' as fact, which its passage hedges "
                          f"('{hedge.text}')", "keep the passage's hedge in the clause that "
                          "says it, or say whose account it is ('according to ...'; the cited "
                          "page's is not: it hedges)")
