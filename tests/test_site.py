"""The real site built by MkDocs, as editors and CI build it."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from tests.test_render import HOSTILE, hostile_event

EVENT = "cards/events/pakistan-protests-and-recalls-its-ambassador.yaml"


def build(root: Path, site: Path, env: dict[str, str] | None = None
          ) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                          cwd=root, capture_output=True, text=True, timeout=300,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", **(env or {})})


def snapshot(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


class _Text(HTMLParser):
    """Collects what a reader sees, and every element and attribute a browser would build."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> _Text:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_the_real_site_builds_strict(workspace, tmp_path):
    site = tmp_path / "site"
    staged = set(Path(tempfile.gettempdir()).glob("factcards-exports-*"))
    result = build(workspace.root, site)
    assert set(Path(tempfile.gettempdir()).glob("factcards-exports-*")) == staged  # cleaned up
    assert result.returncode == 0, result.stderr
    pages = snapshot(site)
    for page in ("index.html", "events/index.html", "people/index.html", "rules/index.html",
                 "events/pakistan-strikes-inside-iran/index.html",
                 "sources/pakistan-iran-agree-to-deescalate/index.html"):
        assert page in pages
    event = parse(site / "events/pakistan-strikes-inside-iran/index.html")
    links = {dict(attrs).get("href") for tag, attrs in event.tags if tag == "a"}
    assert any(link.startswith("../../sources/pakistan-iran-agree-to-deescalate/#q-")
               for link in links)
    assert "../../people/ahmad-vahidi/" in links
    toc = [dict(attrs).get("href") for tag, attrs in event.tags
           if tag == "a" and "md-nav__link" in (dict(attrs).get("class") or "")]
    assert "#what-happened" in toc and "#history" in toc  # the theme's table of contents
    assert_links_land(site)
    index = (site / "search/search_index.json").read_text(encoding="utf-8")
    assert "Marg Bar Sarmachar" in index  # what the cards state and quote is searchable;
    for furniture in ("Akismet", "Cuomo"):  # the page furniture around an article is not
        assert furniture not in index
        assert furniture in (site / "sources/iranian-fm-visits-pakistan-to-patch-up-relations"
                             / "index.html").read_text(encoding="utf-8")
    assert not (workspace.root / "docs" / "events").exists(), "nothing is written into docs/"


def assert_links_land(site: Path) -> None:
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
    assert checked > 1000 and passages > 100


def test_hostile_card_text_is_inert_in_the_built_html(workspace, tmp_path):
    hostile = " ".join(HOSTILE)
    workspace.write("cards/events/hostile.yaml", hostile_event(hostile))
    site = tmp_path / "site"
    assert build(workspace.root, site).returncode == 0
    page = parse(site / "events/hostile/index.html")
    seen = " ".join(" ".join(page.text).split())
    assert " ".join(hostile.split()) in seen  # every character shows as typed
    for tag, attrs in page.tags:
        assert tag != "img" or dict(attrs).get("src") != "x"
        assert not any(name.startswith("on") for name, _ in attrs), (tag, attrs)
        assert not any((value or "").startswith("javascript:") for _, value in attrs)
        # A shared page's title and summary hold the text, escaped, as a meta tag's content.
        assert not any("evil" in (value or "") for name, value in attrs
                       if not (tag == "meta" and name == "content"))
    plain = parse(site / "events/pakistan-protests-and-recalls-its-ambassador/index.html")
    assert [t for t, _ in page.tags if t in ("script", "img", "iframe")] == [
        t for t, _ in plain.tags if t in ("script", "img", "iframe")]
    title = (site / "events/hostile/index.html").read_text().split("<title>")[1].split("</title>")[0]
    assert "<" not in title and "&lt;script&gt;alert(x)&lt;/script&gt;" in title


def test_a_bad_card_fails_the_build_and_leaves_the_previous_site(workspace, tmp_path):
    site = tmp_path / "site"
    assert build(workspace.root, site).returncode == 0
    before = snapshot(site)
    workspace.replace(EVENT, "evening, Pakistan recalled its ambassador",
                      "evening, Pakistan recalled its envoy")
    result = build(workspace.root, site)
    assert result.returncode != 0
    assert f"{EVENT}:25:67: error[quote-not-found]" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(site) == before
