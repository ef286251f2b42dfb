"""The fact cards' command line and MkDocs hook.

    python build_cards.py check [PATH ...] [--format text|github|json]

MkDocs loads this file through `hooks:` in mkdocs.yml; the work is done in the `factcards` package.
The MkDocs side is imported only when MkDocs calls a hook, so the command line starts fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import factcards  # noqa: F401  (importable later, when MkDocs has restored sys.path)

EVENTS = ("on_startup", "on_config", "on_pre_build", "on_files", "on_page_content", "on_post_page",
          "on_post_build", "on_build_error", "on_shutdown")


def _hook(name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        from factcards.publish import mkdocs_hooks

        return getattr(mkdocs_hooks, name)(*args, **kwargs)

    call.__name__ = name
    return call


globals().update({name: _hook(name) for name in EVENTS})

def _use_project_python() -> None:
    """Run with a Python that lacks the project's packages (`python build_cards.py ...`), re-run
    with the project's own environment, `.venv`, as the README's set-up makes it."""
    import importlib.util
    import os
    from pathlib import Path

    if importlib.util.find_spec("pydantic") and importlib.util.find_spec("yaml"):
        return
    venv = Path(__file__).absolute().parent / ".venv" / "bin" / "python"
    if venv.exists() and Path(sys.executable).absolute() != venv:
        os.execv(venv, [str(venv), *sys.argv])


if __name__ == "__main__":
    from pathlib import Path

    _use_project_python()
    from factcards.edit.cli import main

    sys.exit(main(root=Path(__file__).absolute().parent))
