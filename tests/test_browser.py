"""The published site as readers use it: Debian's Chromium driven by Playwright, against the
built site served on a loopback port, at desktop and phone sizes, by keyboard, with axe-core.

`python -m tests.test_browser` prints the figures (pages, console errors, third-party requests,
axe violations by severity, the heaviest page).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright import sync_api

from tests.helpers import (
    BROWSER_ARGS,
    CHROMIUM,
    DESKTOP,
    PHONE,
    ROOT,
    QuietHandler,
    Visit,
    build,
    copy_project,
    site_pages,
)

pytestmark = pytest.mark.slow  # builds the site and drives a browser

SHOTS = ROOT / "docs/images/screenshots"
SPELLINGS = ["Hossein Amir-Abdollahian", "Amirabdollahian", "Amir Abdollahian", "Abdullohian"]
# No real card has a sign-off yet: a copy of the project gets one, on a word no passage says.
SIGNED_CARD = "cards/events/pakistan-strikes-inside-iran.yaml"
SIGNED_PAGE = "events/pakistan-strikes-inside-iran/"
SIGNED = ("  - text: Pakistan carried out retaliatory strikes inside Iran.\n",
          "  - text: Pakistan swiftly carried out retaliatory strikes inside Iran.\n"
          "    signoff:\n      by: A. Second Editor\n      words: [swiftly]\n")
SUPPORT = "How this rests on its sources"


@contextlib.contextmanager
def serving(out: Path) -> Iterator[str]:
    """A built site served on a loopback port, as GitHub Pages serves it: its address."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def signed_site(tmp_path_factory) -> Iterator[str]:
    """The real project with one statement's word signed off by a second editor, built and
    served: its address."""
    base = tmp_path_factory.mktemp("signed")
    root = copy_project(base / "project")
    card = root / SIGNED_CARD
    text = card.read_text(encoding="utf-8")
    assert SIGNED[0] in text
    card.write_text(text.replace(*SIGNED), encoding="utf-8")
    result = build(root, base / "site")
    assert result.returncode == 0, result.stderr
    with serving(base / "site") as address:
        yield address


class Touch:
    """A browser whose pages open on a phone's touch screen, so that a test can tap."""

    def __init__(self, browser) -> None:
        self.browser = browser

    def new_context(self, **options):
        return self.browser.new_context(has_touch=True, is_mobile=True, **options)


def announced(visit: Visit) -> dict:
    """What a screen reader is told of the focused element: its role, name and states, from
    Chromium's accessibility tree."""
    cdp = visit.context.new_cdp_session(visit.page)
    for node in cdp.send("Accessibility.getFullAXTree")["nodes"]:
        states = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
        if states.get("focused") and node["role"]["value"] != "RootWebArea":
            return {"role": node["role"]["value"], "name": node["name"]["value"], **states}
    return {}


def test_every_page_is_clean_and_accessible(served_site, browser):
    base, out = served_site
    serious = []
    for path in site_pages(out):
        visit = Visit(browser, base, path)
        assert visit.errors == [], (path, visit.errors)
        assert visit.failed == [], (path, visit.failed)
        assert visit.hosts <= {"127.0.0.1"}, (path, visit.hosts)
        serious += [(path, v["id"]) for v in visit.axe() if v["impact"] in ("serious", "critical")]
        assert visit.weight < 500 * 1024, (path, visit.weight)
        visit.close()
    assert serious == []
    assert len(site_pages(out)) > 40


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_search_finds_the_minister_by_any_spelling(served_site, browser, spelling):
    base, _ = served_site
    visit = Visit(browser, base, "")
    visit.page.keyboard.press("/")  # Material's search shortcut
    visit.page.keyboard.type(spelling)
    results = visit.page.locator(".md-search-result__link")
    results.first.wait_for(timeout=10000)
    visit.page.wait_for_timeout(300)  # results render in batches; read them once they settle
    hrefs = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert any("people/hossein-amir-abdollahian/" in (h or "") for h in hrefs), hrefs
    visit.close()


def test_a_citation_lands_on_its_highlighted_passage(served_site, browser):
    base, _ = served_site
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


def test_the_timeline_renders_and_links_to_events(served_site, browser):
    base, _ = served_site
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


def test_where_sources_differ_shows_every_account(served_site, browser):
    base, _ = served_site
    visit = Visit(browser, base, "disagreements/")
    text = visit.page.locator("h2#date-of-irans-strike ~ table").first.inner_text()
    assert "16 January" in text and "17 January" in text
    visit.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_both_colour_schemes_are_readable(served_site, browser, scheme):
    base, _ = served_site
    for path in ("", "events/", "sources/pakistan-iran-agree-to-deescalate/"):
        visit = Visit(browser, base, path, scheme=scheme)
        contrast = [v for v in visit.axe() if v["id"] == "color-contrast"]
        assert contrast == [], (scheme, path, contrast)
        visit.close()


def test_phones_never_scroll_sideways(served_site, browser):
    base, out = served_site
    for path in site_pages(out):
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


def test_every_interactive_element_in_the_content_is_reachable_by_keyboard(served_site, browser):
    base, _ = served_site
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


@pytest.mark.parametrize("size, viewport", [("phone", PHONE), ("desktop", DESKTOP)])
def test_a_reader_opens_how_a_statement_rests_on_its_sources(signed_site, browser, size, viewport):
    phone = viewport is PHONE
    visit = Visit(Touch(browser) if phone else browser, signed_site, SIGNED_PAGE, viewport=viewport)
    claim = visit.page.locator("ol.fc-claims > li", has_text="swiftly")
    panel = claim.locator("details.fc-support")
    summary = panel.locator("summary")
    # A native disclosure, closed, named by its summary.
    assert panel.evaluate("d => !d.open && d.firstElementChild.tagName === 'SUMMARY'")
    assert summary.inner_text().strip() == SUPPORT
    assert panel.locator(".fc-support-words").is_hidden()

    # Opened by a tap (a click on a desktop), announced as open, closed the same way.
    summary.tap() if phone else summary.click()
    assert panel.evaluate("d => d.open") and panel.locator(".fc-support-words").is_visible()
    said = announced(visit)
    assert (said.get("name"), said.get("expanded")) == (SUPPORT, True), said
    assert said.get("role") in ("DisclosureTriangle", "button"), said
    summary.tap() if phone else summary.click()
    assert panel.evaluate("d => !d.open")

    # By keyboard: from the statement's last reference marker, Tab reaches the summary, which
    # shows its focus, all of its ring on the screen; Enter opens it and closes it, and so does
    # Space; open, it looks open.
    claim.locator("a.fc-ref").last.focus()
    visit.page.keyboard.press("Tab")
    assert summary.evaluate("s => s === document.activeElement && s.matches(':focus-visible')"
                            " && getComputedStyle(s).outlineStyle !== 'none'")
    ring = summary.evaluate(
        "s => { const r = s.getBoundingClientRect(), c = getComputedStyle(s);"
        " const out = parseFloat(c.outlineOffset) + parseFloat(c.outlineWidth);"
        " return [r.left - out, r.right + out] }")
    assert ring[0] >= 0 and ring[1] <= viewport["width"], ring
    assert announced(visit).get("expanded") is False
    closed = summary.screenshot(animations="disabled")
    for key in ("Enter", "Enter", "Space"):
        was = panel.evaluate("d => d.open")
        visit.page.keyboard.press(key)
        assert panel.evaluate("d => d.open") is not was, key
    assert announced(visit).get("expanded") is True
    assert summary.screenshot(animations="disabled") != closed, "looks the same open as closed"

    # Each word a passage says is followed by the number of that passage: a number of the
    # statement's own reference markers, each a link to its reference, which links to the
    # passage highlighted in its archived source.
    markers = claim.locator("sup.fc-refs a.fc-ref").evaluate_all(
        "links => links.map(a => [a.textContent.replace(/\\D/g, ''), a.getAttribute('href')])")
    assert markers and all(href == f"#ref-{n}" for n, href in markers), markers
    for n, _ in markers:
        quote = visit.page.locator(f"#ref-{n} a.fc-ref-quote")
        assert "/sources/" in quote.get_attribute("href") and "#q-" in quote.get_attribute("href")
    pairs = [tuple(pair) for pair in panel.locator(".fc-support-words").evaluate(
        "p => [...p.querySelectorAll('sup.fc-at')].map(s =>"
        " [(s.previousSibling && s.previousSibling.textContent || '').trim().split(/\\s+/).pop(),"
        "  s.textContent])")]
    assert pairs and all(word.isalpha() and number.isdigit() for word, number in pairs), pairs
    assert {number for _, number in pairs} <= {n for n, _ in markers}, (pairs, markers)
    assert ("Pakistan", "1") in pairs and ("swiftly", "1") not in pairs
    said = panel.locator(".fc-support-words").evaluate(
        "p => { const c = p.cloneNode(true); c.querySelectorAll('sup').forEach(s => s.remove());"
        " return c.textContent }")
    statement = claim.evaluate(
        "li => { const c = li.cloneNode(true); c.querySelectorAll('sup, details')"
        ".forEach(e => e.remove()); return c.textContent.trim() }")
    assert said == statement  # the statement itself, word for word

    # The signed-off word is marked as ours, and the note names it and the editor.
    assert panel.locator("em.fc-own").all_inner_texts() == ["swiftly"]
    note = panel.locator(".fc-support-own").inner_text()
    assert "our own" in note and "“swiftly”" in note and "approved by A. Second Editor" in note

    # Open, it fits the screen: nothing in it reaches past either edge, the page does not
    # scroll sideways, and its summary is big enough to tap.
    width = viewport["width"]
    assert visit.page.evaluate("document.documentElement.scrollWidth") <= width
    edges = panel.evaluate("d => [d, ...d.querySelectorAll('*')].map(e => e.getBoundingClientRect())"
                           ".map(r => [r.left, r.right])")
    assert all(left >= 0 and right <= width for left, right in edges), edges
    box = summary.bounding_box()
    assert box and box["height"] >= 24 and box["width"] >= 24

    # axe finds nothing wrong on the page with the panel open.
    assert visit.axe() == []
    visit.close()


@pytest.mark.parametrize("name, path", [("home", ""), ("timeline", "events/"),
                                        ("event", "events/pakistan-strikes-inside-iran/"),
                                        ("source", "sources/pakistan-iran-agree-to-deescalate/#q-252a3b5f4b"),
                                        ("differ", "disagreements/")])
def test_screenshots(served_site, browser, name, path):
    base, _ = served_site
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
            ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(out)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_port}/"
        errors, foreign, impacts, heaviest = 0, set(), Counter(), (0, "")
        with sync_api.sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
            listed = site_pages(out)
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
