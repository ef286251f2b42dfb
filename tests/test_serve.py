"""`mkdocs serve` on a loopback port: rebuilds on card changes and survives a broken card."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator

import pytest

pytestmark = pytest.mark.slow  # each test runs a subprocess

EVENT = "cards/events/pakistan-protests-and-recalls-its-ambassador.yaml"
PAGE = "/events/pakistan-protests-and-recalls-its-ambassador/"


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


@pytest.fixture
def server(workspace, tmp_path) -> Iterator[tuple[str, object]]:
    port = free_port()
    log = (tmp_path / "serve.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=workspace.root, stdout=log, stderr=subprocess.STDOUT,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    url = f"http://127.0.0.1:{port}"
    try:
        assert wait_for(lambda: "recalled" in fetch(url + PAGE)), "server did not start"
        yield url, log
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def test_serve_rebuilds_and_survives_a_broken_card(workspace, server):
    url, log = server
    workspace.replace(EVENT, "title: Pakistan condemns the incident and recalls its ambassador from Iran",
                      "title: Pakistan recalls its envoy from Tehran")
    assert wait_for(lambda: "recalls its envoy from Tehran" in fetch(url + PAGE))

    workspace.replace(EVENT, "evening, Pakistan recalled its ambassador",
                      "evening, Pakistan recalled its diplomat")
    assert wait_for(lambda: "error[quote-not-found]" in (log.seek(0) or log.read()))
    assert wait_for(lambda: "Preview only" in fetch(url + PAGE))  # the problem, in the browser
    page = fetch(url + PAGE)
    assert "recalls its envoy" in page and "quote-not-found" in page  # still serving, and why
    assert "quote-not-found" in fetch(url + "/problems/")
    assert "See every problem" in fetch(url + "/")  # every page says the preview is broken

    workspace.replace(EVENT, "recalled its diplomat", "recalled its ambassador")
    workspace.replace(EVENT, "recalls its envoy from Tehran",
                      "recalls its ambassador from Tehran, says Islamabad")
    assert wait_for(lambda: "recalls its ambassador from Tehran, says Islamabad" in fetch(url + PAGE))
    assert "Preview only" not in fetch(url + PAGE)
    log.seek(0)
    assert "Traceback" not in log.read()


def test_serve_rebuilds_when_a_seed_changes(workspace, server):
    url, log = server
    seed = workspace.root / "seeds/004_070e446cdca4d301.txt"
    seed.write_bytes(seed.read_bytes().replace(b"Wednesday evening", b"Tuesday evening"))
    assert wait_for(lambda: "error[seed-checksum]" in (log.seek(0) or log.read()))
    assert "recalled" in fetch(url + PAGE)  # the preview keeps serving
