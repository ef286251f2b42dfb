"""The fact cards' command line and MkDocs hook.

    python build_cards.py check [PATH ...] [--format text|github|json]

MkDocs loads this file through `hooks:` in mkdocs.yml; the work is done in the `factcards` package.
The MkDocs side is imported only when MkDocs calls a hook, so the command line starts fast.
"""

from __future__ import annotations

import sys
from typing import Any

import factcards  # noqa: F401  (importable later, when MkDocs has restored sys.path)


def on_startup(**kwargs: Any) -> None:
    from factcards import mkdocs_hooks

    mkdocs_hooks.on_startup(**kwargs)


def on_pre_build(**kwargs: Any) -> None:
    from factcards import mkdocs_hooks

    mkdocs_hooks.on_pre_build(**kwargs)


def on_files(files: Any, **kwargs: Any) -> Any:
    from factcards import mkdocs_hooks

    return mkdocs_hooks.on_files(files, **kwargs)


if __name__ == "__main__":
    from factcards.cli import main

    sys.exit(main())
