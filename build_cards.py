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

if __name__ == "__main__":
    from pathlib import Path

    from factcards.edit.cli import main

    sys.exit(main(root=Path(__file__).absolute().parent))
