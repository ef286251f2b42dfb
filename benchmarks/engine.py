"""Engine figures on the real project: `check` and `mkdocs build`, each against a baseline
measured in the same run on this machine.

    .venv/bin/python benchmarks/engine.py [--runs 7]

`check` is timed twice: judging every card (`--no-cache`), and again with the verdicts of the
last check remembered (nothing changed). Baselines: for `check`, a bare process that parses the
same card files with PyYAML's C loader and nothing else; for `mkdocs build`, a plain MkDocs site
with the same number of hand-written pages.
Medians of several runs; run by hand, never part of the tests.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSE_ONLY = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


def timed(command: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, capture_output=True,
                       env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plain_site(pages: int, into: Path) -> Path:
    """A MkDocs site of `pages` hand-written pages with the same theme, as a build baseline."""
    docs = into / "docs"
    docs.mkdir(parents=True)
    for i in range(pages):
        (docs / f"page-{i}.md").write_text(f"# Page {i}\n\nSome text with a [link](index.md).\n")
    (docs / "index.md").write_text("# Home\n")
    (into / "mkdocs.yml").write_text("site_name: baseline\ntheme:\n  name: material\n  font: false\n"
                                     "nav:\n  - index.md\nvalidation:\n  omitted_files: ignore\n")
    return into


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    py = sys.executable
    cards = len(list((ROOT / "cards").rglob("*.yaml")))
    cold = timed([py, "build_cards.py", "check", "--no-cache"], ROOT, runs)
    check = timed([py, "build_cards.py", "check"], ROOT, runs)  # after the first: remembered
    parse = timed([py, "-c", PARSE_ONLY, str(ROOT / "cards")], ROOT, runs)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build = timed([py, "-m", "mkdocs", "build", "-q", "-d", str(site)], ROOT, runs)
        pages = sum(1 for _ in site.rglob("index.html"))
        shutil.rmtree(site)
        base = plain_site(pages, Path(tmp) / "plain")
        plain = timed([py, "-m", "mkdocs", "build", "-q"], base, runs)
    print(f"machine: {sys.platform}, Python {sys.version.split()[0]}; {runs} runs, medians")
    print("| measurement | project | baseline | ratio |")
    print("| --- | --- | --- | --- |")
    print(f"| `check --no-cache`, {cards} cards vs C-loader parse | {cold:.3f} s | {parse:.3f} s "
          f"| {cold / parse:.2f}x |")
    print(f"| `check`, verdicts remembered | {check:.3f} s | {parse:.3f} s | {check / parse:.2f}x |")
    print(f"| `mkdocs build`, {pages} pages vs plain site | {build:.3f} s | {plain:.3f} s "
          f"| {build / plain:.2f}x |")


if __name__ == "__main__":
    main()
