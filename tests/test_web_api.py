"""The HTTP API in-process: every endpoint, its pages, and bad parameters as clear 4xx answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import tieline
from tieline.demo import samples_dir
from tieline.web import create_app

TOKEN = "s3cret-token"


def _clean_env(mp: pytest.MonkeyPatch, folder: Path) -> None:
    mp.chdir(folder)
    for name in list(os.environ):
        if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
            mp.delenv(name)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database holding the five bundled samples, ingested once for the module."""
    folder = tmp_path_factory.mktemp("web")
    with pytest.MonkeyPatch.context() as mp:
        _clean_env(mp, folder)
        samples = samples_dir()
        with tieline.open(folder / "samples.db", create=True) as corpus:
            report = corpus.ingest(samples, manifest=samples / "manifest.jsonl")
        assert report.stored == 5
        yield folder / "samples.db"


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    with pytest.MonkeyPatch.context() as mp:
        _clean_env(mp, sample_db.parent)
        with TestClient(create_app(sample_db)) as c:
            yield c


def _ok(client: TestClient, url: str) -> dict:  # type: ignore[type-arg]
    response = client.get(url)
    assert response.status_code == 200, response.text
    body: dict = response.json()  # type: ignore[type-arg]
    return body


def _fails(client: TestClient, url: str, status: int, *words: str) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, str)
    for word in words:
        assert word in detail
    return detail


# -- the page, its assets, the schema --------------------------------------------------------
def test_page_and_assets_are_served_by_tieline_with_a_strict_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    for asset in ("/static/app.js", "/static/app.css"):
        response = client.get(asset)
        assert response.status_code == 200
        assert "http://" not in response.text.replace("http://www.w3.org/2000/svg", "")
        assert "https://" not in response.text and "//cdn" not in response.text
    assert "https://" not in page.text and "http://" not in page.text


def test_openapi_lists_every_endpoint_and_no_cdn_docs(client: TestClient) -> None:
    schema = _ok(client, "/openapi.json")
    assert {"/api/status", "/api/articles", "/api/articles/{article_id}", "/api/actors",
            "/api/events", "/api/events/{event_id}", "/api/timeline", "/api/relations",
            "/api/search"} <= set(schema["paths"])
    assert "/api/ingest" not in schema["paths"]  # read-only without a token
    docs = client.get("/docs")  # tieline's own page: Swagger UI would load from a CDN
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
    assert "/api/overview" in schema["paths"] and "/api/download/events" in schema["paths"]


def test_status_says_read_only(client: TestClient) -> None:
    assert _ok(client, "/api/status")["writable"] is False


# -- articles ----------------------------------------------------------------------------------
def test_articles_are_paginated(client: TestClient) -> None:
    first = _ok(client, "/api/articles?per_page=2")
    assert len(first["items"]) == 2 and first["next_page"] == 2
    keys = {"id", "url", "outlet", "title", "author", "published", "published_basis", "lang",
            "words", "story_id", "copy_of"}
    assert keys <= set(first["items"][0]) and "text" not in first["items"][0]
    last = _ok(client, "/api/articles?per_page=2&page=3")
    assert len(last["items"]) == 1 and last["next_page"] is None
    everything = _ok(client, "/api/articles")["items"]
    assert [a["id"] for a in everything] == [a["id"] for a in first["items"] + _ok(
        client, "/api/articles?per_page=2&page=2")["items"] + last["items"]]


def test_article_page_out_of_range_and_bad_paging_are_4xx(client: TestClient) -> None:
    _fails(client, "/api/articles?page=4&per_page=2", 404, "page 4 is out of range")
    _fails(client, "/api/articles?page=0", 422, "page")
    _fails(client, "/api/articles?per_page=100000", 422, "per_page")
    _fails(client, "/api/articles?page=two", 422, "page", "integer")


def test_articles_by_id_and_one_article_with_text(client: TestClient) -> None:
    ids = [a["id"] for a in _ok(client, "/api/articles")["items"]][:2]
    chosen = _ok(client, f"/api/articles?id={ids[1]}&id={ids[0]}")["items"]
    assert [a["id"] for a in chosen] == [ids[1], ids[0]]
    one = _ok(client, f"/api/articles/{ids[0]}")
    assert one["id"] == ids[0] and len(one["text"]) > 100 and one["stages"]
    _fails(client, "/api/articles/nope", 404, "unknown article id 'nope'")
    _fails(client, f"/api/articles?id={ids[0]}&id=nope", 404, "unknown article id 'nope'")


# -- actors ----------------------------------------------------------------------------------
def test_actors_most_mentioned_first_and_autocomplete(client: TestClient) -> None:
    everyone = _ok(client, "/api/actors?per_page=500")["items"]
    mentions = [a["mentions"] for a in everyone]
    assert mentions == sorted(mentions, reverse=True)
    assert _ok(client, "/api/actors?q=arm&per_page=1")["items"][0]["id"] == "ARM"
    assert _ok(client, "/api/actors?q=Pashin")["items"][0]["name"] == "Nikol Pashinyan"
    assert _ok(client, "/api/actors?q=RUS")["items"][0]["id"] == "RUS"
    assert _ok(client, "/api/actors?q=zzzz")["items"] == []
    _fails(client, "/api/actors?q=zzzz&page=2", 404, "out of range")


# -- events ----------------------------------------------------------------------------------
def test_events_filters_mirror_the_cli(client: TestClient, sample_db: Path) -> None:
    with tieline.open(sample_db) as corpus:
        expected = [e.to_dict() for e in corpus.events(pair=("Armenia", "Russia"))]
    got = _ok(client, "/api/events?pair=Armenia&pair=Russia&per_page=500")["items"]
    assert got == expected and got
    page = _ok(client, "/api/events?pair=ARM&pair=RUS&per_page=3&page=2")
    assert page["items"] == expected[3:6]
    dated = _ok(client, "/api/events?actor=Pashinian&since=2021-01&until=2021-01-31")["items"]
    assert dated and all(e["date"].startswith("2021-01") for e in dated)
    consult = _ok(client, "/api/events?type=consult:meet&per_page=500")["items"]
    assert consult and all((e["type"], e["mode"]) == ("CONSULT", "meet") for e in consult)


def test_event_bad_parameters_are_400_with_the_reason(client: TestClient) -> None:
    _fails(client, "/api/events?actor=Narnia", 400, "unknown actor 'Narnia'")
    _fails(client, "/api/events?pair=Armenia&pair=Narnia", 400, "unknown actor 'Narnia'")
    _fails(client, "/api/events?pair=Armenia", 400, "exactly two actors")
    _fails(client, "/api/events?since=2021-13", 400, "since", "no month 13")
    _fails(client, "/api/events?until=yesterday", 400, "until", "YYYY")
    _fails(client, "/api/events?type=DANCE", 400, "unknown event type 'DANCE'")
    _fails(client, "/api/events?pair=ARM&pair=RUS&page=99", 404, "page 99 is out of range")


def test_one_event_with_its_evidence(client: TestClient) -> None:
    first = _ok(client, "/api/events?per_page=1")["items"][0]
    one = _ok(client, f"/api/events/{first['id']}")
    assert one == first and one["evidence"][0]["sentence"]
    _fails(client, "/api/events/nope", 404, "unknown event id 'nope'")


# -- search ----------------------------------------------------------------------------------
def test_search_finds_and_never_reads_user_text_as_syntax(client: TestClient) -> None:
    hits = _ok(client, "/api/search?q=Brussels")["items"]
    assert [h["outlet"] for h in hits] == ["tr.im"] and "[Brussels]" in hits[0]["snippet"]
    assert _ok(client, '/api/search?q=AND OR NEAR( "x*')["items"] == []
    _fails(client, "/api/search?q=", 422, "q")
    _fails(client, "/api/search?q=%20%20", 400, "at least one word")
    _fails(client, "/api/search?q=x&limit=0", 422, "limit")


# -- timeline and relations ------------------------------------------------------------------
def test_timeline_of_a_pair(client: TestClient, sample_db: Path) -> None:
    got = _ok(client, "/api/timeline?a=Armenia&b=Russia&limit=5")
    with tieline.open(sample_db) as corpus:
        expected = corpus.timeline("Armenia", "Russia", limit=5).to_dict()
    assert got == json.loads(json.dumps(expected))
    assert [p["id"] for p in got["pair"]] == ["ARM", "RUS"]
    assert len(got["entries"]) <= 5
    for entry in got["entries"] + got["undated"]:
        assert {"date", "date_precision", "summary", "type", "intensity", "events",
                "sources"} <= set(entry)


def test_relations_of_a_pair(client: TestClient) -> None:
    got = _ok(client, "/api/relations?a=ARM&b=RUS&by=quarter")
    assert got["by"] == "quarter" and {"series", "turning_points", "framing"} <= set(got)
    for row in got["series"]:
        assert {"period", "events", "mean_intensity", "cooperation", "conflict"} <= set(row)


def test_the_chart_of_a_pair_is_tieline_charts_svg(client: TestClient, sample_db: Path) -> None:
    from tieline.chart import trajectory_svg

    response = client.get("/api/relations/chart.svg?a=ARM&b=RUS&by=quarter&width=480")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    with tieline.open(sample_db) as corpus:
        expected = corpus.relations("ARM", "RUS", by="quarter")
    assert response.text == trajectory_svg(expected, width=480)
    assert 'viewBox="0 0 480 ' in response.text and 'class="period"' in response.text


def test_pair_bad_parameters_are_4xx(client: TestClient) -> None:
    _fails(client, "/api/timeline?a=Armenia&b=Narnia", 400, "unknown actor 'Narnia'")
    _fails(client, "/api/relations?a=Narnia&b=Russia", 400, "unknown actor 'Narnia'")
    _fails(client, "/api/timeline?a=Armenia", 422, "b", "required")
    _fails(client, "/api/timeline?a=Armenia&b=Russia&limit=0", 422, "limit")
    _fails(client, "/api/relations?a=Armenia&b=Russia&by=week", 422, "by", "month")
    _fails(client, "/api/relations/chart.svg?a=Narnia&b=Russia", 400, "unknown actor 'Narnia'")
    _fails(client, "/api/relations/chart.svg?a=ARM&b=RUS&width=10", 422, "width")
    _fails(client, "/api/relations/chart.svg?a=ARM&b=RUS&since=2021-13", 400, "since")


def test_no_bad_parameter_makes_a_500(client: TestClient) -> None:
    invalid = ["/api/articles?page=-1", "/api/articles?per_page=abc", "/api/articles/%00",
               "/api/actors?q=" + "x" * 300, "/api/events?since=0000-00-00",
               "/api/events?until=2021-02-30", "/api/events?type=", "/api/events?actor=",
               "/api/events/%27%3B--", "/api/timeline?a=&b=", "/api/relations",
               "/api/nothing", "/static/../pyproject.toml"]
    for url in invalid:
        assert 400 <= client.get(url).status_code < 500, url
    for odd in ("/api/search?q=%22", "/api/search?q=*", "/api/search?q=a%20NEAR%2F2",
                "/api/actors?q=%25", "/api/actors?q=%00"):
        assert client.get(odd).status_code == 200, odd


# -- ingest over HTTP, with a token only -----------------------------------------------------
def test_without_a_token_nothing_can_be_written(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"documents": [{"text": "x"}]})
    assert response.status_code in (404, 405)


def test_ingest_needs_the_token_and_results_are_fresh(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _clean_env(monkeypatch, tmp_path)
    doc = {"text": "Armenia and France signed a defence agreement in Paris on Monday. "
                   "The French minister praised the Armenian government for its reforms. " * 3,
           "url": "https://example.org/a", "outlet": "example.org", "published": "2024-02-26",
           "title": "Armenia and France sign a defence pact"}
    tieline.open(tmp_path / "w.db", create=True).close()
    with TestClient(create_app(tmp_path / "w.db", token=TOKEN)) as c:
        assert _ok(c, "/api/status")["writable"] is True
        assert "/api/ingest" in _ok(c, "/openapi.json")["paths"]
        url = "/api/ingest"
        assert c.post(url, json={"documents": [doc]}).status_code == 401
        wrong = c.post(url, json={"documents": [doc]}, headers={"Authorization": "Bearer no"})
        assert wrong.status_code == 403
        bad = c.post(url, json={"documents": [{"text": "a", "html": "b"}]},
                     headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 422 and "exactly one of text or html" in bad.json()["detail"]
        done = c.post(url, json={"documents": [doc, {"text": ""}]},
                      headers={"Authorization": f"Bearer {TOKEN}"})
        assert done.status_code == 200, done.text
        body = done.json()
        assert body["stored"] == 1 and len(body["rejects"]) == 1
        assert str(tmp_path) not in json.dumps(body) and "tieline-http-" not in json.dumps(body)
        assert [h["title"] for h in _ok(c, "/api/search?q=defence")["items"]] == [doc["title"]]


# -- reading while `tieline ingest` writes -----------------------------------------------------
def _many_documents(path: Path, count: int) -> None:
    texts = sorted(samples_dir().glob("*.txt"))
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = texts[i % len(texts)].read_text(encoding="utf-8")
            out.write(json.dumps({"text": f"Copy number {i}.\n\n{text}\n\nEnd of copy {i}.",
                                  "url": f"https://example.org/copy/{i}",
                                  "outlet": "example.org", "published": "2024-05-08"}) + "\n")


def test_server_reads_while_tieline_ingest_writes(sample_db: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _clean_env(monkeypatch, tmp_path)
    db = tmp_path / "busy.db"
    db.write_bytes(sample_db.read_bytes())
    inputs = tmp_path / "more.jsonl"
    _many_documents(inputs, 30)
    env = {**os.environ, "TIELINE_BATCH_SIZE": "3"}
    counts: list[int] = []
    with TestClient(create_app(db)) as c:
        writer = subprocess.Popen([sys.executable, "-m", "tieline.cli", "--db", str(db),
                                   "ingest", str(inputs)], env=env, stderr=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL, text=True)
        deadline = time.monotonic() + 300
        while writer.poll() is None and time.monotonic() < deadline:
            counts.append(len(_ok(c, "/api/articles?per_page=500")["items"]))
            _ok(c, "/api/events?actor=Armenia&per_page=5")
            _ok(c, "/api/search?q=Pashinyan")
            time.sleep(0.05)
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        final = len(_ok(c, "/api/articles?per_page=500")["items"])
    assert counts == sorted(counts), "a reader saw articles disappear"
    assert final == 35, "the server must see what was stored (fresh results)"
    assert any(5 < n < 35 for n in counts), f"no read happened mid-ingest: {set(counts)}"
