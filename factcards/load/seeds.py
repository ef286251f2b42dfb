"""The archive of source texts: `seeds/`, verified against its checksum manifest.

Every card is checked against these texts, so a silently edited, added or removed seed is an error
that points at the manifest line or the file concerned. Pages archived as published (`seeds/raw/`,
listed in the manifest as `raw/<name>`) are verified the same way but are never read as texts:
the text seed made from each one is what cards cite. Retrieval records (`seeds/retrieved/<name>`,
see `retrievals`) are verified and read like texts, under their listed names, which no card can
cite.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from factcards.load.retrievals import RETRIEVED
from factcards.problems import Problem

SEEDS = "seeds"
MANIFEST = "SHA256SUMS"
RAW = "raw"
_LINE = re.compile(r"([0-9a-f]{64}) [ *](\S+)")
_HINT = "the archive is kept byte for byte as retrieved; restore the file from version control"


def read_archive(root: Path) -> tuple[dict[str, str], list[Problem]]:
    """Read every seed and check it against the manifest. Returns decoded texts by file name."""
    folder = root / SEEDS
    manifest_path = f"{SEEDS}/{MANIFEST}"
    problems: list[Problem] = []
    raw: dict[str, bytes] = {}
    if not folder.is_dir():
        return {}, [Problem(SEEDS, 1, 1, "seed-checksum", "the seeds/ folder is missing",
                            hint=_HINT)]
    problems += _read_folder(folder, "", raw)
    for sub in (RAW, RETRIEVED):
        if (folder / sub).is_dir() and not (folder / sub).is_symlink():
            problems += _read_folder(folder / sub, f"{sub}/", raw)
    listed: set[str] = set()
    try:
        lines: list[str] | None = (folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = None
        problems.append(Problem(manifest_path, 1, 1, "seed-checksum",
                                "the checksum manifest is missing or unreadable", hint=_HINT))
    for number, line in enumerate(lines or [], start=1):
        match = _LINE.fullmatch(line.strip())
        if not match:
            problems.append(Problem(manifest_path, number, 1, "seed-checksum",
                                    f"expected '<sha256>  <file name>', found '{line}'", hint=_HINT))
            continue
        digest, name = match.groups()
        listed.add(name)
        if name not in raw:
            problems.append(Problem(manifest_path, number, 67, "seed-checksum",
                                    f"'{name}' is listed but missing from seeds/", hint=_HINT))
        elif hashlib.sha256(raw[name]).hexdigest() != digest:
            problems.append(Problem(manifest_path, number, 1, "seed-checksum",
                                    f"'{name}' does not match its checksum: it has been edited",
                                    hint=_HINT))
    texts: dict[str, str] = {}
    for name, data in raw.items():
        rel = f"{SEEDS}/{name}"
        if lines is not None and name not in listed:
            problems.append(Problem(rel, 1, 1, "seed-checksum",
                                    f"'{name}' is not in {manifest_path}",
                                    hint="archive files with 'python build_cards.py archive FILE', "
                                         "which lists them; or remove this one"))
        if name.startswith(f"{RAW}/"):
            continue
        try:
            texts[name] = data.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(rel, 1, 1, "encoding", "the archived text is not UTF-8"))
    return texts, problems


def _read_folder(folder: Path, prefix: str, into: dict[str, bytes]) -> list[Problem]:
    """Read every archived file of one folder into `into`, named as the manifest names it."""
    problems = []
    for entry in sorted(folder.iterdir()):
        rel = f"{SEEDS}/{prefix}{entry.name}"
        if entry.is_symlink():
            problems.append(Problem(rel, 1, 1, "symlink", "links are not allowed in seeds/",
                                    hint="replace the link with the archived file itself"))
        elif entry.is_file() and entry.name != MANIFEST and not entry.name.startswith("."):
            into[prefix + entry.name] = entry.read_bytes()
    return problems
