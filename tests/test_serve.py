"""`mkdocs serve` on a loopback port: rebuilds on card changes and survives a broken card."""

from __future__ import annotations

import pytest

from tests.helpers import EVENT, EVENT_PAGE, fetch, wait_for

pytestmark = pytest.mark.slow  # each test runs a subprocess


def test_serve_rebuilds_and_survives_a_broken_card(workspace, server):
    url, log = server
    workspace.replace(EVENT, "title: Pakistan condemns the incident and recalls its ambassador from Iran",
                      "title: Pakistan recalls its envoy from Tehran")
    assert wait_for(lambda: "recalls its envoy from Tehran" in fetch(url + EVENT_PAGE))

    workspace.replace(EVENT, "evening, Pakistan recalled its ambassador",
                      "evening, Pakistan recalled its diplomat")
    assert wait_for(lambda: "error[quote-not-found]" in (log.seek(0) or log.read()))
    assert wait_for(lambda: "Preview only" in fetch(url + EVENT_PAGE))  # the problem, in the browser
    page = fetch(url + EVENT_PAGE)
    assert "recalls its envoy" in page and "quote-not-found" in page  # still serving, and why
    assert "quote-not-found" in fetch(url + "/problems/")
    assert "See every problem" in fetch(url + "/")  # every page says the preview is broken

    workspace.replace(EVENT, "recalled its diplomat", "recalled its ambassador")
    workspace.replace(EVENT, "recalls its envoy from Tehran",
                      "recalls its ambassador from Tehran, says Islamabad")
    assert wait_for(lambda: "recalls its ambassador from Tehran, says Islamabad" in fetch(url + EVENT_PAGE))
    assert "Preview only" not in fetch(url + EVENT_PAGE)
    log.seek(0)
    assert "Traceback" not in log.read()


def test_serve_rebuilds_when_a_seed_changes(workspace, server):
    url, log = server
    seed = workspace.root / "seeds/004_070e446cdca4d301.txt"
    seed.write_bytes(seed.read_bytes().replace(b"Wednesday evening", b"Tuesday evening"))
    assert wait_for(lambda: "error[seed-checksum]" in (log.seek(0) or log.read()))
    assert "recalled" in fetch(url + EVENT_PAGE)  # the preview keeps serving
