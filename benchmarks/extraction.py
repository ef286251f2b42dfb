"""How well the archive command separates article from furniture.

    .venv/bin/python benchmarks/extraction.py

For each saved page in tests/pages/ (article sentences and furniture lines recorded by hand in
expected.yaml), the share of article sentences a reader can still cite, and of furniture lines
they cannot, in the source card the archive command proposes; against trafilatura's article text
alone, cited as it comes. Then the same for the five real seeds archived as plain texts (the
furniture finder alone), against their furniture read by hand (tests/seed_furniture.yaml): every
other line of an editor's body is article. Nothing is written: proposals are made in memory. Run
by hand, never part of the tests.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcards.edit.archive import read_page  # noqa: E402
from factcards.edit.body import citable_by_line  # noqa: E402
from factcards.edit.propose import Page, Proposal, card_data, propose  # noqa: E402
from factcards.kinds.sources import SourceCard  # noqa: E402
from factcards.load.texts import body_of  # noqa: E402
from factcards.text.verbatim import NormalText, normalise  # noqa: E402

PAGES = ROOT / "tests" / "pages"
RETRIEVED = dt.date(2025, 4, 12)
WHOLE_LINE_BELOW = 30  # as in tests/test_archive.py: a short line counts only as a line of its own


def kept(sentence: str, lines: list[str]) -> bool:
    return any(normalise(sentence) in line for line in lines)


def dropped(furniture: str, lines: list[str]) -> bool:
    plain = normalise(furniture).strip()
    return plain not in lines and (len(plain) < WHOLE_LINE_BELOW or not kept(plain, lines))


def citable(proposal: Proposal | None, text: str) -> dict[int, str]:
    """What a reader may cite from a proposed card, by line."""
    assert proposal is not None
    card = SourceCard.model_validate(card_data(proposal, "measured", "measured.txt"))
    source = body_of(card, NormalText.of(text))
    assert source is not None
    return citable_by_line(source)


def measure(path: Path, expected: dict) -> tuple[list[str], list[str]]:
    """The citable lines of the proposed card, and trafilatura's article text."""
    page = read_page(path, path.read_bytes(), expected.get("url"), RETRIEVED)
    lines = list(citable(propose(page, expected.get("url"), RETRIEVED), page.text).values())
    return lines, [normalise(block).strip() for block in page.blocks or []]


def real_seeds() -> None:
    """Plain-text proposals for the real seeds: article lines of the editors' bodies kept, and
    furniture lines read by hand dropped."""
    known = yaml.safe_load((ROOT / "tests" / "seed_furniture.yaml").read_text(encoding="utf-8"))
    cards = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in (ROOT / "cards/sources").glob("*")]
    article = furniture = kept_lines = dropped_lines = 0
    for card in sorted(cards, key=lambda c: c["seed"]):
        text = (ROOT / "seeds" / card["seed"]).read_text(encoding="utf-8")
        lines = text.split("\n")
        editors = SourceCard.model_validate({**card, "id": "measured"})
        source = body_of(editors, NormalText.of(text))
        assert source is not None
        first, last = source.norm.line_of(source.body_start), source.norm.line_of(source.body_end - 1)
        proposed = citable(propose(Page(text)), text)
        ours = [n for n in range(first, last + 1) if lines[n - 1].strip() and n not in known[card["seed"]]]
        article += len(ours)
        kept_lines += sum(proposed.get(n) == normalise(lines[n - 1]).strip() for n in ours)
        furniture += len(known[card["seed"]])
        dropped_lines += sum(n not in proposed for n in known[card["seed"]])
    print(f"\nThe five real seeds archived as plain texts (the finder alone): article lines kept "
          f"{share(kept_lines, article)}, furniture lines dropped {share(dropped_lines, furniture)}")


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)"


def pages(folder: Path, title: str) -> None:
    """The table for one folder of saved pages and their expected.yaml."""
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    totals = {"archive": [0, 0], "trafilatura alone": [0, 0]}
    sentences = furniture = 0
    print(f"{title}\n{'page':26} {'article kept':>14} {'furniture dropped':>18}")
    for name, page in sorted(expected.items()):
        lines, extracted = measure(folder / name, page)
        for label, citable_now in (("archive", lines), ("trafilatura alone", extracted)):
            totals[label][0] += sum(kept(s, citable_now) for s in page["article"])
            totals[label][1] += sum(dropped(f, citable_now) for f in page["furniture"])
        lost = [s for s in page["article"] if not kept(s, lines)]
        left = [f for f in page["furniture"] if not dropped(f, lines)]
        sentences += len(page["article"])
        furniture += len(page["furniture"])
        print(f"{name:26} {len(page['article']) - len(lost):>8}/{len(page['article']):<5} "
              f"{len(page['furniture']) - len(left):>11}/{len(page['furniture'])}")
        for line in lost:
            print(f"    article sentence not citable: {line}")
        for line in left:
            print(f"    furniture still citable: {line}")
    print(f"over {len(expected)} pages, {sentences} article sentences and {furniture} furniture lines:")
    for label, (article, dropped_) in totals.items():
        print(f"  {label:18} article kept {share(article, sentences):>16}, "
              f"furniture dropped {share(dropped_, furniture):>16}")


def main() -> None:
    pages(PAGES, "The test pages (tests/pages), written with the code")
    pages(ROOT / "benchmarks" / "pages", "\nHeld-out pages (benchmarks/pages), written after it")
    real_seeds()


if __name__ == "__main__":
    main()
