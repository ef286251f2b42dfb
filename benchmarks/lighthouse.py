"""Lighthouse's mobile audit of three pages a reader meets: home, an event and a source.

    .venv/bin/python benchmarks/lighthouse.py [--runs 3]

Builds the site, serves it on a loopback port the way GitHub Pages serves it (gzip for text,
ten minutes' caching), and runs Lighthouse from node_modules (pinned in package.json) against
Debian's Chromium (CHROME_PATH). Prints each page's scores, page weight as transferred and
largest contentful paint, the median of the runs, as a Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules/.bin/lighthouse"
PAGES = {"home": "", "event": "events/pakistan-strikes-inside-iran/",
         "source": "sources/pakistan-iran-agree-to-deescalate/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", "/")


class Pages(http.server.SimpleHTTPRequestHandler):
    """Static files as GitHub Pages sends them: text gzipped, cached for ten minutes."""

    def log_message(self, *args) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):  # type: ignore[override]
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (gzipped and path.endswith(TEXT) and os.path.isfile(path)):
            return super().send_head()
        body = gzip.compress(Path(path).read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *args) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    handler = functools.partial(Pages, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_port


def build(out: Path, base: str) -> None:
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "FACTCARDS_SITE_URL": base}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)], cwd=ROOT,
                   check=True, env=env)


def audit(url: str, report: Path) -> dict:
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                    "--only-categories=" + ",".join(CATEGORIES),
                    "--chrome-flags=--headless --no-sandbox"],
                   check=True, env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"}, timeout=300)
    data = json.loads(report.read_text())
    audits = data["audits"]
    return {"scores": {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES},
            "weight": audits["total-byte-weight"]["numericValue"] / 1024,
            "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "site"
        # The port is chosen first, so the build's canonical addresses are the served ones.
        server, port = serve(out)
        base = f"http://127.0.0.1:{port}/"
        build(out, base)
        print("| page | performance | accessibility | best practices | SEO | weight | LCP |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for name, path in PAGES.items():
            runs = [audit(base + path, Path(tmp) / f"{name}-{i}.json") for i in range(args.runs)]
            scores = {c: statistics.median(r["scores"][c] for r in runs) for c in CATEGORIES}
            weight = statistics.median(r["weight"] for r in runs)
            lcp = statistics.median(r["lcp"] for r in runs)
            print(f"| {name} (`/{path}`) | " + " | ".join(f"{scores[c]:.0f}" for c in CATEGORIES)
                  + f" | {weight:.0f} KiB | {lcp:.1f} s |")
        server.shutdown()


if __name__ == "__main__":
    main()
