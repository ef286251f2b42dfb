"""The timeline graphic: well-formed SVG, labelled for screen readers, disputed dates marked."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from factcards.site.timeline import Mark, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def marks() -> list[Mark]:
    return [
        Mark(dt.date(2024, 1, 18), "Pakistan strikes <inside> Iran", "events/b/",
             (dt.date(2024, 1, 19),)),
        Mark(dt.date(2024, 1, 16), "Iran strikes targets inside Pakistan & more", "events/a/"),
        Mark(dt.date(2024, 1, 29), "A very long title that has to wrap onto a second line of "
             "the graphic", "events/c/"),
    ]


def test_svg_is_well_formed_and_labelled():
    root = ET.fromstring(timeline_svg(marks()))
    assert root.get("role") == "group"
    assert root.get("aria-labelledby") == "fc-timeline-title fc-timeline-desc"
    assert root.find(f"{SVG}title").text == "Timeline of events"
    description = root.find(f"{SVG}desc").text
    assert description.startswith("16 January 2024: Iran strikes targets inside Pakistan & more;")
    assert "18 January 2024: Pakistan strikes <inside> Iran (date disputed)" in description


def test_events_in_date_order_each_linking_to_its_page():
    root = ET.fromstring(timeline_svg(marks()))
    links = [a.get("href") for a in root.iter(f"{SVG}a")]
    assert links == ["events/a/", "events/b/", "events/c/"]
    labels = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")
              if t.get("class") == "fc-label"]
    assert labels[1] == "Pakistan strikes <inside> Iran"
    long = [t.text for t in root.iter(f"{SVG}tspan")]
    assert "A very long title that has to wrap onto" in long


def test_disputed_dates_are_marked():
    root = ET.fromstring(timeline_svg(marks()))
    groups = [g for g in root.iter(f"{SVG}g")]
    disputed = [g for g in groups if "fc-disputed" in g.get("class")]
    assert len(disputed) == 1
    note = [t.text for t in disputed[0].iter(f"{SVG}text") if t.get("class") == "fc-note"]
    assert note == ["Date disputed: also reported as 19 Jan"]


def test_later_events_stand_lower_with_more_room_for_longer_gaps():
    root = ET.fromstring(timeline_svg(marks()))
    ys = [int(c.get("cy")) for c in root.iter(f"{SVG}circle")]
    assert ys == sorted(ys)
    assert ys[2] - ys[1] > ys[1] - ys[0]
