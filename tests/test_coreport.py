"""Pages that state no date, dated by the news they report (analyze/coreport.py): written
corpora where the dated pages that report the same happenings are known."""

from __future__ import annotations

import json
from pathlib import Path

import tieline
from tieline.analyze.coreport import (
    COREPORT_DAYS,
    coreported_day,
    happenings,
    page_keys,
    pair_key,
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
