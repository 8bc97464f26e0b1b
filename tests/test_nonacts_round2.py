"""Words that match an event's pattern but tell no act, second round: where relations stand
or are steered ("since then they have restricted their relations", "efforts to distance X
from Y"), what a participle describes ("the territory occupied by X"), a word of threatening
that names a danger ("the law threatens the media", "pose a threat"), an act that is only the
topic of talks ("exchanged views on cooperation"), a verb used as a conjunction ("provided",
"according to"), a departure read as leaving an organisation, another state "pulled out" of
an orbit; and investment coded as the economic cooperation it is (PLOVER COOPERATE, CAMEO
061), not as aid. Each rule has a twin: the act itself, told as an act, is still coded.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code, coded
from test_sides import event_types as types


# -- where relations stand or are steered -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Since then, Norway and Kazakhstan have restricted their relations.",
    "Norway and Kazakhstan have restricted their relations ever since.",
    "Norway and Kazakhstan have restricted their relations for years.",
])
def test_relations_held_since_a_time_are_a_state(text: str) -> None:
    assert "SANCTION" not in types(text)


def test_restricting_relations_at_a_time_is_an_act() -> None:
    assert coded("Norway restricted its relations with Kazakhstan on Monday.", "SANCTION") == \
        [("NOR", "KAZ", "withdraw", "reported")]


@pytest.mark.parametrize("text, type_", [
    ("Tokayev's efforts to distance Kazakhstan from Norway have strained the alliance.",
     "SANCTION"),
    ("His attempts to forge closer ties with Norway have irked Bishkek.", "AGREE"),
    ("Tokayev has made efforts to deepen relations with Norway.", "AGREE"),
])
def test_a_course_pursued_is_no_act(text: str, type_: str) -> None:
    assert type_ not in types(text)


@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan moved to distance itself from Norway on Monday.", "SANCTION"),
    ("Kazakhstan forged closer ties with Norway in May.", "AGREE"),
    ("Tokayev pledged to deepen relations with Norway.", "AGREE"),
])
def test_a_relation_changed_or_promised_is_coded(text: str, type_: str) -> None:
    assert type_ in types(text)


# -- what a participle after a noun describes ----------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("He was detained in the Kazakh territory occupied by Kyrgyzstan.", "COERCE"),
    ("Kazakhstan keeps the Kyrgyz village occupied.", "COERCE"),
    ("The two regions recognized by Kyrgyzstan held elections.", "SUPPORT"),
    ("The troops stationed by Kyrgyzstan along the border stayed quiet.", "MOBILIZE"),
])
def test_a_lasting_result_is_no_act(text: str, type_: str) -> None:
    assert type_ not in types(text)


@pytest.mark.parametrize("text, type_", [
    ("Kyrgyzstan occupied the Kazakh village in August.", "COERCE"),
    ("He was detained in the Kazakh village occupied by Kyrgyzstan in 2019.", "COERCE"),
    ("Kyrgyzstan recognized the two regions on Tuesday.", "SUPPORT"),
])
def test_the_act_itself_is_coded(text: str, type_: str) -> None:
    assert type_ in types(text)


# -- a danger is no threat made --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh law threatens independent media in Kyrgyzstan.",
    "Bishkek said the two states do not pose a threat to each other.",
    "Kazakhstan sees Kyrgyzstan as a threat.",
])
def test_a_danger_is_no_threat(text: str) -> None:
    assert "THREATEN" not in types(text)


@pytest.mark.parametrize("text", [
    "Kazakhstan threatened Kyrgyzstan with sanctions.",
    "Kazakhstan issued a threat to Kyrgyzstan on Monday.",
])
def test_a_threat_made_is_coded(text: str) -> None:
    assert "THREATEN" in types(text)


# -- the topic of talks ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("The two ministers exchanged views on Kazakh-Kyrgyz cooperation.", "COOPERATE"),
    ("Tokayev and Japarov discussed expanding economic cooperation.", "AGREE"),
    ("Kazakhstan suspended negotiations on joining the Nordic Council.", "COOPERATE"),
])
def test_what_is_talked_about_is_not_done(text: str, type_: str) -> None:
    assert type_ not in types(text)


@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan and Kyrgyzstan agreed to expand economic cooperation.", "AGREE"),
    ("Kazakhstan and Kyrgyzstan launched military cooperation on Monday.", "COOPERATE"),
])
def test_cooperation_agreed_or_launched_is_coded(text: str, type_: str) -> None:
    assert type_ in types(text)


def test_suspending_the_talks_is_still_coded() -> None:
    assert "SANCTION" in types("Kazakhstan suspended negotiations on joining the Nordic "
                               "Council.")


# -- a verb used as a conjunction ------------------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Astana is ready to talk with Bishkek, provided Bishkek withdraws its troops.", "AID"),
    ("A Kazakh base in Kyrgyzstan could open in 2026, according to the Kyrgyz Security "
     "Council.", "REQUEST"),
])
def test_a_condition_or_a_source_is_no_act(text: str, type_: str) -> None:
    assert type_ not in types(text)


def test_providing_is_aid() -> None:
    assert coded("Kazakhstan provided weapons to Kyrgyzstan.", "AID") == \
        [("KAZ", "KGZ", None, "reported")]


# -- a departure is no leaving of an organisation --------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kyrgyz speaker has left for the village of Kara-Suu.",
    "Thousands of Kazakhs have left their country since the war started.",
])
def test_a_departure_is_no_leaving(text: str) -> None:
    assert "SANCTION" not in types(text)


def test_leaving_an_organisation_is_coded() -> None:
    assert coded("Kyrgyzstan left the CSTO in May.", "SANCTION") == \
        [("KGZ", "CSTO", "leave", "reported")]


# -- pulling another state out of an orbit ---------------------------------------------------------
def test_pulling_a_state_out_of_an_orbit_is_no_retreat() -> None:
    assert "RETREAT" not in types("Norway aims to pull Kyrgyzstan out of Astana's orbit.")


def test_pulling_troops_out_is_a_retreat() -> None:
    assert coded("Kazakhstan pulled its troops out of Kyrgyzstan.", "RETREAT") == \
        [("KAZ", "KGZ", "withdraw", "reported")]


# -- investment is economic cooperation ------------------------------------------------------------
def test_investment_is_economic_cooperation_not_aid() -> None:
    art = code("Norway announced $300 million in investments to bolster Kyrgyzstan's economy.")
    assert not [e for e in art.events if e.type == "AID"]
    invested = [e for e in art.events if e.type == "COOPERATE"]
    assert [(e.source and e.source.country, e.target and e.target.country, e.context)
            for e in invested] == [("NOR", "KGZ", ("economic",))]


def test_a_loan_is_still_aid() -> None:
    assert "AID" in types("Norway extended a loan to Kyrgyzstan on Monday.")


def test_curbing_investment_discontinues_it() -> None:
    assert coded("Kyrgyzstan restricted investments from Kazakhstan.", "SANCTION") == \
        [("KGZ", "KAZ", "discontinue", "reported")]


# -- phrasal and object senses that are another act ----------------------------------------------
def test_backing_out_is_no_support() -> None:
    assert "SUPPORT" not in types("The solution was for Kyrgyz troops to back out honestly.")


def test_backing_a_state_is_support() -> None:
    assert coded("Kazakhstan backed Kyrgyzstan in the dispute.", "SUPPORT") == \
        [("KAZ", "KGZ", None, "reported")]


def test_joining_a_war_is_no_membership() -> None:
    assert "COOPERATE" not in types("Tokayev called up reservists to join the war in "
                                    "Kyrgyzstan.")


def test_joining_an_organisation_is_membership() -> None:
    assert coded("Kyrgyzstan joined the CSTO in 1994.", "COOPERATE") == \
        [("KGZ", "CSTO", "join", "reported")]
