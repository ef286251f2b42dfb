"""What several test modules share: building a site as editors and CI do, reading its HTML, and
hostile card text. Test modules import from here, never from each other."""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import http.server
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("cards", "seeds", "docs", "factcards", "overrides", "schemas", "mkdocs.yml", "build_cards.py",
          "project.yml", "requirements.txt", "pyproject.toml")
# What only the command line and the site build read: the engine's code and the site's theme.
ENGINE = ("factcards", "overrides", "build_cards.py", "requirements.txt", "pyproject.toml")
# What a build of the published site is given by the publishing workflow.
PUBLISHED = {"SOURCE_DATE_EPOCH": "1706486400", "FACTCARDS_REPO_URL": "https://github.com/newsroom/factcards",
             "FACTCARDS_EDIT_URI": "edit/main/docs/"}
# A card of the real project, and the one-word change that makes its quote fail.
EVENT = "cards/events/pakistan-protests-and-recalls-its-ambassador.yaml"
ENVOY = ("evening, Pakistan recalled its ambassador", "evening, Pakistan recalled its envoy")
# The generators a site is built with: the published one, and a maintained fork as a canary.
GENERATORS = {"mkdocs": ["-m", "mkdocs", "build"],
              "properdocs": ["-m", "properdocs", "build", "-f", "mkdocs.yml"]}


def copy_project(target: Path, engine: bool = True) -> Path:
    """A copy of the project's files at `target`, to change and build without touching it
    (without the README's screenshots, which no page shows: most of the bytes to copy); without
    the engine's code when `engine` is false, for a test that checks it in this process (most of
    the files to copy)."""
    for name in COPIED if engine else [name for name in COPIED if name not in ENGINE]:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=_not_copied)
        else:
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _not_copied(folder: str, names: list[str]) -> set[str]:
    return {"__pycache__"} | ({"images"} if Path(folder) == ROOT / "docs" else set())


class Pristine:
    """One copy of the project (without the engine) for all the tests that check it in this
    process, and what it held: after each test only what the test changed is put back, where
    copying the whole project for every test, and deleting the copies, cost more than most of
    the tests themselves. `folder` gives an empty folder for a fresh copy."""

    def __init__(self, folder: Callable[[], Path]) -> None:
        self._folder = folder
        self._copy()

    def _copy(self) -> None:
        self.root = copy_project(self._folder(), engine=False)
        self.dirs: set[str] = set()
        self.files: dict[str, tuple[int, bytes]] = {}
        for path in self.root.rglob("*"):
            rel = path.relative_to(self.root).as_posix()
            if path.is_dir():
                self.dirs.add(rel)
            else:
                self.files[rel] = (path.stat().st_mode, path.read_bytes())

    def restore(self) -> None:
        """Every file and folder as copied, whatever the test wrote, removed or linked; and no
        verdicts remembered for the copy's path, as for a fresh copy. If anything cannot be put
        back (a folder left unreadable, say), the next test is given a fresh copy instead."""
        from factcards.verdicts import store

        try:
            self._put_back()
        except OSError:
            self._copy()
        shutil.rmtree(store(self.root).parent, ignore_errors=True)

    def _put_back(self) -> None:
        seen: set[str] = set()
        for folder, dirnames, filenames in os.walk(self.root, onerror=_raise):
            for name in [*dirnames, *filenames]:
                path = Path(folder, name)
                rel = path.relative_to(self.root).as_posix()
                if name in dirnames and rel in self.dirs and not path.is_symlink():
                    seen.add(rel)
                elif name in dirnames:
                    dirnames.remove(name)
                    _remove(path)
                elif rel in self.files and not path.is_symlink():
                    seen.add(rel)
                    if (path.stat().st_mode, path.read_bytes()) != self.files[rel]:
                        self._write(rel)
                else:
                    path.unlink()
        for rel in sorted(self.dirs - seen):
            (self.root / rel).mkdir(parents=True, exist_ok=True)
        for rel in self.files.keys() - seen:
            self._write(rel)

    def _write(self, rel: str) -> None:
        """A file written anew rather than in place, which would change a file linked to it."""
        path = self.root / rel
        path.unlink(missing_ok=True)
        mode, content = self.files[rel]
        path.write_bytes(content)
        path.chmod(mode)


def _raise(error: OSError) -> None:
    raise error


def _remove(path: Path) -> None:
    if path.is_symlink():
        path.unlink()
    else:
        shutil.rmtree(path)


def build(root: Path, site: Path, env: dict[str, str] | None = None, generator: str = "mkdocs",
          tmp: Path | None = None) -> subprocess.CompletedProcess:
    """A strict build of the project at `root` into `site`; `tmp`, when given, is the build's
    only temporary folder, so a test can see what it leaves behind without looking at anyone
    else's."""
    extra = {"TMPDIR": str(tmp)} if tmp is not None else {}
    if tmp is not None:
        tmp.mkdir(parents=True, exist_ok=True)
    return subprocess.run([sys.executable, *GENERATORS[generator], "--strict", "-d", str(site)],
                          cwd=root, capture_output=True, text=True, timeout=300,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", **extra,
                               **(env or {})})


def cards(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python build_cards.py ARGS` in the project at `root`."""
    return subprocess.run([sys.executable, "build_cards.py", *args], cwd=root, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


def snapshot(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


class HtmlText(HTMLParser):
    """Collects what a reader sees, and every element and attribute a browser would build."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)

    def links(self) -> set[str]:
        return {dict(attrs).get("href") or "" for tag, attrs in self.tags if tag == "a"}


def parse_html(html: str) -> HtmlText:
    parser = HtmlText()
    parser.feed(html)
    return parser


def parse(path: Path) -> HtmlText:
    return parse_html(path.read_text(encoding="utf-8"))


def assert_links_land(site: Path, at_least: int = 1000, passages_at_least: int = 100) -> None:
    """Every link within the site, on every page, lands on a page that exists and, when it names
    an anchor, on that anchor: card pages link in HTML, which MkDocs does not validate."""
    ids: dict[Path, set[str]] = {}
    checked = passages = 0
    for page in site.rglob("*.html"):
        for tag, attrs in parse(page).tags:
            href = dict(attrs).get("href") or ""
            if tag != "a" or not href or urlsplit(href).scheme or href.startswith("/"):
                continue
            path, _, fragment = href.partition("#")
            target = (page.parent / path).resolve() if path else page
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file() and site.resolve() in target.parents, f"{page}: {href}"
            checked += 1
            if not fragment or target.suffix != ".html":
                continue
            if target not in ids:
                ids[target] = {dict(a).get("id") for _, a in parse(target).tags}
            assert fragment in ids[target], f"{page}: {href}"
            passages += fragment.startswith("q-")
    assert checked >= at_least and passages >= passages_at_least


HOSTILE = [
    "<script>alert(x)</script>",
    '<img src=x onerror="alert(x)">',
    "[click](javascript:alert(x))",
    "**bold** _em_ `code`",
    '{: .evil onclick="alert(x)" }',
    '!!! danger "Admonition"',
    '--8<-- "/etc/passwd"',
    "{{ a * b }} {% if true %}x{% endif %}",
    "# Heading\n\n- list\n\n    indented code",
    "| a | b |",
    "&amp; &lt; &#x3c;",
]


def _yaml(text: str) -> str:
    return text.replace("\n", "\\n").replace('"', '\\"')


def hostile_event(text: str) -> str:
    """An event whose title and claim are hostile text. The claim leaves out the digits of the
    snippet syntax, which the number rule would rightly refuse as unsupported."""
    folded, claim = _yaml(text), _yaml(text.replace("--8<--", "--x<--"))
    return f"""\
id: hostile
title: "{folded}"
date: "2024-01-19"
people:
  - jalil-abbas-jilani
claims:
  - text: "{claim}"
    evidence:
      - source: pakistan-iran-agree-to-deescalate
        quote: "The Foreign Ministry said on Friday in a statement that Jilani talked to Amir-Abdollahian"
"""


# A second, small explainer about another event (two sources, two people, two organisations, two
# events, a disputed date written without a year, an overview): its cards and seeds.
SECOND_STORY = Path(__file__).resolve().parent / "data" / "second-story"


def second_story(target: Path, register: bool = True) -> Path:
    """The second story's cards and seeds copied into the project at `target` (one `init` made,
    or a bare folder given `project.yml`), and, unless `register` is false, its seeds added to
    `seeds/SHA256SUMS` as `sha256sum FILE >> seeds/SHA256SUMS` adds them."""
    for folder in ("cards", "seeds"):
        shutil.copytree(SECOND_STORY / folder, target / folder, dirs_exist_ok=True)
    if register:
        with (target / "seeds/SHA256SUMS").open("a", encoding="utf-8") as sums:
            for seed in sorted((SECOND_STORY / "seeds").iterdir()):
                sums.write(f"{hashlib.sha256(seed.read_bytes()).hexdigest()}  {seed.name}\n")
    return target


def card_count(root: Path = ROOT) -> int:
    """How many card files a project has: what `check` says it checked."""
    return len(list((root / "cards").glob("*/*.yaml")))


# Archiving saved pages (tests/pages/, with what each must give in expected.yaml).
SAVED_PAGES = ROOT / "tests" / "pages"
RETRIEVED = "2025-04-12"


def expected_pages() -> dict:
    """What each saved page must give, from tests/pages/expected.yaml: read once (YAML is slow
    to parse, and every archiving test asks), each caller given a copy of its own to change."""
    return copy.deepcopy(_expected_pages())


@functools.cache
def _expected_pages() -> dict:
    import yaml

    return yaml.safe_load((SAVED_PAGES / "expected.yaml").read_text(encoding="utf-8"))


def run_main(workspace, capsys, *args: str) -> tuple[int, str, str]:
    """`build_cards.py ARGS` in the workspace, in this process: exit status, output, errors."""
    from factcards.edit.cli import main

    code = main(list(args), root=workspace.root)
    out = capsys.readouterr()
    return code, out.out, out.err


def seeds_and_cards(root: Path) -> dict[str, bytes]:
    """Every file under seeds/ and cards/, to show a command wrote nothing."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for folder in ("seeds", "cards") for p in sorted((root / folder).rglob("*")) if p.is_file()}


def archive_page(workspace, capsys, name: str) -> tuple[int, str, str]:
    """Archive a copy of a test page, as an editor would, with the options expected.yaml gives."""
    page = workspace.root / "saved" / name
    page.parent.mkdir(exist_ok=True)
    shutil.copyfile(SAVED_PAGES / name, page)
    url = expected_pages()[name].get("url")
    code, out, err = run_main(workspace, capsys, "archive", str(page), "--retrieved", RETRIEVED,
                              *(["--url", url] if url else []))
    assert "Traceback" not in out + err
    return code, out, err


# The built site in a browser: Debian's Chromium, driven by Playwright (see conftest.py for the
# fixtures that build and serve the site and start the browser).
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules/axe-core/axe.min.js"
BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def site_pages(out: Path) -> list[str]:
    """Every page's path under the site root: "" for the home page, "events/" and so on."""
    return sorted("" if p.parent == out else p.parent.relative_to(out).as_posix() + "/"
                  for p in out.rglob("index.html"))


class Visit:
    """One page load, with everything the reader's browser did and said."""

    def __init__(self, browser, base: str, path: str, viewport=DESKTOP, scheme: str = "light"):
        self.context = browser.new_context(viewport=viewport, color_scheme=scheme)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.failed: list[str] = []
        self.hosts: set[str] = set()
        self.weight = 0
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfailed", lambda r: self.failed.append(r.url))
        self.page.on("request", lambda r: self.hosts.add(urlsplit(r.url).hostname or ""))
        self.page.on("response", self._weigh)
        self.page.goto(base + path, wait_until="networkidle")

    def _weigh(self, response) -> None:
        kind = response.request.resource_type
        if kind in ("document", "stylesheet", "script"):
            with contextlib.suppress(Exception):  # a redirect's body has no size to count
                self.weight += len(response.body())

    def axe(self) -> list[dict]:
        self.page.add_script_tag(path=str(AXE))
        return self.page.evaluate("async () => (await axe.run(document)).violations")

    def close(self) -> None:
        self.context.close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site on loopback without logging every request."""

    def log_message(self, *args) -> None:
        pass


# `mkdocs serve` on a loopback port, with an event's page to watch.
EVENT_PAGE = "/events/pakistan-protests-and-recalls-its-ambassador/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(condition: Callable[[], bool], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except OSError:
            pass
        time.sleep(0.2)
    return False
