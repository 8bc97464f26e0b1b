"""End to end on a real news set: ingest ../shared/data/news/georgia-russia as a user would,
then every command, HTTP route, export, the report, the Python API and the page, on its
busiest pair and on every pair it holds, asserting on what they say (not only exit codes).

The five sample articles never reached the trajectory's turning points; a real multi-year
corpus does, and crashed there (issue 20). This suite keeps that from coming back.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import tieline
from tieline.analyze.relations import COUNTED
from tieline.models import ActorRef
from tieline.web import create_app

SETS = {"georgia-russia": ("Georgia", "Russia", "GEO", "RUS"),
        "india-china": ("India", "China", "IND", "CHN")}


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith("TIELINE_") or k == "TIELINE_SHARED_DATA"}


def _run(db: Path, *args: str, ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "tieline.cli", "--db", str(db), *args],
                          env=_env(), cwd=db.parent, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)
    assert done.returncode in ok, f"tieline {' '.join(args)}: {done.returncode}\n{done.stderr}"
    return done


def _json(db: Path, *args: str) -> Any:
    return json.loads(_run(db, *args, "--json").stdout)


@pytest.fixture(scope="module")
def news_dbs(shared_data_module: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, Path]:
    """Each news set ingested once, as a user would (`tieline ingest corpus.jsonl`)."""
    out = {}
    for name in sorted(SETS):
        db = tmp_path_factory.mktemp(name) / "news.db"
        _run(db, "ingest", str(shared_data_module / "news" / name / "corpus.jsonl"), ok=(0, 3))
        out[name] = db
    return out


@pytest.fixture(scope="module", params=sorted(SETS))
def news(request: pytest.FixtureRequest, news_dbs: dict[str, Path]
         ) -> tuple[Path, tuple[str, str, str, str]]:
    return news_dbs[request.param], SETS[request.param]


@pytest.fixture(scope="module")
def news_db(news: tuple[Path, tuple[str, str, str, str]]) -> Path:
    return news[0]


@pytest.fixture(scope="module")
def pair(news: tuple[Path, tuple[str, str, str, str]]) -> tuple[str, str, str, str]:
    return news[1]


def _side(ref: ActorRef | None) -> str | None:
    return None if ref is None else (ref.country or ref.id)


@pytest.fixture(scope="module")
def pairs(news_db: Path) -> Counter[tuple[str, str]]:
    """Every pair of actors (countries, or organisations) that events join, by events."""
    with tieline.open(news_db) as corpus:
        found: Counter[tuple[str, str]] = Counter()
        for e in corpus.events():
            a, b = _side(e.source), _side(e.target)
            if a and b and a != b:
                found[(min(a, b), max(a, b))] += 1
    return found


def test_the_busiest_pair_is_the_sets_subject(pairs: Counter[tuple[str, str]],
                                              pair: tuple[str, str, str, str]) -> None:
    assert pairs.most_common(1)[0][0] == tuple(sorted(pair[2:]))


def test_every_pair_the_set_holds_has_a_timeline_and_a_trajectory(
        news_db: Path, pairs: Counter[tuple[str, str]]) -> None:
    assert len(pairs) >= 5
    with tieline.open(news_db) as corpus:
        for a, b in pairs:
            counted = sum(1 for e in corpus.events(pair=(a, b)) if e.status in COUNTED)
            for by in ("month", "quarter", "year"):
                relations = corpus.relations(a, b, by=by)
                placed = sum(p.events for p in relations.series)
                assert placed + relations.undated + relations.coarser + \
                    relations.recalled == counted, (a, b, by)
            corpus.timeline(a, b)


def test_the_busiest_pair_through_the_python_api(news_db: Path,
                                                pair: tuple[str, str, str, str]) -> None:
    a, b = pair[:2]
    with tieline.open(news_db) as corpus:
        relations = corpus.relations(a, b, by="month")
        assert len(relations.series) > 24  # years of months, gaps included
        for turn in relations.turning_points:
            assert turn.events and turn.before != turn.after
        assert relations.framing and all(f.events >= 1 for f in relations.framing)
        timeline = corpus.timeline(a, b)
        assert timeline.to_dict()["entries"], "no dated entry"
        assert len(corpus.articles()) >= 200
        assert corpus.search(b)


def test_a_known_crisis_is_a_turning_point(news_dbs: dict[str, Path]) -> None:
    """India–China: the Galwan clash of June 2020 turned a cooperative relation conflictual."""
    relations = _json(news_dbs["india-china"], "relations", "India", "China", "--by", "month")
    turns = {t["period"]: t for t in relations["turning_points"]}
    assert "2020-06" in turns and turns["2020-06"]["after"] < 0 < turns["2020-06"]["before"]


def test_every_command_on_the_busiest_pair(news_db: Path, pair: tuple[str, str, str, str],
                                           tmp_path: Path) -> None:
    a, b = pair[:2]
    articles = _json(news_db, "articles")
    assert len(articles) >= 200 and all(x["id"] and "story_id" in x for x in articles)
    names = {x["name"] for x in _json(news_db, "actors")}
    assert {a, b} <= names
    events = _json(news_db, "events", "--pair", a, b)
    assert len(events) >= 30 and all(e["evidence"] for e in events)
    timeline = _json(news_db, "timeline", a, b)
    dated = [e for e in timeline["entries"] if e["date"]]
    assert dated and all(e["summary"] and e["sources"] for e in dated)
    relations = _json(news_db, "relations", a, b, "--by", "month")
    assert relations["series"] and relations["framing"]
    text = _run(news_db, "relations", a, b, "--by", "quarter").stdout
    assert a in text and b in text
    assert _json(news_db, "search", b)
    report = tmp_path / "brief.html"
    _run(news_db, "report", a, b, "--out", str(report))
    page = report.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "<svg" in page
    assert a in page and b in page and "</html>" in page
    assert re.search(r"\d+ independent sources?, \d+ reports?", page)  # sources, copies apart
    assert "Counted by story" in page


@pytest.mark.parametrize(("kind", "fmt"), [("articles", "csv"), ("actors", "jsonl"),
                                           ("events", "csv"), ("events", "gdelt")])
def test_every_export(news_db: Path, pair: tuple[str, str, str, str], tmp_path: Path,
                      kind: str, fmt: str) -> None:
    out = tmp_path / f"{kind}.{fmt}"
    _run(news_db, "export", kind, "--format", fmt, "--out", str(out))
    body = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(body)))
        assert len(rows) >= 30 and rows[0]["id"]
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in body.splitlines()]
        assert {pair[0], pair[1]} <= {r["name"] for r in rows}
    else:
        rows = [line.split("\t") for line in body.splitlines()]
        assert len(rows) >= 30 and len({len(r) for r in rows}) == 1


def test_the_relations_export_of_the_busiest_pair(news_db: Path,
                                                 pair: tuple[str, str, str, str],
                                                 tmp_path: Path) -> None:
    out = tmp_path / "relations.csv"
    _run(news_db, "export", "relations", *pair[:2], "--out", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) > 24 and sum(int(r["events"]) for r in rows) >= 20


@pytest.fixture(scope="module")
def client(news_db: Path) -> Iterator[TestClient]:
    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
                mp.delenv(name)
        with TestClient(create_app(news_db)) as c:
            yield c


def _get(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code} {response.text[:300]}"
    return response.json()


def test_every_http_route_on_the_busiest_pair(client: TestClient,
                                             pair: tuple[str, str, str, str]) -> None:
    a, b = pair[:2]
    assert _get(client, "/api/status")
    articles = _get(client, "/api/articles")
    first = articles["items"][0] if isinstance(articles, dict) else articles[0]
    assert _get(client, f"/api/articles/{first['id']}")["text"]
    assert _get(client, f"/api/actors?q={a[:4]}")
    events = _get(client, f"/api/events?pair={a}&pair={b}")
    items = events["items"] if isinstance(events, dict) else events
    assert items and _get(client, f"/api/events/{items[0]['id']}")["evidence"]
    relations = _get(client, f"/api/relations?a={a}&b={b}&by=month")
    assert relations["series"] and relations["framing"]
    assert _get(client, f"/api/timeline?a={a}&b={b}")["entries"]
    assert _get(client, f"/api/search?q={b}")
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text.lower()
