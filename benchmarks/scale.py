"""Scale figures, each a ratio against a baseline measured in the same run on this machine.

    .venv/bin/python benchmarks/scale.py [--cards 10000] [--sources 1000] [--runs 3] [--build]

- `check --no-cache` (every card judged) on N synthetic cards against a bare C-loader parse of
  the same files (target 1.5x), in wall time and in CPU time (the check shares its cards between
  two processes where it can);
- the same with 5% misattributed or invented quotes, which sends every bad quote looking through
  all sources (target 2x the parse);
- `check` again with the verdicts of the last check remembered: nothing changed, and one card
  changed (see `factcards/verdicts.py`);
- `check --no-cache PATH` of one card: every card read, that one judged;
- the check with its meaning rules left out: the floor under which no target can be met;
- peak memory of `check --no-cache` (target under 300 MiB);
- with --build, `mkdocs build` of the N-card site against a plain MkDocs build of as many
  hand-written pages (targets 5 ms and 100 KiB a page), and its peak memory (under 300 MiB);
- the live-preview rebuild after editing one card on the real site (target 1.5 s).

Benchmarks, not tests: nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
PARSE = ("import sys, yaml\nfrom pathlib import Path\n"
         "for p in sorted(Path(sys.argv[1]).rglob('*.yaml')):\n"
         "    yaml.load(p.read_bytes(), Loader=yaml.CSafeLoader)\n")
PEAK = ("import resource, runpy, sys\nsys.argv = ['build_cards.py', 'check', '--no-cache']\n"
        "try:\n    runpy.run_path('build_cards.py', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n")
# The same check with the meaning rules left out: reading, the schema, the card and evidence
# rules. What the meaning rules may cost within a target is the target less this.
FLOOR = ("import runpy, sys\nimport factcards.rules.engine as engine\nof_scope = engine.of_scope\n"
         "engine.of_scope = lambda scope: [] if scope == 'valid' else of_scope(scope)\n"
         "sys.argv = ['build_cards.py', 'check', '--no-cache']\n"
         "try:\n    runpy.run_path('build_cards.py', run_name='__main__')\n"
         "except SystemExit:\n    pass\n")
# A card changed (a comment added), then checked: only that card is judged again.
EDIT_AND_CHECK = ("import runpy, sys, time\nfrom pathlib import Path\ncard = Path(sys.argv[1])\n"
                  "card.write_text(card.read_text() + f'# edited {time.time()}\\n')\n"
                  "sys.argv = ['build_cards.py', 'check']\n"
                  "try:\n    runpy.run_path('build_cards.py', run_name='__main__')\n"
                  "except SystemExit:\n    pass\n")
BUILD_PEAK = ("import resource, runpy, sys\nsys.argv = ['mkdocs', 'build', '-q', '-d', sys.argv[1]]\n"
              "try:\n    runpy.run_module('mkdocs', run_name='__main__')\n"
              "except SystemExit:\n    pass\n"
              "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def timed(commands: list[tuple[list[str], Path]], runs: int) -> list[tuple[float, float]]:
    """Median wall and CPU seconds (user + system, the process and any it forks) of each
    command. The commands take turns, run after run, so a slow spell of a shared machine falls
    on all of them alike rather than on whichever ran then."""
    walls: list[list[float]] = [[] for _ in commands]
    cpus: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, (command, cwd) in enumerate(commands):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, capture_output=True, env=ENV)
            walls[i].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[i].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return [(statistics.median(w), statistics.median(c)) for w, c in zip(walls, cpus, strict=True)]


def peak_mib(cwd: Path) -> tuple[float, float]:
    """Peak resident memory of the check's own process and of the process it forks, if any."""
    result = subprocess.run([PY, "-c", PEAK], cwd=cwd, capture_output=True, text=True, env=ENV)
    own, forked = result.stderr.strip().splitlines()[-1].split()
    return int(own) / 1024, int(forked) / 1024


def build_peak_mib(project: Path, out: Path) -> float:
    """Peak resident memory of one `mkdocs build` (it runs in a single process)."""
    result = subprocess.run([PY, "-c", BUILD_PEAK, str(out)], cwd=project, capture_output=True,
                            text=True, env=ENV)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def site_figures(sites: list[tuple[Path, Path]], runs: int) -> list[tuple[float, int, int]]:
    """Median seconds of `mkdocs build` of each (project, output) pair, the builds taking turns,
    with the pages and bytes each one writes."""
    times = timed([([PY, "-m", "mkdocs", "build", "-q", "-d", str(out)], project)
                   for project, out in sites], runs)
    figures = []
    for (seconds, _), (_, out) in zip(times, sites, strict=True):
        pages = sum(1 for _ in out.rglob("index.html"))
        if not pages:
            raise SystemExit(f"mkdocs build wrote no pages to {out}")
        figures.append((seconds, pages, sum(p.stat().st_size for p in out.rglob("*") if p.is_file())))
    return figures


def plain_site(pages: int, into: Path) -> Path:
    docs = into / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Home\n\n[Pages](pages.md)\n")
    (docs / "pages.md").write_text("# Pages\n\n" + "".join(
        f"- [Page {i}](p/page-{i}.md)\n" for i in range(pages)))
    (docs / "p").mkdir()
    for i in range(pages):
        (docs / "p" / f"page-{i}.md").write_text(f"# Page {i}\n\nA paragraph of text for page {i}.\n")
    (into / "mkdocs.yml").write_text("site_name: baseline\ntheme:\n  name: material\n  font: false\n"
                                     "nav:\n  - index.md\n  - pages.md\n"
                                     "validation:\n  omitted_files: ignore\n")
    return into


def preview_seconds() -> float:
    """Seconds from saving a card to the served page showing the change, on the real site."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in ("cards", "seeds", "docs", "factcards", "overrides", "schemas"):
            shutil.copytree(ROOT / name, work / name)
        for name in ("mkdocs.yml", "build_cards.py", "project.yml"):
            shutil.copy2(ROOT / name, work / name)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = subprocess.Popen([PY, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                                  cwd=work, env=ENV, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/events/pakistan-strikes-inside-iran/"
        try:
            _wait(lambda: "Pakistan strikes" in _get(url), 60)
            times = []
            for n in range(3):
                card = work / "cards/events/pakistan-strikes-inside-iran.yaml"
                text = card.read_text(encoding="utf-8")
                card.write_text(text.replace("title: Pakistan strikes targets inside Iran",
                                             f"title: Pakistan strikes targets inside Iran {n}"))
                start = time.perf_counter()
                _wait(lambda n=n: f"inside Iran {n}" in _get(url), 60)
                times.append(time.perf_counter() - start)
                card.write_text(text)
                _wait(lambda n=n: f"inside Iran {n}" not in _get(url), 60)
            return statistics.median(times)
        finally:
            server.terminate()
            server.wait(timeout=10)


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the preview did not update")
        time.sleep(0.02)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--build", action="store_true", help="also build both sites (slow)")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        good, bad = Path(tmp) / "good", Path(tmp) / "bad"
        generate(good, args.cards, args.sources, bad=0.0)
        generate(bad, args.cards, args.sources, bad=0.05)
        subprocess.run([PY, "build_cards.py", "check"], cwd=good, capture_output=True, env=ENV)
        edited = sorted((good / "cards/events").glob("*.yaml"))[0].relative_to(good)
        (parse, parse_cpu), (check, check_cpu), (bad_wall, bad_cpu), (warm, warm_cpu), \
            (one, one_cpu), (named, named_cpu), (floor, floor_cpu) = timed(
                [([PY, "-c", PARSE, "cards"], good),
                 ([PY, "build_cards.py", "check", "--no-cache"], good),
                 ([PY, "build_cards.py", "check", "--no-cache"], bad),
                 ([PY, "build_cards.py", "check"], good),
                 ([PY, "-c", EDIT_AND_CHECK, str(edited)], good),
                 ([PY, "build_cards.py", "check", "--no-cache", str(edited)], good),
                 ([PY, "-c", FLOOR], good)], args.runs)
        for name, wall, cpu, target in (
                ("check, valid cards, every card judged", check, check_cpu, "1.5x"),
                ("check, 5% bad quotes, every card judged", bad_wall, bad_cpu, "2x"),
                ("check again, nothing changed (verdicts remembered)", warm, warm_cpu, ""),
                ("check again, one card changed", one, one_cpu, ""),
                ("check of one named card, nothing remembered", named, named_cpu, ""),
                ("check with no meaning rule (the floor)", floor, floor_cpu, "")):
            rows.append((name, f"{wall:.2f} s", f"parse {parse:.2f} s", f"{wall / parse:.2f}x", target))
            rows.append(("the same, CPU time", f"{cpu:.2f} s", f"parse {parse_cpu:.2f} s",
                         f"{cpu / parse_cpu:.2f}x", ""))
        own, forked = peak_mib(good)
        rows.append(("check, peak memory", f"{own:.0f} MiB + {forked:.0f} MiB forked", "", "",
                     "300 MiB"))
        if args.build:
            _, pages, _ = site_figures([(good, Path(tmp) / "site")], 1)[0]  # how many pages
            base = plain_site(pages, Path(tmp) / "plain")
            (seconds, pages, size), (plain_seconds, plain_pages, plain_size) = site_figures(
                [(good, Path(tmp) / "site"), (base, base / "site")], args.runs)
            rows.append((f"mkdocs build, {pages} pages", f"{seconds / pages * 1000:.1f} ms/page",
                         f"plain {plain_seconds / plain_pages * 1000:.1f} ms/page",
                         f"{seconds / pages / (plain_seconds / plain_pages):.2f}x", "5 ms/page"))
            rows.append(("site size", f"{size / pages / 1024:.0f} KiB/page",
                         f"plain {plain_size / plain_pages / 1024:.0f} KiB/page",
                         f"{(size / pages) / (plain_size / plain_pages):.2f}x", "100 KiB/page"))
            peak, plain_peak = (build_peak_mib(good, Path(tmp) / "site"),
                                build_peak_mib(base, base / "site"))
            rows.append(("mkdocs build, peak memory", f"{peak:.0f} MiB",
                         f"plain {plain_peak:.0f} MiB", f"{peak / plain_peak:.2f}x", "300 MiB"))
    rows.append(("preview rebuild, real site", f"{preview_seconds():.2f} s", "", "", "1.5 s"))
    print(f"{args.cards} cards, {args.sources} sources; medians of {args.runs} runs; "
          f"Python {sys.version.split()[0]}, {__import__('os').cpu_count()} cores")
    print("| measurement | project | baseline | ratio | target |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
