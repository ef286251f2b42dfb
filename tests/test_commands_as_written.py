"""Every command the README, the editors' guide and the command line's own output give runs as
written in a copy of the project set up as the README says (the project's `.venv`)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each command runs in a subprocess

ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"(?:^|`)((?:\.venv/bin/)?python3? build_cards\.py [^`#\n]*)", re.M)


def written_commands() -> list[str]:
    found = []
    for doc in ("README.md", "docs/editors.md"):
        found += [c.strip() for c in COMMAND.findall((ROOT / doc).read_text(encoding="utf-8"))]
    return list(dict.fromkeys(c for c in found if "..." not in c and "[" not in c))


def run(root: Path, command: str) -> subprocess.CompletedProcess:
    return subprocess.run(shlex.split(command), cwd=root, capture_output=True, text=True,
                          timeout=120, env={"PATH": "/usr/local/bin:/usr/bin:/bin"})


def test_the_documented_commands_run_as_written(workspace):
    (workspace.root / ".venv").symlink_to(Path(sys.prefix))
    commands = written_commands()
    assert any(c.startswith(".venv/bin/python build_cards.py find") for c in commands)
    assert not any(c.startswith("python build_cards.py") for c in commands), commands
    for command in commands:
        result = run(workspace.root, command)
        # 1 is a finding (an unfinished skeleton card has errors), never a misuse (2) or a crash.
        assert result.returncode in (0, 1), (command, result.stderr)
        assert "Traceback" not in result.stderr, command
        for said in re.findall(r"'(\.venv/bin/python build_cards\.py [^']+)'", result.stdout):
            assert run(workspace.root, said).returncode in (0, 1), said  # what it tells you to run


def test_a_plain_python_finds_the_projects_environment(workspace):
    (workspace.root / ".venv").symlink_to(Path(sys.prefix))
    result = run(workspace.root, "/usr/bin/python3 build_cards.py check")
    assert result.returncode == 0, result.stderr
    assert "cards valid" in result.stdout or "cards checked" in result.stdout


def test_a_plain_python_runs_the_projects_environment_from_the_project_root():
    """As an editor types it in the project itself, with the README's `.venv` set up."""
    assert (ROOT / ".venv/bin/python").exists(), "set the project up as the README says"
    result = run(ROOT, "/usr/bin/python3 build_cards.py check")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("all ") and result.stdout.endswith(" cards valid\n")


def test_a_python_with_only_some_of_the_packages_runs_the_projects_environment(tmp_path):
    """A system Python may have PyYAML and pydantic but not the rest (snowballstemmer, ...)."""
    for package in ("yaml", "pydantic"):  # empty stand-ins: found, but not the real thing
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    script = (f"import runpy, sys; sys.path.insert(0, {str(tmp_path)!r}); "
              "sys.argv = ['build_cards.py', 'check']; runpy.run_path('build_cards.py', run_name='__main__')")
    result = subprocess.run(["/usr/bin/python3", "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env={"PATH": "/usr/local/bin:/usr/bin:/bin"})
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert result.stdout.endswith(" cards valid\n")


def test_without_the_projects_environment_a_plain_python_says_how_to_set_it_up(workspace):
    result = run(workspace.root, "/usr/bin/python3 build_cards.py check")
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt" in result.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt" in readme


def test_a_broken_environment_is_run_once_and_says_how_to_set_it_up(workspace):
    """A `.venv` whose Python lacks the packages is not re-run again and again."""
    (workspace.root / ".venv/bin").mkdir(parents=True)
    (workspace.root / ".venv/bin/python").symlink_to("/usr/bin/python3")
    result = run(workspace.root, "/usr/bin/python3 build_cards.py check")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "set the project up first" in result.stderr
