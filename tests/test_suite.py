"""The test suite's own shape: test modules share code only through tests/helpers.py and
tests/conftest.py, never by importing one another (which runs the imported module's tests' set-up
and fixtures in the importer, and ties one file's edits to another's)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_test_modules(path: Path, test_modules: set[str]) -> list[str]:
    """The test modules `path` imports, in any spelling: `tests.test_x`, `from tests import
    test_x`, `from .test_x import ...`, `import test_x`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            names = [base] + [f"{base}.{alias.name}".lstrip(".") for alias in node.names]
        else:
            continue
        found += [name for name in names if name.rsplit(".", 1)[-1] in test_modules]
    return sorted(set(found))


def test_no_test_module_imports_another():
    paths = sorted(TESTS.rglob("test_*.py"))
    modules = {path.stem for path in paths}
    assert len(modules) > 20
    offenders = {path.relative_to(TESTS).as_posix(): imported
                 for path in paths if (imported := imported_test_modules(path, modules))}
    assert offenders == {}


def test_the_check_sees_every_spelling_of_such_an_import(tmp_path):
    modules = {"test_archive", "test_browser"}
    for source in ("from tests.test_archive import run", "import tests.test_browser",
                   "from tests import test_archive", "from .test_archive import run",
                   "from . import test_browser", "import test_archive"):
        path = tmp_path / "test_new.py"
        path.write_text(source + "\n", encoding="utf-8")
        assert imported_test_modules(path, modules), source
    path = tmp_path / "test_new.py"
    path.write_text("from tests.helpers import run\nimport pytest\n", encoding="utf-8")
    assert imported_test_modules(path, modules) == []
