"""Generate a realistic synthetic project of any size: archived sources, their source cards, and
people, organisation and event cards quoting them — plus, if asked, a share of misattributed and
invented quotes, as a newsroom's mistakes would be.

    .venv/bin/python benchmarks/generate.py OUT --cards 10000 --sources 1000 [--bad 0.05]

The result is a complete project (mkdocs.yml, docs/, build_cards.py and the engine are linked in)
that `build_cards.py check` and `mkdocs build` run on unchanged. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FIRST = ["Amina", "Bilal", "Chen", "Dara", "Elif", "Farid", "Greta", "Hamid", "Ines", "Jonas",
         "Kamal", "Leila", "Marco", "Nadia", "Omar", "Priya", "Rashid", "Sara", "Tariq", "Yusuf"]
LAST = ["Ahmadi", "Baig", "Costa", "Durrani", "Eriksen", "Farooqi", "Ghani", "Haidari", "Iqbal",
        "Jafari", "Khan", "Lodhi", "Mirza", "Nasser", "Osmani", "Qureshi", "Rahimi", "Sadiq"]
PLACES = ["Quetta", "Gwadar", "Zahedan", "Turbat", "Chabahar", "Panjgur", "Mashkel", "Taftan"]
NOUNS = ["schools", "bridges", "clinics", "wells", "roads", "markets", "depots", "stations"]
VERBS = ["inspected", "repaired", "reopened", "surveyed", "funded", "visited"]
FURNITURE = "Related Articles\n\nPlease enter your comment!\n\nSubscribe to our newsletter\n"


def person(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}{i // 400 or ''}"


def sentence(rng: random.Random, who: str) -> tuple[str, dict]:
    fact = {"month": rng.randrange(12), "day": rng.randint(1, 28), "who": who,
            "n": rng.randint(2, 90), "noun": rng.choice(NOUNS), "verb": rng.choice(VERBS),
            "place": rng.choice(PLACES)}
    text = (f"On {MONTHS[fact['month']]} {fact['day']}, {who} said that {fact['n']} "
            f"{fact['noun']} were {fact['verb']} in {fact['place']}.")
    return text, fact


def generate(out: Path, cards: int, sources: int, bad: float, seed: int = 7) -> None:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    for folder in ("seeds", "cards/sources", "cards/people", "cards/events"):
        (out / folder).mkdir(parents=True)
    for name in ("factcards", "docs", "overrides", "schemas"):
        (out / name).symlink_to(ROOT / name)
    for name in ("mkdocs.yml", "build_cards.py"):
        shutil.copy2(ROOT / name, out / name)
    people = max(1, cards // 10)
    texts: list[list[tuple[str, dict]]] = []
    manifest = []
    for s in range(sources):
        body = [sentence(rng, person(rng.randrange(people))) for _ in range(24)]
        texts.append(body)
        raw = (f"Headline number {s}\n\nToday: 1 January 2030\n\n"
               + "\n\n".join(t for t, _ in body) + "\n\n" + FURNITURE).encode()
        name = f"{s:05d}_{hashlib.sha1(raw).hexdigest()[:16]}.txt"
        (out / "seeds" / name).write_bytes(raw)
        manifest.append(f"{hashlib.sha256(raw).hexdigest()}  {name}\n")
        (out / "cards/sources" / f"source-{s}.yaml").write_text(
            f"id: source-{s}\nseed: {name}\nheadline: \"Headline number {s}\"\n"
            f"publisher: unknown\npublished: unknown\nbody:\n  start: \"{body[0][0][:40]}\"\n"
            f"  end: \"{body[-1][0]}\"\n", encoding="utf-8")
    (out / "seeds/SHA256SUMS").write_text("".join(sorted(manifest, key=lambda x: x[66:])))
    for p in range(people):
        (out / "cards/people" / f"person-{p}.yaml").write_text(
            f"id: person-{p}\nname: {person(p)}\nspellings:\n  - {person(p)}\nroles:\n"
            f"  - role: Official\n    evidence:\n"
            + _first_quote(texts, person(p)), encoding="utf-8")
    index = {person(i): i for i in range(people)}
    for e in range(cards - people - sources):
        s = rng.randrange(sources)
        text, fact = rng.choice(texts[s])
        cited = s
        quote = text.split(", ", 1)[1].rstrip(".")
        claim = f"{fact['who']} said {fact['n']} {fact['noun']} were {fact['verb']} in {fact['place']}."
        roll = rng.random()
        if roll < bad / 2:
            cited = (s + 1) % sources  # misattributed: a real quote, the wrong source
        elif roll < bad:
            quote = quote.replace(fact["verb"], "demolished")  # invented: no source says so
        day = f"2024-{fact['month'] + 1:02d}-{fact['day']:02d}"
        who = index[fact["who"]]
        (out / "cards/events" / f"event-{e}.yaml").write_text(
            f"id: event-{e}\ntitle: \"Event {e}\"\ndate: \"{day}\"\npeople:\n  - person-{who}\n"
            f"claims:\n  - text: \"{claim}\"\n    evidence:\n      - source: source-{cited}\n"
            f"        quote: \"{text.split(',', 1)[0]}, {quote}\"\n", encoding="utf-8")


def _first_quote(texts: list, who: str) -> str:
    for s, body in enumerate(texts):
        for text, fact in body:
            if fact["who"] == who:
                return (f"      - source: source-{s}\n        quote: \"{text.split(', ', 1)[1][:60]}\"\n")
    return "      - source: source-0\n        quote: \"said that\"\n"


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
