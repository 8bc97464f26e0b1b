"""Fewer false events, tenth round: "charge" as a duty, control or a cost accuses no one; a
doer a question asks about does nothing; an existential "should" asks no one; "concede" that
says something and "yield" that produces concede nothing; a market's demand is no demand; an
evacuation of things, places or one's own people aids no one; a rally for someone is no
protest; a measure kept to imposes nothing; a warning of one's own act is a threat, not a
criticism; a podium occupied is seized from no one; "told" with no infinitive instructs no
one; abolishing a truce reverses it. Each rule has a twin that must still be coded.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import coded


def _none(text: str, type_: str) -> None:
    assert coded(text, type_) == []


# -- "charge": a wrong imputed (CAMEO 112, 173), not a duty, control or a cost -----------------
@pytest.mark.parametrize("text", [
    "The Kazakh company is in charge of Kyrgyzstan's energy projects.",
    "Kyrgyzstan took charge of the talks.",
    "The commission was charged by the Kyrgyz president with drafting the border treaty.",
    "The Kazakh firm took a $56 million charge related to the Kyrgyz ban.",
])
def test_a_charge_of_duty_control_or_cost_accuses_no_one(text: str) -> None:
    _none(text, "ACCUSE")


@pytest.mark.parametrize("text, source, target", [
    ("The Kyrgyz government charged the Kazakh minister with spying.", "KGZ", "KAZ"),
    ("Kazakhstan brought charges against the Kyrgyz minister.", "KAZ", "KGZ"),
])
def test_a_charge_of_a_wrong_accuses(text: str, source: str, target: str) -> None:
    assert [(s, t) for s, t, _, _ in coded(text, "ACCUSE")] == [(source, target)]


# -- a doer a question asks about ----------------------------------------------------------------
def test_a_doer_asked_about_does_nothing() -> None:
    _none("Who can blame Kazakhstan?", "ACCUSE")


def test_an_act_with_its_doer_in_a_question_is_coded() -> None:
    assert coded("Why did Kazakhstan attack Kyrgyzstan?", "ASSAULT")


# -- "there should be": no one asked (PLOVER REQUEST asks an actor) -----------------------------
def test_an_existential_should_asks_no_one() -> None:
    _none("That affects whether there should be damages, the Kazakh minister said.", "REQUEST")


def test_an_actor_who_should_act_is_asked() -> None:
    assert coded("Kyrgyzstan should pay damages, the Kazakh minister said.", "REQUEST") == [
        ("KAZ", "KGZ", "demand", "reported")]


# -- conceding as saying, yielding as producing ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh minister conceded that there were problems with Kyrgyzstan.",
    "Kyrgyzstan's policy often yields a surreal result.",
])
def test_an_admission_or_a_product_concedes_nothing(text: str) -> None:
    _none(text, "CONCEDE")


@pytest.mark.parametrize("text", [
    "Kazakhstan conceded the disputed village to Kyrgyzstan.",
    "Kazakhstan yielded to Kyrgyz pressure.",
])
def test_yielding_to_another_concedes(text: str) -> None:
    assert ("KAZ", "KGZ", None, "reported") in coded(text, "CONCEDE")


# -- a market's demand --------------------------------------------------------------------------
def test_a_markets_demand_is_no_demand() -> None:
    _none("The Kazakh government said it would expand domestic demand.", "REQUEST")


def test_a_demand_made_of_another_is_coded() -> None:
    assert ("KGZ", None, "demand", "reported") in coded(
        "The Kyrgyz demand for compensation angered Kazakhstan.", "REQUEST")


# -- evacuations (CAMEO: staff and foreigners 160, positions 0874; refugees 073 aid) ----------
@pytest.mark.parametrize("text", [
    "Kazakhstan evacuated its ships from Kyrgyzstan ahead of the storm.",
    "Forty Kazakhs have been evacuated from Kyrgyzstan.",
])
def test_an_evacuation_of_things_or_ones_own_aids_no_one(text: str) -> None:
    _none(text, "AID")


def test_evacuating_refugees_is_aid() -> None:
    assert coded("Kazakhstan evacuated refugees from Kyrgyzstan.", "AID") == [
        ("KAZ", "KGZ", "asylum", "reported")]


# -- a demonstration for someone (CAMEO 051) or support rallied: no protest ---------------------
@pytest.mark.parametrize("text", [
    "The Kazakh president addressed the nation to rally support for his efforts against "
    "Kyrgyzstan.",
    "Kazakh students held a rally in support of Kyrgyzstan.",
    "Kazakh students held a pro-Kyrgyz rally.",
])
def test_a_rally_for_someone_is_no_protest(text: str) -> None:
    _none(text, "PROTEST")


def test_a_rally_against_someone_is_a_protest() -> None:
    assert coded("Kazakh students held a rally against Kyrgyzstan in support of their teachers.",
                 "PROTEST") == [("KAZ", "KGZ", "demo", "reported")]


# -- a measure kept to or evaded ---------------------------------------------------------------
def test_sanctions_complied_with_are_not_imposed() -> None:
    _none("The Kazakh company was abiding by United Nations sanctions against Kyrgyzstan.",
          "SANCTION")


def test_sanctions_imposed_are_coded() -> None:
    assert coded("The United Nations imposed sanctions against Kyrgyzstan.", "SANCTION") == [
        ("UN", "KGZ", "restrict", "reported")]


# -- a warning of one's own act is a threat (bare WARN, CAMEO 130) ------------------------------
def test_a_warning_of_ones_own_act_is_a_threat() -> None:
    text = "The Kazakh president warns Kazakhstan will absorb Kyrgyzstan."
    _none(text, "ACCUSE")
    assert [s for s, _, _, _ in coded(text, "THREATEN")] == ["KAZ"]


def test_a_warning_to_another_stays_a_criticism() -> None:
    text = "The Kazakh president warned Kyrgyzstan not to hold the vote."
    assert coded(text, "ACCUSE") == [("KAZ", "KGZ", "disapprove", "reported")]
    _none(text, "THREATEN")


# -- a podium held, a title told, a truce abolished ---------------------------------------------
def test_a_podium_occupied_is_no_seizure() -> None:
    _none("Kazakh opposition deputies occupied the tribune of the parliament.", "COERCE")


def test_a_village_occupied_is_coerced() -> None:
    assert coded("Kazakh troops occupied the Kyrgyz village.", "COERCE")


def test_told_with_no_infinitive_instructs_no_one() -> None:
    _none("He told the Kyrgyz program Face the Nation.", "REQUEST")


def test_told_to_act_instructs() -> None:
    assert ("KAZ", "KGZ", "instruct", "reported") in coded(
        "The Kazakh minister told Kyrgyzstan to withdraw its troops.", "REQUEST")


def test_an_abolished_truce_is_no_ceasefire() -> None:
    text = "Kazakhstan abolished the ceasefire with Kyrgyzstan."
    _none(text, "RETREAT")
    assert coded(text, "SANCTION") == [("KAZ", "KGZ", "withdraw", "reported")]


def test_a_declared_truce_is_a_ceasefire() -> None:
    assert ("KAZ", "KGZ", "ceasefire", "reported") in coded(
        "Kazakhstan and Kyrgyzstan declared a ceasefire.", "RETREAT")


# -- private trips ------------------------------------------------------------------------------
def test_a_fishing_trip_is_no_visit() -> None:
    _none("She works booking charter fishing trips to Kyrgyzstan.", "CONSULT")


# -- readiness for a danger, words or odds offered: no intent to cooperate (CAMEO 03) ----------
@pytest.mark.parametrize("text", [
    "The Kazakh city is well prepared for any outbreak.",
    "Kazakhstan is readying a series of plans.",
    "The Kazakh president called the Kyrgyz president to offer his condolences.",
    "The Kazakh book offers a rare look at Kyrgyz politics.",
    "The Kazakh bookmaker is offering even odds that the Kyrgyz president resigns.",
])
def test_preparedness_or_words_offered_are_no_intent(text: str) -> None:
    _none(text, "AGREE")


def test_an_offer_of_help_is_coded() -> None:
    assert coded("Kazakhstan offered Kyrgyzstan military assistance.", "AID") == [
        ("KAZ", "KGZ", None, "planned")]


def test_a_protest_for_a_cause_is_a_protest() -> None:
    assert coded("Kazakh students held pro-democracy protests over the Kyrgyz election.",
                 "PROTEST")


# -- "should have": a judgment of the past, no act asked for ------------------------------------
def test_should_have_asks_for_nothing() -> None:
    _none("Kyrgyzstan should have paid the damages, the Kazakh minister said.", "REQUEST")


def test_should_asks_for_an_act() -> None:
    assert coded("Kyrgyzstan should pay the damages, the Kazakh minister said.", "REQUEST") == [
        ("KAZ", "KGZ", "demand", "reported")]


# -- "ask" that puts a question ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh senator asks a question at a Kyrgyz hearing.",
    "So, the Kazakh senator asks, is the Kyrgyz fund a slush fund?",
])
def test_a_question_put_requests_nothing(text: str) -> None:
    _none(text, "REQUEST")


def test_asking_for_an_act_is_a_request() -> None:
    assert ("KAZ", "KGZ", None, "reported") in coded(
        "The Kazakh senator asked Kyrgyzstan to release the prisoners.", "REQUEST")


# -- an act awaited: "until" or "once" with the present tells a future act ----------------------
@pytest.mark.parametrize("text", [
    "The Kyrgyz opposition said it would not negotiate until the Kazakh president leaves office.",
    "The Kazakh president downplays the prospect of unrest once the Kyrgyz president leaves "
    "office.",
])
def test_an_act_awaited_is_hypothetical(text: str) -> None:
    assert [st for _, _, _, st in coded(text, "RETREAT")] == ["hypothetical"]


def test_an_act_waited_for_in_the_past_is_reported() -> None:
    assert coded("The Kazakh army stayed in the village until Kyrgyz troops withdrew.",
                 "RETREAT") == [("KGZ", None, "withdraw", "reported")]


@pytest.mark.parametrize("text", [
    "The Kazakh minister warned it would be premature to assume Kyrgyzstan was safe.",
    "The Kazakh minister warned that it could still change into a more deadly form.",
])
def test_a_warning_of_what_will_be_is_no_threat(text: str) -> None:
    _none(text, "THREATEN")


def test_a_headline_telling_someone_go_instructs() -> None:
    assert coded('Kyrgyzstan tells Kazakhstan "go"', "REQUEST")


# -- going nowhere: an idiom, an anchor's "let's", a private person's trip -----------------------
@pytest.mark.parametrize("text", [
    "What is the role of Kazakhstan when it comes to violence in Kyrgyzstan?",
    "Let's go straight to Bishkek.",
    "The unnamed patient had traveled to Kyrgyzstan.",
])
def test_going_nowhere_or_privately_is_no_visit(text: str) -> None:
    _none(text, "CONSULT")


@pytest.mark.parametrize("text", [
    "The Kazakh president came to Bishkek for talks.",
    "The Kazakh president will go to Bishkek.",
])
def test_a_leader_going_abroad_visits(text: str) -> None:
    assert coded(text, "CONSULT")


# -- "is to blame" judges, "strike up" starts ---------------------------------------------------
def test_being_to_blame_is_no_accusation() -> None:
    _none("And Kazakhstan is to blame.", "ACCUSE")


def test_blaming_someone_accuses() -> None:
    assert coded("Kyrgyzstan blamed Kazakhstan for the clash.", "ACCUSE") == [
        ("KGZ", "KAZ", "allege", "reported")]


def test_striking_up_a_conversation_is_no_assault() -> None:
    _none("The Kazakh president struck up conversations with Kyrgyz interns.", "ASSAULT")


def test_striking_a_village_is_an_assault() -> None:
    assert coded("Kazakh jets struck a Kyrgyz village.", "ASSAULT")
