"""Source pages: the archived page line by line, furniture told apart, passages anchored."""

from __future__ import annotations

import re

from factcards.site.passages import anchor, archive_html

SOURCE = "iranian-fm-visits-pakistan-to-patch-up-relations"


def lines(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<p class="(fc-body|fc-furniture)"><span class="fc-ln" aria-hidden="true">'
                      r"(\d+)</span>(.*?)</p>", html)


def test_every_line_is_shown_and_furniture_is_marked(real_project):
    text = real_project.sources[SOURCE]
    html = archive_html(SOURCE, text, [])
    shown = lines(html)
    original = text.norm.original.split("\n")
    assert [int(n) for _, n, _ in shown] == [i + 1 for i, line in enumerate(original)
                                            if line.strip()]
    kinds = {int(number): (kind, body) for kind, number, body in shown}
    assert kinds[1][0] == "fc-furniture"  # the headline above the body
    assert kinds[3][0] == "fc-body"  # a standfirst run into the first paragraph ...
    assert kinds[3][1].startswith(  # ... whose first words are not article text
        '<span class="fc-out">Iranian Foreign Minister Visits Pakistan to Mend Relations </span>'
        "Tehran and Islamabad have moved")
    assert kinds[15][0] == "fc-furniture"  # "Also Read", inside the body
    assert kinds[15][1].startswith('<span class="fc-out">Also Read:')
    assert kinds[25][0] == "fc-furniture"  # the comment form
    assert "Please enter your comment!" in kinds[25][1]


def test_cited_passages_are_highlighted_and_anchored(real_project):
    text = real_project.sources[SOURCE]
    quote = "Tension reached a nadir on January 17 ... Two days later it launched an airstrike"
    html = archive_html(SOURCE, text, [quote])
    key = anchor(SOURCE, quote)
    assert html.count(f'id="{key}"') == 1
    marked = re.findall(rf'<mark class="fc-cite" data-q="{key}">(.*?)</mark>', html)
    assert marked == ["Tension reached a nadir on January 17", "Two days later it launched an airstrike"]


def test_archive_text_is_escaped(real_project):
    text = real_project.sources["pakistan-iran-agree-to-deescalate"]
    html = archive_html("pakistan-iran-agree-to-deescalate", text, [])
    assert "Don&#x27;t Miss" in html
    assert "\n\n" not in html  # one HTML block: Markdown must leave it alone
