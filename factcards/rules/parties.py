"""Which parties a text names and who it says is speaking: the parties a statement credits
are held against those its passages credit, widened by whom each speaks for."""

from __future__ import annotations

import re
from functools import cached_property

from factcards.kinds import KINDS
from factcards.kinds.fields import Evidence
from factcards.rules.names import ARTICLE, CAPITALISED, Names
from factcards.text.align import passage_keys
from factcards.text.memo import per_instance
from factcards.text.speakers import markers, speakers
from factcards.text.verbatim import normalise
from factcards.text.words import forms, words

_OF = re.compile(r"\bof\s+(?:the\s+)?$")  # "Spokesperson of (the) Foreign Ministry"


class Parties(Names):
    """The parties part of a check's lookup (see `Names`)."""

    @per_instance
    def parties(self, text: str, statement: bool = True) -> list[tuple[int, int, str]]:
        """(start, end, party) of the parties a normalised text names: names (a name whose
        first word names a party group counts as that party: "Alderbrook Town Council" is
        Alderbrook) and words of party groups ("town")."""
        vocabulary = self.vocabulary
        spans = self.name_spans(text) if statement else [
            (at, at + len(spelling), f"{kind}/{key}") for at, spelling in self.names.find(text)
            for kind, key in self.owners[spelling]]
        found = []
        for a, b, key in spans:
            first = words(text[a:b])
            found.append((a, b, (vocabulary.party(first[0].text) if first else None) or key))
        for word in words(text):
            party = vocabulary.party(word.text)
            if party and not any(a <= word.start < b for a, b, _ in found):
                found.append((word.start, word.end, party))
        return sorted(found)

    def speaking(self, text: str, statement: bool = True, ev: Evidence | None = None
                 ) -> list[frozenset[str]]:
        """The parties a normalised text says are speaking (each by its party group and its
        card's id). With `ev`, the text is that quote's sentence, and its short names ("The
        Foreign Ministry") count as who they stand for."""
        return [keys for keys, _ in self.speaking_at(text, statement, ev)]

    @per_instance
    def speaking_at(self, text: str, statement: bool = True, ev: Evidence | None = None
                    ) -> list[tuple[frozenset[str], int]]:
        """Who `speaking` finds, each with where its attribution word stands."""
        spans = self.parties(text, False)  # "the Gazette news desk reported": the Gazette speaks
        ids = self.name_spans(text) if statement else [
            (at, at + len(sp), f"{k}/{i}") for at, sp in self.names.find(text) for k, i in self.owners[sp]]
        keyed = [(a, b, frozenset({key} | {i for x, y, i in ids if x == a})) for a, b, key in spans]
        meant = self.coreferents(ev) if ev is not None else frozenset()
        for match in CAPITALISED.finditer(text) if meant else ():
            phrase = ARTICLE.sub("", match.group())
            owners = {f"{k}/{i}" for k, i in meant if any(phrase in s for s in self.spellings[(k, i)])}
            if owners and not any(a <= match.start() < b for a, b, _ in keyed):
                keyed.append((match.start(), match.end(), frozenset(owners)))
        return speakers(text, sorted(keyed), self.attribution)

    @cached_property
    def hedges(self) -> frozenset[str]:
        """The forms of the words that make a passage less than a plain fact ("alleged")."""
        return frozenset().union(*(forms(w) for w in self.settings.hedges if " " not in w))

    def negating(self, word: str, text: str) -> bool:
        """Whether `word`, as `text` uses it, is one of the settings' negating verbs ("refused",
        "ruled" in "ruled out")."""
        mine = forms(word)
        for entry in self.settings.negating:
            head, *rest = entry.split()
            if mine & forms(head) and (not rest or re.search(
                    rf"\b{re.escape(word)}\s+{re.escape(' '.join(rest))}\b", text, re.IGNORECASE)):
                return True
        return False

    @cached_property
    def attribution(self) -> re.Pattern:
        return markers(self.settings.attribution)

    @cached_property
    def entity_parties(self) -> dict[str, frozenset[str]]:
        """"kind/id" -> the party groups its spellings begin with ("Alderbrook Town Council"
        belongs to Alderbrook)."""
        found: dict[str, set[str]] = {}
        for spelling, owners in self.owners.items():
            first = words(spelling)
            party = self.vocabulary.party(first[0].text) if first else None
            for kind, key in owners:
                found.setdefault(f"{kind}/{key}", set()).update({party} if party else set())
        return {key: frozenset(parties) for key, parties in found.items()}

    def widen(self, keys: frozenset[str]) -> frozenset[str]:
        """A speaker's keys with the parties its names, and the entities it speaks for, belong to."""
        keys = keys.union(*(self.affiliations.get(k, frozenset()) for k in keys))
        return keys.union(*(self.entity_parties.get(k, frozenset()) for k in keys))

    @per_instance
    def card_keys(self, kind: str, key: str) -> frozenset[str]:
        """What an entity's own card gives it to be called: the keys of its roles' and
        spellings' words ("Foreign Minister" for a person whose role is "Foreign Minister of
        Fernley")."""
        own = [*self.spellings.get((kind, key), []),
               *(role for k, i, role in self.shared.roles if (k, i) == (kind, key))]
        return passage_keys(normalise(" ".join(own)), self.vocabulary)

    @cached_property
    def affiliations(self) -> dict[str, frozenset[str]]:
        """"kind/id" -> the entities its roles name: a parish clerk "of Fernley Parish
        Council" speaks for that council."""
        found: dict[str, set[str]] = {}
        for kind, key, role in self.shared.roles:
            for at, spelling in self.names.find(role):
                if _OF.search(role[:at]) or role[at + len(spelling):].startswith(("'s", "’s")):
                    found.setdefault(f"{kind}/{key}", set()).update(
                        f"{k}/{i}" for k, i in self.owners[spelling] if (k, i) != (kind, key))
        return {key: frozenset(named) for key, named in found.items()}

    @cached_property
    def whole_parties(self) -> frozenset[str]:
        """The entities spelled with a party's own word ("Fernley" for its council): a
        statement crediting one credits the party, whoever speaks for it. A person is never
        one, whose surname may be a people's or a place's name."""
        return frozenset(f"{kind}/{key}" for spelling, owners in self.owners.items()
                         if " " not in spelling and self.vocabulary.party(spelling)
                         for kind, key in owners if KINDS[kind].whole_party)

    def same_speaker(self, stated: frozenset[str], given: frozenset[str]) -> bool:
        """Whether a passage's speaker (`given`) is the one a statement credits (`stated`): the
        same party, and where both are named entities, the same entity or one speaking for the
        other ("Fernley" is any of Fernley's speakers; its mayor is not its parish council, and
        what "Fernley" said is not its council's in particular)."""
        if not self.widen(stated) & self.widen(given):
            return False
        mine = {k for k in stated if "/" in k} - self.whole_parties
        theirs = {k for k in given if "/" in k} - self.whole_parties
        if not mine:
            return True
        if not theirs:  # the passage credits the party alone: none of its bodies in particular
            return False
        related = set(theirs).union(*(self.affiliations.get(k, frozenset()) for k in theirs))
        return bool(mine & related) or any(self.affiliations.get(k, frozenset()) & theirs for k in mine)

    def party_name(self, party: str) -> str:
        """How a message names a party: its group's first word, or its card's id."""
        if party.startswith("~"):
            return self.vocabulary.groups[int(party[1:])][0]
        return party.split("/", 1)[-1]
