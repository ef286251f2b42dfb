"""A site built beside the published one and swapped in only when the whole build succeeded,
so a build that fails at any point leaves the previous site exactly as it was."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

SUFFIX = ".building"


class WarningCount(logging.Handler):
    """Counts what strict mode will fail on, so a doomed site is never swapped in."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class Staging:
    """The folder a build writes to instead of `site`, and the warnings logged meanwhile
    under `logger` (the site generator's)."""

    def __init__(self, site: Path, logger: str) -> None:
        self.site, self.staged = site, site.with_name(site.name + SUFFIX)
        self.warnings, self.logger = WarningCount(), logging.getLogger(logger)
        shutil.rmtree(self.staged, ignore_errors=True)
        self.logger.addHandler(self.warnings)

    def publish(self, strict: bool) -> bool:
        """Replace the site with the staged one (two renames, the old site removed only
        afterwards), unless strict mode is about to fail the build: then discard it."""
        if strict and self.warnings.count:
            self.discard()
            return False
        old = self.site.with_name(self.site.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.site.exists():
            self.site.rename(old)
        self.staged.rename(self.site)
        shutil.rmtree(old, ignore_errors=True)
        return True

    def discard(self) -> None:
        shutil.rmtree(self.staged, ignore_errors=True)

    def close(self) -> None:
        self.logger.removeHandler(self.warnings)


def missing_pages(site: Path, urls: list[str]) -> list[str]:
    """The page addresses (`events/x/`) that have no `index.html` in a built site."""
    return [url for url in urls if not (site / url / "index.html").is_file()]
