"""The editors' guide and README show cards and commands that really work."""

from __future__ import annotations

import re
from pathlib import Path

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
