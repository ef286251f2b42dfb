"""The archive command's edge: read a saved page (or text), keep it byte for byte, write its text
seed and a proposed source card, and list both files in the checksum manifest.

A page is refused, with nothing written, when it is too large, not HTML, holds no article text, or
would take a name that already exists with other content. Everything else (reading the page,
proposing the card) is pure and lives in its own module.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from factcards.edit.atomic import write_all
from factcards.edit.cardtext import card_id, card_yaml
from factcards.edit.propose import Page, Proposal, propose
from factcards.kinds import SOURCES
from factcards.load.retrievals import RETRIEVED, record_name, record_text
from factcards.load.seeds import MANIFEST, RAW, SEEDS
from factcards.text.article import read_article
from factcards.text.webpage import canonical_url, decode, headings, looks_like_html, page_text, parse

MAX_BYTES = 5 * 1024 * 1024
CARDS = f"cards/{SOURCES}"
_ARCHIVED = re.compile(r"(\d{3,})_([0-9a-f]{16})\.")
_LISTED = re.compile(r"([0-9a-f]{64}) [ *](\S+)")
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


class Refused(Exception):
    """The file was not archived and nothing was written; the message says why."""


@dataclass(frozen=True)
class Archived:
    card: str  # the card's path, relative to the project
    written: list[tuple[str, str]]  # (path, what it is), files this run wrote
    unchanged: list[str]  # files that were there already, identical
    decisions: list[str]


def read_capped(path: Path) -> bytes:
    """The file's bytes; refused past the size cap before reading more than one byte over it."""
    if not path.is_file():
        raise Refused(f"{path}: no such file")
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise Refused(f"{path}: larger than {MAX_BYTES // 1024 // 1024} MiB; save the article's page "
                      "alone, without images or scripts inlined")
    return data


def read_page(path: Path, data: bytes, url: str | None, latest: dt.date) -> Page:
    """What the proposal needs: a `.txt` file is a text seed as it is; anything else must be HTML."""
    if path.suffix.lower() == ".txt":
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(f"{path}: not UTF-8 text; archive the page it came from instead") from None
        if "\x00" in text:
            raise Refused(f"{path}: not text (it holds NUL bytes)")
        return Page(text)
    text = decode(data)
    if not looks_like_html(text):
        raise Refused(f"{path}: not an HTML page (it does not begin with an HTML tag); save the "
                      "page from the browser as 'Web page, HTML only'")
    tree = parse(text)
    article = read_article(text, url, latest)
    if not article.blocks:
        raise Refused(f"{path}: no article text found in the page")
    return Page(page_text(tree), article.blocks, headings(tree), article.title, article.sitename,
                article.published, canonical_url(tree))


def _stem(folder: Path, digest: str) -> str:
    """`NNN_<hash16>`: the number of an earlier copy of the same file, else the next number."""
    numbers, same = [], None
    for entry in [*folder.glob("*"), *(folder / RAW).glob("*")]:
        match = _ARCHIVED.match(entry.name)
        if match:
            numbers.append(int(match.group(1)))
            same = match.group(1) if match.group(2) == digest[:16] else same
    return f"{same or f'{max(numbers, default=-1) + 1:03d}'}_{digest[:16]}"


def _manifest(folder: Path, files: dict[str, bytes]) -> tuple[str, list[str]]:
    """The manifest's text and the lines to add for `files` (names as the manifest gives them)."""
    path = folder / MANIFEST
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    listed = {m.group(2): m.group(1) for line in text.splitlines() if (m := _LISTED.fullmatch(line.strip()))}
    added = []
    for name, content in files.items():
        digest = hashlib.sha256(content).hexdigest()
        if listed.get(name.strip(), digest) != digest:
            raise Refused(f"{SEEDS}/{MANIFEST} lists {name} with another checksum; nothing written")
        twin = next((n for n, d in listed.items() if d == digest and n != name), None)
        if twin is not None:
            raise Refused(f"{SEEDS}/{name} would repeat {SEEDS}/{twin}, archived already; "
                          "nothing written")
        if name not in listed:
            added.append(f"{digest}  {name}")
    return text, added


def archive(root: Path, path: Path, url: str | None = None, retrieved: dt.date | None = None,
            wanted_id: str | None = None, today: dt.date | None = None) -> Archived:
    """Archive one file into the project at `root`; raises Refused with nothing written."""
    data = read_capped(path)
    page = read_page(path, data, url, retrieved or today or dt.date.today())
    proposal = propose(page, url, retrieved)
    if proposal is None:
        raise Refused(f"{path}: no article text found (no paragraph of running text outside the "
                      "page's furniture)")
    digest = hashlib.sha256(data).hexdigest()
    folder = root / SEEDS
    stem = _stem(folder, digest)
    raw = None if page.blocks is None else f"{RAW}/{stem}{_suffix(path)}"
    seed = f"{stem}.txt"
    archived = {**({raw: data} if raw else {}), seed: page.text.encode("utf-8") if raw else data}
    if url is not None:  # the only place an address the page does not print may come from
        archived[record_name(seed)] = record_text(seed, url, retrieved).encode("utf-8")
    key = wanted_id or card_id(proposal.headline.value or "", f"source-{digest[:8]}")
    card = f"{CARDS}/{key}.yaml"
    notes = [f"Retrieved on {retrieved.isoformat()}."] if retrieved else []
    origin = f"{SEEDS}/{raw or seed}"
    files = {**{f"{SEEDS}/{name}": content for name, content in archived.items()},
             card: card_yaml(proposal, key, seed, origin, notes).encode("utf-8")}
    try:
        return _write(root, folder, files, archived, card, proposal, raw is not None)
    except OSError as exc:
        raise Refused(f"{path}: could not write the archive ({exc}); nothing written") from exc


def _suffix(path: Path) -> str:
    return path.suffix.lower() if path.suffix.lower() in _PAGE_SUFFIXES else ".html"


def _write(root: Path, folder: Path, files: dict[str, bytes], archived: dict[str, bytes], card: str,
           proposal: Proposal, page: bool) -> Archived:
    new, unchanged = {}, []
    for rel, content in files.items():
        target = root / rel
        if target.is_symlink() or target.exists():
            if not target.is_file() or target.read_bytes() != content:
                extra = " (give the card another id with --id)" if rel == card else ""
                raise Refused(f"{rel} exists already with other content; nothing written{extra}")
            unchanged.append(rel)
        else:
            new[target] = content
    text, added = _manifest(folder, archived)
    changed = {folder / MANIFEST: (text + ("\n" if text and not text.endswith("\n") else "")
                                   + "".join(f"{line}\n" for line in added)).encode("utf-8")}
    write_all(new, changed if added else {})
    what = {card: "a proposed source card"}
    for rel in files:
        what.setdefault(rel, "the page, byte for byte" if page and f"/{RAW}/" in rel
                        else "where it was retrieved from" if f"/{RETRIEVED}/" in rel else "its text")
    written = [(str(p.relative_to(root)), what[str(p.relative_to(root))]) for p in new]
    if added:
        written.append((f"{SEEDS}/{MANIFEST}", f"{len(added)} line{'s' * (len(added) > 1)} added"))
    return Archived(card, written, unchanged, proposal.decisions)
