"""One EventFilter selects events in every layer: Corpus, the store, the CLI, the HTTP api and
the exports give the same events for the same criteria."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import tieline
from tieline import EventFilter
from tieline.cli import cli
from tieline.errors import UsageError
from tieline.export import export
from tieline.web import create_app

WHERE = EventFilter(pair=("Armenia", "Russia"), type="CONSULT", since="2021")


def _ids(events: list[dict[str, object]]) -> list[object]:
    return [e["id"] for e in events]


def test_of_takes_the_values_as_callers_give_them() -> None:
    assert EventFilter.of("Armenia") == EventFilter(actors=("Armenia",))  # not letter by letter
    assert EventFilter.of(["ARM", "RUS"], ["A", "B"], "", None, "2024", ["text"]) == \
        EventFilter(actors=("ARM", "RUS"), pair=("A", "B"), until="2024", date_bases=("text",))
    assert EventFilter.of() == EventFilter() and not EventFilter().names_actors


def test_every_layer_selects_the_same_events(sample: tieline.Corpus, sample_db: Path,
                                             tmp_path: Path) -> None:
    expected = sample.events(pair=("Armenia", "Russia"), type="CONSULT", since="2021").to_dicts()
    assert expected  # (the samples hold such meetings: the comparison is not of two nothings)
    assert sample.events(where=WHERE).to_dicts() == expected
    assert [e.to_dict() for e in sample.store.events(WHERE, kb=None)] == expected
    cli_out = CliRunner().invoke(cli, ["--db", str(sample_db), "events", "--pair", "Armenia",
                                       "Russia", "--type", "CONSULT", "--since", "2021",
                                       "--json"])
    assert cli_out.exit_code == 0, cli_out.output
    assert _ids(json.loads(cli_out.output)) == _ids(expected)
    with TestClient(create_app(sample_db)) as client:
        got = client.get("/api/events", params={"pair": ["Armenia", "Russia"],
                                                "type": "CONSULT", "since": "2021"}).json()
    assert _ids(got["items"]) == _ids(expected)
    out = tmp_path / "e.jsonl"
    export(sample, "events", "jsonl", out, where=WHERE)
    assert _ids([json.loads(line) for line in out.read_text().splitlines()]) == _ids(expected)
    export(sample, "events", "jsonl", out, pair=("Armenia", "Russia"), type="CONSULT",
           since="2021")  # (the criteria one by one, as before)
    assert _ids([json.loads(line) for line in out.read_text().splitlines()]) == _ids(expected)


def test_criteria_come_as_one_filter_or_one_by_one_not_both(sample: tieline.Corpus,
                                                           tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not both"):
        sample.events(actors=["Armenia"], where=WHERE)
    with pytest.raises(UsageError, match="not both"):
        export(sample, "events", "jsonl", tmp_path / "e.jsonl", type="AID", where=WHERE)
    with pytest.raises(UsageError, match="articles export takes no type"):
        export(sample, "articles", "jsonl", tmp_path / "a.jsonl", where=EventFilter(type="AID"))
