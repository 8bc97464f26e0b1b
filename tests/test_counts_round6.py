"""Counts and citations an analyst reads must be true: a sentence is one report however many
codings it got, an undated entry's "by DAY" uses the page's shown date, and the stories an
event's reports cite follow the stories when an ingest re-cuts them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import tieline
from tieline.analyze.merge import cluster, merge
from tieline.analyze.pair_timeline import build_pair_timeline, first_reported
from tieline.analyze.stage import update_corpus
from tieline.annotate.extract import article_id, content_hash
from tieline.brief import pair_brief_html
from tieline.cli import cli
from tieline.kb import load_kb
from tieline.models import (
    Actor,
    ActorRef,
    Article,
    Event,
    Evidence,
    Report,
    StoryReport,
    one_per_sentence,
)
from tieline.render import source_labels
from tieline.store import Store

IND = ActorRef("IND", "India", "IND", None, "country")
CHN = ActorRef("CHN", "China", "CHN", None, "country")
MODI = ActorRef("narendra-modi", "Narendra Modi", "IND", "GOV", "person")
XI = ActorRef("xi-jinping", "Xi Jinping", "CHN", "GOV", "person")
PAIR = (Actor("IND", "India", "country", "IND"), Actor("CHN", "China", "country", "CHN"))

# (written for these tests)
SUMMIT = ("The prime minister will fly to the lakeside city next week for an informal summit "
          "with the president, officials said on Monday.")


def _coding(i: str, article: str, source: ActorRef, target: ActorRef, mode: str,
            sentence: str = SUMMIT, start: int = 0, trigger: tuple[int, int] = (25, 28)
            ) -> StoryReport:
    ev = Evidence(article, start, start + len(sentence), sentence, *trigger, outlet="o")
    report = Report(id=i, type="CONSULT", mode=mode, source=source, target=target,
                    evidence=(ev,), status="planned", date="2018-04-27",
                    date_precision="day", date_basis="text")
    return StoryReport(report, "2018-04-23", article, "2018-04-23")


# -- 1. one sentence, several codings: one report ------------------------------------------
def test_a_sentence_coded_by_two_rules_and_two_readings_is_listed_once() -> None:
    codings = [_coding("r1", "a1", IND, CHN, "visit"), _coding("r2", "a1", MODI, CHN, "visit"),
               _coding("r3", "a1", IND, XI, "meet", trigger=(60, 67)),
               _coding("r4", "a1", MODI, XI, "meet", trigger=(60, 67)),
               _coding("r5", "a2", MODI, XI, "meet")]
    [members] = cluster(codings)
    event = merge(members)
    assert len(members) == 5  # (every coding is kept with its report)
    assert [(ev.article_id, ev.start) for ev in event.evidence] == [("a1", 0), ("a2", 0)]
    assert event.evidence[0].trigger_start == 25  # (the sentence's first coding)
    assert [(c.source, c.target, c.mode) for c in event.evidence[0].codings] == [
        ("India", "China", "visit"), ("Narendra Modi", "China", "visit"),
        ("India", "Xi Jinping", "meet"), ("Narendra Modi", "Xi Jinping", "meet")]
    assert [(c.source, c.target) for c in event.evidence[1].codings] == [
        ("Narendra Modi", "Xi Jinping")]
    assert (event.reports, event.independent_sources) == (2, 2)
    assert one_per_sentence([*event.evidence, *event.evidence]) == event.evidence


def test_two_sentences_of_one_article_are_two_pieces_of_evidence() -> None:
    other = "The two leaders are expected to hold talks over two days."
    codings = [_coding("r1", "a1", IND, CHN, "visit"),
               _coding("r2", "a1", IND, CHN, "meet", other, start=200, trigger=(200, 205))]
    event = merge(cluster(codings)[0])
    assert [ev.start for ev in event.evidence] == [0, 200]
    assert event.reports == 1  # (one article)


def _summit_article(url: str, text: str, published: str | None = "2018-04-23") -> Article:
    return Article(id=article_id(text, url), origin=url, text=text,
                   content_hash=content_hash(text), url=url, outlet=url.split("/")[2],
                   published=published, published_basis="manifest" if published else "unknown",
                   words=len(text.split()))


def _with_codings(a: Article, pairs: list[tuple[ActorRef, ActorRef, str]]) -> Article:
    sentence = a.text.split("\n")[0]
    ev = Evidence(a.id, 0, len(sentence), sentence, 25, 28)
    return a.evolve(events=tuple(
        Report(id=f"{a.id}-{n}", type="CONSULT", mode=mode, source=s, target=t, evidence=(ev,),
               status="planned", date="2018-04-27", date_precision="day", date_basis="text",
               rule=f"rule-{mode}") for n, (s, t, mode) in enumerate(pairs)))


@pytest.fixture(scope="module")
def summit_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return summit_store(tmp_path_factory.mktemp("summit") / "summit.db")


def summit_store(path: Path) -> Path:
    """Return a store at *path* where one page codes its sentence four ways (two readings of
    each side, two modes) and another page once."""
    kb = load_kb()
    one = _with_codings(_summit_article("https://one.example/summit", SUMMIT),
                        [(IND, CHN, "visit"), (MODI, CHN, "visit"), (IND, XI, "meet"),
                         (MODI, XI, "meet")])
    two = _with_codings(_summit_article(
        "https://two.example/summit", "Leaders of the two neighbours are to meet at an "
        "informal summit by the lake, a ministry spokesman said in a statement."),
        [(MODI, XI, "meet")])
    with Store(path) as store:
        store.add_articles(store.start_run([]), [one, two], actor_lookup=kb.get)
        update_corpus(store)
        assert store.conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 5
    return path


def test_every_view_of_the_event_lists_and_counts_each_sentence_once(
        summit_db: Path, tmp_path: Path) -> None:
    with tieline.open(summit_db) as corpus:
        [event] = corpus.events(pair=("India", "China"))
        assert len(event.evidence) == 2 and (event.reports, event.independent_sources) == (2, 2)
        assert corpus.event(event.id) == event
        assert [len(ev.codings) for ev in event.evidence] == [4, 1]  # (each with its codings)
        assert {c.rule for ev in event.evidence for c in ev.codings} == {"rule-visit",
                                                                          "rule-meet"}
        timeline = corpus.timeline("India", "China")
        [entry] = timeline.entries
        assert entry.counts == "2 independent sources, 2 reports"
        assert sum(len(e.evidence) for e in entry.events) == 2
        html = pair_brief_html(timeline.to_dict(), {"pair": []})
        assert "Evidence (2)" in html and html.count("<blockquote>") == 2
        assert "India → China · CONSULT:visit · planned; Narendra Modi → China" in html
        frame = corpus.events(pair=("India", "China")).to_pandas()
        assert len(frame["evidence"][0]) == 2
    runner = CliRunner()
    doc = runner.invoke(cli, ["--db", str(summit_db), "events", "--json"])
    assert doc.exit_code == 0, doc.output
    assert doc.stdout.count("informal summit with the president") == 1
    out = tmp_path / "events.csv"
    done = runner.invoke(cli, ["--db", str(summit_db), "export", "events", "--pair", "India",
                               "China", "--format", "csv", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_text(encoding="utf-8").count("informal summit with the president") == 1


def test_the_http_api_lists_each_sentence_once(summit_db: Path) -> None:
    from fastapi.testclient import TestClient

    from tieline.web.app import create_app

    client = TestClient(create_app(str(summit_db)))
    [event] = client.get("/api/events", params={"pair": ["India", "China"]}).json()["items"]
    assert len(event["evidence"]) == 2
    assert [len(ev["codings"]) for ev in event["evidence"]] == [4, 1]
    assert event["evidence"][0]["codings"][2] == {
        "type": "CONSULT", "mode": "meet", "source": "India", "target": "Xi Jinping",
        "status": "planned", "mutual": False, "rule": "rule-meet"}
    assert len(client.get(f"/api/events/{event['id']}").json()["evidence"]) == 2
    [entry] = client.get("/api/timeline", params={"a": "India", "b": "China"}).json()["entries"]
    assert (entry["reports"], entry["independent_sources"]) == (2, 2)


# -- 2. the first day an undated entry was reported: the page's shown date ------------------
def _page(i: str, published: str | None = None, story_date: str | None = None,
          coreported: str | None = None) -> Article:
    return Article(id=i, origin=i, text="x", content_hash=i, published=published,
                   published_basis="metadata" if published else "unknown",
                   story_date=story_date, coreported=coreported)


def _undated_event(*article_ids: str) -> Event:
    ev = tuple(Evidence(a, 0, 1, "x") for a in article_ids)
    return Event(id="e-" + "-".join(article_ids), type="CONSULT", source=IND, target=CHN,
                 evidence=ev)


def test_first_reported_reads_coreported_pages_and_says_which_date_it_took() -> None:
    pages = {p.id: p for p in (_page("own", "2020-06-20"), _page("copy", None, "2020-06-18"),
                               _page("news", coreported="2020-06-16"), _page("none"))}
    assert first_reported([_undated_event("own", "copy")], pages) == ("2020-06-18", "story")
    assert first_reported([_undated_event("own", "news")], pages) == \
        ("2020-06-16", "coreported")
    assert first_reported([_undated_event("news")], pages) == ("2020-06-16", "coreported")
    assert first_reported([_undated_event("own")], pages) == ("2020-06-20", "page")
    assert first_reported([_undated_event("none")], pages) is None
    # a page with its own date: its coreported day (if any is left) is not its date
    stale = {"p": _page("p", "2020-06-20", coreported="2020-06-01")}
    assert first_reported([_undated_event("p")], stale) == ("2020-06-20", "page")


def test_an_undated_entry_of_a_coreported_page_says_so_everywhere() -> None:
    pages = {"news": _page("news", coreported="2020-06-16")}
    timeline = build_pair_timeline(PAIR, [_undated_event("news")], pages)
    [entry] = timeline.undated
    assert (entry.reported_by, entry.reported_by_basis) == ("2020-06-16", "coreported")
    assert entry.to_dict()["reported_by_basis"] == "coreported"
    html = pair_brief_html(timeline.to_dict(), {"pair": []})
    assert "by 2020-06-16 (coreported)" in html and "'coreported': its pages" in html
    script = (Path(tieline.__file__).parent / "web" / "static" / "app.js").read_text()
    assert 'basis === "coreported" ? " (coreported)"' in script


def test_relations_count_an_undated_event_in_the_period_of_its_coreported_page() -> None:
    from tieline.analyze.relations import build_relations

    pages = {"news": _page("news", coreported="2020-06-16")}
    event = _undated_event("news")
    day = first_reported([event], pages)
    relations = build_relations(PAIR, [event], "month", {}, {event.id: day[0]} if day else {})
    assert [(p.period, p.undated_reported) for p in relations.series] == [("2020-06", 1)]


# -- 3. citations after an ingest re-cuts a story ------------------------------------------
ONE = ("Foreign ministers of the two countries met in the capital on Friday and agreed to "
       "reopen the mountain pass to traders before the monsoon season begins. The talks ran for "
       "three hours and covered border patrols, river data and the return of pilgrims. Both "
       "delegations described the meeting as candid and said working groups would meet again "
       "within a month to settle the details of the trade route and customs posts.")
TWO = ("A separate delegation of engineers toured the dam site upstream and handed over flood "
       "records for the last ten years, according to a statement from the water resources "
       "office. The engineers promised to share daily readings during the rainy months and "
       "to set up a hotline between the two control rooms, which local officials welcomed "
       "after the floods that destroyed several villages downstream last summer.")


def _with_meeting(a: Article) -> Article:
    sentence = a.text.split(". ")[0] + "."
    ev = Evidence(a.id, 0, len(sentence), sentence, 26, 30)
    meet = Report(id=f"{a.id}-m", type="CONSULT", mode="meet", source=IND, target=CHN,
                  evidence=(ev,), date="2024-03-01", date_precision="day", date_basis="text",
                  intensity=2.0)
    return a.evolve(events=(meet,))


def _pages() -> dict[str, Article]:
    found = {
        "one": _summit_article("https://a.example/1", ONE, "2024-03-01"),
        "one-copy": _summit_article("https://b.example/1", "Share. " + ONE + " More news.",
                                    "2024-03-02"),
        "two": _summit_article("https://c.example/1", TWO, "2024-03-01"),
        "two-copy": _summit_article("https://d.example/1", TWO + " Read more.", "2024-03-02"),
        "bridge": _summit_article("https://e.example/1", ONE + "\n" + TWO, "2024-03-03"),
        "bridge-fixed": _summit_article("https://e.example/1", TWO + "\nCorrected.",
                                        "2024-03-03"),
        "earliest": _summit_article("https://f.example/1", "Breaking. " + ONE, "2024-02-29")}
    return {k: _with_meeting(a) for k, a in found.items()}


def _state(path: Path) -> dict[str, Any]:
    """Return what an analyst reads of the store: each article's story and original, each
    event's counts and the stories its evidence cites, and the timeline's entries."""
    with tieline.open(path) as corpus:
        articles = {a.id: a for a in corpus.articles()}
        events = list(corpus.events())
        timeline = corpus.timeline("India", "China")
        credit = corpus._credit(events)
    for e in events:  # the counts are those of the evidence's current articles and stories
        cited = [articles[ev.article_id] for ev in e.evidence]
        assert e.reports == len({a.id for a in cited})
        assert e.independent_sources == len({a.story_id or a.id for a in cited}), e
    for a in articles.values():  # a copy cites its story's original, an original nothing
        assert a.copy_of == (None if a.story_id in (None, a.id) else a.story_id)
        assert a.story_id is not None and articles[a.story_id].copy_of is None
    for entry in timeline.entries:
        stories = {articles[s.article_id].story_id for s in entry.sources}
        assert entry.independent_sources == len(stories)
        originals = [s for s in entry.sources if articles[s.article_id].copy_of is None]
        assert entry.sources[:len(originals)] == tuple(originals)  # (originals cited first)
    return {"stories": sorted((a.id, a.story_id, a.copy_of) for a in articles.values()),
            "events": sorted((e.date, e.reports, e.independent_sources,
                              tuple(sorted(ev.article_id for ev in e.evidence)))
                             for e in events),
            "credit": credit,
            "entries": [(x.date, x.counts, [s.article_id for s in x.sources])
                        for x in timeline.entries]}


def _ingest(path: Path, batches: list[list[Article]]) -> dict[str, Any]:
    kb = load_kb()
    with Store(path) as store:
        for batch in batches:
            store.add_articles(store.start_run([]), batch, actor_lookup=kb.get)
            update_corpus(store)
    return _state(path)


@pytest.mark.parametrize(("cut", "bridge_reports"), [(1, True), (2, True), (3, True),
                                                     (2, False)])
def test_a_story_joined_then_split_by_later_batches_is_cited_as_a_fresh_ingest_cites_it(
        tmp_path: Path, cut: int, bridge_reports: bool) -> None:
    p = _pages()
    if not bridge_reports:  # (a page that joins the stories but codes nothing itself: only
        # the re-cut can tell the event its sources changed)
        p = p | {k: p[k].evolve(events=()) for k in ("bridge", "bridge-fixed")}
    n = 5 if bridge_reports else 4
    first = [p["one"], p["one-copy"], p["two"], p["two-copy"]]
    joined = _ingest(tmp_path / "joined.db", [first[:cut], first[cut:], [p["bridge"]]])
    assert joined == _state_of_fresh(tmp_path / "fresh-joined.db", [*first, p["bridge"]])
    assert [e[1:3] for e in joined["events"]] == [(n, 1)]  # (the bridge joins the stories)
    with Store(tmp_path / "joined.db") as store:  # (a new version of the bridge splits them)
        store.add_articles(store.start_run([]), [p["bridge-fixed"]], actor_lookup=load_kb().get)
        update_corpus(store)
    split = _state(tmp_path / "joined.db")
    assert split == _state_of_fresh(tmp_path / "fresh-split.db", [*first, p["bridge-fixed"]])
    assert [e[1:3] for e in split["events"]] == [(n, 2)]


def test_an_earlier_original_arriving_later_is_what_every_copy_cites(tmp_path: Path) -> None:
    p = _pages()
    later = _ingest(tmp_path / "later.db",
                    [[p["one"], p["one-copy"], p["two"]], [p["earliest"]]])
    assert later == _state_of_fresh(tmp_path / "fresh.db",
                                    [p["one"], p["one-copy"], p["two"], p["earliest"]])
    earliest = p["earliest"].id
    assert {(i, copy) for i, story, copy in later["stories"] if story == earliest} == {
        (earliest, None), (p["one"].id, earliest), (p["one-copy"].id, earliest)}
    assert later["credit"] == {p["one"].id: "f.example", p["one-copy"].id: "f.example"}
    [entry] = later["entries"]
    assert entry[1] == "2 independent sources, 4 reports"
    assert entry[2][:2] == sorted([earliest, p["two"].id], key=lambda i: {
        earliest: "f.example", p["two"].id: "c.example"}[i])  # (the originals, by outlet)


def _state_of_fresh(path: Path, articles: list[Article]) -> dict[str, Any]:
    return _ingest(path, [articles])


# -- 4. what an analyst reads: sources named apart, dates as shown, none left out silently --
def test_two_pages_of_one_outlet_are_labelled_apart() -> None:
    assert source_labels(["scroll.in", "x.org", "scroll.in", "scroll.in"]) == [
        "scroll.in", "x.org", "scroll.in (2)", "scroll.in (3)"]


def _cited(i: str, outlet: str, **facts: Any) -> Article:
    return Article(id=i, origin=i, text="words", content_hash=i, url=f"https://{outlet}/{i}",
                   outlet=outlet, title=f"Title {i}", **facts)


def test_the_brief_names_a_copys_original_and_dates_pages_as_they_are_shown() -> None:
    pages = {"orig": _cited("orig", "scroll.in", published="2017-08-02",
                            published_basis="metadata", story_id="orig"),
             "copy": _cited("copy", "scroll.in", story_date="2017-08-02", story_id="orig",
                            copy_of="orig"),
             "news": _cited("news", "other.example", coreported="2017-08-03")}
    event = _undated_event("orig", "copy", "news")
    event = event.evolve(evidence=tuple(
        Evidence(ev.article_id, 0, 1, "x", url=pages[ev.article_id].url,
                 outlet=pages[ev.article_id].outlet) for ev in event.evidence))
    timeline = build_pair_timeline(PAIR, [event], pages).to_dict()
    html = pair_brief_html(timeline, {"pair": []}, list(pages.values()),
                           {"orig": pages["orig"]})
    assert ">scroll.in</a> · <a" in html and ">scroll.in (2)</a>" in html
    assert "scroll.in, 2017-08-02 (story) · copy of scroll.in, 2017-08-02</span>" in html
    assert "other.example, 2017-08-03 (coreported)</span>" in html
    assert "copy of copy" not in html and "date unknown" not in html


def test_the_cli_timeline_says_how_many_sources_it_leaves_out(
        capsys: pytest.CaptureFixture[str]) -> None:
    from tieline.render import pair_timeline_table

    pages = {f"p{n}": _cited(f"p{n}", f"outlet{n}.example", published="2020-01-0" + str(n))
             for n in range(1, 7)}
    event = _undated_event(*pages)
    pair_timeline_table(build_pair_timeline(PAIR, [event], pages))
    shown = capsys.readouterr().out
    assert shown.count(": Title p") == 4 and "— and 2 more articles" in shown
    pair_timeline_table(build_pair_timeline(PAIR, [_undated_event("p1")], pages))
    assert "more article" not in capsys.readouterr().out


def test_events_with_a_limit_say_that_more_match(sample_db: Path) -> None:
    runner = CliRunner()
    every = runner.invoke(cli, ["--db", str(sample_db), "events"]).stdout.splitlines()[-1]
    total = int(every.split()[0])
    assert every == f"{total} events" and total > 2
    cut = runner.invoke(cli, ["--db", str(sample_db), "events", "--limit", "2"]).stdout
    assert cut.splitlines()[-1] == "the first 2 events; more match (raise --limit)"
    whole = runner.invoke(cli, ["--db", str(sample_db), "events", "--limit", str(total)])
    assert whole.stdout.splitlines()[-1] == f"{total} events"
    doc = runner.invoke(cli, ["--db", str(sample_db), "events", "--limit", "2", "--json"])
    assert doc.stdout.count('"independent_sources"') == 2


def _dated(i: str, day: str, intensity: float) -> Event:
    return Event(id=i, type="ASSAULT", source=IND, target=CHN, date=day,
                 date_precision="day", intensity=intensity,
                 evidence=(Evidence(i, 0, 1, "x", outlet="o"),))


def test_relations_say_a_run_of_empty_periods_once(capsys: pytest.CaptureFixture[str]) -> None:
    from tieline.analyze.relations import build_relations
    from tieline.render import relations_table

    events = [_dated("old", "1962-10-20", -9.0), _dated("a", "2017-06-16", -5.0),
              _dated("b", "2019-10-11", 3.0), _dated("c", "2021-02-10", 4.0)]
    relations_table(build_relations(PAIR, events, "year"))
    rows = capsys.readouterr().out.splitlines()
    assert "1963      … 2016: no events in these 54 years" in rows
    assert "2018      … 2018: no events in these 1 years" not in rows  # (one empty year: a row)
    assert [r.split()[0] for r in rows[2:8]] == ["1962", "1963", "2017", "2018", "2019", "2020"]
    assert not any(r.startswith(("1990", "2016")) for r in rows)


def test_the_overview_counts_as_undated_only_pages_shown_without_any_date(
        tmp_path: Path) -> None:
    p = _pages()
    undated_copy = _summit_article("https://g.example/1", "Share. " + ONE + " More.", None)
    lone = _summit_article("https://h.example/1", TWO, None)
    told = _summit_article("https://i.example/1", TWO + " Also today.", None)
    with Store(tmp_path / "o.db") as store:
        store.add_articles(store.start_run([]), [p["one"], undated_copy, lone, told])
        update_corpus(store)
        store.set_page_day("coreport", told.id, "2024-03-02", (p["one"].id,))
    with tieline.open(tmp_path / "o.db") as corpus:
        shown = {a.id: a.shown_date for a in corpus.articles()}
        counts = corpus.overview().counts
    assert shown[undated_copy.id] == "2024-03-01"  # (its story's original's date)
    assert counts["undated_articles"] == sum(d is None for d in shown.values()) == 1
    assert counts["inferred_dates"] == 2  # (the copy by its story, the page by its news)


def test_one_is_said_in_the_singular(sample_db: Path) -> None:
    from tieline.render import dated_entries, ingest_summary

    runner = CliRunner()
    shown = runner.invoke(cli, ["--db", str(sample_db), "timeline", "Armenia", "Russia"]).stdout
    assert shown.startswith("Timeline of Armenia and Russia: 1 dated entry (")
    assert (dated_entries(1), dated_entries(2)) == ("1 dated entry", "2 dated entries")
    with tieline.open(sample_db) as corpus:
        overview = corpus.overview()
    assert overview.counts["copies"] == 1  # (the samples 001 and 002)
    assert "(1 copy or rewrite)" in ingest_summary(tieline.models.IngestSummary(), overview, 1)
