"""Dates the text supports, and only those (issue 21, round 7). Every sentence here is written
for the test; each rule has a twin that must stay as it was."""

from __future__ import annotations

from tieline.annotate.dates import find_expressions, resolve


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
