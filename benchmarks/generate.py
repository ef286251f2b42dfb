"""Generate a realistic synthetic project of any size: archived sources grouped into stories, and
every card kind quoting them in the proportions and sizes of the real cards — plus, if asked, a
share of misattributed and invented quotes, as a newsroom's mistakes would be.

    .venv/bin/python benchmarks/generate.py OUT --cards 10000 --sources 1000 [--bad 0.05]

Like the real archive, each story is covered by about five sources that report the same facts in
different words, sometimes with different numbers or days (which the disagreement cards record),
and spell some names differently (which the people cards list). Source pages carry furniture
outside the article body and a "Read also" line inside it that the source card excludes.

The result is a complete project (mkdocs.yml, docs/, build_cards.py and the engine are linked in)
that `build_cards.py check` and `mkdocs build` run on unchanged, and that checks clean when no bad
quotes are asked for. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from factcards.load.retrievals import record_name, record_text  # noqa: E402

HEADER = "# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FIRST = ["Amina", "Bilal", "Chen", "Dara", "Elif", "Farid", "Greta", "Hamid", "Ines", "Jonas",
         "Kamal", "Leila", "Marco", "Nadia", "Omar", "Priya", "Rashid", "Sara", "Tariq", "Yusuf",
         "Anwar", "Bushra", "Carmen", "Daud", "Emre", "Fatima", "Gul", "Hassan", "Irfan", "Javed",
         "Karim", "Lina", "Mehdi", "Noor", "Orhan", "Parveen", "Qasim", "Rukhsana", "Sohail", "Zainab"]
VARIANTS = {"Yusuf": "Yousuf", "Omar": "Umar", "Farid": "Fareed", "Hamid": "Hameed",
            "Tariq": "Tarik", "Hassan": "Hasan", "Mehdi": "Mahdi", "Qasim": "Kasim"}
LAST = ["Ahmadi", "Baig", "Costa", "Durrani", "Eriksen", "Farooqi", "Ghani", "Haidari", "Iqbal",
        "Jafari", "Khan", "Lodhi", "Mirza", "Nasser", "Osmani", "Qureshi", "Rahimi", "Sadiq",
        "Tahir", "Usmani", "Wardak", "Yazdani", "Zaman", "Abbasi", "Bukhari", "Chaudhry", "Dehqan",
        "Ebrahimi", "Fazli", "Gilani", "Hashmi", "Ispahani", "Jamali", "Kazmi", "Lashari",
        "Mengal", "Niazi", "Panezai", "Rind", "Shirazi"]
PLACES = ["Quetta", "Gwadar", "Zahedan", "Turbat", "Chabahar", "Panjgur", "Mashkel", "Taftan",
          "Kharan", "Nushki", "Dalbandin", "Saravan", "Khash", "Iranshahr", "Pasni", "Ormara",
          "Jiwani", "Hub", "Lasbela", "Kalat", "Mastung", "Sibi", "Zhob", "Loralai", "Khuzdar",
          "Awaran", "Washuk", "Chagai", "Noshki", "Dera Bugti", "Kohlu", "Barkhan", "Musakhel",
          "Sherani", "Harnai", "Ziarat", "Pishin", "Chaman", "Killa Saifullah", "Jhal Magsi"]
BODIES = ["Water Board", "Port Authority", "Health Department", "Border Police", "Chamber of Commerce",
          "Teachers Union", "Relief Agency", "Farmers Association", "Transport Office", "Fisheries Guild",
          "Electricity Company", "Traders Council", "Bar Association", "Press Club", "Census Office",
          "Road Authority", "Mining Board", "Customs Office", "Housing Trust", "Red Crescent Branch"]
SIDES = ["", "North ", "South ", "East ", "West "]
ROLES = ["spokesperson", "director", "chair", "deputy head", "treasurer", "senior adviser"]
NOUNS = ["schools", "bridges", "clinics", "wells", "roads", "markets", "depots", "stations"]
VERBS = ["inspected", "repaired", "reopened", "surveyed", "funded", "visited"]
PURSUITS = ["has long argued over grazing rights on the road to", "has for years run the main depot in",
            "was set up to manage the water supply of", "represents most traders in",
            "keeps records of every crossing near", "opened a new office last year in"]
# How a source ends a fact's sentence, and how a claim says the same in the newsroom's words.
TAILS = [(", adding that the work would continue until the end of the year",
          ", and that the work would continue until the end of the year"),
         (", a figure the provincial government has not confirmed",
          "; the provincial government has not confirmed the figure"),
         (", as part of a programme announced in the spring", " under a programme announced in the spring"),
         (" after weeks of delays caused by the weather", " after weeks of weather delays"),
         (", most of them in the market area and the bus station", ", most of them in the market area")]
FILLER = ["Officials described the talks as constructive and said more meetings would follow.",
          "Residents said the weather had slowed the work in recent weeks.",
          "The provincial government did not respond to a request for comment.",
          "Both sides have exchanged letters on the matter since the spring.",
          "Local newspapers carried the statement on their front pages."]
FURNITURE = ("Related Articles\n\nFloods close the coastal highway\n\nMarkets rally on trade hopes\n\n"
             "Leave a Reply\n\nPlease enter your comment!\n\nPlease enter your name here\n\n"
             "The author is a staff correspondent.\n")


@dataclass
class Fact:
    """Something sources report: who said how many of what were done where, and on which day."""

    who: tuple[str, int]  # ("people" | "organizations", index)
    n: int
    noun: str
    verb: str
    place: str
    month: int
    day: int
    injured: bool
    tail: int
    tells: dict[int, tuple[int, int, str]] = field(default_factory=dict)  # source -> (n, day, sentence)


@dataclass
class Story:
    sources: list[int]
    people: list[int]
    orgs: list[int]
    places: list[str]
    facts: list[Fact] = field(default_factory=list)
    roles: dict[int, tuple[int, str, str]] = field(default_factory=dict)  # person -> (source, role, sentence)
    pursuits: dict[int, tuple[int, str, str]] = field(default_factory=dict)  # org -> (source, text, sentence)


def person(i: int) -> str:
    first, last = i % len(FIRST), (i // len(FIRST) + 3 * i) % len(LAST)
    return f"{FIRST[first]} {LAST[last]}" + (
        f" {i // (len(FIRST) * len(LAST)) + 1}" * (i >= len(FIRST) * len(LAST)))


def variant(i: int) -> str | None:
    first = FIRST[i % len(FIRST)]
    return person(i).replace(first, VARIANTS[first], 1) if first in VARIANTS else None


def org(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    body = BODIES[(i // len(PLACES)) % len(BODIES)]
    side = SIDES[(i // (len(PLACES) * len(BODIES))) % len(SIDES)]
    return f"{side}{place} {body}"


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Generator:
    def __init__(self, out: Path, cards: int, sources: int, bad: float, seed: int) -> None:
        self.out, self.bad = out, bad
        self.rng = random.Random(seed)
        self.sources = sources
        rest = max(0, cards - sources - 1)
        # The real cards' proportions (of 35 non-source cards): 6 people, 10 organisations,
        # 8 events, 3 background, 7 disagreements; one overview for the home page.
        shares = {"people": 6, "organizations": 10, "events": 8, "background": 3, "disagreements": 7}
        counts = {kind: rest * share // 35 for kind, share in shares.items()}
        counts["events"] += rest - sum(counts.values())
        self.counts = counts
        self.stories: list[Story] = []
        self.written = 0

    def name(self, kind: str, index: int, story: Story) -> str:
        """A card's name: the usual spelling, if one of its story's sources prints it."""
        printed = {self.spelling(kind, index, s) for s in story.sources}
        usual = person(index) if kind == "people" else org(index)
        return usual if usual in printed else min(printed)

    def spelling(self, kind: str, index: int, source: int) -> str:
        """How `source` spells a name: every other source uses a name's variant, if it has one."""
        if kind == "organizations":
            return org(index)
        other = variant(index)
        return other if other and source % 2 else person(index)

    # --- stories and their sources -------------------------------------------------------------
    def plan(self) -> None:
        stories = max(1, self.sources // 5)
        per = [list(range(s, self.sources, stories)) for s in range(stories)]
        people = self._split(self.counts["people"], stories)
        orgs = self._split(self.counts["organizations"], stories)
        facts = [max(e, d, 4) + 2 for e, d in zip(self._split(self.counts["events"], stories),
                                                  self._split(self.counts["disagreements"], stories),
                                                  strict=True)]
        next_person = next_org = 0
        for s in range(stories):
            story = Story(per[s], list(range(next_person, next_person + max(1, people[s]))),
                          list(range(next_org, next_org + max(1, orgs[s]))),
                          self.rng.sample(PLACES, 3))
            next_person += len(story.people)
            next_org += len(story.orgs)
            self._facts(story, facts[s])
            self.stories.append(story)

    @staticmethod
    def _split(total: int, parts: int) -> list[int]:
        return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]

    def _facts(self, story: Story, count: int) -> None:
        rng, srcs = self.rng, story.sources
        for i, p in enumerate(story.people):
            source = srcs[i % len(srcs)]
            role = f"{rng.choice(ROLES)} of the {org(story.orgs[i % len(story.orgs)])}"
            name = self.spelling("people", p, source)
            story.roles[p] = (source, role, f"{name}, the {role}, spoke to reporters in "
                                            f"{rng.choice(story.places)}.")
        for i, o in enumerate(story.orgs):
            pursuit = f"{rng.choice(PURSUITS)} {rng.choice(story.places)}"
            story.pursuits[o] = (srcs[i % len(srcs)], pursuit, f"The {org(o)} {pursuit}.")
        for i in range(count):
            who = ("organizations", story.orgs[i % len(story.orgs)]) if i % 3 == 2 else \
                ("people", story.people[i % len(story.people)])
            fact = Fact(who, rng.randint(2, 90), rng.choice(NOUNS), rng.choice(VERBS),
                        rng.choice(story.places), rng.randrange(12), rng.randint(1, 27), i % 4 == 3,
                        4 if i % 4 == 3 else rng.randrange(4))
            tellers = [srcs[(i + k) % len(srcs)] for k in range(min(len(srcs), 2 + i % 2))]
            for k, source in enumerate(tellers):
                n, day = fact.n, fact.day
                if k == 1 and i % 2 == 0:  # a second source disagrees on the count or the day
                    n, day = (n + 3, day) if i % 4 == 0 else (n, day + 1)
                fact.tells[source] = (n, day, self._tell(fact, source, n, day, k))
            story.facts.append(fact)

    def _tell(self, fact: Fact, source: int, n: int, day: int, form: int) -> str:
        who = self.spelling(*fact.who, source)
        who = f"the {who}" if fact.who[0] == "organizations" else who
        when, tail = f"{MONTHS[fact.month]} {day}", TAILS[fact.tail][0]
        if fact.injured:
            return f"{who[0].upper()}{who[1:]} reported that at least {n} people were injured in " \
                   f"{fact.place} on {when}{tail}."
        return [f"On {when}, {who} said that {n} {fact.noun} were {fact.verb} in {fact.place}{tail}.",
                f"{who[0].upper()}{who[1:]} said on {when} that {n} {fact.noun} had been {fact.verb} "
                f"in {fact.place}{tail}.",
                f"According to {who}, {n} {fact.noun} in {fact.place} were {fact.verb} on {when}{tail}."
                ][form % 3]

    def write_sources(self) -> None:
        manifest = []
        for story in self.stories:
            for source in story.sources:
                sentences = [f for f in story.facts if source in f.tells]
                lines = [t[2] for f in sentences for t in [f.tells[source]]]
                lines += [r[2] for r in story.roles.values() if r[0] == source]
                lines += [p[2] for p in story.pursuits.values() if p[0] == source]
                self.rng.shuffle(lines)
                lines += self.rng.sample(FILLER, 2)
                paragraphs, i = [], 0
                while i < len(lines):
                    take = self.rng.randint(1, 2)
                    paragraphs.append(" ".join(lines[i:i + take]))
                    i += take
                paragraphs.insert(len(paragraphs) // 2, "Read also: the week in the province")
                headline = f"Officials report progress in {story.places[0]}, story {source}"
                dated = source % 2 == 0
                header = f"The {story.places[1]} Courier\n\n{headline}\n\n" + (
                    f"Published 3 {MONTHS[source % 12]} 2024\n\n" if dated else "")
                raw = (header + "\n\n".join(paragraphs) + "\n\n" + FURNITURE).encode()
                name = f"{source:05d}_{hashlib.sha1(raw).hexdigest()[:16]}.txt"
                (self.out / "seeds" / name).write_bytes(raw)
                manifest.append(f"{hashlib.sha256(raw).hexdigest()}  {name}\n")
                url = f"https://example.org/{story.places[1].lower().replace(' ', '-')}/{source}"
                record = record_text(name, url, None).encode()  # as `archive --url` keeps it
                (self.out / "seeds" / record_name(name)).write_bytes(record)
                manifest.append(f"{hashlib.sha256(record).hexdigest()}  {record_name(name)}\n")
                published = (f"published:\n  value: \"2024-{source % 12 + 1:02d}-03\"\n"
                             f"  quote: \"Published 3 {MONTHS[source % 12]} 2024\"\n"
                             if dated else "published: unknown\n")
                self._card("sources", f"source-{source}",
                           f"seed: {name}\nheadline: {_q(headline)}\npublisher:\n"
                           f"  value: The {story.places[1]} Courier\n"
                           f"  quote: \"The {story.places[1]} Courier\"\n{published}"
                           f"url: {url}\nbody:\n  start: {_q(paragraphs[0][:60])}\n"
                           f"  end: {_q(paragraphs[-1][-50:])}\n  exclude:\n"
                           "    - \"Read also: the week in the province\"\n")
        (self.out / "seeds/SHA256SUMS").write_text("".join(sorted(manifest, key=lambda x: x[66:])))

    # --- cards -----------------------------------------------------------------------------------
    def _card(self, kind: str, key: str, body: str) -> None:
        (self.out / "cards" / kind / f"{key}.yaml").write_text(
            HEADER.format(kind=kind) + f"id: {key}\n" + body, encoding="utf-8")
        self.written += 1

    def _evidence(self, source: int, quote: str, indent: str = "      ") -> str:
        """One evidence item; a share of them misattributed or invented, if asked."""
        roll = self.rng.random()
        if roll < self.bad / 2:
            source = source + 1 if source + 1 < self.sources else 0  # a real quote, the wrong source
        elif roll < self.bad:
            quote = quote.replace(" said", " denied", 1) if " said" in quote else "No such words " + quote
        return f"{indent}- source: source-{source}\n{indent}  quote: {_q(quote)}\n"

    def write_entities(self, story: Story) -> None:
        for p in story.people:
            source, role, sentence = story.roles[p]
            spellings = {self.spelling("people", p, s) for s in story.sources}
            said = [f for f in story.facts if f.who == ("people", p)]
            evidence = self._evidence(source, sentence.split(", spoke")[0])
            for fact in said[:2]:
                teller, (_, _, text) = next(iter(fact.tells.items()))
                evidence += self._evidence(teller, text.rstrip("."))
            self._card("people", f"person-{p}",
                       f"name: {self.name('people', p, story)}\nspellings:\n"
                       + "".join(f"  - {s}\n" for s in sorted(spellings))
                       + f"roles:\n  - role: {role[0].upper()}{role[1:]}\n    evidence:\n"
                       + evidence.replace("      ", "      ", 1))
        for o in story.orgs:
            source, pursuit, sentence = story.pursuits[o]
            evidence = self._evidence(source, sentence.rstrip("."))
            for fact in [f for f in story.facts if f.who == ("organizations", o)][:2]:
                teller, (_, _, text) = next(iter(fact.tells.items()))
                evidence += self._evidence(teller, text.rstrip("."))
            staff = [(p, r) for p, r in story.roles.items() if r[1].endswith(f"of the {org(o)}")]
            more = "".join(f"  - role: {self.spelling('people', p, r[0])} is its {r[1].split(' of the ')[0]}"
                           "\n    evidence:\n" + self._evidence(r[0], r[2].split(", spoke")[0])
                           for p, r in staff[:2])
            self._card("organizations", f"org-{o}",
                       f"name: {org(o)}\nspellings:\n  - {org(o)}\nroles:\n"
                       f"  - role: {pursuit[:1].upper()}{pursuit[1:]}\n    evidence:\n" + evidence + more)

    def _claim(self, fact: Fact, indent: str = "  ") -> tuple[str, set[tuple[str, int]]]:
        """A claim in the newsroom's words, with every source that tells the fact the same way."""
        teller, (n, day, _) = next(iter(fact.tells.items()))
        who = self.spelling(*fact.who, teller)  # as the first source that tells it spells it
        who = f"The {who}" if fact.who[0] == "organizations" else who
        tail = TAILS[fact.tail][1]
        text = (f"{who} reported that at least {n} people were injured in {fact.place}{tail}."
                if fact.injured else f"{who} said {n} {fact.noun} were {fact.verb} in {fact.place}{tail}.")
        evidence = "".join(self._evidence(s, t[2].rstrip("."), indent + "    ")
                           for s, t in fact.tells.items() if (t[0], t[1]) == (n, day))
        return f"{indent}- text: {_q(text)}\n{indent}  evidence:\n{evidence}", {fact.who}

    def write_stories(self, story: Story, events: int, background: int, disagreements: int) -> None:
        facts = story.facts
        for e in range(events):
            chosen = [facts[(e + k) % len(facts)] for k in range(3 + e % 4)]
            claims, named = "", set()
            for fact in chosen:
                text, who = self._claim(fact)
                claims += text
                named |= who
            first = chosen[0]
            _, (_, day, _) = next(iter(first.tells.items()))
            self._card("events", f"event-{story.sources[0]}-{e}",
                       f"title: {self._headline(first)}\n"
                       f"date: \"2024-{first.month + 1:02d}-{day:02d}\"\n"
                       + self._listed(named) + f"claims:\n{claims}")
        for b in range(background):
            orgs = list(dict.fromkeys(story.orgs[(b + k) % len(story.orgs)] for k in range(3)))
            people = list(dict.fromkeys(story.people[(b + k) % len(story.people)] for k in range(2)))
            claims = ""
            for o in orgs:
                source, pursuit, sentence = story.pursuits[o]
                claims += (f"  - text: {_q(f'The {org(o)} {pursuit}.')}\n    evidence:\n"
                           + self._evidence(source, sentence.rstrip(".")))
            for p in people:
                source, role, sentence = story.roles[p]
                said = f"{self.spelling('people', p, source)} is the {role}."
                claims += (f"  - text: {_q(said)}\n"
                           "    evidence:\n"
                           + self._evidence(source, sentence.split(", spoke")[0]))
            self._card("background", f"background-{story.sources[0]}-{b}",
                       f"title: Who is who at the {org(orgs[0])}\n"
                       + self._listed({("organizations", o) for o in orgs}
                                      | {("people", p) for p in people}) + f"claims:\n{claims}")
        disputed = [f for i, f in enumerate(facts) if i % 2 == 0 and len(f.tells) > 1]
        for d in range(disagreements if disputed else 0):
            fact = disputed[d % len(disputed)]
            by_count = len({t[0] for t in fact.tells.values()}) > 1
            accounts = ""
            for source, (n, day, text) in list(fact.tells.items())[:2]:
                value = str(n) if by_count else f"2024-{fact.month + 1:02d}-{day:02d}"
                says = f"{n} {'people' if fact.injured else fact.noun}" if by_count else \
                    f"{day} {MONTHS[fact.month]}"
                accounts += (f"  - says: {says}\n    value: \"{value}\"\n    evidence:\n"
                             + self._evidence(source, text.rstrip("."), "      "))
            done = "people were injured" if fact.injured else f"{fact.noun} were {fact.verb}"
            title = f"How many {done} in {fact.place}?" if by_count else \
                f"On which day were {fact.noun} {fact.verb} in {fact.place}?"
            at = facts.index(fact)
            refs = f"events:\n  - event-{story.sources[0]}-{at}\n" if at < events else ""
            self._card("disagreements", f"disagreement-{story.sources[0]}-{d}",
                       f"title: {_q(title)}\nsubject: {'count' if by_count else 'date'}\n"
                       f"{refs}accounts:\n{accounts}")

    @staticmethod
    def _headline(fact: Fact) -> str:
        """An event's title, in the words of its first claim."""
        return f"People injured in {fact.place}" if fact.injured else \
            f"{fact.noun.capitalize()} {fact.verb} in {fact.place}"

    @staticmethod
    def _listed(named: set[tuple[str, int]]) -> str:
        text = ""
        for kind, prefix in (("people", "person"), ("organizations", "org")):
            keys = sorted(i for k, i in named if k == kind)
            if keys:
                text += f"{kind}:\n" + "".join(f"  - {prefix}-{i}\n" for i in keys)
        return text

    def write_overview(self) -> None:
        story = self.stories[0]
        summary = "".join(self._claim(f)[0] for f in story.facts[:3])
        fact = next((f for f in story.facts if f.injured), story.facts[0])
        source, (n, _, text) = next(iter(fact.tells.items()))
        key = f"{'org' if fact.who[0] == 'organizations' else 'person'}-{fact.who[1]}"
        label = "Injured" if fact.injured else f"{fact.noun.capitalize()} {fact.verb}"
        self._card("overview", "home",
                   f"title: {self._headline(story.facts[0])}\nsummary:\n{summary}figures:\n"
                   f"  - label: {label} in {fact.place}\n    value: "
                   f"\"{'at least ' if fact.injured else ''}{n}\"\n    reported_by: {key}\n"
                   "    evidence:\n" + self._evidence(source, text.rstrip("."), "      "))

    def run(self) -> None:
        self.plan()
        self.write_sources()
        stories = len(self.stories)
        split = {kind: self._split(self.counts[kind], stories)
                 for kind in ("events", "background", "disagreements")}
        for s, story in enumerate(self.stories):
            self.write_entities(story)
            self.write_stories(story, split["events"][s], split["background"][s],
                               split["disagreements"][s])
        self.write_overview()


def generate(out: Path, cards: int, sources: int, bad: float, seed: int = 7) -> None:
    if out.exists():
        shutil.rmtree(out)
    for folder in ("seeds/retrieved", *(f"cards/{kind}" for kind in (
            "sources", "people", "organizations", "events", "background", "disagreements", "overview"))):
        (out / folder).mkdir(parents=True)
    for name in ("factcards", "docs", "overrides", "schemas"):
        (out / name).symlink_to(ROOT / name)
    for name in ("mkdocs.yml", "build_cards.py", "project.yml"):
        shutil.copy2(ROOT / name, out / name)
    Generator(out, cards, sources, bad, seed).run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=1_000)
    parser.add_argument("--bad", type=float, default=0.0, help="share of bad quotes (0 to 1)")
    args = parser.parse_args()
    generate(args.out, args.cards, args.sources, args.bad)
    print(f"wrote {args.cards} cards and {args.sources} sources to {args.out}")


if __name__ == "__main__":
    main()
