"""Verdicts remembered between checks: what the rules found in each card (its card and evidence
rules, and the meaning rules), kept under a key made of everything that can change it, so that
a card nothing touched is not judged again.

The meaning rules cost milliseconds a card, where reading it costs a fraction of one; an editor
who changes one card of ten thousand waits for that card alone. A verdict's key is a digest of
the card file's bytes and of the world it was judged in: the engine (every file under
`factcards/`, Python's version and the versions of the packages whose data the rules read), the
project's settings, every card id, and every fact the rules look up across cards (each source's
located text, publication dates, listed spellings and roles, the days dated cards give). Change
any of these and every key changes: nothing is ever taken from a verdict judged in another
world. Verdicts are kept in the user's cache folder (`$XDG_CACHE_HOME`, else `~/.cache`), under
`factcards/` and a digest of the project's path, and only those of the latest check: a check
writes nothing in the project.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from factcards.load.cardfile import CardFile
from factcards.problems import Problem
from factcards.rules.lookup import Lookup
from factcards.usercache import folder

FILE = "verdicts.json"
ENGINE = Path(__file__).resolve().parent
# The packages whose data or behaviour the rules read: word forms, stems, stop words, look-alikes.
# (A test holds this list to every package the checking modules import.)
PACKAGES = ("lemminflect", "snowballstemmer", "stopwords", "confusable-homoglyphs", "RapidFuzz",
            "pyahocorasick", "pydantic", "pydantic_core", "PyYAML", "trafilatura", "lxml")


@functools.cache
def engine_digest() -> str:
    """A digest of the engine as installed: its files, Python, and the packages it reads."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(ENGINE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(ENGINE).as_posix().encode() + b"\0" + path.read_bytes())
    for name in PACKAGES:
        try:
            digest.update(f"{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


def world_digest(look: Lookup) -> str:
    """A digest of everything besides a card that the meaning rules read when judging it."""
    digest = hashlib.sha256(engine_digest().encode())
    digest.update(look.settings.model_dump_json().encode())
    digest.update(json.dumps({kind: sorted(ids) for kind, ids in sorted(look.ids.items())}).encode())
    shared = look.shared
    for sid, text in sorted(shared.sources.items()):
        digest.update(f"\0{sid}\0{text.seed}\0".encode() + text.norm.original.encode() + b"\0"
                      + text.body.encode() + repr(text.furniture).encode())
    digest.update(repr(sorted(shared.published.items())).encode())
    digest.update(repr((sorted(shared.listed), shared.names, shared.roles,
                        sorted(shared.dated.items()))).encode())
    return digest.hexdigest()


@dataclass
class Verdicts:
    """The verdicts of an earlier check (`known`, by key) and those of this one (`found`).
    `world` is set once the check's lookup is made (see `bind`)."""

    known: dict[str, list[dict]] = field(default_factory=dict)
    found: dict[str, list[dict]] = field(default_factory=dict)
    world: str = ""

    def bind(self, look: Lookup) -> None:
        self.world = world_digest(look)

    def key(self, cf: CardFile, stage: str = "valid") -> str:
        """A verdict's key: the stage of the check (`card`: the card and evidence rules,
        `valid`: the meaning rules), the world, and the card file as it is."""
        text = f"{stage}\0{self.world}\0{cf.kind}\0{cf.path}\0{cf.digest}"
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, cf: CardFile, stage: str = "valid") -> list[Problem] | None:
        """The card's remembered problems at `stage`, if it was judged in this world as it is now."""
        if not self.world or not cf.digest:
            return None
        key = self.key(cf, stage)
        found = self.known.get(key)
        if found is None:
            return None
        self.found[key] = found
        return [Problem(**problem) for problem in found]

    def put(self, cf: CardFile, problems: list[Problem], stage: str = "valid") -> None:
        if self.world and cf.digest:
            self.found[self.key(cf, stage)] = [asdict(problem) for problem in problems]


def store(root: Path) -> Path:
    """Where the verdicts of the project at `root` are kept: outside it, so that a check never
    writes in the project it checks."""
    project = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return folder() / project / FILE


def read_verdicts(root: Path) -> Verdicts:
    """The verdicts the last check left; none if there are none or they cannot be read."""
    try:
        known = json.loads(store(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Verdicts()
    if not isinstance(known, dict) or not all(isinstance(v, list) for v in known.values()):
        return Verdicts()
    return Verdicts(known={k: v for k, v in known.items()
                           if all(isinstance(p, dict) and set(p) <= _FIELDS for p in v)})


_FIELDS = frozenset(Problem.__dataclass_fields__)


def write_verdicts(root: Path, verdicts: Verdicts) -> None:
    """Keep this check's verdicts for the next; where the cache folder cannot be written to,
    the next check simply judges every card."""
    if verdicts.found == verdicts.known:
        return
    path = store(root)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f".{FILE}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(verdicts.found, separators=(",", ":")), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        return
