"""Verdicts remembered between checks: a remembered check finds exactly what a full one finds,
judges again only the cards that changed (and every card when anything they rest on changed),
and nothing that publishes trusts a remembered verdict."""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import json
import sys
from pathlib import Path

import pytest

from factcards import verdicts as verdicts_module
from factcards.edit import cli
from factcards.project import check_project, load_project
from factcards.publish.serving import load
from factcards.verdicts import PACKAGES, Verdicts, store

ROOT = Path(__file__).resolve().parent.parent
STRIKE = "cards/events/iran-strikes-inside-pakistan.yaml"
HONEST = "Iran launched missile strikes against what it called militant bases in south-western"
FALSE = "Pakistan launched missile strikes against what it called militant bases in south-western"


@pytest.fixture
def judged(monkeypatch) -> list[str]:
    """The cards the meaning rules judge (rather than remember), in order."""
    found: list[str] = []
    real = Verdicts.put

    def put(self, cf, problems, stage="valid"):
        if stage == "valid":
            found.append(cf.path)
        real(self, cf, problems, stage)

    monkeypatch.setattr(Verdicts, "put", put)
    return found


def _shown(problems) -> list[str]:
    return [f"{p.path}:{p.line}:{p.column}: {p.level}[{p.rule}] {p.field}: {p.message}" for p in problems]


def _check(root: Path) -> list[str]:
    return _shown(check_project(root, processes=1, remember=True)[0])


def test_a_remembered_check_finds_what_a_full_one_finds(workspace):
    workspace.replace(STRIKE, HONEST, FALSE)  # a meaning rule's problem
    workspace.replace("cards/people/ahmad-vahidi.yaml", "spellings:\n", "spellings:\n  - Nobody Here\n")
    full = _shown(check_project(workspace.root, processes=1)[0])
    assert any("[actor-swapped]" in p for p in full)
    assert any("[spelling-not-found]" in p for p in full)  # a card rule's
    assert not store(workspace.root).exists()  # a check that was not asked to remember
    assert _check(workspace.root) == full
    assert store(workspace.root).is_file()
    assert _check(workspace.root) == full  # now from the verdicts


def test_only_a_changed_card_is_judged_again(workspace, judged):
    _check(workspace.root)
    cards = len(judged)
    assert cards > 30
    judged.clear()
    assert _check(workspace.root) == []
    assert judged == []
    workspace.replace(STRIKE, HONEST, FALSE)
    problems = _check(workspace.root)
    assert judged == [STRIKE]
    assert problems and all(p.startswith(STRIKE) for p in problems)
    judged.clear()
    workspace.replace(STRIKE, FALSE, HONEST)
    assert _check(workspace.root) == []
    assert judged == [STRIKE]  # as it was: its old verdict was not kept, it is judged again


def test_a_check_of_one_card_judges_it_alone_and_forgets_no_other(workspace, judged):
    _check(workspace.root)
    judged.clear()
    workspace.replace(STRIKE, HONEST, FALSE)
    other = "cards/events/pakistan-strikes-inside-iran.yaml"
    (workspace.root / other).write_text((workspace.root / other).read_text() + "# edited\n")
    found = _shown(check_project(workspace.root, remember=True, only=(STRIKE,))[0])
    assert judged == [STRIKE]  # the other changed card waits for a check that names it
    assert found and all(p.startswith(STRIKE) for p in found)
    judged.clear()
    assert _check(workspace.root) == found
    assert judged == [other]  # every card it did not judge kept its verdict


def _settings(root: Path) -> None:
    path = root / "project.yml"
    path.write_text(path.read_text().replace("newsroom_words: [", "newsroom_words: [meanwhile, ", 1))


def _spelling(root: Path) -> None:
    path = root / "cards/people/ahmad-vahidi.yaml"
    path.write_text(path.read_text().replace("spellings:\n", "spellings:\n  - Vahidi\n", 1))


def _article(root: Path) -> None:
    """An archived page changes outside its article (and is registered again): the located
    texts are what every card is read against."""
    seed = root / "seeds/002_04a59f0c63a55032.txt"  # the "amid strain in ties" article
    seed.write_bytes(seed.read_bytes() + b"\n\nShare this article\n")
    sums = root / "seeds/SHA256SUMS"
    sums.write_text("".join(f"{hashlib.sha256(seed.read_bytes()).hexdigest()}  {seed.name}\n"
                            if line.endswith(seed.name) else line + "\n"
                            for line in sums.read_text().splitlines()))


def _event_date(root: Path) -> None:
    """An event's day changes: a disagreement that names the event is read against it."""
    path = root / "cards/events/pakistan-strikes-inside-iran.yaml"
    path.write_text(path.read_text().replace('date: "2024-01-18"', 'date: "2024-01-19"', 1))


@pytest.mark.parametrize("change", [_settings, _spelling, _article, _event_date])
def test_a_change_to_what_cards_rest_on_judges_every_card_again(workspace, judged, change):
    _check(workspace.root)
    cards = len(judged)
    first = list(judged)
    judged.clear()
    change(workspace.root)
    _check(workspace.root)
    assert len(judged) == cards, set(first) - set(judged)


def test_a_new_card_judges_every_card_again(workspace, judged):
    _check(workspace.root)
    cards = len(judged)
    judged.clear()
    workspace.write("cards/people/extra-person.yaml", "id: extra-person\nname: Ahmad Vahidi\n"
                    "spellings:\n  - Ahmad Vahidi\n")
    _check(workspace.root)
    assert len(judged) >= cards  # the ids changed: a reference or a name may now mean another


def test_unreadable_verdicts_are_set_aside(workspace, judged):
    _check(workspace.root)
    cards = len(judged)
    for broken in ("not json", "[]", json.dumps({"a" * 64: [{"path": 1, "bogus": 2}]})):
        store(workspace.root).write_text(broken)
        judged.clear()
        assert _check(workspace.root) == []
        assert len(judged) == cards


def test_the_command_line_remembers_unless_told_not_to(workspace, capsys):
    assert cli.main(["check", "--no-cache"], root=workspace.root) == 0
    assert not store(workspace.root).exists()
    before = sorted(workspace.root.rglob("*"))
    assert cli.main(["check"], root=workspace.root) == 0
    assert store(workspace.root).is_file()
    assert not store(workspace.root).is_relative_to(workspace.root)
    assert sorted(workspace.root.rglob("*")) == before  # a check writes nothing in the project
    assert capsys.readouterr().out.count("cards valid") == 2


def test_nothing_that_publishes_trusts_a_remembered_verdict(workspace):
    """A verdicts file written to vouch for a false card (by hand, or committed) fools an
    editor's `check`, never a build: the build judges every card."""
    _check(workspace.root)
    workspace.replace(STRIKE, HONEST, FALSE)
    forged = Verdicts()
    check_project(workspace.root, processes=1)  # the false card's problems, as a build finds them
    project = load_project(workspace.root)
    assert any(p.path == STRIKE for p in project.problems)
    look = project.lookup()
    forged.bind(look)
    known = json.loads(store(workspace.root).read_text())
    cf = project.cards["events"]["iran-strikes-inside-pakistan"]
    known[forged.key(cf)] = []
    store(workspace.root).write_text(json.dumps(known))
    assert not any(p.startswith(STRIKE) for p in _check(workspace.root))  # the editor is fooled
    built, _ = load(workspace.root, "mkdocs")  # as `mkdocs build` loads it
    assert any(p.path == STRIKE for p in built.problems)


def test_the_engine_digest_names_every_package_the_rules_read():
    """Every package the checking modules import is in the engine's digest, so a new version of
    its data (word forms, stems, look-alikes) judges every card again."""
    distributions = importlib.metadata.packages_distributions()
    imported = set()
    for folder in ("load", "kinds", "rules", "text"):
        for path in (ROOT / "factcards" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imported |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    imported.add(node.module.split(".")[0])
    third = {name for name in imported - set(sys.stdlib_module_names) if name != "factcards"}
    named = {dist for name in third for dist in distributions.get(name, [name])}
    assert named <= set(PACKAGES), named - set(PACKAGES)
    assert verdicts_module.engine_digest() == verdicts_module.engine_digest()
