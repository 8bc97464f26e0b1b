"""Typed API results: still lists, the CLI's --json records, DataFrames, Arrow, escaped HTML."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from click.testing import CliRunner

import tieline
from tieline.chart import trajectory_svg
from tieline.cli import cli
from tieline.models import Article, Event, Evidence
from tieline.results import (
    ACTORS,
    ARTICLES,
    EVENTS,
    SEARCH,
    ActorList,
    ArticleList,
    EventList,
    PairTimelineFrames,
    RelationsFrames,
    SearchResults,
    Table,
)


def _cli_json(db: Path, *args: str) -> Any:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_api_returns_the_records_the_cli_prints(sample: tieline.Corpus, sample_db: Path) -> None:
    assert sample.articles().to_dicts() == _cli_json(sample_db, "articles", "--json")
    assert sample.actors().to_dicts() == _cli_json(sample_db, "actors", "--json")
    events = sample.events()
    assert events and events.to_dicts() == _cli_json(sample_db, "events", "--json")
    hits = sample.search("Pashinyan", limit=20)
    assert hits and hits.to_dicts() == _cli_json(sample_db, "search", "Pashinyan", "--json")


def test_results_behave_as_the_lists_they_were(sample: tieline.Corpus) -> None:
    events = sample.events()
    assert isinstance(events, EventList) and isinstance(events, list)
    plain = list(events)
    assert events == plain and plain == events and len(events) == len(plain)
    assert events[0] == plain[0] and events[-1] == plain[-1]
    assert isinstance(events[:3], EventList) and events[:3] == plain[:3]
    assert [e.id for e in events] == [e.id for e in plain]
    assert isinstance(sample.articles(), ArticleList)
    assert isinstance(sample.actors(), ActorList)
    assert isinstance(sample.search("Armenia"), SearchResults)
    assert sample.events(limit=2) == plain[:2]


@pytest.mark.parametrize("kind", ["articles", "actors", "events", "search"])
def test_tables_have_the_documented_columns_and_one_row_per_record(
        sample: tieline.Corpus, kind: str) -> None:
    found = sample.search("Armenia") if kind == "search" else getattr(sample, kind)()
    tables: dict[str, Table[Any]] = {"articles": ARTICLES, "actors": ACTORS, "events": EVENTS,
                                     "search": SEARCH}
    table = tables[kind]
    frame = found.to_pandas()
    assert list(frame.columns) == table.names and len(frame) == len(found) > 0
    arrow = found.to_arrow()
    assert arrow.column_names == table.names and arrow.num_rows == len(found)
    assert arrow.to_pylist() == table.rows(found)


def test_event_rows_keep_evidence_nested_and_actors_flat(sample: tieline.Corpus) -> None:
    event = next(e for e in sample.events() if e.source and e.target)
    assert event.source is not None and event.target is not None
    row = EventList([event]).to_pandas().iloc[0]
    assert row["source_name"] == event.source.name and row["target_id"] == event.target.id
    assert row["type"] == event.type and row["intensity"] == event.intensity
    evidence = row["evidence"]
    assert isinstance(evidence, list) and evidence[0]["sentence"] == event.evidence[0].sentence
    assert evidence[0]["url"] == event.evidence[0].url
    arrow_type = EventList([event]).to_arrow().schema.field("evidence").type
    assert pa.types.is_list(arrow_type) and pa.types.is_struct(arrow_type.value_type)


def test_full_article_tables_carry_the_text(sample: tieline.Corpus) -> None:
    articles = sample.articles()
    frame = articles.to_pandas(full=True)
    assert list(frame["text"]) == [a.text for a in articles]
    assert "text" not in articles.to_pandas().columns
    assert articles.to_arrow(full=True).column("text").to_pylist() == [a.text for a in articles]


def test_empty_results_are_typed_tables() -> None:
    frame = EventList().to_pandas()
    assert list(frame.columns) == EVENTS.names and frame.empty
    arrow = EventList().to_arrow()
    assert arrow.num_rows == 0 and arrow.schema.field("intensity").type == pa.float64()
    assert "none" in EventList()._repr_html_()


def _hostile_article() -> Article:
    return Article(id="x1", origin="t", text="<b>bold</b> & more", content_hash="h",
                   title='<script>alert("x")</script>', outlet="a&b <i>", url="javascript:1")


def test_html_views_escape_everything() -> None:
    article = _hostile_article()
    evidence = Evidence(article_id="x1", start=0, end=5, sentence="<img src=x onerror=1>",
                        outlet="<o>")
    event = Event(id="e1", type="CONSULT", source=None, target=None, evidence=(evidence,))
    for shown in (ArticleList([article])._repr_html_(), EventList([event])._repr_html_(),
                  SearchResults([(article, "<mark>x</mark>")])._repr_html_()):
        assert "<script" not in shown and "<img" not in shown and "<i>" not in shown
        assert "<mark>" not in shown and "<o>" not in shown
    assert "&lt;script&gt;" in ArticleList([article])._repr_html_()


def test_html_views_show_a_page_and_count_the_rest() -> None:
    articles = ArticleList([_hostile_article()] * 25)
    shown = articles._repr_html_()
    assert shown.count("<tr>") == 21 and "5 more not shown" in shown


class _Series(RelationsFrames):

    def to_dict(self) -> dict[str, Any]:
        return {"pair": [{"id": "ARM", "name": "Armenia<"}, {"id": "RUS", "name": "Russia"}],
                "series": [{"period": "2024-01", "events": 2, "mean_intensity": 3.0,
                            "cooperation": 2, "conflict": 0},
                           {"period": "2024-02", "events": 1, "mean_intensity": None,
                            "cooperation": 0, "conflict": 1}]}


def test_frames_mixin_gives_tables_and_a_chart_to_objects_with_rows() -> None:
    series = _Series()
    frame = series.to_pandas()
    assert list(frame["period"]) == ["2024-01", "2024-02"] and len(frame) == 2
    assert series.to_arrow().num_rows == 2
    shown = series._repr_html_()
    assert shown.startswith(trajectory_svg(series.to_dict()))  # the page's and brief's chart
    assert 'data-period="2024-02"' in shown and "Armenia&lt;" in shown


def test_timelines_and_relations_are_tables_and_charts(sample: tieline.Corpus) -> None:
    from tieline.analyze.pair_timeline import PairTimeline
    from tieline.analyze.relations import Relations

    assert issubclass(PairTimeline, PairTimelineFrames) and issubclass(
        Relations, RelationsFrames), (
        "add `from ..results import PairTimelineFrames` / `RelationsFrames` and inherit them: "
        "`class PairTimeline(PairTimelineFrames)`, `class Relations(RelationsFrames)`")
    relations = sample.relations("Armenia", "Russia")
    series = relations.to_dict()["series"]
    assert series and relations.to_pandas().to_dict("records") == series
    assert relations.to_arrow().num_rows == len(series)
    assert "<svg" in relations._repr_html_() and "Armenia" in relations._repr_html_()
    timeline = sample.timeline("Armenia", "Russia")
    entries = timeline.to_dict()["entries"]
    assert entries and list(timeline.to_pandas()["date"]) == [e["date"] for e in entries]
    shown = timeline._repr_html_()
    assert "<table>" in shown and "<script" not in shown
