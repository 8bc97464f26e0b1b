"""The corpus stage, round 2: the page's downloads follow its publication-date box, and one
driver dates pages that state no date (analyze/pagedating.py) for every step, reading only
the keys that may date a page, counted no further than the limit. Each rule has a twin that
must stay as it was. The sentences are written for these tests."""

from __future__ import annotations

import csv
import io
import json
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import test_web_news as web
import tieline
from tieline.analyze.neighbours import MAX_CARRIERS, NEIGHBOURS
from tieline.analyze.stage import update_corpus
from tieline.annotate.extract import article_id, content_hash
from tieline.corpus import publication_dates_off
from tieline.models import ActorRef, Article, Evidence, Report
from tieline.store import Store
from tieline.web import create_app

NOR = ActorRef("NOR", "Norway", "NOR", None, "country")
PER = ActorRef("PER", "Peru", "PER", None, "country")
REPORTED = "Norway and Peru signed a fisheries accord, the ministry said in a statement."
STATED = "Norway sent Peru two rescue aircraft on 1 March 2021, officials said."
# the news set served once for this module, in Debian's Chromium, as test_web_news does it
browser, site = web.browser, web.site
_page, _wait = web._page, web._wait


def _article(url: str, text: str, published: str, event: Report) -> Article:
    aid = article_id(text, url)
    evidence = (Evidence(aid, 0, len(text), text, 0, 1),)
    return Article(id=aid, origin=url, text=text, content_hash=content_hash(text), url=url,
                   outlet=url.split("/")[2], published=published, published_basis="metadata",
                   words=len(text.split()),
                   events=(replace(event, id=f"{aid}-e", evidence=evidence),))


@pytest.fixture(scope="module")
def pair_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two pages: one event dated only by its page's day (basis "publication"), one by
    its words."""
    db = tmp_path_factory.mktemp("downloads") / "d.db"
    reported = Report(id="r", type="AGREE", source=NOR, target=PER, evidence=(),
                     date="2021-03-09", date_precision="day", date_basis="publication",
                     intensity=5.0)
    stated = Report(id="s", type="AID", source=NOR, target=PER, evidence=(), date="2021-03-01",
                   date_precision="day", date_basis="text", date_text="on 1 March 2021",
                   intensity=6.0)
    with Store(db) as store:
        store.add_articles(store.start_run([]), [
            _article("https://one.example/a", REPORTED, "2021-03-09", reported),
            _article("https://two.example/b", STATED, "2021-03-12", stated)])
        update_corpus(store)
    return db


@pytest.fixture(scope="module")
def client(pair_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(pair_db)) as c:
        yield c


def _download(client: TestClient, fmt: str, **params: str) -> Any:
    answer = client.get("/api/download/events", params={"a": "Norway", "b": "Peru",
                                                       "format": fmt, **params})
    assert answer.status_code == 200, answer.text
    return answer


# -- 1. the downloads are the events the chart shows ----------------------------------------
def test_download_without_publication_dates_undates_those_events(client: TestClient) -> None:
    events = _download(client, "json", publication_dates="false").json()
    assert sorted((e["date"], e["date_basis"]) for e in events if e["date"]) == [
        ("2021-03-01", "text")]
    assert len(events) == 2  # (undated, not dropped: no range)
    rows = list(csv.DictReader(io.StringIO(_download(client, "csv",
                                                     publication_dates="false").text)))
    assert sorted(r["date"] for r in rows) == ["", "2021-03-01"]
    name = _download(client, "csv", publication_dates="false").headers["content-disposition"]
    assert "no-publication-dates" in name


def test_download_with_a_range_leaves_out_what_publication_dates_placed(
        client: TestClient, pair_db: Path) -> None:
    events = _download(client, "json", since="2021", publication_dates="false").json()
    assert [e["date"] for e in events] == ["2021-03-01"]
    with tieline.open(pair_db) as corpus:  # (what the chart counts: the same events)
        relations = corpus.relations("NOR", "PER", since="2021", publication_dates=False)
    assert sum(p.events for p in relations.series) == len(events)


def test_twin_download_by_default_keeps_every_date(client: TestClient, pair_db: Path) -> None:
    events = _download(client, "json", since="2021").json()
    assert sorted(e["date"] for e in events) == ["2021-03-01", "2021-03-09"]
    with tieline.open(pair_db) as corpus:
        found = corpus.events(pair=("NOR", "PER"))
    assert publication_dates_off(found) != list(found)  # (the option changes something)
    assert "no-publication-dates" not in _download(client, "csv").headers[
        "content-disposition"]


# -- 2. the page's download links carry the box, in Debian's Chromium ----------------------
def test_the_page_downloads_follow_the_publication_date_box(browser: Any, site: str) -> None:
    page, problems = _page(browser)
    for pub, expected in (("&pub=0", True), ("", False)):
        page.goto(site + f"/?a=GEO&b=RUS&by=year{pub}")
        page.locator(".entry").first.wait_for(timeout=15000)
        href = page.locator("#download-json").get_attribute("href") or ""
        assert ("publication_dates=false" in href) is expected, href
        with urllib.request.urlopen(site + href) as answer:  # noqa: S310 (the local server)
            bases = {e["date_basis"] for e in json.load(answer) if e["date"]}
        assert ("publication" in bases) is not expected
    assert problems == []


# -- 3. which keys may date a page ----------------------------------------------------------
KEY = 4242


def _carriers(tmp_path: Path, current: int, superseded: int) -> Store:
    """A store with *current* articles carrying KEY, the first superseding *superseded*
    others that carry it too."""
    pages = [Article(id=f"p{n:02d}", origin=f"p{n}", text=f"Page {n} of the test.",
                     content_hash=f"h{n}", url=f"https://p{n}.example/", outlet="p.example",
                     published="2021-03-09", published_basis="metadata")
             for n in range(current + superseded)]
    store = Store(tmp_path / "k.db")
    store.add_articles(store.start_run([]), pages)
    with store.transaction() as conn:
        conn.executemany("INSERT INTO neighbour_keys(key, article_id) VALUES (?, ?)",
                         [(KEY, p.id) for p in pages])
        conn.executemany("UPDATE articles SET superseded_by = ? WHERE id = ?",
                         [(pages[0].id, p.id) for p in pages[current:]])
    return store


def test_a_key_is_rare_by_its_carriers_besides_those_of_the_batch(tmp_path: Path) -> None:
    with _carriers(tmp_path, current=MAX_CARRIERS + 3, superseded=0) as store:
        assert store.rare_neighbour_keys({KEY: MAX_CARRIERS + 3}) == [KEY]
        assert NEIGHBOURS.rare(store, {KEY: 2}) == [KEY]  # (two of them are the batch's)


def test_twin_a_key_of_more_carriers_besides_the_batch_is_not_rare(tmp_path: Path) -> None:
    with _carriers(tmp_path, current=MAX_CARRIERS + 3, superseded=0) as store:
        assert store.rare_neighbour_keys({KEY: MAX_CARRIERS + 2}) == []
        assert NEIGHBOURS.rare(store, {KEY: 1}) == []


def test_a_superseded_article_leaves_the_index_once_its_successor_is_keyed(
        tmp_path: Path) -> None:
    with _carriers(tmp_path, current=3, superseded=MAX_CARRIERS) as store:
        assert NEIGHBOURS.rare(store, {KEY: 0}) == []  # (superseded, not yet replaced)
        with store.transaction():
            assert store.replaced_keys("neighbour", ["p00"]) == [KEY]
            store.save_keys("neighbour", {"p00": [KEY]})
        assert NEIGHBOURS.rare(store, {KEY: 1}) == [KEY]
        assert store.conn.execute("SELECT count(*) FROM neighbour_keys").fetchone()[0] == 3
