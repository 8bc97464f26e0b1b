"""What an analyst sees on real news (round 6): a trajectory point one source gives is not
drawn as solid as one many give; outlets with too few events are listed apart in every view;
dates that are only the day an event was reported can be left out; the articles in other
languages are stated where the events are read; a caption of names or a slug of letters is
no article's label; and text is cut at a word's edge. Each rule has a twin that must stay as
it was. The sentences are written for these tests."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import test_web_news as web
import tieline
from tieline.analyze.entry_text import article_label, furniture_title, names_only, url_words
from tieline.analyze.pair_timeline import build_pair_timeline
from tieline.analyze.relations import MIN_FRAMING_EVENTS, build_relations
from tieline.brief import pair_brief_html
from tieline.chart import trajectory_svg
from tieline.corpus import without_publication_dates
from tieline.models import Actor, ActorRef, Article, Event, Evidence
from tieline.render import THIN_NOTE, _clip, relations_table

NOR = ActorRef("NOR", "Norway", "NOR", None, "country")
PER = ActorRef("PER", "Peru", "PER", None, "country")
PAIR = (Actor("NOR", "Norway", "country", "NOR"), Actor("PER", "Peru", "country", "PER"))
SENTENCE = "Norway lifted its ban on imports of fish from Peru on Monday, the ministry said."
APP = Path(tieline.__file__).parent / "web" / "static" / "app.js"
# the news set served once for this module, in Debian's Chromium, as test_web_news does it
browser, site, shots = web.browser, web.site, web.shots
_page, _param, _wait = web._page, web._param, web._wait


def _article(i: str, story: str | None = None, outlet: str | None = None) -> Article:
    return Article(id=i, origin=i, text=SENTENCE, content_hash=i, published="2021-03-09",
                   published_basis="metadata", story_id=story or i, title=None,
                   url=f"https://{outlet or i}.example/news/{i}", outlet=outlet or f"{i}.example")


def _event(i: str, day: str | None, *articles: Article, intensity: float = 4.0,
           basis: str | None = "text") -> Event:
    evidence = tuple(Evidence(a.id, 0, len(SENTENCE), SENTENCE, url=a.url, outlet=a.outlet)
                     for a in articles)
    return Event(id=i, type="CONCEDE", mode=None, source=NOR, target=PER, evidence=evidence,
                 date=day, date_precision="day" if day else None,  # type: ignore[arg-type]
                 date_basis=basis if day else None, intensity=intensity,
                 reports=len(articles), independent_sources=len({a.story_id for a in articles}))


def _stories(*articles: Article) -> dict[str, str]:
    return {a.id: a.story_id or a.id for a in articles}


# -- 1. a period's mean from one independent source is drawn apart ---------------------------
def test_a_period_one_story_reports_is_thin_however_many_events_and_copies() -> None:
    original, copy = _article("o", "s1"), _article("c", "s1", "copier")
    events = [_event(f"e{k}", f"2021-03-0{k}", original, copy) for k in range(1, 5)]
    period = build_relations(PAIR, events, "month", stories=_stories(original, copy)).series[0]
    assert (period.events, period.sources, period.reports, period.thin) == (4, 1, 2, True)
    assert period.to_dict()["thin"] is True and period.to_dict()["sources"] == 1


def test_twin_a_period_two_stories_report_is_not_thin() -> None:
    one, other = _article("a", "s1"), _article("b", "s2")
    period = build_relations(PAIR, [_event("e1", "2021-03-01", one),
                                    _event("e2", "2021-03-02", other)], "month",
                             stories=_stories(one, other)).series[0]
    assert (period.sources, period.reports, period.thin) == (2, 2, False)
    # one event two independent outlets report is corroborated too
    both = build_relations(PAIR, [_event("e", "2021-03-01", one, other)], "month",
                           stories=_stories(one, other)).series[0]
    assert not both.thin


def test_the_chart_draws_a_thin_mean_open_and_its_steps_dashed() -> None:
    a, b, c = _article("a", "s1"), _article("b", "s2"), _article("c", "s3")
    events = [_event("e1", "2021-01-05", a, b), _event("e2", "2021-02-05", c),
              _event("e3", "2021-03-05", a, c)]
    chart = trajectory_svg(build_relations(PAIR, events, "month", stories=_stories(a, b, c)))
    assert chart.count('class="dot thin"') == 1 and chart.count('class="dot"') == 2
    assert 'class="line-thin"' in chart and "mean from a single independent source" in chart
    assert "from 1 independent source, 1 report" in chart  # the period's tooltip


def test_twin_a_chart_of_corroborated_periods_has_no_open_dot_nor_dashes() -> None:
    a, b = _article("a", "s1"), _article("b", "s2")
    chart = trajectory_svg(build_relations(PAIR, [_event("e1", "2021-01-05", a, b),
                                                  _event("e2", "2021-02-05", a, b)], "month",
                                           stories=_stories(a, b)))
    assert "thin" not in chart and "single independent source" not in chart


def test_the_cli_marks_a_thin_period_and_says_why(capsys: pytest.CaptureFixture[str]) -> None:
    a, b = _article("a", "s1"), _article("b", "s2")
    relations_table(build_relations(PAIR, [_event("e1", "2021-01-05", a),
                                           _event("e2", "2021-02-05", a, b)], "month",
                                    stories=_stories(a, b)))
    lines = capsys.readouterr().out.splitlines()
    thin = next(line for line in lines if line.startswith("2021-01"))
    solid = next(line for line in lines if line.startswith("2021-02"))
    assert " 1! " in thin and thin.endswith("·" * 8) and "+" not in thin.split()[-1]
    assert " 2 " in solid and solid.endswith("+" * 8)
    assert f"! {THIN_NOTE}" in lines


def test_the_corpus_counts_a_periods_sources_by_story(sample: tieline.Corpus) -> None:
    relations = sample.relations("Armenia", "Russia", by="year")
    for period in relations.series:
        assert period.sources <= period.reports
        assert period.thin == (period.events > 0 and period.sources < 2)


# -- 2. outlets with too few events are listed apart, in the CLI as on the page and brief ----
def test_the_cli_lists_outlets_with_too_few_events_apart(
        capsys: pytest.CaptureFixture[str]) -> None:
    busy = [_article(f"b{k}", outlet="busy") for k in range(MIN_FRAMING_EVENTS)]
    once = _article("q", outlet="quiet")
    events = [_event(f"e{k}", f"2021-0{k + 1}-05", a) for k, a in enumerate(busy)]
    events.append(_event("q1", "2021-07-05", once, intensity=-9.0))
    relations_table(build_relations(PAIR, events, "month"))
    out = capsys.readouterr().out
    table = out[out.index("outlet framing"):]
    assert re.search(rf"\n    busy\s+{MIN_FRAMING_EVENTS} events", table)  # the twin
    assert not re.search(r"\n    quiet\s+1 events", table)
    assert (f"too few events to frame (fewer than {MIN_FRAMING_EVENTS}) in 1 outlet: "
            "quiet (1)") in out
    html = pair_brief_html({"pair": []}, build_relations(PAIR, events, "month").to_dict())
    assert "Too few events to frame (fewer than 5) in 1 outlet: quiet (1)" in html
    assert "in ${few.length} " in APP.read_text()


# -- 3. dates that are only the day reported can be left out ----------------------------------
def test_publication_dates_left_out_make_the_event_undated_by_that_day() -> None:
    page = _article("p")
    reported = _event("r", "2021-03-09", page, basis="publication")
    stated = _event("s", "2021-03-01", page)
    kept = without_publication_dates([reported, stated])
    assert kept[0].date is None and kept[0].date_basis is None and kept[1] == stated
    timeline = build_pair_timeline(PAIR, kept, {"p": page})
    assert [e.date for e in timeline.entries] == ["2021-03-01"]
    assert timeline.undated_total == 1 and timeline.undated[0].reported_by == "2021-03-09"
    relations = build_relations(PAIR, kept, "month", reported_by={"r": "2021-03-09"})
    assert relations.series[0].events == 1 and relations.series[0].undated_reported == 1


def test_twin_without_the_option_every_date_stays() -> None:
    page = _article("p")
    events = [_event("r", "2021-03-09", page, basis="publication"),
              _event("n", "2021-03-08", page, basis="newsday")]
    assert without_publication_dates(events)[1] == events[1]
    timeline = build_pair_timeline(PAIR, events, {"p": page})
    assert timeline.undated_total == 0 and len(timeline.entries) == 2


def test_the_cli_the_api_and_the_brief_take_no_publication_dates(sample_db: Path,
                                                                 tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tieline.cli import cli
    from tieline.web.app import create_app

    runner = CliRunner()
    docs = {}
    for flag in ("--publication-dates", "--no-publication-dates"):
        out = runner.invoke(cli, ["--db", str(sample_db), "timeline", "Armenia", "Russia",
                                  "--json", flag])
        assert out.exit_code == 0, out.output
        docs[flag] = json.loads(out.output)
    bases = [e["date_basis"] for e in docs["--no-publication-dates"]["entries"]]
    assert "publication" not in bases
    moved = sum(len(e["events"]) for e in docs["--publication-dates"]["entries"]
                if e["date_basis"] == "publication" and len(e["events"]) == 1)
    assert docs["--no-publication-dates"]["undated_total"] >= \
        docs["--publication-dates"]["undated_total"] + moved
    client = TestClient(create_app(str(sample_db)))
    served = client.get("/api/timeline", params={"a": "Armenia", "b": "Russia",
                                                 "publication_dates": "false"}).json()
    assert served["undated_total"] == docs["--no-publication-dates"]["undated_total"]
    assert client.get("/api/relations/chart.svg", params={
        "a": "Armenia", "b": "Russia", "publication_dates": "false"}).status_code == 200
    out = runner.invoke(cli, ["--db", str(sample_db), "report", "Armenia", "Russia", "--out",
                              str(tmp_path / "b.html"), "--no-publication-dates"])
    assert out.exit_code == 0, out.output
    assert "the day it was reported" not in (tmp_path / "b.html").read_text()
    script = APP.read_text()
    assert 'range.publication_dates = "false"' in script and 'p.set("pub", "0")' in script


# -- 4. the articles in other languages are stated where events are read ---------------------
def test_the_brief_says_how_many_articles_it_could_not_read() -> None:
    html = pair_brief_html({"pair": []}, {"pair": []},
                           languages={"en": 170, "ru": 6, "de": 5, "ka": 1})
    assert ("In the corpus, 12 articles in 3 other languages: not analysed for events "
            "(ru 6, de 5, ka 1).") in html
    twin = pair_brief_html({"pair": []}, {"pair": []}, languages={"en": 170})
    assert "other language" not in twin


def test_the_page_says_it_in_the_ingest_summarys_words() -> None:
    script = APP.read_text()
    assert "other ` +\n    `language${other.length === 1 ? \"\" : \"s\"}: not analysed for events" \
        in script


# -- 5. a caption of names, or a slug of letters, is no label -------------------------------
@pytest.mark.parametrize("title", [
    "Prime Minister Erna Solberg and Peruvian President Martin Vizcarra",
    "Norwegian Foreign Minister Ine Eriksen Soreide, Peruvian Foreign Minister Nestor Popolizio",
    "President Martin Vizcarra with Prime Minister Erna Solberg",
    "Peruvian President Martin Vizcarra",
])
def test_a_title_that_only_names_people_by_their_titles_is_no_label(title: str) -> None:
    assert names_only(title) and furniture_title(title)
    page = replace(_article("n"), title=title,
                   url="https://n.example/news/norway-lifts-ban-on-fish-from-peru")
    assert article_label(page) == "norway lifts ban on fish from peru"


@pytest.mark.parametrize("title", [
    "President Vizcarra Welcomes Norway's Decision On Fish Imports",  # what they did
    "President Vizcarra Meets PM Solberg",        # words between the titles
    "Solberg and Vizcarra agree to end the fish dispute",   # no title
    "Norway's Prime Minister Erna Solberg to visit Lima",
    "Norwegian Salmon in Peruvian Markets",
])
def test_twins_headlines_that_name_people_stay_labels(title: str) -> None:
    assert not names_only(title) and not furniture_title(title)


def test_a_slug_of_single_letters_is_no_label_and_a_slug_of_words_is() -> None:
    assert url_words("https://h.example/hi/news/5-\u0938-\u0932-\u092c-\u0926-\u0936-"
                     "\u0930-\u0939") == ""
    page = replace(_article("h"), url="https://h.example/hi/news/5-\u0938-\u0932-\u092c-"
                                      "\u0926-\u0936-\u0930-\u0939")
    assert article_label(page).startswith("Norway lifted its ban")  # its first words
    assert url_words("https://n.example/norway-and-peru-sign-a-fish-deal") == \
        "norway and peru sign a fish deal"


def test_the_reader_calls_the_article_as_its_citations_do(tmp_path: Path) -> None:
    title = "Prime Minister Erna Solberg and Peruvian President Martin Vizcarra"
    with tieline.open(tmp_path / "c.db", create=True) as corpus:
        line = {"text": f"{title}\n\n{SENTENCE}", "title": title, "outlet": "n.example",
                "url": "https://n.example/news/norway-lifts-ban-on-fish-from-peru",
                "published": "2021-03-09"}
        (tmp_path / "a.jsonl").write_text(json.dumps(line) + "\n")
        corpus.ingest(tmp_path / "a.jsonl", progress=False, spacy_model="")
        article = corpus.articles()[0]
        assert corpus.read(article.id).to_dict()["label"] == article_label(article) == \
            "norway lifts ban on fish from peru"


# -- 6. text is cut at a word's edge ---------------------------------------------------------
def test_the_cli_cuts_a_long_sentence_at_a_words_end() -> None:
    text = "the ministry said that Norway continues to refuse the terms of the fish accord"
    cut = _clip(text, 48)
    assert cut == "the ministry said that Norway continues to…"
    assert len(cut) <= 48


def test_twin_a_single_long_word_is_still_cut_to_its_width() -> None:
    address = "https://n.example/" + "x" * 80
    assert _clip(address, 30) == address[:29] + "…"
    assert _clip("short enough", 30) == "short enough"


def test_the_page_cuts_an_evidence_paragraph_at_a_words_edge() -> None:
    assert "cut at a word's edge, never inside a word" in APP.read_text()


# -- 7. the page on the Georgia-Russia news set, in Debian's Chromium -------------------------
def test_the_page_draws_thin_periods_open_leaves_out_publication_dates_and_states_languages(
        browser: Any, site: str, news: tieline.Corpus, shots: Path) -> None:
    relations = news.relations("GEO", "RUS", by="quarter")
    thin = sum(1 for p in relations.series if p.thin and p.mean_intensity is not None)
    assert 0 < thin < sum(1 for p in relations.series if p.mean_intensity is not None)
    page, problems = _page(browser)
    page.goto(site + "/")
    counts = page.locator("#overview-counts")
    counts.wait_for(timeout=15000)
    _wait(lambda: "other languages" in (counts.inner_text() or ""), "the overview's counts")
    others = {k: n for k, n in news.overview(0, 0).counts["languages"].items() if k != "en"}
    assert (f"{sum(others.values())} articles in {len(others)} other languages: not analysed "
            "for events") in counts.inner_text()
    page.goto(site + "/?a=GEO&b=RUS&by=quarter")
    page.locator("#chart svg").wait_for(timeout=15000)
    page.locator(".entry").first.wait_for(timeout=15000)
    assert page.locator("#chart svg circle.dot.thin").count() == thin
    assert "mean from a single independent source" in page.locator("#chart svg").inner_html()
    page.screenshot(path=str(shots / "pair-thin.png"), full_page=False)
    without = news.timeline("GEO", "RUS", publication_dates=False)
    page.check("#no-pub")
    page.click("#pair-form button[type=submit]")
    _wait(lambda: _param(page, "pub") == "0", "the option in the address")
    expected = f"of {without.undated_total} undated events shown"
    _wait(lambda: expected in page.locator("#timeline .count").inner_text(),
          "the timeline without publication dates")
    assert "the day it was reported" not in page.locator("#entries").inner_text()
    page.screenshot(path=str(shots / "pair-no-publication-dates.png"), full_page=False)
    assert problems == []


def test_the_relations_export_says_what_each_period_rests_on(sample: tieline.Corpus,
                                                            tmp_path: Path) -> None:
    import csv

    from tieline.export import export

    export(sample, "relations", "csv", tmp_path / "r.csv", pair=("Armenia", "Russia"), by="year")
    rows = list(csv.DictReader((tmp_path / "r.csv").read_text().splitlines()))
    series = sample.relations("Armenia", "Russia", by="year").series
    assert [(r["period"], int(r["sources"]), int(r["reports"]), r["thin"]) for r in rows] == \
        [(p.period, p.sources, p.reports, str(p.thin)) for p in series]
