"""Undated pages, round 4 (issues 21, 23): the year a page does not state.

Pages written for the test. A page that states no date, and that its dated neighbours date to
no day, still takes the year they all agree on (``neighbours_year``): its month-and-day
phrases without a year ("on June 22") are read in that year (report basis "neighbours-year"),
its other reports stay undated, and the page shows no date of its own. Twins: neighbours
disagreeing on the year, a single neighbour, and a page telling a full date of a later year.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import tieline
from test_coreport import _by_url, _write
from tieline.analyze.dating import NEIGHBOURS_YEAR, redate
from tieline.analyze.neighbours import NAME, NUMBER, neighbours_year, year_vetoed
from tieline.models import NeighbourCarrier, ReportSides

# Two reports of one invented happening, each in its own words, and an undated page telling it
# with a month and day and no year: the rare names (Mtsvanekari, Tsiteli Khevi), numbers (23
# beekeepers, 41 hives) and the quoted words are what they share.
FIRST = ("Border guards detained 23 beekeepers near the village of Mtsvanekari, the interior "
         "ministry of Georgia said. The men had kept 41 hives on meadows close to Tsiteli "
         "Khevi. \"We will not let our citizens be taken,\" the deputy minister told "
         "journalists in the capital.")
SECOND = ("Twenty-three local beekeepers, 23 in all, were held by armed patrols outside "
          "Mtsvanekari. According to officials, their 41 hives stood near Tsiteli Khevi. "
          "Tbilisi answered sharply: \"We will not let our citizens be taken.\"")
PAGE = ("On March 14, Georgia condemned Russia over the detention of 23 beekeepers at "
        "Mtsvanekari. Their 41 hives stood by Tsiteli Khevi, officials said, quoting the "
        "deputy minister: \"We will not let our citizens be taken.\" Relatives gathered "
        "outside.\n\nGeorgia has often accused Russia of provocations on the boundary line.")
PAGE_LATER = PAGE.replace("Relatives gathered outside.",
                          "On 2 February 2025, Georgia protested to Russia again.")
CONDEMNED = "Georgia condemned Russia"


def _c(day: str | None, article: str, story: str | None = None) -> NeighbourCarrier:
    return NeighbourCarrier(day, article, story or article)


def _keys(n: int, which: int) -> list[int]:
    return [which << 60 | (1000 * which + k) for k in range(n)]


KEYS = _keys(2, NAME) + _keys(1, NUMBER)


def _pages(corpus: tieline.Corpus, tmp_path: Path,
           pages: list[tuple[str, str | None, str]]) -> tieline.Article:
    corpus.ingest(_write(tmp_path / "in.jsonl", pages))
    return _by_url(corpus)["https://d.example/page"]


def _events(corpus: tieline.Corpus, article: tieline.Article, sentence: str
            ) -> list[tieline.Event]:
    return [e for e in corpus.events() for ev in e.evidence
            if ev.article_id == article.id and sentence in ev.sentence]


def _reports(corpus: tieline.Corpus, article: tieline.Article) -> set[tuple[Any, ...]]:
    """The (date, precision, basis, phrase) of each of a page's stored reports."""
    with closing(sqlite3.connect(corpus.path)) as conn:
        return set(conn.execute("SELECT date, date_precision, date_basis, date_text FROM "
                                "reports WHERE article_id = ?", (article.id,)))


# -- the year -----------------------------------------------------------------------------------
def test_neighbours_of_two_stories_in_one_year_give_it() -> None:
    carried = {k: [_c("2023-03-15", "a"), _c("2023-04-20", "b"), _c(None, "page")]
               for k in KEYS}
    assert neighbours_year("page", "page", carried) == ("2023", ("a", "b"))


def test_neighbours_disagreeing_on_the_year_give_none() -> None:
    carried = {k: [_c("2023-03-15", "a"), _c("2024-03-15", "b")] for k in KEYS}
    assert neighbours_year("page", "page", carried) is None


def test_a_single_neighbour_or_one_story_gives_none() -> None:
    assert neighbours_year("page", "page", {k: [_c("2023-03-15", "a")] for k in KEYS}) is None
    copies = {k: [_c("2023-03-15", "a"), _c("2023-03-16", "b", "a")] for k in KEYS}
    assert neighbours_year("page", "page", copies) is None
    # names alone make no neighbour
    names = {k: [_c("2023-03-15", "a"), _c("2023-04-20", "b")] for k in _keys(4, NAME)}
    assert neighbours_year("page", "page", names) is None


def test_a_happening_told_with_a_later_year_vetoes_the_year() -> None:
    def sides(status: str, text: str) -> ReportSides:
        return ReportSides("page", status, None, None, text, "PROTEST")
    assert year_vetoed([sides("reported", "on 2 February 2025")], "2023")
    assert not year_vetoed([sides("reported", "on 2 February 2022")], "2023")
    assert not year_vetoed([sides("planned", "in 2025")], "2023")  # (a plan is told ahead)
    assert not year_vetoed([sides("reported", "March 14")], "2023")  # (no year of its own)


# -- a report's date from the year ----------------------------------------------------------
def test_a_month_and_day_takes_the_year_and_says_so() -> None:
    assert redate("reported", "March 14", None, "2023") == ("2023-03-14", "day", NEIGHBOURS_YEAR)
    assert redate("planned", "in September", None, "2023") == ("2023-09", "month",
                                                                NEIGHBOURS_YEAR)
    assert redate("reported", "since 2008 \u2026 March 14", None, "2023")[0] == "2023-03-14"


def test_a_year_gives_no_day_to_what_needs_the_time_of_writing() -> None:
    assert redate("reported", "on Monday", "text", "2023") == (None, None, None)
    assert redate("reported", "yesterday", "text", "2023") == (None, None, None)
    assert redate("reported", None, "publication", "2023") == (None, None, "publication")


def test_a_phrase_with_its_own_year_keeps_it() -> None:
    assert redate("reported", "on 2 February 2021", "text", "2023") == (
        "2021-02-02", "day", "text")


# -- end to end ---------------------------------------------------------------------------------
def test_an_undated_page_takes_its_neighbours_year_for_its_month_and_day(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    page = _pages(corpus, tmp_path, [
        ("https://a.example/first", "2023-03-15", FIRST),
        ("https://b.example/second", "2023-03-20", SECOND),
        ("https://d.example/page", None, PAGE)])
    assert (page.neighbour_year, page.neighboured) == ("2023", None)
    assert page.shown_date is None  # (a year is no page date)
    assert page.to_dict()["neighbours_year"] == "2023"
    assert len(page.neighboured_from) == 2
    assert {e.date for e in _events(corpus, page, CONDEMNED)} == {"2023-03-14"}
    # its report without a date phrase stays undated (merging may join it to the dated one)
    assert _reports(corpus, page) == {("2023-03-14", "day", NEIGHBOURS_YEAR, "March 14"),
                                      (None, None, None, None)}


def test_neighbours_of_two_years_leave_the_page_and_its_day_undated(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    page = _pages(corpus, tmp_path, [
        ("https://a.example/first", "2022-03-15", FIRST),
        ("https://b.example/second", "2023-03-20", SECOND),
        ("https://d.example/page", None, PAGE)])
    assert page.neighbour_year is None
    assert all(e.date is None for e in _events(corpus, page, CONDEMNED))


def test_a_single_neighbour_leaves_the_page_undated(corpus: tieline.Corpus,
                                                    tmp_path: Path) -> None:
    page = _pages(corpus, tmp_path, [
        ("https://a.example/first", "2023-03-15", FIRST),
        ("https://d.example/page", None, PAGE)])
    assert page.neighbour_year is None
    assert all(e.date is None for e in _events(corpus, page, CONDEMNED))


def test_a_page_telling_a_full_date_of_a_later_year_takes_no_year(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    page = _pages(corpus, tmp_path, [
        ("https://a.example/first", "2023-03-15", FIRST),
        ("https://b.example/second", "2023-03-20", SECOND),
        ("https://d.example/page", None, PAGE_LATER)])
    assert page.neighbour_year is None


def test_a_neighbour_ingested_later_gives_the_year(corpus: tieline.Corpus,
                                                   tmp_path: Path) -> None:
    _pages(corpus, tmp_path, [("https://a.example/first", "2023-03-15", FIRST),
                              ("https://d.example/page", None, PAGE)])
    corpus.ingest(_write(tmp_path / "two.jsonl",
                         [("https://b.example/second", "2023-03-20", SECOND)]))
    page = _by_url(corpus)["https://d.example/page"]
    assert page.neighbour_year == "2023"
    assert {e.date for e in _events(corpus, page, CONDEMNED)} == {"2023-03-14"}
