"""Pages that state no date, dated by the news they report (analyze/coreport.py): written
corpora where the dated pages that report the same happenings are known."""

from __future__ import annotations

import json
from pathlib import Path

import tieline
from tieline.analyze.coreport import (
    COREPORT_DAYS,
    coreported_day,
    day_keys,
    happenings,
    news_phrases,
    own_days,
    page_keys,
    pair_key,
    standalone,
    told_after,
    told_day,
)
from tieline.models import ActorRef, CoreportWitness, ReportSides

LAVROV = ("Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu "
          "in Ankara on Tuesday. The ministers discussed grain exports.")
BLINKEN = ("US Secretary of State Antony Blinken met Georgian Prime Minister Irakli "
           "Garibashvili in Tbilisi on Wednesday. They discussed reforms.")
BOTH = ("Sergei Lavrov met Mevlut Cavusoglu in Ankara. Separately, Antony Blinken met Irakli "
        "Garibashvili in Tbilisi. Both meetings drew attention across the region.")
LAVROV_ONLY = ("Sergei Lavrov met Mevlut Cavusoglu in Ankara. The talks drew attention across "
               "the region.")


def _write(path: Path, pages: list[tuple[str, str | None, str]]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for url, published, text in pages:
            f.write(json.dumps({"url": url, "published": published, "text": text,
                                "title": text.split(".")[0],
                                "outlet": url.split("/")[2]}) + "\n")
    return path


def _by_url(corpus: tieline.Corpus) -> dict[str, tieline.Article]:
    return {a.url or "": a for a in corpus.articles()}


def test_a_page_reporting_two_happenings_dated_pages_report_gets_their_day(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", LAVROV),
        ("https://b.example/blinken", "2023-05-11", BLINKEN),
        ("https://c.example/week", None, BOTH)]))
    pages = _by_url(corpus)
    page = pages["https://c.example/week"]
    assert page.published is None  # (the page's own date stays unknown)
    # the first day by which both happenings were news
    assert (page.coreported, page.shown_basis) == ("2023-05-11", "coreported")
    assert set(page.coreported_from) == {pages["https://a.example/lavrov"].id,
                                         pages["https://b.example/blinken"].id}
    shown = page.to_dict()
    assert (shown["published"], shown["published_basis"]) == ("2023-05-11", "coreported")
    # its undated reports now join the dated events of the same meetings
    assert sorted(e.reports for e in corpus.events()) == [2, 2]


def test_one_pair_alone_dates_nothing(corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", LAVROV),
        ("https://b.example/blinken", "2023-05-11", BLINKEN),
        ("https://c.example/talks", None, LAVROV_ONLY)]))
    page = _by_url(corpus)["https://c.example/talks"]
    assert (page.coreported, page.coreported_from, page.shown_basis) == (None, (), "unknown")


def test_pairs_whose_dated_reports_are_months_apart_date_nothing(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", LAVROV),
        ("https://b.example/blinken", "2023-09-20", BLINKEN),
        ("https://c.example/week", None, BOTH)]))
    assert _by_url(corpus)["https://c.example/week"].coreported is None


def test_a_stated_date_is_never_replaced(corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", LAVROV),
        ("https://b.example/blinken", "2023-05-11", BLINKEN),
        ("https://c.example/week", "2023-06-30", BOTH)]))
    page = _by_url(corpus)["https://c.example/week"]
    assert (page.published, page.coreported, page.shown_basis) == (
        "2023-06-30", None, "metadata")


def test_dated_pages_ingested_later_date_an_earlier_page(corpus: tieline.Corpus,
                                                        tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "first.jsonl", [("https://c.example/week", None, BOTH)]))
    assert _by_url(corpus)["https://c.example/week"].coreported is None
    corpus.ingest(_write(tmp_path / "second.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", LAVROV),
        ("https://b.example/blinken", "2023-05-11", BLINKEN)]))
    assert _by_url(corpus)["https://c.example/week"].coreported == "2023-05-11"
    assert sorted(e.reports for e in corpus.events()) == [2, 2]
    # and a page that replaces one witness with other news takes the date back
    corpus.ingest(_write(tmp_path / "third.jsonl", [
        ("https://b.example/blinken", "2023-05-11", LAVROV_ONLY)]))
    assert _by_url(corpus)["https://c.example/week"].coreported is None


# -- the rules, on their own -------------------------------------------------------------------
RUS = ActorRef("RUS", "Russia", "RUS", None, "country")
GEO = ActorRef("GEO", "Georgia", "GEO", None, "country")
PERSON = ActorRef("sergei-lavrov", "Sergei Lavrov", "RUS", None, "person")
MINISTER = ActorRef(None, "Russian deputy minister", "RUS", None, "person")


def test_only_specific_pairs_of_happenings_are_keys() -> None:
    assert pair_key("reported", RUS, GEO) is None  # (every week's news)
    assert pair_key("planned", PERSON, GEO) is None  # (a plan is no happening)
    assert pair_key("reported", PERSON, RUS) is None  # (one participant)
    assert pair_key("reported", MINISTER, PERSON) is None
    assert pair_key("reported", PERSON, GEO) == pair_key("claimed", GEO, PERSON) == \
        "GEO+RUS/GEO|sergei-lavrov"


def _seen(day: str, article: str) -> CoreportWitness:
    return CoreportWitness(day, article, article)


def test_a_window_as_good_days_away_leaves_the_page_undated() -> None:
    one, two = "GEO+RUS/GEO|sergei-lavrov", "GEO+USA/antony-blinken|GEO"
    near = {one: [_seen("2023-05-10", "a")], two: [_seen("2023-05-12", "b")]}
    assert coreported_day(near) == ("2023-05-12", ("a", "b"))
    far = {one: [_seen("2023-05-10", "a"), _seen("2023-09-01", "c")],
           two: [_seen("2023-05-12", "b"), _seen("2023-09-02", "d")]}
    assert coreported_day(far) is None
    apart = {one: [_seen("2023-05-10", "a")],
             two: [_seen(f"2023-05-{10 + COREPORT_DAYS + 1}", "b")]}
    assert coreported_day(apart) is None
    same_pair = {one: [_seen("2023-05-10", "a")],
                 "GEO+RUS/irakli-garibashvili|RUS": [_seen("2023-05-10", "a")]}
    assert coreported_day(same_pair) is None  # (one happening told from both sides)


def test_two_people_of_two_countries_are_also_each_with_the_other_country() -> None:
    blinken = ActorRef("antony-blinken", "Antony Blinken", "USA", None, "person")
    sides = ReportSides("a", "reported", blinken, PERSON)
    assert page_keys([sides, ReportSides("a", "planned", PERSON, GEO)], ["a", "b"]) == {
        "a": ["RUS+USA/RUS|antony-blinken", "RUS+USA/USA|sergei-lavrov",
              "RUS+USA/antony-blinken|sergei-lavrov"], "b": []}


def test_a_side_named_without_a_country_may_be_either_participant() -> None:
    assert happenings(["CHN+IND/IND|sun-weidong", "CHN+name:vikram misri/x|y"]) == 1
    assert happenings(["GEO+RUS/a|b", "USA+name:someone/c|d"]) == 2
    assert happenings(["CHN+IND/a|b", "GEO+RUS/c|d", "CHN+IND/e|f"]) == 2
    assert happenings(["CHN+IND/a|b", "name:x+name:y/x|y"]) == 1


def test_the_date_does_not_depend_on_the_order_pages_arrive_in(tmp_path: Path) -> None:
    pages = [("https://a.example/lavrov", "2023-05-10", LAVROV),
             ("https://b.example/blinken", "2023-05-11", BLINKEN),
             ("https://c.example/week", None, BOTH), ("https://d.example/talks", None, LAVROV_ONLY)]
    found = []
    for n, order in enumerate((pages, pages[::-1])):
        with tieline.open(tmp_path / f"{n}.db", create=True) as corpus:
            for i, page in enumerate(order):  # (one ingest each: the corpus stage each time)
                corpus.ingest(_write(tmp_path / f"{n}-{i}.jsonl", [page]))
            found.append({a.url: (a.coreported, a.coreported_from) for a in corpus.articles()})
    assert found[0] == found[1]
    assert found[0]["https://c.example/week"][0] == "2023-05-11"


# -- the page's own words: a month and day without a year ----------------------------------
ON_MAY_9 = ("Sergei Lavrov met Mevlut Cavusoglu in Ankara on May 9. The talks drew attention "
            "across the region.")
LAVROV_2022 = ("Russian Foreign Minister Sergei Lavrov held talks with Turkish Foreign Minister "
               "Mevlut Cavusoglu in Ankara. They spoke about shipping in the Black Sea.")


def _page_and_dates(corpus: tieline.Corpus, url: str
                    ) -> tuple[tieline.Article, list[tuple[str | None, str | None]]]:
    """The page, and the date and date phrase of each of its reports."""
    page = _by_url(corpus)[url]
    return page, sorted({(r.date, r.date_text) for r in corpus.read(page.id).events},
                        key=str)


def test_a_month_and_day_agreeing_with_one_pairs_witnesses_dates_the_page(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", LAVROV),
        ("https://c.example/talks", None, ON_MAY_9)]))
    page, dates = _page_and_dates(corpus, "https://c.example/talks")
    assert (page.coreported, page.shown_basis) == ("2023-05-10", "coreported")
    assert page.coreported_from == (_by_url(corpus)["https://a.example/lavrov"].id,)
    assert ("2023-05-09", "May 9") in dates  # (read against the page's new date)
    # one meeting: the witness's "on Tuesday" and the page's "on May 9"
    assert sorted((e.date, e.reports) for e in corpus.events()) == [("2023-05-09", 2)]
    # a page that replaces the witness with other news takes the date back, and its words
    # are undated again
    corpus.ingest(_write(tmp_path / "again.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", BLINKEN)]))
    page, dates = _page_and_dates(corpus, "https://c.example/talks")
    assert (page.coreported, page.shown_basis) == (None, "unknown")
    assert (None, "May 9") in dates


def test_a_month_and_day_no_witness_window_fits_dates_nothing(corpus: tieline.Corpus,
                                                              tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/lavrov", "2023-05-20", LAVROV),  # (eleven days after May 9)
        ("https://c.example/talks", None, ON_MAY_9)]))
    assert _by_url(corpus)["https://c.example/talks"].coreported is None


def test_a_month_and_day_two_years_fit_dates_nothing(corpus: tieline.Corpus,
                                                     tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/lavrov", "2023-05-10", LAVROV),
        ("https://b.example/lavrov", "2022-05-11", LAVROV_2022),
        ("https://c.example/talks", None, ON_MAY_9)]))
    assert _by_url(corpus)["https://c.example/talks"].coreported is None


def test_own_words_are_a_month_and_day_of_the_pairs_own_report() -> None:
    one = "GEO+RUS/GEO|sergei-lavrov"
    told = [ReportSides("p", "reported", PERSON, GEO, "December 28"),
            ReportSides("p", "reported", PERSON, GEO, "Tuesday"),  # (one day in seven)
            ReportSides("p", "reported", PERSON, GEO, "2019 \u2026 December 20"),  # (chained)
            ReportSides("p", "planned", PERSON, GEO, "December 30"),  # (no happening)
            ReportSides("p", "reported", RUS, GEO, "December 27")]  # (no specific pair)
    assert own_days(told) == {one: {"December 28"}}
    seen = {one: [_seen("2019-12-29", "a"), _seen("2019-12-30", "b"), _seen("2021-06-01", "c")]}
    assert told_day(seen, {one: ["December 28"]}) == ("2019-12-29", ("a", "b"))
    assert told_day(seen, {one: ["December 20"]}) is None
    seen[one].append(_seen("2020-12-28", "d"))  # (the same day a year later)
    assert told_day(seen, {one: ["December 28"]}) is None


# -- a country pair's act of one type on one day of the year -----------------------------------
TALKS_TUESDAY = ("India and China held talks on their border dispute on Tuesday. The officials "
                 "met in Chushul.")
TALKS_MONDAY = ("India and China held talks on their border dispute on Monday. The officials "
                "met in Chushul.")
ACCUSED_TUESDAY = ("India accused China of violating the border agreement on Tuesday. The "
                   "ministry spoke in New Delhi.")
ON_MAY_9_TALKS = ("India and China held a round of border talks on May 9. The officials met "
                  "in Chushul.")
IND = ActorRef("IND", "India", "IND", None, "country")
CHN = ActorRef("CHN", "China", "CHN", None, "country")


def test_a_country_pairs_act_on_a_day_told_without_a_year_dates_the_page(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/talks", "2023-05-10", TALKS_TUESDAY),  # (talks of May 9)
        ("https://c.example/round", None, ON_MAY_9_TALKS)]))
    page, dates = _page_and_dates(corpus, "https://c.example/round")
    assert (page.coreported, page.shown_basis) == ("2023-05-10", "coreported")
    assert ("2023-05-09", "May 9") in dates
    assert sorted((e.date, e.reports) for e in corpus.events()) == [("2023-05-09", 2)]


def test_a_country_pairs_day_in_two_years_or_of_another_act_dates_nothing(
        tmp_path: Path) -> None:
    for n, witnesses in enumerate((
            [("https://a.example/talks", "2023-05-10", TALKS_TUESDAY),
             ("https://b.example/talks", "2022-05-10", TALKS_MONDAY)],  # (May 9 in 2022 too)
            [("https://a.example/accused", "2023-05-10", ACCUSED_TUESDAY)])):  # (no talks)
        with tieline.open(tmp_path / f"{n}.db", create=True) as corpus:
            corpus.ingest(_write(tmp_path / f"{n}.jsonl",
                                 [*witnesses, ("https://c.example/round", None, ON_MAY_9_TALKS)]))
            assert _by_url(corpus)["https://c.example/round"].coreported is None


def test_a_country_pairs_day_does_not_depend_on_the_order_pages_arrive_in(
        tmp_path: Path) -> None:
    pages = [("https://a.example/talks", "2023-05-10", TALKS_TUESDAY),
             ("https://c.example/round", None, ON_MAY_9_TALKS)]
    found = []
    for n, order in enumerate((pages, pages[::-1])):
        with tieline.open(tmp_path / f"{n}.db", create=True) as corpus:
            for i, page in enumerate(order):
                corpus.ingest(_write(tmp_path / f"{n}-{i}.jsonl", [page]))
            found.append({a.url: a.coreported for a in corpus.articles()})
    assert found[0] == found[1]
    assert found[0]["https://c.example/round"] == "2023-05-10"


def test_day_keys_are_a_happening_of_two_known_participants_on_one_day() -> None:
    talks = ReportSides("p", "reported", IND, CHN, "May 9", "CONSULT")
    assert day_keys(talks) == ["day:05-09:CONSULT:CHN+IND"]
    dated = ReportSides("w", "claimed", CHN, IND, "Tuesday", "consult", "2023-05-09")
    assert day_keys(dated) == ["day:05-09:CONSULT:CHN+IND"]  # (by its date: the same key)
    assert day_keys(ReportSides("p", "planned", IND, CHN, "May 9", "CONSULT")) == []
    assert day_keys(ReportSides("p", "reported", IND, None, "May 9", "CONSULT")) == []
    assert day_keys(ReportSides("p", "reported", PERSON, RUS, "May 9", "CONSULT")) == []
    assert day_keys(ReportSides("p", "reported", IND, CHN, "2019 \u2026 May 9",
                                "CONSULT")) == []  # (chained to a year told before it)
    assert day_keys(ReportSides("p", "reported", IND, CHN, "Tuesday", "CONSULT")) == []
    # a day key is a page's own evidence only by its words (a pair's key stays none)
    assert own_days([talks]) == {"day:05-09:CONSULT:CHN+IND": {"May 9"}}
    assert page_keys([talks, dated], ["p", "w"]) == {
        "p": ["day:05-09:CONSULT:CHN+IND"], "w": ["day:05-09:CONSULT:CHN+IND"]}


def test_a_since_phrase_before_a_month_and_day_leaves_it_alone() -> None:
    assert standalone("since 1975 \u2026 June 15") == "June 15"
    assert standalone("June 15") == "June 15"
    assert standalone("in 2019 \u2026 June 15") is None  # (the year told before it)
    assert standalone("19 October 2022 \u2026 December 20") is None
    assert standalone("since 1975") is None


def test_a_page_tells_its_news_with_its_day_not_after_a_time_counted_from_the_writing() -> None:
    key, day = "CHN+IND/narendra-modi|xi-jinping", "day:06-15:ASSAULT:CHN+IND"
    background = ("India on Monday banned dozens of Chinese apps. Tensions have been high "
                  "since the clash of June 15 in the valley.")
    phrases = {key: {"June 15"}, day: {"June 15"}}
    assert news_phrases(phrases, background) == {}
    news = ("India and China clashed on June 15 in the valley, the army said in a statement "
            "on Tuesday.\nThe clash followed weeks of tension along the border.")
    assert news_phrases(phrases, news) == phrases
    beside = ("Indian and Chinese troops clashed on Thursday (June 15) in the valley, the "
              "army said in a statement.")  # (a weekday beside its day: that day)
    assert news_phrases(phrases, beside) == phrases
    later = ("Tensions rose along the border in recent weeks, officials in New Delhi said in "
             "a long statement.\nIndian and Chinese troops clashed on June 15 in the valley.")
    # a pair's day counts beyond the lede, a country pair's day only in it
    assert news_phrases(phrases, later) == {key: {"June 15"}}


def test_a_page_is_not_dated_before_a_happening_it_tells() -> None:
    sides = [ReportSides("p", "reported", PERSON, GEO, "May 10"),
             ReportSides("p", "reported", RUS, GEO, "May 19")]
    assert told_after(sides, "2023-05-11")
    assert not told_after(sides, "2023-05-20")
    assert not told_after(sides[:1], "2023-05-11")
    assert not told_after([ReportSides("p", "planned", RUS, GEO, "May 19")], "2023-05-11")
    # a day months ahead of the page's is of the year before ("on December 30", in January)
    assert not told_after([ReportSides("p", "reported", RUS, GEO, "December 30")],
                          "2024-01-02")
