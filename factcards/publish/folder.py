"""Writing what `build_pages` returns as files: into a folder for any other site generator
(`build_cards.py pages`), or, for MkDocs, the exports into a folder it copies from while the
pages wait in memory."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcards.project import Project
from factcards.site.exports import dump_to
from factcards.site.pages import Content, Json, Settings, build_pages, card_files, card_page_urls


def write(folder: Path, path: str, content: Content) -> Path:
    """Write one generated file under `folder`: text as UTF-8, a picture as its bytes, a JSON
    document piece by piece, an archived text copied byte for byte."""
    target = folder / path
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, Path):
        shutil.copyfile(content, target)
    elif isinstance(content, bytes):
        target.write_bytes(content)
    elif isinstance(content, Json):
        with target.open("w", encoding="utf-8", newline="") as out:
            dump_to(content.document, out.write)
    else:
        target.write_text(content, encoding="utf-8", newline="")
    return target


def write_all(folder: Path, outputs: Iterable[tuple[str, Content]]) -> int:
    """Write every generated file under `folder`; returns how many."""
    count = 0
    for path, content in outputs:
        write(folder, path, content)
        count += 1
    return count


@dataclass
class Prepared:
    """One build's files, ready for a site generator to take."""

    pages: dict[str, bytes]  # UTF-8: thousands wait in memory, and a str holding one curly
    # quote takes two bytes a character
    folder: Path  # everything else: the exports (tens of megabytes at a newsroom's scale), the
    # feed, the picture and the archive
    edits: dict[str, str]  # card page -> its card file, which its edit link opens
    card_pages: list[str]  # the address of every card's own page

    def copied(self) -> list[str]:
        """The files in `folder`, as paths relative to it."""
        return sorted(p.relative_to(self.folder).as_posix() for p in self.folder.rglob("*")
                      if p.is_file())

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def prepare(project: Project, settings: Settings) -> Prepared:
    """Every generated file: pages (Markdown) kept as UTF-8, the rest written to a new temporary
    folder."""
    pages: dict[str, bytes] = {}
    folder = Path(tempfile.mkdtemp(prefix="factcards-exports-"))
    for path, content in build_pages(project, settings):
        if isinstance(content, str) and path.endswith(".md"):
            pages[path] = content.encode()
        else:
            write(folder, path, content)
    return Prepared(pages, folder, card_files(project), card_page_urls(project))
