"""Shared fixtures: the real project, and throw-away copies of it to break on purpose."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcards.problems import Problem
from factcards.project import SHARED, Project, load_project
from factcards.rules import BY_ID
from factcards.site.render import render_site
from factcards.site.sitedata import SiteData
from tests.helpers import (
    BROWSER_ARGS,
    CHROMIUM,
    EVENT_PAGE,
    PUBLISHED,
    ROOT,
    Pristine,
    QuietHandler,
    build,
    copy_project,
    fetch,
    free_port,
    wait_for,
)


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory) -> None:
    """The verdicts a check remembers go to a cache folder of the test run's own (the commands
    the tests run inherit it), never the user's."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def real_project() -> Project:
    return load_project(ROOT)


class Workspace:
    """A copy of the project in a temporary folder, with helpers to edit it and re-check."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def replace(self, rel: str, old: str, new: str) -> None:
        text = self.read(rel)
        assert old in text, f"{old!r} not in {rel}"
        self.write(rel, text.replace(old, new, 1))

    def lighten(self, *texts: str) -> Workspace:
        """Remove the cards of the kinds no check consults (events, background and the like),
        but those whose id `texts` name. A card is checked against the shared kinds and the ids
        alone (see `check_project`), so a card added afterwards is found to have the same
        problems; each card removed only cost the time to judge it."""
        for path in self.root.glob("cards/*/*.yaml"):
            if path.parent.name not in SHARED and not any(path.stem in text for text in texts):
                path.unlink()
        return self

    def problems(self, only: str | None = None) -> list[Problem]:
        """The problems of the project, or of the card (or folder) `only` names: a check that
        judges that card alone finds in it what a whole check finds (see `test_check`)."""
        found = load_project(self.root, only=(only,) if only else ()).problems
        assert {p.rule for p in found} <= set(BY_ID), "a problem names an undocumented rule"
        return [p for p in found if only is None or p.path == only]


@pytest.fixture(scope="session")
def _pristine(tmp_path_factory) -> Pristine:
    return Pristine(lambda: tmp_path_factory.mktemp("workspace"))


@pytest.fixture
def workspace(request) -> Iterator[Workspace]:
    """A copy of the project. A test of the fast tier checks it in this process and gets the
    cards, the archive, the settings and the pages: one copy, put back as it was after each
    test. A slow one, which may run the command line or build the site in it, gets a copy of
    its own in its `tmp_path`, with the engine's code and the theme too."""
    if request.node.get_closest_marker("slow") is not None:
        yield Workspace(copy_project(request.getfixturevalue("tmp_path"), engine=True))
        return
    pristine = request.getfixturevalue("_pristine")
    try:
        yield Workspace(pristine.root)
    finally:
        pristine.restore()


@pytest.fixture(scope="session")
def real_pages(real_project) -> dict[str, str]:
    return render_site(SiteData(real_project.cards, real_project.sources, look=real_project.lookup()))


@dataclass(frozen=True)
class Built:
    """The real site built once, as the publishing workflow builds it, for the tests that only
    read it."""

    root: Path  # the copy of the project it was built from
    site: Path
    tmp: Path  # the build's temporary folder
    result: object


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Built:
    base = tmp_path_factory.mktemp("published")
    root, site, tmp = copy_project(base / "project"), base / "site", base / "tmp"
    result = build(root, site, PUBLISHED, tmp=tmp)
    assert result.returncode == 0, result.stderr
    return Built(root, site, tmp, result)


@pytest.fixture(scope="module")
def served_site(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    """The real site built and served on a loopback port, as GitHub Pages serves it: its address
    and its folder."""
    out = tmp_path_factory.mktemp("browser") / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin",
                                 "SOURCE_DATE_EPOCH": "1706486400"})
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/", out
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, driven by Playwright."""
    from playwright import sync_api

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (tests/run installs it with apt-get)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def server(workspace, tmp_path) -> Iterator[tuple[str, object]]:
    """`mkdocs serve` of the workspace on a loopback port: its address, and its log."""
    port = free_port()
    log = (tmp_path / "serve.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=workspace.root, stdout=log, stderr=subprocess.STDOUT,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: "recalled" in fetch(url + EVENT_PAGE)), "server did not start"
        yield url, log
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
