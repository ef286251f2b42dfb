"""Adding a kind of card is adding a module to factcards/kinds/ and its templates: in a copy of
the project, a `statements` kind is validated, its references checked, its skeleton written, its
pages rendered, indexed, exported and put in the navigation, with no other change."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.helpers import build, card_count, cards, parse

pytestmark = pytest.mark.slow

KIND = '''\
"""Statement cards: what someone said, in claims with their evidence."""

from __future__ import annotations

from pydantic import Field

from factcards.kinds import Kind
from factcards.kinds.fields import EVIDENCE_SKELETON, CardBase, Claim, Id, Text


class StatementCard(CardBase):
    title: Text
    people: list[Id] = Field(min_length=1)
    claims: list[Claim] = Field(min_length=1)


KIND = Kind(
    name="statements", model=StatementCard, title="Statements", noun="statement", label="title",
    order=35, references=((("people", "*"), ("people",)),), statements=(("claims", "text"),),
    page_template="statement.html.j2", index_template="statements_index.md.j2",
    intro="What the people of this story said.",
    skeleton="""\\
id: {id}
title: ""                     # what was said, in a few words
people: []                    # ids of people cards: who said it
claims:
  - text: ""                  # one statement, in our own words
""" + EVIDENCE_SKELETON)
'''
PAGE = """\
---
title: {{ card.title | meta_title }}
---
<p><strong>Who:</strong>
{% for ref in card.people %}{{ link("people", ref) }}{% if not loop.last %}, {% endif %}{% endfor %}
</p>
{{ heading("What was said") }}
<ol class="fc-claims">
{% for claim in card.claims %}
<li>{{ claim.text }}<ul>{% for ev in claim.evidence %}<li>{{ cite(ev) }}</li>{% endfor %}</ul></li>
{% endfor %}
</ol>
{% include "_history.html.j2" %}
"""
INDEX = """\
---
title: {{ title | meta_title }}
---

{{ declared.intro }}

{% for cf in cards %}
- {{ link(kind, cf.stem) }}
{% endfor %}
"""
CARD = """\
id: jilani-on-sovereignty
title: Jilani on sovereignty
people:
  - jalil-abbas-jilani
claims:
  - text: Jilani stressed that respect for territorial integrity and sovereignty must underpin cooperation.
    evidence:
      - source: pakistan-iran-agree-to-deescalate
        quote: "Jilani stressed that respect for territorial integrity and sovereignty must underpin
          the cooperation"
"""
PATH = "cards/statements/jilani-on-sovereignty.yaml"


def test_a_kind_added_as_one_module_and_its_templates(workspace, tmp_path):
    root = workspace.root
    workspace.write("factcards/kinds/statements.py", KIND)
    workspace.write("factcards/site/templates/statement.html.j2", PAGE)
    workspace.write("factcards/site/templates/statements_index.md.j2", INDEX)

    workspace.write(PATH, CARD.replace("people:\n  - jalil-abbas-jilani", "people: jalil-abbas-jilani"))
    lines = cards(root, "check").stdout.splitlines()
    assert lines[0] == (f"{PATH}:3:9: error[wrong-type] people: expected a list, "
                        "found 'jalil-abbas-jilani'")  # validated, with file and line
    workspace.write(PATH, CARD.replace("  - jalil-abbas-jilani", "  - jalil-abas-jilani"))
    lines = cards(root, "check").stdout.splitlines()
    assert lines[0] == (f"{PATH}:4:5: error[unknown-reference] people[0]: there is no people "
                        "card with id 'jalil-abas-jilani'")  # its references checked

    assert cards(root, "new", "statements", "fresh").returncode == 0  # scaffolded
    fresh = workspace.read("cards/statements/fresh.yaml")
    assert "statements.schema.json" in fresh.splitlines()[0] and "people: []" in fresh
    assert "[empty-value]" in cards(root, "check", "cards/statements/fresh.yaml").stdout
    (root / "cards/statements/fresh.yaml").unlink()
    assert cards(root, "schema").returncode == 0
    assert json.loads(workspace.read("schemas/statements.schema.json"))["title"] == \
        "factcards statements card"

    workspace.write(PATH, CARD)
    assert cards(root, "check").stdout == f"all {card_count() + 1} cards valid\n"
    site = tmp_path / "site"
    result = build(root, site)
    assert result.returncode == 0, result.stderr
    page = parse(site / "statements/jilani-on-sovereignty/index.html")  # rendered
    assert "../../people/jalil-abbas-jilani/" in page.links()
    assert any(link.startswith("../../sources/pakistan-iran-agree-to-deescalate/#q-")
               for link in page.links())
    index = parse(site / "statements/index.html")
    assert "../statements/jilani-on-sovereignty/" in index.links()  # indexed
    person = parse(site / "people/jalil-abbas-jilani/index.html")
    assert "../../statements/jilani-on-sovereignty/" in person.links()  # where he appears
    exported = json.loads((site / "cards.json").read_text(encoding="utf-8"))  # exported
    assert {(c["kind"], c["id"]) for c in exported["cards"]} >= {("statements", "jilani-on-sovereignty")}
    jsonschema.validate(exported, json.loads(workspace.read("schemas/cards-export.schema.json")))
    home = parse(site / "index.html")
    navigation = [dict(attrs).get("href") for tag, attrs in home.tags
                  if tag == "a" and "md-nav__link" in (dict(attrs).get("class") or "")]
    assert "statements/" in navigation  # in the navigation, though mkdocs.yml does not list it
