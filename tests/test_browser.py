"""The published site as readers use it: Debian's Chromium driven by Playwright, against the
built site served on a loopback port, at desktop and phone sizes, by keyboard, with axe-core.

`python -m tests.test_browser` prints the figures (pages, console errors, third-party requests,
axe violations by severity, the heaviest page).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright import sync_api

pytestmark = pytest.mark.slow  # builds the site and drives a browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules/axe-core/axe.min.js"
SHOTS = ROOT / "docs/images/screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
SPELLINGS = ["Hossein Amir-Abdollahian", "Amirabdollahian", "Amir Abdollahian", "Abdullohian"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[tuple[str, Path]]:
    out = tmp_path_factory.mktemp("browser") / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin",
                                 "SOURCE_DATE_EPOCH": "1706486400"})
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/", out
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (.ci/run installs it with apt-get)")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def pages(out: Path) -> list[str]:
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


def test_every_page_is_clean_and_accessible(site, browser):
    base, out = site
    serious = []
    for path in pages(out):
        visit = Visit(browser, base, path)
        assert visit.errors == [], (path, visit.errors)
        assert visit.failed == [], (path, visit.failed)
        assert visit.hosts <= {"127.0.0.1"}, (path, visit.hosts)
        serious += [(path, v["id"]) for v in visit.axe() if v["impact"] in ("serious", "critical")]
        assert visit.weight < 500 * 1024, (path, visit.weight)
        visit.close()
    assert serious == []
    assert len(pages(out)) > 40


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_search_finds_the_minister_by_any_spelling(site, browser, spelling):
    base, _ = site
    visit = Visit(browser, base, "")
    visit.page.keyboard.press("/")  # Material's search shortcut
    visit.page.keyboard.type(spelling)
    results = visit.page.locator(".md-search-result__link")
    results.first.wait_for(timeout=10000)
    visit.page.wait_for_timeout(300)  # results render in batches; read them once they settle
    hrefs = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert any("people/hossein-amir-abdollahian/" in (h or "") for h in hrefs), hrefs
    visit.close()


def test_a_citation_lands_on_its_highlighted_passage(site, browser):
    base, _ = site
    visit = Visit(browser, base, "events/pakistan-strikes-inside-iran/")
    link = visit.page.locator("article a[href*='/sources/'][href*='#q-']").first
    quote = link.inner_text().strip("“”")
    link.click()
    visit.page.wait_for_load_state("networkidle")
    assert "/sources/" in visit.page.url and "#q-" in visit.page.url
    current = visit.page.locator("mark.fc-current")
    assert current.count() >= 1
    assert " ".join(current.all_inner_texts()).split()[:3] == quote.split()[:3]
    box = current.first.bounding_box()
    assert box and 0 <= box["y"] <= DESKTOP["height"]  # scrolled into view
    visit.close()


def test_the_timeline_renders_and_links_to_events(site, browser):
    base, _ = site
    visit = Visit(browser, base, "")  # the home page's timeline at a glance
    svg = visit.page.locator("svg.fc-timeline")
    box = svg.bounding_box()
    assert box and box["height"] > 200
    assert svg.locator("title").text_content() and svg.locator("desc").text_content()
    assert svg.locator(".fc-disputed").count() == 2
    svg.locator("a").first.click()
    visit.page.wait_for_load_state("networkidle")
    assert visit.page.url.endswith("/events/iran-strikes-inside-pakistan/")
    visit.close()


def test_where_sources_differ_shows_every_account(site, browser):
    base, _ = site
    visit = Visit(browser, base, "disagreements/")
    text = visit.page.locator("h2#date-of-irans-strike ~ table").first.inner_text()
    assert "16 January" in text and "17 January" in text
    visit.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_both_colour_schemes_are_readable(site, browser, scheme):
    base, _ = site
    for path in ("", "events/", "sources/pakistan-iran-agree-to-deescalate/"):
        visit = Visit(browser, base, path, scheme=scheme)
        contrast = [v for v in visit.axe() if v["id"] == "color-contrast"]
        assert contrast == [], (scheme, path, contrast)
        visit.close()


def test_phones_never_scroll_sideways(site, browser):
    base, out = site
    for path in pages(out):
        visit = Visit(browser, base, path, viewport=PHONE)
        width = visit.page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], (path, width)
        visit.close()
    visit = Visit(browser, base, "", viewport=PHONE)
    size = visit.page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.fc-timeline .fc-label')).fontSize)"
        " * document.querySelector('svg.fc-timeline').getBoundingClientRect().width / 400")
    assert size >= 10  # the timeline's labels stay readable at phone width
    visit.close()


def test_every_interactive_element_in_the_content_is_reachable_by_keyboard(site, browser):
    base, _ = site
    for path in ("", "events/", "events/pakistan-strikes-inside-iran/"):
        visit = Visit(browser, base, path)
        wanted = visit.page.evaluate(
            "[...document.querySelectorAll('article a[href], article button')]"
            ".filter(e => e.getClientRects().length).length")
        reached = set()
        for _ in range(400):
            visit.page.keyboard.press("Tab")
            reached.add(visit.page.evaluate(
                "(() => { const e = document.activeElement; return e && e.closest('article') ?"
                " [...document.querySelectorAll('article a[href], article button')].indexOf(e) : -1 })()"))
            if len(reached - {-1}) >= wanted:
                break
        assert len(reached - {-1}) == wanted, path
        visit.close()


@pytest.mark.parametrize("name, path", [("home", ""), ("timeline", "events/"),
                                        ("event", "events/pakistan-strikes-inside-iran/"),
                                        ("source", "sources/pakistan-iran-agree-to-deescalate/#q-252a3b5f4b"),
                                        ("differ", "disagreements/")])
def test_screenshots(site, browser, name, path):
    base, _ = site
    SHOTS.mkdir(parents=True, exist_ok=True)
    for size, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        visit = Visit(browser, base, path, viewport=viewport)
        if name == "event":  # a citation's preview, open
            visit.page.locator("ol.fc-claims a.fc-ref").nth(3).click()
            visit.page.locator(".fc-preview").wait_for()
        target = SHOTS / f"{name}-{size}.png"
        visit.page.screenshot(path=str(target))
        assert target.stat().st_size > 10_000
        visit.close()


def figures() -> None:
    """Print what the issue asks to report, from one pass over every page."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)], cwd=ROOT,
                       check=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}/"
        errors, foreign, impacts, heaviest = 0, set(), Counter(), (0, "")
        with sync_api.sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            listed = pages(out)
            for path in listed:
                visit = Visit(chromium, base, path)
                errors += len(visit.errors)
                foreign |= visit.hosts - {"127.0.0.1"}
                impacts.update(v["impact"] for v in visit.axe())
                heaviest = max(heaviest, (visit.weight, path))
                visit.close()
            chromium.close()
        server.shutdown()
    print(f"pages tested: {len(listed)}; console errors: {errors}; "
          f"third-party hosts requested: {len(foreign)}")
    print("axe violations by impact: " + (", ".join(f"{k}: {v}" for k, v in impacts.items())
                                          or "none"))
    print(f"heaviest page (HTML + CSS + JS): /{heaviest[1]} {heaviest[0] / 1024:.0f} KiB")


if __name__ == "__main__":
    figures()
