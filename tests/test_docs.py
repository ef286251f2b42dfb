"""The editors' guide and README show cards and commands that really work."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```yaml\n# (cards/[a-z]+/[a-z0-9-]+\.yaml)\n(.*?)```", re.S)


def test_every_example_card_in_the_guide_passes(workspace):
    guide = (ROOT / "docs/editors.md").read_text(encoding="utf-8")
    examples = BLOCK.findall(guide)
    assert len(examples) >= 4
    kinds = set()
    for path, text in examples:
        workspace.write(path, text)
        kinds.add(path.split("/")[1])
    assert workspace.problems() == []
    assert kinds == {"events", "sources", "people", "disagreements"}


def test_the_readme_gives_two_set_up_commands_first():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = readme.split("## ")[0]
    commands = re.findall(r"```sh\n(.*?)\n```", first_screen, re.S)
    assert len(commands) == 2
    assert commands[0].endswith("mkdocs serve") and commands[1] == "bash tests/run"
    assert (ROOT / "tests/run").read_text().rstrip().endswith('.venv/bin/python -m pytest "$@"')


@pytest.mark.slow  # runs the guide's commands in subprocesses
def test_the_add_a_source_walkthrough_works_as_written(workspace):
    """Every command of the guide's "Add a source" section, run as written in a copy of the
    project, prints what the guide shows, and the card it writes is the one shown."""
    guide = (ROOT / "docs/editors.md").read_text(encoding="utf-8")
    section = guide.split("## Add a source\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"    ```(\w+)\n(.*?)    ```", section, re.S)
    shutil.copytree(ROOT / "tests/pages", workspace.root / "tests/pages")
    commands = [(i, body) for i, (kind, body) in enumerate(blocks) if kind == "sh"]
    assert len(commands) == 2
    for i, body in commands:
        args = shlex.split(textwrap.dedent(body))
        assert args[0] == ".venv/bin/python"  # as the README sets it up
        result = subprocess.run([sys.executable, *args[1:]], cwd=workspace.root,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        kind, shown = blocks[i + 1]
        assert kind == "text" and result.stdout == textwrap.dedent(shown)
    (kind, card), = [block for block in blocks if block[0] == "yaml"]
    path = "cards/sources/dockworkers-in-lisbon-end-three-day.yaml"
    assert workspace.read(path) == textwrap.dedent(card)


CONFLICT = re.compile(r"^(<<<<<<< |=======$|>>>>>>> )", re.M)


def test_no_tracked_text_file_holds_a_merge_conflict_marker():
    """A merge left half-resolved shows its markers on the published page; none may be committed."""
    listed = subprocess.run(["git", "ls-files", "-z", "--", "docs", "README.md", "factcards", "tests"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    found = []
    for name in filter(None, listed.split("\0")):
        data = (ROOT / name).read_bytes() if (ROOT / name).is_file() else b""
        if b"\0" in data:
            continue  # binary: an image
        text = data.decode("utf-8", errors="replace")
        found += [f"{name}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(0)}"
                  for m in CONFLICT.finditer(text)]
    assert found == []
