"""The pages' `Settings` from a site's configuration: read by the MkDocs adapter from MkDocs's
config, and by `build_cards.py pages` from `mkdocs.yml` itself, so both publish the same files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import yaml

from factcards.publish.history import first_added, last_changed
from factcards.site.pages import Settings

CONFIG = "mkdocs.yml"


def edit_base(repo_url: str | None, edit_uri: str | None, docs_dir: str = "docs") -> str | None:
    """Where a repository file is edited: the repository address and `edit_uri` without its
    docs folder, so card files (outside docs/) get edit links too."""
    if not repo_url or not edit_uri:
        return None
    return repo_url.rstrip("/") + "/" + edit_uri.removesuffix(Path(docs_dir).name + "/")


def build_day() -> dt.date:
    """The day of the build, as MkDocs dates one: `SOURCE_DATE_EPOCH` when it is set (so two
    builds of the same cards make the same files), else today in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    return moment.date()


def from_config(root: Path, config: dict[str, Any], serving: bool = False) -> Settings:
    """Settings from a site's configuration values (`site_name`, `site_description`, `site_url`,
    `repo_url`, `edit_uri`, `docs_dir`), the project's version history and the build's day."""
    return Settings(title=config.get("site_name") or "", base_url=config.get("site_url") or "",
                    description=config.get("site_description") or "",
                    edit_base=edit_base(config.get("repo_url"), config.get("edit_uri"),
                                        config.get("docs_dir") or "docs"),
                    changed=last_changed(root), added=first_added(root), built=build_day(),
                    serving=serving)


class _Loader(yaml.SafeLoader):
    """Reads `mkdocs.yml` as MkDocs does for the few values wanted here: `!ENV` from the
    environment, any other tag (a theme's Python names) as nothing."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    names = ([loader.construct_scalar(node)] if isinstance(node, yaml.ScalarNode)
             else loader.construct_sequence(node))  # type: ignore[arg-type]
    *variables, default = names if len(names) > 1 else [*names, None]
    return next((os.environ[name] for name in variables if name in os.environ), default)


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_config(root: Path) -> dict[str, Any]:
    """The top-level values of the project's `mkdocs.yml`, or none if it has none."""
    path = root / CONFIG
    if not path.is_file():
        return {}
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    return document if isinstance(document, dict) else {}
