"""One trajectory chart: the page's route, the brief and the notebook show the SVG of
tieline.chart, which breaks the line at periods without events and escapes every text."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import tieline
from tieline.brief import pair_brief_html
from tieline.chart import EMPTY, trajectory_svg
from tieline.results import RelationsFrames
from tieline.web import create_app

NS = "{http://www.w3.org/2000/svg}"
HOSTILE = ('<script>alert(1)</script><img src=x onerror="alert(2)">"\'&\u202e\x00\x1b'
           ']]><!--')
DRAWN = {"svg", "g", "line", "path", "rect", "circle", "text", "title"}  # nothing else, ever


def _series(*values: float | None) -> list[dict[str, Any]]:
    return [{"period": f"2021-{i + 1:02d}", "events": 0 if v is None else 2,
             "mean_intensity": v, "cooperation": int((v or 0) > 0),
             "conflict": int((v or 0) < 0)} for i, v in enumerate(values)]


def _line(svg: str) -> str:
    found = re.search(r'<path class="line" d="([^"]*)"', svg)
    assert found, svg[:300]
    return found.group(1)


class _Frames(RelationsFrames):
    """The notebook display of relations given as their JSON."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def to_dict(self) -> dict[str, Any]:
        return self.doc


def _outputs(relations: dict[str, Any], client: TestClient | None = None) -> dict[str, str]:
    """Return the HTML each output puts the chart in: the brief, the notebook, the route."""
    timeline = {"pair": relations.get("pair") or [], "entries": [], "undated": []}
    found = {"brief": pair_brief_html(timeline, relations),
             "notebook": _Frames(relations)._repr_html_()}
    if client is not None:
        a, b = (p["id"] for p in relations["pair"])
        response = client.get(f"/api/relations/chart.svg?a={a}&b={b}&by={relations['by']}")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("image/svg+xml")
        found["page"] = response.text
    return found


@pytest.fixture(scope="module")
def news_client(news_db: Path) -> Iterator[TestClient]:
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(news_db.parent)
        for name in list(os.environ):
            if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
                mp.delenv(name)
        with TestClient(create_app(news_db)) as client:
            yield client


def test_the_three_outputs_show_the_one_chart_of_a_real_pair(news: tieline.Corpus,
                                                            news_client: TestClient) -> None:
    relations = news.relations("GEO", "RUS", by="month")
    chart = trajectory_svg(relations)
    assert chart == trajectory_svg(relations.to_dict())  # the object or its JSON: one chart
    outputs = _outputs(relations.to_dict(), news_client)
    assert outputs["page"] == chart
    assert chart in outputs["brief"] and outputs["notebook"].startswith(chart)
    assert chart in relations._repr_html_()
    # months without events between Georgia and Russia break the line, alike everywhere
    empty = sum(1 for s in relations.series if s.mean_intensity is None)
    assert empty > 0 and _line(chart).count("M") > 1
    dots = sum(1 for s in relations.series if s.mean_intensity is not None)
    assert chart.count("<circle") == dots and chart.count('class="period"') == len(
        relations.series)
    assert chart.count('class="turn-mark"') == len(relations.turning_points)
    by_year = news.relations("GEO", "RUS", by="year")
    narrow = news_client.get("/api/relations/chart.svg?a=GEO&b=RUS&by=year&width=360").text
    assert narrow == trajectory_svg(by_year, width=360) and 'viewBox="0 0 360 ' in narrow
    assert narrow.count('class="turn-mark"') == len(by_year.turning_points)


def test_an_empty_period_breaks_the_line_the_same_way_in_every_output() -> None:
    relations = {"by": "month", "pair": [{"id": "ARM", "name": "Armenia"}],
                 "series": _series(-2.0, -1.0, None, None, 3.0, 4.0, None, 1.0),
                 "turning_points": [{"period": "2021-05", "before": -1.5, "after": 3.5}]}
    chart = trajectory_svg(relations)
    segments = _line(chart).split("M")[1:]
    assert [s.count("L") for s in segments] == [1, 1, 0]  # 2 points, 2 points, 1 point
    assert chart.count("<circle") == 5 and chart.count('class="period"') == 8
    for where, html in _outputs(relations).items():
        assert chart in html, where
        assert _line(html) == _line(chart), where


def test_every_text_in_the_chart_is_escaped_and_it_stays_one_plain_svg() -> None:
    hostile_tp = {"period": HOSTILE, "before": 1.0, "after": -2.0}
    relations = {"by": HOSTILE, "pair": [{"id": "X", "name": HOSTILE}, {"id": HOSTILE}],
                 "series": [{"period": HOSTILE, "events": 1, "mean_intensity": -2.0,
                             "cooperation": 0, "conflict": 1},
                            {"period": "2021-02", "events": 0, "mean_intensity": None,
                             "cooperation": 0, "conflict": 0}],
                 "turning_points": [hostile_tp]}
    for width in (320, 900):
        svg = trajectory_svg(relations, width=width)
        root = ET.fromstring(svg)  # well-formed XML: control characters could not break it
        assert root.tag == f"{NS}svg"
        for node in root.iter():
            assert node.tag.removeprefix(NS) in DRAWN, node.tag
            assert not any(name.startswith("on") or "href" in name or name == "style"
                           for name in node.attrib), node.attrib
        assert "<script" not in svg and "<img" not in svg and "<!--" not in svg
        assert "\u202e" not in svg and "\x1b" not in svg and "\x00" not in svg
        texts = " ".join(t for node in root.iter() for t in (node.text or "",))
        assert "<script>alert(1)</script>" in texts  # shown as text, not run
        marks = [g for g in root.iter(f"{NS}g") if g.get("class") == "turn-mark"]
        assert [g.get("data-period") for g in marks] == [root.find(
            f"{NS}g[@class='period']").get("data-period")]  # type: ignore[union-attr]


def test_no_period_says_so_and_widths_are_kept_legible() -> None:
    empty = trajectory_svg({"by": "month", "series": []})
    assert ET.fromstring(empty).tag == f"{NS}svg" and EMPTY in empty
    assert "<circle" not in empty and 'class="line"' not in empty
    one = {"by": "year", "series": _series(2.0)}
    assert 'viewBox="0 0 320 ' in trajectory_svg(one, width=10)
    assert 'viewBox="0 0 1600 ' in trajectory_svg(one, width=10_000)
    months = [{**s, "period": f"{2000 + i // 12}-{i % 12 + 1:02d}"}
              for i, s in enumerate(_series(*[1.0] * 120))]
    many = trajectory_svg({"by": "month", "series": months}, width=320)
    labels = re.findall(r'text-anchor="(?:middle|end)" fill="[^"]+">(\d{4}-\d\d)<', many)
    assert 2 <= len(labels) <= 4  # at most one label per 110 units: they never overlap


def test_undated_events_are_shown_apart_where_first_reported_never_in_line_or_bars() -> None:
    relations = {"by": "month", "pair": [{"id": "ARM", "name": "Armenia"}],
                 "series": _series(-2.0, None, 3.0), "turning_points": []}
    relations["series"][1]["undated_reported"] = 4
    chart = trajectory_svg(relations)
    assert chart.count('class="undated"') == 1 and "first reported then" in chart
    assert "4 undated events first reported then" in chart  # the period's tooltip
    plain = {**relations, "series": _series(-2.0, None, 3.0)}
    assert "first reported" not in trajectory_svg(plain)  # no legend entry for nothing
    assert _line(chart) == _line(trajectory_svg(plain))  # the line is the dated events' alone


def test_the_series_counts_undated_events_in_the_period_they_were_first_reported(
        news: tieline.Corpus) -> None:
    from tieline.analyze.relations import build_relations

    relations = news.relations("GEO", "RUS", by="year")
    counted = [e for e in news.events(pair=("GEO", "RUS"))
               if e.status in ("reported", "claimed", "planned")]
    undated = [e for e in counted if not e.date]
    shown = sum(p.undated_reported for p in relations.series)
    assert 0 < shown <= len(undated) == relations.undated
    assert sum(p.events for p in relations.series) == len(counted) - len(undated) - \
        relations.coarser - relations.recalled  # the dated events only, recalled history
    # ("Russia recognised Abkhazia in 2008", told in 2023) apart
    assert relations.recalled > 0
    # a period with no dated event but news first reported in it is still shown (by quarter:
    # since headlines are coded, a page's headline dates its news to the page's day, and
    # every year has a dated event)
    quarters = news.relations("GEO", "RUS", by="quarter")
    assert any(p.events == 0 and p.undated_reported for p in quarters.series)
    bare = build_relations(relations.pair, news.events(pair=("GEO", "RUS")), "year")
    # without the pages' days nothing is known recalled: the same dated events, and those
    # recalled placed at their dates too
    assert bare.recalled == 0
    assert sum(p.events for p in bare.series) == \
        sum(p.events for p in relations.series) + relations.recalled
    assert all(b.events >= p.events for b in bare.series for p in relations.series
               if b.period == p.period)
    assert news.relations("GEO", "RUS", by="year", since="2019").series[0].period >= "2019"
