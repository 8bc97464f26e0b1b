"""Issue 25, the analyst's day on a real corpus: one test (or a few) per defect found.

Most run on the Georgia–Russia news set (../shared/data/news), ingested once per session;
the page itself is driven in a browser in test_web_news.py.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import tieline
from tieline.cli import cli
from tieline.errors import StoreError, UnknownActor, UsageError
from tieline.export import export, gdelt_frame
from tieline.progress import IngestProgress, count_documents
from tieline.web import create_app
from tieline.web.serve import listen


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith("TIELINE_") or k == "TIELINE_SHARED_DATA"}


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
            monkeypatch.delenv(name)
    return CliRunner()


@pytest.fixture(scope="module")
def client(news_db: Path) -> TestClient:
    return TestClient(create_app(news_db), raise_server_exceptions=False)


# -- 1. a mistyped database path ----------------------------------------------------------------
@pytest.mark.parametrize("command", [["relations", "Armenia", "Russia"], ["articles"],
                                     ["events", "--json"], ["search", "x"], ["actors"]])
def test_a_mistyped_database_is_refused_not_created(runner: CliRunner, tmp_path: Path,
                                                    command: list[str]) -> None:
    typo = tmp_path / "demo-outptu.db"
    result = runner.invoke(cli, ["--db", str(typo), *command])
    assert result.exit_code == 1
    assert f"no tieline database at {typo}" in result.stderr and result.stdout == ""
    assert not typo.exists()


def test_python_and_the_server_refuse_a_missing_database_and_ingest_creates_one(
        tmp_path: Path, samples: Path) -> None:
    missing = tmp_path / "nope.db"
    with pytest.raises(StoreError, match="no tieline database"):
        tieline.open(missing)
    with pytest.raises(StoreError, match="no tieline database"):
        create_app(missing)
    assert not missing.exists()
    with tieline.open(missing, create=True) as corpus:
        corpus.ingest(samples / "004_199b5b13a894299b.txt", progress=False)
    with tieline.open(missing) as corpus:
        assert len(corpus.articles()) == 1


def test_db_is_accepted_after_the_command(runner: CliRunner, sample_db: Path) -> None:
    before = runner.invoke(cli, ["--db", str(sample_db), "articles", "--json"])
    after = runner.invoke(cli, ["articles", "--json", "--db", str(sample_db)])
    assert after.exit_code == 0, after.output
    listed = json.loads(after.stdout)
    assert listed == json.loads(before.stdout) and len(listed) == 5


# -- 2. a way in: the corpus at a glance, "did you mean" ---------------------------------------
def test_overview_names_the_busiest_pairs_the_period_and_the_counts(news: tieline.Corpus
                                                                   ) -> None:
    o = news.overview()
    first = o.pairs[0]
    assert {first.a.id, first.b.id} == {"GEO", "RUS"}
    assert first.events == len(news.events(pair=("GEO", "RUS")))  # counted as relations reads it
    assert sum(first.years.values()) + first.undated == first.events
    assert o.counts["articles"] == len(news.articles())
    assert o.counts["events"] == len(news.events())
    assert o.actors_total == len(news.actors()) and o.actors[0][0].id in ("GEO", "RUS")
    assert o.counts["period"][0] <= first.since and o.counts["languages"]["en"] > 100


def test_first_and_last_dates_are_shown_as_their_events_are_dated(news: tieline.Corpus
                                                                  ) -> None:
    """An event known only to its year or month bounds a pair's period as "2008" or "2008-08",
    never as "2008-01-01", a day nobody reported."""
    o = news.overview()
    for pair in o.pairs:
        dated = [e for e in news.events(pair=(pair.a.id, pair.b.id)) if e.date]
        if not dated:
            assert pair.since is None and pair.until is None
            continue
        assert pair.since in {e.date for e in dated} and pair.until in {e.date for e in dated}
    assert any(len(p.since or "") < 10 for p in o.pairs)  # the set holds year/month-dated bounds
    assert set(o.counts["period"]) <= {e.date for e in news.events()}


def test_a_typo_gets_did_you_mean_in_the_library_the_cli_and_the_api(
        news: tieline.Corpus, news_db: Path, client: TestClient, runner: CliRunner) -> None:
    assert news.suggest_actors("Amerca")[0][0].id == "USA"
    with pytest.raises(UnknownActor, match=r"did you mean United States \(USA\)") as caught:
        news.relations("Amerca", "Russia")
    assert [a.id for a in caught.value.suggestions] == ["USA"]
    result = runner.invoke(cli, ["--db", str(news_db), "timeline", "Amerca", "Russia"])
    assert result.exit_code == 1 and "did you mean United States (USA)?" in result.stderr
    found = client.get("/api/actors", params={"q": "Amerca"}).json()
    assert found["did_you_mean"] and found["items"][0]["id"] == "USA"
    answer = client.get("/api/relations", params={"a": "Amerca", "b": "Russia"})
    assert answer.status_code == 400
    assert answer.json()["suggestions"][0]["id"] == "USA" and answer.json()["name"] == "Amerca"
    nothing = client.get("/api/actors", params={"q": "Zzyzx"}).json()
    assert nothing["items"] == [] and not nothing["did_you_mean"]


def test_a_failure_is_a_json_answer_that_says_what_failed(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("zip() argument 2 is shorter than argument 1")

    monkeypatch.setattr(tieline.Corpus, "relations", broken)
    answer = client.get("/api/relations", params={"a": "Georgia", "b": "Russia"})
    assert answer.status_code == 500
    assert "ValueError: zip() argument 2 is shorter" in answer.json()["detail"]
    assert client.get("/api/timeline", params={"a": "Georgia", "b": "Russia"}).status_code == 200


# -- 3. ingest feedback, exit codes ---------------------------------------------------------------
def test_ingest_progress_knows_its_total_and_the_summary_says_what_was_found(
        runner: CliRunner, tmp_path: Path, samples: Path) -> None:
    lines = tmp_path / "in.jsonl"
    body = (samples / "004_199b5b13a894299b.txt").read_text(encoding="utf-8")
    lines.write_text(json.dumps({"text": body}) + "\n\n   \n" + json.dumps({"text": "x" * 9})
                     + "\n", encoding="utf-8")
    assert count_documents([lines, samples / "001_ee9ad31b0b9d25f1.html"]) == 3
    assert count_documents(["-"]) is None  # unknown: no percentage rather than a wrong one
    bar = IngestProgress(total=3)
    assert bar._progress.tasks[0].total == 3
    result = runner.invoke(cli, ["--db", str(tmp_path / "c.db"), "ingest", "--partial-ok",
                                 str(lines)])
    assert result.exit_code == 0, result.output  # one of two stored: the rest is listed
    assert "stored 1 articles, 0 already stored, 1 rejected, in " in result.stderr
    assert " s\n" in result.stderr or " min " in result.stderr
    assert "the corpus: 1 articles in 1 stories" in result.stderr
    assert "events (" in result.stderr and " actors" in result.stderr
    contract = runner.invoke(cli, ["--db", str(tmp_path / "d.db"), "ingest", str(lines)])
    assert contract.exit_code == 3  # the interface contract: some inputs were rejected
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": ""}\n', encoding="utf-8")
    nothing = runner.invoke(cli, ["--db", str(tmp_path / "e.db"), "ingest", "--partial-ok",
                                  str(bad)])
    assert nothing.exit_code == 3  # nothing could be stored


def test_the_summary_names_languages_the_stages_do_not_read(news_db: Path) -> None:
    from tieline.models import IngestSummary
    from tieline.render import ingest_summary

    with tieline.open(news_db) as corpus:
        text = ingest_summary(IngestSummary(stored=219), corpus.overview(), 75.0)
    assert "in 1 min 15 s" in text and "not analysed for events" in text and "ru " in text


def test_python_ingest_reports_progress_and_stages(tmp_path: Path, samples: Path) -> None:
    seen: list[tuple[int, str]] = []
    stages: list[str] = []
    with tieline.open(tmp_path / "p.db", create=True) as corpus:
        corpus.ingest(samples, manifest=samples / "manifest.jsonl",
                      progress=lambda report, origin: seen.append((report.stored, origin)),
                      stage=stages.append)
    assert seen and seen[-1][0] == 5
    assert stages[0].startswith("reading") and stages[-1].startswith("corpus stage")


def test_python_ingest_draws_a_tqdm_bar_when_asked(tmp_path: Path, samples: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with tieline.open(tmp_path / "t.db", create=True) as corpus:
        corpus.ingest(samples / "004_199b5b13a894299b.txt", progress=True)
    err = capsys.readouterr().err
    assert "1/1" in err and "corpus stage" in err


# -- 4. counts in full, the same everywhere ------------------------------------------------------
def test_undated_events_are_counted_alike_by_timeline_relations_and_report(
        news: tieline.Corpus, runner: CliRunner, news_db: Path, tmp_path: Path) -> None:
    timeline = news.timeline("Georgia", "Russia", limit=30)
    relations = news.relations("Georgia", "Russia")
    undated = sum(1 for e in news.events(pair=("Georgia", "Russia")) if not e.date)
    assert timeline.undated_total == relations.undated_all == undated > 30
    shown = runner.invoke(cli, ["--db", str(news_db), "timeline", "Georgia", "Russia"]).stdout
    assert f"30 of {undated} undated events shown" in shown
    rel = runner.invoke(cli, ["--db", str(news_db), "relations", "Georgia", "Russia"]).stdout
    assert f"{undated} undated events and" in rel
    out = tmp_path / "r.html"
    assert runner.invoke(cli, ["--db", str(news_db), "report", "Georgia", "Russia", "--out",
                               str(out)]).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert f"{undated} undated events." in html and f"{undated} undated events are not" in html


def test_undated_events_say_by_when_they_were_reported_and_come_in_that_order(
        news: tieline.Corpus, runner: CliRunner, news_db: Path, tmp_path: Path) -> None:
    """An undated event is not placed at a guessed day; the first day an article reporting it
    was dated is an upper bound that is always true, and orders the undated list."""
    timeline = news.timeline("Georgia", "Russia", limit=30)
    days = [u.reported_by for u in timeline.undated]
    known = [d for d in days if d]
    assert known and known == sorted(known) and days == known + [None] * (len(days) - len(known))
    for u in timeline.undated:  # (a page's own date, its story's, else its coreported one)
        pages = [a for e in u.events for ev in e.evidence
                 if (a := news.article(ev.article_id)) is not None]
        dates = {d for a in pages for d in (a.published, a.story_date) if d} | {
            a.coreported for a in pages if a.coreported and not (a.published or a.story_date)}
        assert u.reported_by == min(dates, default=None)
        assert (u.reported_by_basis == "coreported") == (u.reported_by is not None and not any(
            u.reported_by in (a.published, a.story_date) for a in pages))
    first = next(u for u in timeline.undated if u.reported_by)
    shown = runner.invoke(cli, ["--db", str(news_db), "timeline", "Georgia", "Russia"]).stdout
    assert f"by {first.reported_by}" in shown and "in the order first reported" in shown
    out = tmp_path / "r.html"
    assert runner.invoke(cli, ["--db", str(news_db), "report", "Georgia", "Russia", "--out",
                               str(out)]).exit_code == 0
    assert f"by {first.reported_by}" in out.read_text(encoding="utf-8")
    assert all(e.reported_by is None for e in timeline.entries)


def test_search_says_how_many_match_and_pages_through_them(
        news: tieline.Corpus, client: TestClient, runner: CliRunner, news_db: Path) -> None:
    everything = news.search("Russia", limit=1000)
    total = len(everything)
    assert total > 50 and everything.total == total
    page = client.get("/api/search", params={"q": "Russia", "limit": 50}).json()
    assert page["total"] == total and len(page["items"]) == 50 and page["next_offset"] == 50
    rest = client.get("/api/search", params={"q": "Russia", "limit": 50, "offset": 50}).json()
    assert {h["id"] for h in rest["items"]}.isdisjoint(h["id"] for h in page["items"])
    result = runner.invoke(cli, ["--db", str(news_db), "search", "Russia", "--limit", "5"])
    assert f"1-5 of {total} articles matching 'Russia'" in result.stderr


def test_the_gdelt_export_says_which_events_it_leaves_out(news: tieline.Corpus,
                                                          tmp_path: Path) -> None:
    result = export(news, "events", "gdelt", tmp_path / "g.tsv")
    left = sum(n for _, n in result.dropped)
    assert result.rows + left == len(news.events()) and left > 0
    assert f"{left} of {len(news.events())} events are not in it" in result.summary()
    assert "no CAMEO code" in result.summary()


# -- 5. narrowing the chart ------------------------------------------------------------------------
def test_relations_timeline_and_report_take_a_date_range(
        news: tieline.Corpus, runner: CliRunner, news_db: Path, tmp_path: Path) -> None:
    whole = news.relations("Georgia", "Russia", by="year")
    # the chart spans the news's years (history a page recalls, "severed ties in 2008", is
    # background and not in it; a stray "visas of nationals arriving in 2000", read as a visit,
    # is no longer coded: a preposition leading to a date is no place)
    first, last = whole.series[0].period, whole.series[-1].period
    assert first < "2020" and last > "2023"
    narrow = news.relations("Georgia", "Russia", by="year", since="2020", until="2023")
    assert [p.period for p in narrow.series][0] >= "2020"
    assert [p.period for p in narrow.series][-1] <= "2023"
    entries = news.timeline("Georgia", "Russia", since="2020-06").entries
    assert entries and all((e.date or "") >= "2020-06" for e in entries)
    cli_out = runner.invoke(cli, ["--db", str(news_db), "relations", "Georgia", "Russia",
                                  "--by", "year", "--since", "2020", "--json"])
    assert json.loads(cli_out.stdout)["series"][0]["period"] >= "2020"
    full, out = tmp_path / "whole.html", tmp_path / "narrow.html"
    runner.invoke(cli, ["--db", str(news_db), "report", "Georgia", "Russia", "--out", str(full)])
    runner.invoke(cli, ["--db", str(news_db), "report", "Georgia", "Russia", "--since", "2020",
                        "--out", str(out)])
    assert f">{first}" in full.read_text(encoding="utf-8")
    assert f">{first}" not in out.read_text(encoding="utf-8")
    with pytest.raises(UsageError, match="since"):
        news.relations("Georgia", "Russia", since="2018-13")


# -- 6. untitled articles, reading an article ---------------------------------------------------
def test_untitled_articles_are_called_by_their_first_words(news: tieline.Corpus,
                                                           client: TestClient) -> None:
    untitled = next(a for a in news.articles() if not a.title)
    assert untitled.label.split()[:3] == untitled.text.split()[:3]
    listed = client.get("/api/articles", params={"id": untitled.id}).json()["items"][0]
    assert listed["label"] == untitled.label and listed["title"] is None


def test_the_reader_gives_the_text_with_mentions_and_events_at_their_offsets(
        news: tieline.Corpus, client: TestClient) -> None:
    article = max(news.articles(), key=lambda a: len(news.read(a.id).events))
    view = client.get(f"/api/articles/{article.id}/read").json()
    chars = list(view["text"])
    titled = list(view["title"] or "")  # (a headline's evidence is at offsets into the title)
    assert view["mentions"] and view["events"] and view["url"]
    for m in view["mentions"]:
        assert "".join(chars[m["start"]:m["end"]]) == m["text"]
    for e in view["events"]:
        ev = next(ev for ev in e["evidence"] if ev["article_id"] == article.id)
        part = titled if ev["part"] == "title" else chars
        assert "".join(part[ev["start"]:ev["end"]]).strip() == ev["sentence"].strip()
    assert client.get("/api/articles/nope/read").status_code == 400


# -- 7. downloads, /docs, small traps --------------------------------------------------------------
def test_the_pair_view_downloads_as_csv_and_json(client: TestClient,
                                                 news: tieline.Corpus) -> None:
    expected = news.events(pair=("Georgia", "Russia"), since="2019")
    csv_answer = client.get("/api/download/events", params={"a": "Georgia", "b": "Russia",
                                                           "since": "2019"})
    assert csv_answer.status_code == 200
    assert 'filename="tieline-events-GEO-RUS-2019.csv"' in csv_answer.headers[
        "content-disposition"]
    assert len(csv_answer.text.strip().splitlines()) >= len(expected) + 1
    as_json = client.get("/api/download/events", params={"a": "Georgia", "b": "Russia",
                                                        "since": "2019", "format": "json"})
    assert [e["id"] for e in as_json.json()] == [e.id for e in expected]


def test_api_documentation_is_served_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200 and "/static/docs.js" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    script = client.get("/static/docs.js")
    assert script.status_code == 200 and "/openapi.json" in script.text
    assert "/api/overview" in client.get("/openapi.json").json()["paths"]


def test_one_actor_name_is_not_read_letter_by_letter(sample: tieline.Corpus) -> None:
    assert sample.events(actors="Armenia") == sample.events(actors=["Armenia"])
    assert len(sample.events(actors="Armenia")) > 0


def test_events_piped_into_head_exits_zero(sample_db: Path) -> None:
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c",
         f'"{sys.executable}" -m tieline.cli --db "{sample_db}" events | head -1'],
        capture_output=True, text=True, env=_env(), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr


def test_serve_on_a_busy_port_fails_clearly(sample_db: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(UsageError, match=f"port {port} on 127.0.0.1 is in use"):
            listen("127.0.0.1", port)
        result = subprocess.run([sys.executable, "-m", "tieline.cli", "--db", str(sample_db),
                                 "serve", "--port", str(port)], capture_output=True, text=True,
                                env=_env(), timeout=120)
    assert result.returncode == 1 and "is in use" in result.stderr
    assert "serving" not in result.stderr


# -- 8. the GDELT export as GDELT users expect -----------------------------------------------------
def test_gdelt_rows_always_have_a_date_and_say_how_it_was_found(news: tieline.Corpus) -> None:
    frame = gdelt_frame(news)
    assert len(frame) > 100 and frame["SQLDATE"].notna().all()
    # (every basis a known one; since attach round 1 the one event dated by its neighbours'
    # year, a one-sided "insulted Putin on July 7", takes Georgia and joins the event its
    # other reports date by their own words)
    assert {"text", "newsday", "publication", "publication_undated"} <= \
        set(frame["DateBasis"]) <= {"text", "newsday", "neighbours-year", "publication",
                                    "publication_undated"}
    assert set(frame["DatePrecision"]) >= {"day", "month", "year"}
    coarse = frame[frame["DatePrecision"] == "month"]
    assert (coarse["SQLDATE"] % 100 == 1).all()  # padded to the 1st, and flagged as such
    assert str(frame["SQLDATE"].dtype) == "Int64" and str(frame["GLOBALEVENTID"].dtype) == "Int64"
    assert str(frame["GoldsteinScale"].dtype) == "float64"
    assert frame["EventCode"].map(type).eq(str).all()  # "042" keeps its zero
    assert list(frame.columns[:2]) == ["GLOBALEVENTID", "SQLDATE"]
