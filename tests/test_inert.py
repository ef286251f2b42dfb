"""Every text field of every card kind reaches the page as the characters typed, and the
sanitiser would catch a template that forgot to escape."""

from __future__ import annotations

import markdown
import yaml

from factcards.project import load_project
from factcards.publish.sanitize import clean
from factcards.site.render import _environment, render_site
from factcards.site.sitedata import SiteData
from tests.helpers import HtmlText, parse_html

HOSTILE = ('<script>alert(x)</script> <img src=x onerror="alert(x)"> [click](javascript:alert(x)) '
           '**bold** {: .evil onclick="alert(x)" } !!! danger "Admonition" {{ a }} {% if b %}'
           " `code` | a | &amp;")
EXTENSIONS = ["tables", "admonition", "attr_list", "toc"]


def hostile_cards() -> dict[str, str]:
    h = HOSTILE
    ev = {"source": "pakistan-iran-agree-to-deescalate", "quote": h}
    cards = {
        "events/hostile-event": {"id": "hostile-event", "title": h, "date": "2024-01-17",
                                 "claims": [{"text": h, "evidence": [ev]}],
                                 "corrections": [{"date": "2024-02-01", "note": h}]},
        "background/hostile-background": {"id": "hostile-background", "title": h,
                                          "claims": [{"text": h, "evidence": [ev]}]},
        "people/hostile-person": {"id": "hostile-person", "name": h, "spellings": [h],
                                  "roles": [{"role": h, "evidence": [ev]}]},
        "organizations/hostile-org": {"id": "hostile-org", "name": h, "spellings": [h],
                                      "roles": [{"role": h, "evidence": [ev]}]},
        "sources/hostile-source": {"id": "hostile-source", "seed": "004_070e446cdca4d301.txt",
                                   "headline": h, "publisher": {"value": h, "quote": h},
                                   "published": "unknown", "notes": [h],
                                   "body": {"start": "Pakistan foreign minister talked",
                                            "end": "recent attacks in Pakistan."}},
        "disagreements/hostile-dispute": {"id": "hostile-dispute", "title": h, "subject": "wording",
                                          "accounts": [{"says": h, "value": h, "evidence": [ev]},
                                                       {"says": h, "value": "x", "evidence": [ev]}]},
        "overview/home": {"id": "home", "title": h, "summary": [{"text": h, "evidence": [ev]}],
                          "figures": [{"label": h, "value": h, "reported_by": "hostile-person",
                                       "evidence": [ev]}]},
    }
    return {path: yaml.dump(card, Dumper=_NoAliases, allow_unicode=True)
            for path, card in cards.items()}


class _NoAliases(yaml.SafeDumper):
    """Writes shared values out in full: cards refuse aliases."""

    def ignore_aliases(self, data) -> bool:
        return True


def parse(html: str) -> HtmlText:
    page = parse_html(html)
    page.tags = [(tag, dict(attrs)) for tag, attrs in page.tags]
    return page


def assert_inert(html: str, where: str) -> None:
    page = parse(html)
    for tag, attrs in page.tags:
        assert tag not in ("script", "img", "iframe"), where
        assert not any(name.startswith("on") for name in attrs), (where, tag, attrs)
        assert not (attrs.get("href") or "").lower().startswith("javascript"), where
        assert "evil" not in attrs.get("class", "") and "danger" not in attrs.get("class", "")


def test_every_text_field_shows_as_typed(workspace):
    for path, text in hostile_cards().items():
        workspace.write(f"cards/{path}.yaml", text)
    project = load_project(workspace.root)
    assert {c for kind in project.cards.values() for c in kind} >= {
        "hostile-event", "hostile-background", "hostile-person", "hostile-org", "hostile-source",
        "hostile-dispute", "home"}
    pages = render_site(SiteData(project.cards, project.sources, look=project.lookup()))
    typed = " ".join(HOSTILE.split())
    shown_in = set()
    for name, page in pages.items():
        html = markdown.markdown(page.split("---\n", 2)[2], extensions=EXTENSIONS)
        assert_inert(html, name)
        if typed in " ".join(" ".join(parse(html).text).split()):
            shown_in.add(name)
    assert shown_in >= {"index.md", "events/hostile-event.md", "background/hostile-background.md",
                        "people/hostile-person.md", "organizations/hostile-org.md",
                        "sources/hostile-source.md", "disagreements/index.md", "corrections.md",
                        "people/index.md", "organizations/index.md", "events/index.md"}


def test_the_sanitiser_catches_a_template_that_forgot_to_escape(real_project):
    site = SiteData(real_project.cards, real_project.sources)
    careless = _environment(site, depth=1)
    careless.finalize = None  # the mistake: card text goes out as it was typed
    template = careless.from_string("# {{ title }}\n\n{{ text }}\n")
    html = markdown.markdown(template.render(title=HOSTILE, text=HOSTILE), extensions=EXTENSIONS)
    unsafe = parse(html)
    assert any(tag in ("script", "img") for tag, _ in unsafe.tags)  # the mistake is real
    assert_inert(clean(html), "sanitised")
    assert "alert(x)" in clean(html)  # the words remain, harmless


def test_the_sanitiser_keeps_the_site_own_markup(real_project):
    pages = render_site(SiteData(real_project.cards, real_project.sources, look=real_project.lookup()))
    html = markdown.markdown(pages["sources/pakistan-iran-agree-to-deescalate.md"].split("---\n", 2)[2],
                             extensions=EXTENSIONS)
    kept = parse(clean(html))
    assert any(tag == "mark" and attrs.get("data-q") for tag, attrs in kept.tags)
    assert any(tag == "span" and attrs.get("id", "").startswith("q-") for tag, attrs in kept.tags)
    svg = markdown.markdown(pages["index.md"].split("---\n", 2)[2], extensions=EXTENSIONS)
    assert ("svg" in {t for t, _ in parse(clean(svg)).tags}) and "<desc" in clean(svg)
