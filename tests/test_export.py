"""`tieline export`: every format round-trips, chunks stay bounded, the GDELT table's codes."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import tieline
from tieline.annotate.events import plover_type
from tieline.cli import cli
from tieline.errors import UsageError
from tieline.evaluate.events import CROSSWALK, cameo_to_plover, load_crosswalk
from tieline.export import export, gdelt_frame, gdelt_rows
from tieline.gdelt import (
    COLUMNS,
    GDELT_COLUMNS,
    cameo_codes,
    event_code,
    global_event_id,
    section,
)
from tieline.models import Event, Evidence
from tieline.results import ACTORS, ARTICLES, ARTICLES_FULL, EVENTS, Table

KINDS: dict[str, Table[Any]] = {"articles": ARTICLES, "actors": ACTORS, "events": EVENTS}


def _records(corpus: tieline.Corpus, kind: str) -> list[Any]:
    return list(getattr(corpus, kind)())


def _plain(value: Any) -> Any:
    """Normalise a value read back from CSV: NaN and "" are None, JSON text is decoded."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return None
    return value


def _csv_back(path: Path, table: Table[Any]) -> list[dict[str, Any]]:
    frame = pd.read_csv(path)
    rows = []
    for record in frame.to_dict("records"):
        row = {k: _plain(v) for k, v in record.items()}
        for name in table.nested:
            row[name] = json.loads(row[name]) if row[name] is not None else None
        rows.append(row)
    return rows


def _expected(table: Table[Any], items: list[Any]) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in table.rows(items)]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_csv_round_trips(sample: tieline.Corpus, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"{kind}.csv"
    result = export(sample, kind, "csv", out, chunk_size=7)
    items = _records(sample, kind)
    assert result.rows == len(items) > 0 and result.path == str(out)
    back = _csv_back(out, KINDS[kind])
    assert back == _expected(KINDS[kind], items)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_jsonl_round_trips_as_the_cli_json_records(sample: tieline.Corpus, tmp_path: Path,
                                                   kind: str) -> None:
    out = tmp_path / f"{kind}.jsonl"
    export(sample, kind, "jsonl", out, chunk_size=7)
    items = _records(sample, kind)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == [KINDS[kind].record(item) for item in items]
    frame = pd.read_json(out, lines=True)
    assert list(frame["id"]) == [line["id"] for line in lines]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_parquet_round_trips_in_row_groups(sample: tieline.Corpus, tmp_path: Path,
                                           kind: str) -> None:
    out = tmp_path / f"{kind}.parquet"
    export(sample, kind, "parquet", out, chunk_size=7)
    items = _records(sample, kind)
    assert pq.read_table(out).to_pylist() == KINDS[kind].rows(items)
    assert pq.ParquetFile(out).num_row_groups == math.ceil(len(items) / 7)
    assert len(pd.read_parquet(out)) == len(items)


def test_full_articles_export_the_text(sample: tieline.Corpus, tmp_path: Path) -> None:
    out = tmp_path / "full.parquet"
    export(sample, "articles", "parquet", out, full=True)
    assert pq.read_table(out).to_pylist() == ARTICLES_FULL.rows(sample.articles())


def test_event_filters_and_limit_apply(sample: tieline.Corpus, tmp_path: Path) -> None:
    out = tmp_path / "consult.jsonl"
    export(sample, "events", "jsonl", out, type="CONSULT", limit=3, chunk_size=2)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == sample.events(type="CONSULT", limit=3).to_dicts() and len(lines) == 3


def test_exports_read_the_store_a_chunk_at_a_time(sample: tieline.Corpus, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int | None] = []
    original = sample.events

    def spy(*args: Any, **kwargs: Any) -> Any:
        asked.append(kwargs.get("limit"))
        return original(*args, **kwargs)

    monkeypatch.setattr(sample, "events", spy)
    result = export(sample, "events", "csv", tmp_path / "e.csv", chunk_size=5)
    assert asked and all(n is not None and n <= 5 for n in asked)
    assert len(asked) == result.rows // 5 + 1


def test_a_failed_export_leaves_no_file(sample: tieline.Corpus, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("disk gone")
        return tieline.Corpus.events(sample, *args, **kwargs)

    monkeypatch.setattr(sample, "events", failing)
    for fmt in ("csv", "parquet", "gdelt"):
        calls.clear()
        with pytest.raises(RuntimeError):
            export(sample, "events", fmt, tmp_path / f"e.{fmt}", chunk_size=2)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("args", "message"), [
    (("events", "parquet", None), "give a file"),
    (("articles", "gdelt", "x.tsv"), "table of events"),
    (("relations", "csv", None), "pair of actors"),
    (("movies", "csv", None), "unknown export"),
    (("events", "xlsx", None), "unknown format"),
])
def test_bad_requests_say_what_is_wrong(sample: tieline.Corpus, args: tuple[Any, ...],
                                        message: str) -> None:
    with pytest.raises(UsageError, match=message):
        export(sample, *args)
    with pytest.raises(UsageError, match="takes no full"):
        export(sample, "events", "csv", None, full=True)


def test_cli_writes_to_stdout_or_a_file(sample_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "events.csv"
    result = runner.invoke(cli, ["--db", str(sample_db), "export", "events", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr and result.stdout == ""
    piped = runner.invoke(cli, ["--db", str(sample_db), "export", "events"])
    assert piped.stdout == out.read_text(encoding="utf-8")
    bad = runner.invoke(cli, ["--db", str(sample_db), "export", "events", "A", "B"])
    assert bad.exit_code != 0


# -- GDELT ------------------------------------------------------------------------------------
def test_gdelt_table_has_the_61_documented_columns(sample: tieline.Corpus,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    result = export(sample, "events", "gdelt", out, chunk_size=4)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(GDELT_COLUMNS) == 61 and len(lines) == result.rows > 0
    assert COLUMNS[:61] == GDELT_COLUMNS and COLUMNS[61:] == ("DateBasis", "DatePrecision")
    assert all(len(line.split("\t")) == len(COLUMNS) for line in lines)
    back = pd.read_csv(out, sep="\t", header=None, names=list(COLUMNS), dtype=str,
                       keep_default_na=False)
    assert back.values.tolist() == list(gdelt_rows(sample))
    gdelt_only = pd.read_csv(out, sep="\t", header=None, usecols=range(61),
                             names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    assert gdelt_only.values.tolist() == [row[:61] for row in gdelt_rows(sample)]
    docs = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text("utf-8")
    assert all(f"`{name}`" in docs for name in COLUMNS)


def test_gdelt_rows_carry_the_event_facts(sample: tieline.Corpus) -> None:
    frame = gdelt_frame(sample)
    events = {global_event_id(e.id): e for e in sample.events()}
    assert len(events) == len(sample.events())  # the integer ids stay distinct
    for row in frame.to_dict("records"):
        event = events[int(row["GLOBALEVENTID"])]
        assert row["EventCode"] == event_code(event)
        assert row["EventRootCode"] == row["EventCode"][:2]
        assert row["EventBaseCode"] == row["EventCode"][:3]
        assert float(row["GoldsteinScale"]) == event.intensity
        assert int(row["NumArticles"]) == event.reports
        assert int(row["NumSources"]) == event.independent_sources
        assert int(row["NumMentions"]) >= max(len(event.evidence), event.reports)
        assert row["SOURCEURL"] in {ev.url for ev in event.evidence}
        assert event.status != "hypothetical"
        if event.source and event.source.kind == "country":
            assert row["Actor1Code"] == row["Actor1CountryCode"] == event.source.country
    codes = set(frame["Actor1Code"]) | set(frame["Actor2Code"])
    countries = set(frame["Actor1CountryCode"]) | set(frame["Actor2CountryCode"])
    # (a merged event names the person over their country, so Armenia is Pashinyan's country)
    assert {"RUS", "ARMGOV", "RUSGOV"} <= codes and {"ARM", "RUS"} <= countries


def test_gdelt_dates_keep_the_event_date_and_say_how_each_row_was_dated(
        sample: tieline.Corpus) -> None:
    frame = gdelt_frame(sample)
    events = {global_event_id(e.id): e for e in sample.events()}
    published = {a.id: a.published for a in sample.articles()}
    assert frame["SQLDATE"].notna().all()  # as in GDELT, every row has a date
    for row in frame.to_dict("records"):
        event = events[int(row["GLOBALEVENTID"])]
        day = str(row["SQLDATE"])
        assert str(row["MonthYear"]) == day[:6] and str(row["Year"]) == day[:4]
        if event.date is None:
            assert row["DateBasis"] == "publication_undated" and row["DatePrecision"] == "day"
            days = {published[ev.article_id] for ev in event.evidence} - {None}
            assert day == min(d[:10] for d in days if d).replace("-", "")
        else:
            assert day.startswith(event.date[:4]) and row["DatePrecision"] == event.date_precision
            assert row["DateBasis"] == (event.date_basis if event.date_basis in (
                "publication", "newsday", "neighbours-year") else "text")


def _crosswalk(shared: Path) -> dict[str, str]:
    return load_crosswalk(shared / "plover_gsr" / CROSSWALK)


def _root_types(crosswalk: dict[str, str]) -> dict[str, set[str]]:
    roots: dict[str, set[str]] = {}
    for code, plover in crosswalk.items():
        roots.setdefault(code[:2], set()).add(plover)
    return roots


def test_gdelt_root_codes_agree_with_plover_types_through_the_crosswalk(
        sample: tieline.Corpus, shared_data: Path) -> None:
    roots = _root_types(_crosswalk(shared_data))
    events = {global_event_id(e.id): e for e in sample.events()}
    frame = gdelt_frame(sample)
    assert len(frame) >= 8  # the events with no date at all are left out (and counted); (one
    # meeting's codings with the same participants are one event since issue 23: 10 -> 8)
    for row in frame.to_dict("records"):
        event = events[int(row["GLOBALEVENTID"])]
        assert plover_type(event) in roots[row["EventRootCode"]], (row["EventCode"], event)


def test_cameo_table_agrees_with_the_crosswalk_code_by_code(shared_data: Path) -> None:
    crosswalk, codes = _crosswalk(shared_data), cameo_codes()
    exceptions = codes.differs_from_crosswalk
    disagree = []
    for name, table in (("reported", codes.reported), ("intent", codes.intent),
                        ("refusal", codes.refusal)):
        for key, code in table.items():
            plover = key.split(":")[0].split("/")[0]
            expected = {"reported": {plover}, "intent": {"AGREE", "THREATEN"},
                        "refusal": {"REJECT"}}[name]
            if cameo_to_plover(code, crosswalk) not in expected and key not in exceptions:
                disagree.append((name, key, code, cameo_to_plover(code, crosswalk)))
    assert disagree == []
    assert set(exceptions) <= set(codes.reported)


def _event(status: str, type_: str = "AID", mode: str | None = None,
           context: tuple[str, ...] = ()) -> Event:
    evidence = Evidence(article_id="a", start=0, end=1, sentence="s")
    return Event(id="0123456789abcdef", type=type_, source=None, target=None,
                 evidence=(evidence,), mode=mode, context=context, status=status)  # type: ignore[arg-type]


@pytest.mark.parametrize(("status", "type_", "mode", "context", "code"), [
    ("reported", "AID", None, ("economic",), "071"),
    ("claimed", "CONSULT", "visit", (), "042"),
    ("planned", "CONSULT", "visit", (), "036"),
    ("planned", "AID", "peacekeeping", ("military",), "0334"),
    ("planned", "SANCTION", "leave", (), "1313"),
    ("negated", "AID", None, (), "122"),
    ("negated", "ACCUSE", "allege", (), None),
    ("hypothetical", "ASSAULT", None, ("military",), None),
    ("reported", "ASSAULT", None, ("military",), "190"),
    ("planned", "REQUEST", "demand", (), "100"),
])
def test_event_codes_follow_status_type_mode_and_context(
        status: str, type_: str, mode: str | None, context: tuple[str, ...],
        code: str | None) -> None:
    event = _event(status, type_, mode, context)
    assert event_code(event) == code
    assert (section(event) is None) == (code is None)


def test_every_lexicon_type_and_mode_has_a_cameo_code() -> None:
    from tieline.annotate.lexicon import load_lexicon

    for entry in load_lexicon().entries:
        for status in ("reported", "planned"):
            event = _event(status, entry.type, entry.mode, tuple(entry.context))
            assert event_code(event) is not None, (entry.id, status)


def test_every_table_column_is_documented() -> None:
    from tieline.export import RELATIONS
    from tieline.results import SEARCH

    docs = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text("utf-8")
    for table in (ARTICLES_FULL, ACTORS, EVENTS, SEARCH, RELATIONS):
        assert [n for n in table.names if f"`{n}`" not in docs] == [], table.name


def test_exported_files_get_the_users_usual_permissions(sample: tieline.Corpus,
                                                        tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        out = tmp_path / "actors.csv"
        export(sample, "actors", "csv", out)
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_relations_series_round_trips(sample: tieline.Corpus, tmp_path: Path, fmt: str) -> None:
    from tieline.export import RELATIONS

    out = tmp_path / f"series.{fmt}"
    result = export(sample, "relations", fmt, out, pair=("Armenia", "Russia"), by="quarter")
    series = sample.relations("Armenia", "Russia", by="quarter").to_dict()["series"]
    assert result.rows == len(series) > 0
    if fmt == "parquet":
        assert pq.read_table(out).to_pylist() == series
    elif fmt == "jsonl":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == series
    else:
        assert _csv_back(out, RELATIONS) == _expected(RELATIONS, series)


def test_an_unknown_actor_fails_before_anything_is_written(sample_db: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(sample_db), "export", "events", "--pair",
                                      "Armenia", "Atlantis"])
    assert result.exit_code == 1 and result.stdout == ""
    assert "unknown actor 'Atlantis'" in result.stderr
