"""Words that match an event's pattern but tell no act, fourth round: an act someone is kept
from doing ("banned its airlines from flying to X"), a pattern's word read from the verb's
subject or from a relative clause of its object, a concern caused rather than raised with
someone, an attack in words (ACCUSE, not ASSAULT), a private trip read as a state visit, a
hazard alert read as a military posture, "insist" asserting rather than demanding, an act
left open by "did not say whether", a writer's forecast read as a threat, and a relation
that is had rather than started. Each rule has a twin that must still be coded.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code, coded
from test_sides import event_types as types


# -- an act someone is kept from doing did not happen ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan has banned its airlines from flying to Kyrgyzstan from July.",
    "Astana barred Kazakh officials from travelling to Kyrgyzstan.",
    "Kazakhstan refrained from attacking Kyrgyzstan.",
])
def test_an_act_kept_from_happening_is_not_coded(text: str) -> None:
    assert not {"CONSULT", "ASSAULT"} & types(text)


def test_the_ban_itself_is_still_coded() -> None:
    assert coded("Kazakhstan has banned its airlines from flying to Kyrgyzstan from July.",
                 "SANCTION") == [("KAZ", "KGZ", "restrict", "reported")]


def test_a_flight_told_as_done_is_still_a_visit() -> None:
    assert coded("Tokayev flew to Kyrgyzstan on Monday.", "CONSULT") == \
        [("KAZ", "KGZ", "visit", "reported")]


# -- a pattern's words are the verb's own complements ----------------------------------------------
def test_a_word_of_a_relative_clause_is_not_the_pattern_s() -> None:
    text = ("In 1998, Kazakhstan fought a painful five-day struggle with Kyrgyzstan that "
            "resulted in heavy losses.")
    assert "ACCUSE" not in types(text)  # (no CAMEO "fight ... result" criticism)


def test_a_word_inside_the_subject_is_not_the_pattern_s() -> None:
    assert "CONCEDE" not in types(
        "The surge in trade with Kyrgyzstan has given Kazakhstan a large surplus.")


def test_a_pattern_with_its_own_words_is_still_coded() -> None:
    assert "CONCEDE" in types("Kazakhstan gave in to Kyrgyzstan on Monday.")
    assert "REJECT" in types("Tokayev said Kazakhstan had nothing to do with the unrest in "
                             "Kyrgyzstan.")


# -- a concern caused is no consultation -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Astana's decision has raised concerns in Kyrgyzstan.",
    "Kazakhstan's dominance of the grain trade has raised concerns among Kyrgyz officials.",
])
def test_a_concern_caused_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in types(text)


def test_a_concern_raised_with_someone_is_still_coded() -> None:
    assert ("KAZ", "KGZ", None, "reported") in coded(
        "Tokayev raised concerns with Kyrgyz President Japarov on Monday.", "CONSULT")


# -- an attack in words is a criticism -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tokayev attacked Japarov for his remarks on the border.",
    "Tokayev attacked Japarov's remarks on the border in a speech.",
    "Tokayev verbally attacked Japarov on Monday.",
])
def test_an_attack_in_words_is_an_accusation(text: str) -> None:
    assert coded(text, "ACCUSE") == [("KAZ", "KGZ", "disapprove", "reported")]
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Kazakh troops attacked Kyrgyz positions for three hours.",
    "Kazakh troops attacked the Kyrgyz border post on Monday.",
])
def test_an_attack_by_force_is_still_an_assault(text: str) -> None:
    assert coded(text, "ASSAULT") == [("KAZ", "KGZ", None, "reported")]
    assert "ACCUSE" not in types(text)


# -- a private trip is no state visit --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakh tourists travelled to Kyrgyzstan in July.",
    "The Kazakh minister advised travellers not to go to Kyrgyzstan.",
    "Tokayev was in Bishkek on a private visit to Kyrgyzstan.",
])
def test_a_private_trip_is_no_visit(text: str) -> None:
    assert "CONSULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Tokayev travelled to Kyrgyzstan in July.",
    "Tokayev paid a state visit to Kyrgyzstan.",
])
def test_an_official_trip_is_still_a_visit(text: str) -> None:
    assert coded(text, "CONSULT") == [("KAZ", "KGZ", "visit", "reported")]


# -- a hazard alert is no military posture ---------------------------------------------------------
def test_a_hazard_alert_is_no_mobilization() -> None:
    assert "MOBILIZE" not in types(
        "The Kazakh health ministry raised its pandemic alert to phase 5 on Monday.")


def test_forces_on_alert_are_still_a_mobilization() -> None:
    assert coded("The Kazakh army raised its alert level along the Kyrgyz border.",
                 "MOBILIZE") == [("KAZ", "KGZ", "troops", "reported")]


# -- "insist" that something is so asserts it ------------------------------------------------------
def test_insisting_that_something_is_so_is_no_demand() -> None:
    assert "REQUEST" not in types("Kazakhstan insists its border posts near Kyrgyzstan are "
                                  "legal.")


def test_insisting_that_another_act_is_still_a_demand() -> None:
    assert ("KAZ", "KGZ", "demand", "reported") in coded(
        "Kazakhstan insisted that Kyrgyzstan withdraw its troops.", "REQUEST")


# -- an act left open ------------------------------------------------------------------------------
def test_an_act_left_open_is_not_coded() -> None:
    assert "RETREAT" not in types("Tokayev did not say whether Kazakhstan would withdraw "
                                  "its troops from Kyrgyzstan.")


def test_an_act_told_as_not_done_is_still_negated() -> None:
    assert coded("Tokayev said Kazakhstan did not withdraw its troops from Kyrgyzstan.",
                 "RETREAT") == [("KAZ", "KGZ", "withdraw", "negated")]


# -- a forecast is no threat -----------------------------------------------------------------------
def test_a_writer_s_forecast_is_no_threat() -> None:
    assert "THREATEN" not in types(
        "Kyrgyzstan is drifting away from Kazakhstan, which may retaliate.")


@pytest.mark.parametrize("text", [
    "Tokayev warned that Kazakhstan would retaliate against Kyrgyzstan.",
    "Kazakhstan could retaliate against Kyrgyzstan, Tokayev said.",
    "\u201cWe will retaliate against Kyrgyzstan,\u201d Tokayev said.",
])
def test_a_threat_stated_by_its_maker_is_still_coded(text: str) -> None:
    assert ("KAZ", "KGZ", None, "reported") in coded(text, "THREATEN")


# -- a relation had is no act ----------------------------------------------------------------------
def test_a_relation_had_is_no_cooperation() -> None:
    assert "COOPERATE" not in types("Kazakhstan continues to have a successful partnership "
                                    "with Kyrgyzstan.")


def test_a_partnership_signed_is_still_cooperation() -> None:
    assert coded("Kazakhstan signed a partnership with Kyrgyzstan.", "COOPERATE") == \
        [("KAZ", "KGZ", None, "reported")]


# -- steps that yield nothing, a preposition read as a particle ---------------------------------
@pytest.mark.parametrize("text", [
    "The statement stressed the harm of the steps taken by Kazakhstan, which create obstacles "
    "for Kyrgyzstan.",
    "Kazakhstan continues to take steps aimed at integrating the border villages of Kyrgyzstan.",
    "The information will be given by the Kazakh ministry to Kyrgyzstan in the near future.",
])
def test_steps_or_a_giving_that_yield_nothing_are_no_concession(text: str) -> None:
    assert "CONCEDE" not in types(text)


def test_steps_to_ease_a_dispute_are_still_a_concession() -> None:
    assert [(s, status) for s, _, _, status in coded(
        "Kazakhstan took significant steps to ease the border dispute with Kyrgyzstan.",
        "CONCEDE")] == [("KAZ", "reported")]


# -- an act left open, and a clause of its own beside it -------------------------------------------
def test_a_claim_coordinated_with_an_open_question_is_still_coded() -> None:
    text = ("The statement did not say if Kazakh troops had withdrawn from the area but "
            "Kyrgyzstan claimed that Kazakh troops have pulled back.")
    assert [e.status for e in code(text).events if e.type == "RETREAT"] == ["reported"]


def test_a_round_of_talks_held_is_still_a_meeting() -> None:
    assert ("KAZ", "KGZ", "meet", "reported") in coded(
        "The 16th round of talks was held between Kazakhstan and Kyrgyzstan on Monday.",
        "CONSULT")


# -- a yes-no question put with the copula first -----------------------------------------------
def test_a_question_with_the_copula_first_reports_nothing() -> None:
    assert "AID" not in types("Is Kazakh aid for Kyrgyzstan only for the army?")


def test_the_same_words_stated_are_still_coded() -> None:
    assert coded("Kazakh aid for Kyrgyzstan is only for the army.", "AID") == \
        [("KAZ", "KGZ", None, "reported")]


# -- a people's opinion is no state's statement -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The majority of Kazakh citizens support Japarov.",
    "Kazakh citizens would respond appropriately to Kyrgyzstan, the official claimed.",
])
def test_a_people_s_opinion_is_no_verbal_act(text: str) -> None:
    assert not {"SUPPORT", "THREATEN"} & types(text)


def test_a_leader_s_support_is_still_coded() -> None:
    assert coded("Tokayev supports Japarov.", "SUPPORT") == [("KAZ", "KGZ", None, "reported")]


# -- a verb of another form beside "from V-ing" is the ban's conjunct ------------------------------
def test_an_act_coordinated_with_the_ban_is_still_coded() -> None:
    assert [s for s, _, _, _ in coded(
        "Kazakh prosecutors have banned him from traveling and frozen his assets in Bishkek.",
        "SANCTION")] == ["KAZ"]


# -- a pattern's preposition is its own word's ------------------------------------------------
def test_a_preposition_of_another_verb_is_not_the_pattern_s() -> None:
    assert "ASSAULT" not in types("Instead, Kazakhstan continues to take steps aimed at "
                                  "integrating Kyrgyzstan's border villages into Kazakh systems.")


def test_a_pattern_s_own_preposition_is_still_read() -> None:
    # ("advance into", CAMEO 190: written for ADVANCE; "continue into" was one of its
    # synonyms, left out since non-acts round 7)
    assert "ASSAULT" in types("Kazakh troops advanced into Kyrgyzstan on Monday.")
