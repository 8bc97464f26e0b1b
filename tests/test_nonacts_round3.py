"""Words that match an event's pattern but tell no act, third round: a warning of a danger
(a forecast, CAMEO 012, not a threat, CAMEO 13), a "threat" that names a danger, a danger
that "threatens", a refusal to answer (no proposal or demand rejected), an act "it is time"
to do (called for, not done), a bare verb of leaving that names no group left (PLOVER's
leaving is withdrawing from an organisation, a treaty or talks), a fact acknowledged read as
a recognition, a host's "joining us", mobilising no force, "working on" relations. Each rule
has a twin: the act itself, told as an act, is still coded. And recalled history ("fought a
border war in 1962", told in 2020): kept in a pair's timeline, marked, left out of its
trajectory.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import coded
from test_sides import event_types as types
from tieline.analyze.pair_timeline import build_pair_timeline, recalled_after
from tieline.analyze.relations import build_relations
from tieline.models import Actor, ActorRef, Article, Event, Evidence


# -- a warning of a danger is a forecast -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakh officials were warning of a flood along the river on Monday.",
    "Tokayev warned that the talks with Kyrgyzstan may collapse.",
    "The drought could ruin the harvest in Kyrgyzstan, the Kazakh minister warned.",
    "Tokayev warned the drought threatened the harvest.",
])
def test_a_warning_of_a_danger_is_no_threat(text: str) -> None:
    assert not {"THREATEN", "ACCUSE"} & types(text)


@pytest.mark.parametrize("text", [
    "Kazakhstan warned of appropriate measures if Kyrgyzstan closes the border.",
    "Tokayev warned that Kazakhstan would retaliate against Kyrgyzstan.",
    "Kazakhstan warned Kyrgyzstan of serious consequences on Monday.",
])
def test_a_warning_of_an_act_is_a_threat(text: str) -> None:
    assert "THREATEN" in types(text)


def test_a_warning_given_to_someone_is_coded() -> None:
    assert types("Kazakhstan warned Kyrgyzstan not to close the border.") & \
        {"THREATEN", "ACCUSE", "REQUEST"}


# -- a "threat" that names a danger ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kyrgyz officials said the threat of the flood reaching Bishkek was growing.",
    "Tokayev cited security threats in Kyrgyzstan as the reason.",
    "Kazakh experts assessed the threat to Kyrgyzstan from the drought.",
])
def test_a_threat_that_is_a_danger_is_no_threat_made(text: str) -> None:
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    "Kyrgyz officials said the threat of sanctions by Kazakhstan was growing.",
    "Kyrgyzstan received a threat from Kazakhstan to close the border.",
    "Kazakhstan's threats against Kyrgyzstan alarmed Bishkek.",
])
def test_a_threat_made_is_still_coded(text: str) -> None:
    assert "THREATEN" in types(text)


# -- a danger that threatens ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The flood threatening Kyrgyzstan reached the border on Monday.",
    "Economic discontent could threaten stability in Kyrgyzstan, Kazakh officials said.",
])
def test_a_danger_that_threatens_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types(text)


def test_an_actor_that_threatens_is_coded() -> None:
    assert coded("Kazakhstan threatened Kyrgyzstan with sanctions on Monday.",
                 "THREATEN") == [("KAZ", "KGZ", None, "reported")]


# -- a refusal to answer ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh foreign ministry declined to comment on the talks with Kyrgyzstan.",
    "Tokayev refused to say whether Kazakhstan would recognise the vote in Kyrgyzstan.",
    "The Kazakh ministry declined to give details of the deal with Kyrgyzstan.",
    "Kazakhstan declined to name the Kyrgyz officials involved.",
])
def test_a_refusal_to_answer_is_no_rejection(text: str) -> None:
    assert "REJECT" not in types(text)


@pytest.mark.parametrize("text", [
    "Kazakhstan refused to sign the agreement with Kyrgyzstan.",
    "Kazakhstan declined the Kyrgyz offer of talks on Monday.",
])
def test_a_refusal_of_an_act_is_a_rejection(text: str) -> None:
    assert "REJECT" in types(text)


# -- an act that "it is time" to do ----------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("It is time for Kazakhstan to apologise to Kyrgyzstan, Japarov said.", "SUPPORT"),
    ("Japarov told Tokayev it was time to step down.", "RETREAT"),
])
def test_an_act_it_is_time_to_do_is_not_done(text: str, type_: str) -> None:
    assert type_ not in types(text)


@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan apologised to Kyrgyzstan on Monday.", "SUPPORT"),
    ("Tokayev stepped down on Monday.", "RETREAT"),
])
def test_the_act_done_is_coded(text: str, type_: str) -> None:
    assert type_ in types(text)


# -- a bare verb of leaving that names no group ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Protesters vowed to stay in the square until Tokayev leaves.",
    "The Kazakh envoy left the safety of his residence to meet the crowd.",
    "The late Kyrgyz minister leaves behind his wife and three sons.",
])
def test_leaving_no_group_is_no_sanction(text: str) -> None:
    assert "SANCTION" not in types(text)


@pytest.mark.parametrize("text", [
    "Kazakhstan left the alliance on Monday.",
    "Kyrgyzstan will quit the Collective Security Treaty Organization.",
])
def test_leaving_a_group_is_a_sanction(text: str) -> None:
    assert "SANCTION" in types(text)


# -- what one declined to comment on is not reported -----------------------------------------------
def test_talks_one_declined_to_comment_on_are_no_refusal() -> None:
    assert "REJECT" not in types("The Kazakh ministry declined to comment on the talks with "
                                 "Kyrgyzstan.")


# -- a fact acknowledged is no recognition --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tokayev recognized the concerns of the Kyrgyz protesters on Monday.",
    "Kazakhstan recognizes that Kyrgyzstan must reform its banks.",
    "Kazakhstan recognizes the need for reforms in Kyrgyzstan.",
])
def test_a_fact_acknowledged_is_no_recognition(text: str) -> None:
    assert "SUPPORT" not in types(text)


@pytest.mark.parametrize("text", [
    "Kazakhstan recognized the independence of Transnistria on Monday.",
    "Kazakhstan recognized Kosovo as an independent state.",
])
def test_a_state_recognized_is_coded(text: str) -> None:
    assert "SUPPORT" in types(text)


# -- a host's company is no group joined -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Joining me now from Astana is the Kazakh foreign minister.",
    "The Kyrgyz ambassador is joining us now from Bishkek with more.",
])
def test_joining_a_host_is_no_cooperation(text: str) -> None:
    assert "COOPERATE" not in types(text)


def test_joining_an_organisation_is_coded() -> None:
    assert "COOPERATE" in types("Kazakhstan joined the World Trade Organization on Monday.")


# -- no force mobilised ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tokayev mobilized resources for the flood victims in Kyrgyzstan.",
    "Kazakh families are mobilizing themselves to escape the fighting.",
])
def test_mobilizing_no_force_is_no_mobilization(text: str) -> None:
    assert "MOBILIZE" not in types(text)


def test_mobilizing_troops_is_coded() -> None:
    assert "MOBILIZE" in types("Kazakhstan mobilized troops on the Kyrgyz border on Monday.")


# -- a course pursued by a verb of effort ----------------------------------------------------------
def test_working_on_relations_is_a_course() -> None:
    assert "AGREE" not in types("Kazakh politicians are working on improving relations with "
                                "Kyrgyzstan.")


def test_relations_improved_are_coded() -> None:
    assert "AGREE" in types("Kazakhstan and Kyrgyzstan agreed to improve relations on Monday.")


# -- recalled history: kept in the timeline, marked, and left out of the trajectory ----------------
def _war(date: str, precision: str, published: str, n: int = 0) -> tuple[Event, Article]:
    art = Article(id=f"a{n}", origin="t", text="x", content_hash=f"h{n}", published=published)
    ev = Evidence(article_id=art.id, start=0, end=1, sentence="x", outlet="o")
    event = Event(id=f"e{n}", type="ASSAULT", source=ActorRef("KAZ", "Kazakhstan"),
                  target=ActorRef("KGZ", "Kyrgyzstan"), evidence=(ev,), intensity=-9.5,
                  date=date, date_precision=precision)
    return event, art


_PAIR = (Actor(id="KAZ", name="Kazakhstan", kind="country"),
         Actor(id="KGZ", name="Kyrgyzstan", kind="country"))


@pytest.mark.parametrize("date, precision, published, recalled", [
    ("1962", "year", "2020-06-16", True),         # "fought a border war in 1962"
    ("2018-05", "month", "2020-06-16", True),
    ("2020-06-15", "day", "2020-06-16", False),   # the news of the page's day
    ("2020", "year", "2020-06-16", False),
    ("2019-07-01", "day", "2020-06-16", False),   # within the year: the story's own past
])
def test_recalled_history_is_told_only_more_than_a_year_later(
        date: str, precision: str, published: str, recalled: bool) -> None:
    assert recalled_after(date, precision, published) is recalled


def test_a_recalled_war_is_marked_in_the_timeline_and_not_in_the_trajectory() -> None:
    old, old_page = _war("1962", "year", "2020-06-16", 1)
    news, news_page = _war("2020-06-15", "day", "2020-06-16", 2)
    articles = {old_page.id: old_page, news_page.id: news_page}
    timeline = build_pair_timeline(_PAIR, [old, news], articles)
    marks = {e.date: e.recalled_by for e in timeline.entries}
    assert marks == {"1962": "2020-06-16", "2020-06-15": None}
    assert timeline.entries[0].to_dict()["recalled_by"] == "2020-06-16"
    first = {old.id: "2020-06-16", news.id: "2020-06-16"}
    relations = build_relations(_PAIR, [old, news], "year", reported_by=first)
    assert [(p.period, p.events) for p in relations.series] == [("2020", 1)]
    assert relations.recalled == 1 and relations.to_dict()["recalled"] == 1
    # without the pages' days, both are placed, as before
    assert [p.period for p in build_relations(_PAIR, [old, news], "year").series
            if p.events] == ["1962", "2020"]


# -- a warning that judges someone's act criticises it ---------------------------------------------
def test_a_warning_that_judges_an_act_is_kept() -> None:
    assert "ACCUSE" in types("Kazakhstan warned that the Kyrgyz move was not conducive to "
                             "peace.")


def test_a_warning_of_consequences_no_one_causes_is_a_forecast() -> None:
    assert not {"THREATEN", "ACCUSE"} & types(
        "The Kazakh minister warned that the consequences of the drought could be serious.")


# -- a yes-no question asks whether an act was done ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Did Kazakhstan attack Kyrgyzstan?",
    "Will Kazakhstan sign the border deal with Kyrgyzstan?",
    "Do you know how much gas is supplied to Kyrgyzstan by Kazakhstan?",
])
def test_a_yes_no_question_reports_no_act(text: str) -> None:
    assert not types(text) & {"ASSAULT", "SUPPORT", "AGREE", "AID"}


@pytest.mark.parametrize("text", [
    "Kazakhstan attacked Kyrgyzstan.",
    "Why did Kazakhstan attack Kyrgyzstan?",  # the act taken as done
    "Did the fact that Kazakhstan attacked Kyrgyzstan surprise you?",
])
def test_an_act_told_or_taken_as_done_is_coded(text: str) -> None:
    assert "ASSAULT" in types(text)


def test_an_act_named_as_someones_in_a_question_is_taken_as_done() -> None:
    assert "RETREAT" in types("Does Kazakhstan's withdrawal from the Kyrgyz border violate "
                              "the ceasefire?")
