"""Reader journeys in Debian's Chromium: citation previews by tap, mouse and keyboard, the
reference list both ways, landing on a passage, phone widths, print, the 404 page, and axe in
both colour schemes at phone and desktop widths."""

from __future__ import annotations

import re

import pytest

from tests.helpers import AXE, DESKTOP, Visit, site_pages

pytestmark = pytest.mark.slow  # builds the site and drives a browser

EVENT = "events/pakistan-strikes-inside-iran/"
SOURCE = "sources/pakistan-iran-agree-to-deescalate/"
WIDTHS = (320, 390, 768)
# A page of each sort readers meet, for the checks that cannot afford every page at every size.
SAMPLE = ["", "events/", EVENT, SOURCE, "people/", "people/hossein-amir-abdollahian/",
          "organizations/", "disagreements/", "sources/", "about/", "editors/", "404.html"]


def phone(width: int = 390) -> dict:
    return {"viewport": {"width": width, "height": 800}, "has_touch": True, "is_mobile": True}


def open_page(browser, base: str, path: str, scheme: str = "light", script: bool = True, **options):
    context = browser.new_context(color_scheme=scheme, java_script_enabled=script,
                                  **({"viewport": DESKTOP} | options))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base + path, wait_until="networkidle")
    return context, page, errors


def test_a_tap_opens_the_preview_of_a_citation(served_site, browser):
    base, _ = served_site
    context, page, errors = open_page(browser, base, EVENT, **phone())
    marker = page.locator("a.fc-ref").first
    number = marker.get_attribute("href").removeprefix("#ref-")
    marker.tap()
    preview = page.get_by_role("dialog", name=f"Reference {number}")
    preview.wait_for()
    entry = page.locator(f"#ref-{number} .fc-ref-body").inner_text()
    assert entry.split("—")[0].strip() in preview.inner_text()  # the quoted passage
    assert "date not stated" in preview.inner_text() or re.search(r"\d{4}", preview.inner_text())
    go = preview.get_by_role("link", name="Read it highlighted in the source")
    assert re.search(r"/sources/[a-z0-9-]+/#q-[0-9a-f]+$", go.evaluate("a => a.href"))
    box = preview.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390  # a sheet within the screen
    assert marker.get_attribute("aria-expanded") == "true"
    assert page.url.endswith(EVENT)  # the tap did not navigate
    page.locator("h1").tap()
    assert preview.count() == 0
    marker.tap()
    go_href = page.get_by_role("link", name="Read it highlighted in the source").get_attribute("href")
    with page.expect_navigation():
        page.get_by_role("link", name="Read it highlighted in the source").tap()
    assert page.url.endswith(go_href.removeprefix("../.."))
    assert errors == []
    context.close()


def test_the_keyboard_opens_and_closes_a_preview(served_site, browser):
    base, _ = served_site
    context, page, errors = open_page(browser, base, EVENT)
    marker = page.locator("a.fc-ref").nth(1)
    for _ in range(200):  # Tab until the marker has focus, as a keyboard user would
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == marker.get_attribute("id"):
            break
    else:
        pytest.fail("the citation marker is not reachable by Tab")
    page.keyboard.press("Enter")
    preview = page.get_by_role("dialog", name=re.compile("Reference"))
    preview.wait_for()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "dialog"  # announced
    assert preview.get_attribute("aria-labelledby")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.fc-preview') !== null")
    page.keyboard.press("Escape")
    assert preview.count() == 0
    assert page.evaluate("document.activeElement.id") == marker.get_attribute("id")
    assert errors == []
    context.close()


def test_hovering_a_citation_shows_its_preview(served_site, browser):
    base, _ = served_site
    context, page, _ = open_page(browser, base, "")
    page.locator("a.fc-ref").first.hover()
    preview = page.locator(".fc-preview")
    preview.wait_for()
    page.mouse.move(5, 700, steps=5)
    page.wait_for_timeout(600)
    assert preview.count() == 0
    context.close()


def test_references_are_numbered_through_the_page_and_link_both_ways(served_site, browser):
    base, _ = served_site
    context, page, _ = open_page(browser, base, "", script=False)
    numbers = [int(n) for n in page.locator("a.fc-ref").evaluate_all(
        "els => els.map(a => a.getAttribute('href').slice(5))")]
    first_seen = list(dict.fromkeys(numbers))
    assert first_seen == list(range(1, len(first_seen) + 1))  # never restarting per sentence
    assert len(first_seen) > 5
    assert page.locator("ol.fc-references > li").count() == len(first_seen)
    page.locator("a.fc-ref").nth(2).click()  # without JavaScript: a plain link to the entry
    assert page.url.endswith("#ref-3")
    assert page.locator("#ref-3").evaluate("li => li.matches(':target')")
    page.locator("#ref-3 a.fc-back").first.click()
    assert page.url.endswith("#cite-3-1")
    assert page.locator("a.fc-ref").nth(2).get_attribute("id") == "cite-3-1"
    for path in (EVENT, "people/ahmad-vahidi/", "background/mutual-accusations/"):
        page.goto(base + path)
        assert page.locator("h2#references + ol.fc-references > li").count() >= 1, path
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_citation_lands_centred_and_set_apart(served_site, browser, scheme):
    base, _ = served_site
    context, page, _ = open_page(browser, base, EVENT, scheme=scheme)
    page.locator("a.fc-ref-quote").nth(1).click()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(200)
    current = page.locator("mark.fc-current")
    assert current.count() >= 1
    top = current.first.bounding_box()["y"]
    bottom = current.last.bounding_box()["y"] + current.last.bounding_box()["height"]
    middle = (top + bottom) / 2
    assert 0.3 * DESKTOP["height"] < middle < 0.7 * DESKTOP["height"], middle
    colours = page.evaluate("""() => {
        const style = m => getComputedStyle(m).backgroundColor;
        const other = document.querySelector('mark.fc-cite:not(.fc-current)');
        return [style(document.querySelector('mark.fc-current')), other && style(other)];
    }""")
    assert colours[0] != colours[1] and colours[0] not in ("rgba(0, 0, 0, 0)", "transparent")
    page.add_script_tag(path=str(AXE))
    contrast = page.evaluate("async () => (await axe.run('.fc-archive', "
                             "{runOnly: ['color-contrast']})).violations")
    assert contrast == []
    context.close()


def test_without_javascript_the_passage_still_stands_out_clear_of_the_header(served_site, browser):
    base, _ = served_site
    context, page, _ = open_page(browser, base, EVENT, script=False)
    href = page.locator("a.fc-ref-quote").nth(1).get_attribute("href")
    page.goto(base + EVENT + href)
    target = page.locator(":target ~ mark.fc-cite").first
    assert target.count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector(':target ~ mark')).backgroundColor") \
        != "rgba(0, 0, 0, 0)"
    assert target.bounding_box()["y"] > 0.25 * DESKTOP["height"]  # not hidden under the header
    context.close()


def _overflowing(page) -> list[str]:
    """Every visible element of the page wider than the screen, or scrolling sideways inside."""
    return page.evaluate("""() => {
        const width = document.documentElement.clientWidth, out = [];
        for (const el of document.querySelectorAll('.md-header *, .md-main *, .md-footer *')) {
            if (el.closest('.md-sidebar, .md-search, [hidden], .fc-sr, .md-visually-hidden, '
                           + '.md-tooltip, .md-top, .fc-table thead')) continue;
            const style = getComputedStyle(el), box = el.getBoundingClientRect();
            if (style.display === 'none' || style.visibility === 'hidden' || !box.width) continue;
            if (box.right > width + 1 || box.left < -1)
                out.push(el.tagName + '.' + el.className + ' ' + Math.round(box.left) + '..'
                         + Math.round(box.right));
            if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
                out.push('scrolls: ' + el.tagName + '.' + el.className + ' ' + el.scrollWidth);
        }
        return out.slice(0, 5);
    }""")


@pytest.mark.parametrize("width", WIDTHS)
def test_nothing_is_wider_than_a_phone(served_site, browser, width):
    base, out = served_site
    context = browser.new_context(**phone(width))
    page = context.new_page()
    for path in [*site_pages(out), "404.html"]:
        page.goto(base + path, wait_until="load")
        assert _overflowing(page) == [], (width, path)
    context.close()


def test_key_figures_and_indexes_stack_as_cards_on_a_phone(served_site, browser):
    base, _ = served_site
    context, page, _ = open_page(browser, base, "", **phone(390))
    rows = page.locator("table.fc-figures tbody tr")
    assert rows.count() >= 3
    for i in range(rows.count()):
        box = rows.nth(i).bounding_box()
        assert box["height"] < 260 and box["width"] > 300  # a card as wide as the text, not a tall strip
    for path in ("people/", "organizations/", "sources/"):
        page.goto(base + path)
        row = page.locator("table.fc-table tr").nth(1)
        assert row.evaluate("r => getComputedStyle(r).display") == "block"
    context.close()


def test_each_event_is_listed_once_on_the_timeline(served_site, browser):
    base, _ = served_site
    context, page, _ = open_page(browser, base, "events/")
    hrefs = page.locator("article a[href^='../events/'], article a[href^='iran'], article ol.fc-events a")
    events = [h for h in hrefs.evaluate_all("els => els.map(a => a.href)") if "/events/" in h]
    assert events and len(events) == len(set(events))
    assert "no" not in page.locator("article").inner_text().split()  # no bare "no" anywhere
    context.close()


def test_a_card_page_prints_with_its_references_as_notes(served_site, browser):
    base, _ = served_site
    context, page, _ = open_page(browser, base, EVENT)
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible()
    assert page.locator("ol.fc-references").is_visible()
    assert not page.locator(".fc-backs").first.is_visible()
    assert page.pdf()[:4] == b"%PDF"
    context.close()


def test_the_404_page_offers_search_and_the_main_sections(served_site, browser):
    base, _ = served_site
    context, page, _ = open_page(browser, base, "404.html")
    assert "not here" in page.locator("h1").inner_text()
    links = page.locator("article a").evaluate_all("els => els.map(a => a.textContent)")
    assert {"Timeline", "Who's who", "Sources", "About this site"} <= set(links)
    page.get_by_text("Search the site", exact=True).click()
    assert page.locator(".md-search__input").evaluate("e => e === document.activeElement "
                                                      "|| document.getElementById('__search').checked")
    context.close()


def test_readers_see_no_file_paths_and_one_spelling(served_site, browser):
    base, out = served_site
    context, page, _ = open_page(browser, base, "")
    for path in site_pages(out):
        if path.startswith(("editors/", "rules/", "benchmarks/")):
            continue
        page.goto(base + path)
        text = page.locator("article").inner_text()
        assert not re.search(r"cards/\w+/[\w-]+\.yaml|seeds/\d", text), path
        # Quotes keep their sources' spelling; our own words say "organisation".
        ours = " ".join(page.locator("h1, h2, th, .md-tabs, .md-nav, .fc-facts strong").all_inner_texts())
        assert "organization" not in ours.lower(), path
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [320, 390, 1280])
def test_axe_finds_nothing_serious_at_any_width(served_site, browser, scheme, width):
    base, _ = served_site
    serious = []
    for path in SAMPLE:
        visit = Visit(browser, base, path, viewport={"width": width, "height": 800}, scheme=scheme)
        serious += [(path, v["id"]) for v in visit.axe() if v["impact"] in ("serious", "critical")]
        visit.close()
    assert serious == []
