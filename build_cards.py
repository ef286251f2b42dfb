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

# The README's set-up, named when the packages are missing and there is no environment to use.
SET_UP = "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt"
# Set in the environment of the re-run, so that a project environment that is itself broken is
# never re-run again.
RERUN = "FACTCARDS_PROJECT_PYTHON"


def _use_project_python() -> None:
    """Run by any other Python (`python3 build_cards.py ...`), re-run with the project's own
    environment, `.venv`, as the README's set-up makes it, whatever the running one has."""
    import os
    from pathlib import Path

    venv = Path(__file__).absolute().parent / ".venv"
    python = venv / "bin" / "python"
    if os.environ.get(RERUN) or not python.exists():
        return
    if Path(sys.prefix).resolve() == venv.resolve():
        return  # this is the project's environment (whatever the spelling of its path)
    os.execve(python, [str(python), *sys.argv], {**os.environ, RERUN: "1"})


def _missing(error: ModuleNotFoundError) -> int:
    """A package the command needs is not installed: say how to set up, in one line, not a
    traceback."""
    print(f"build_cards.py: this Python ({sys.executable}) lacks the project's packages (no module "
          f"named {error.name!r}); set the project up first: {SET_UP}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    import gc
    from pathlib import Path

    _use_project_python()
    # The cards' models use no pydantic plugin, and looking for plugins reads the entry points
    # of every installed package as the models are built: a setting of one's own still wins.
    import os

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Importing makes only objects that live as long as the process: the cycle collector would
    # walk them again and again as they accumulate, and find nothing to free.
    gc.disable()
    try:
        from factcards.edit.cli import main

        gc.enable()
        status = main(root=Path(__file__).absolute().parent)
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] == "factcards":
            raise
        status = _missing(error)
    sys.exit(status)
