"""The live preview in a real browser: a YAML mistake keeps the card's last good page up with
the problem banner, pointing at the line of the mistake, and the page reloads by itself once
the mistake is fixed."""

from __future__ import annotations

import pytest

from tests.helpers import EVENT, EVENT_PAGE

pytestmark = pytest.mark.slow  # runs mkdocs serve and drives a browser

TITLE = "title: Pakistan condemns the incident and recalls its ambassador from Iran"


def test_a_yaml_mistake_keeps_the_page_and_the_page_recovers_by_itself(workspace, server, browser):
    url, _ = server
    line = workspace.read(EVENT).splitlines().index(TITLE) + 1
    page = browser.new_page()
    page.goto(url + EVENT_PAGE, wait_until="load")
    page.evaluate("window.notReloaded = true")

    workspace.replace(EVENT, TITLE, TITLE.replace("title: ", 'title: "'))  # an open quote
    page.wait_for_function("!window.notReloaded", timeout=30000)  # reloaded by itself
    page.get_by_text("Preview only").wait_for(timeout=30000)
    article = page.locator("article").inner_text()
    assert "recalled its ambassador" in article  # the last good page, still there
    assert f"{EVENT}:{line}:" in article and "yaml-syntax" in article  # the line to change

    page.evaluate("window.notReloaded = true")
    workspace.replace(EVENT, TITLE.replace("title: ", 'title: "'),
                      TITLE.replace("Iran", "Iran, says Islamabad"))
    page.wait_for_function("!window.notReloaded", timeout=30000)
    page.get_by_text("from Iran, says Islamabad").first.wait_for(timeout=30000)
    assert page.get_by_text("Preview only").count() == 0
    page.close()
