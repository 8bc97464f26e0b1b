"""Both sides, seventh round: sides the sentence states but the coder lost ("occupied land in
X", "received aid from X", "the commander of the PLA unit", "killed in a confrontation with X",
"demanded the withdrawal of X's troops"), the two sides' context through a paragraph, and
words that matched a pattern but tell no act ("offered no details", "released casualty
figures", "struck a deal", "the occupied territories", "Russian-backed", "de-occupation",
"help themselves"), each rule with a twin where it must not fire.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code, sides


def types(text: str) -> set[str]:
    return {e.type for e in code(text).events}


# -- the two sides' context goes on through the paragraph -------------------------------------
def test_a_paragraph_about_two_states_goes_on_about_them() -> None:
    art = code("Kazakhstan accused Kyrgyzstan of provocations. Astana said the situation was "
               "tense. Astana also imposed sanctions.")
    assert (("KAZ", "stated"), ("KGZ", "inferred-previous")) in sides(art, "SANCTION")


def test_a_third_party_ends_the_two_sides_context() -> None:
    art = code("Kazakhstan accused Kyrgyzstan of provocations. Russia said the situation was "
               "tense. Astana also imposed sanctions.")
    assert all(t is None for _, t in sides(art, "SANCTION"))


# -- an offer of words, goods or a choice is no intent to cooperate ----------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan offered no details on the timing of the talks.",
    "The Kazakh envoy did not offer a precise date for the visit.",
    "A Kazakh airline will start flights to Bishkek, offering more travel options.",
])
def test_offering_an_account_or_a_choice_is_no_act(text: str) -> None:
    assert "AGREE" not in types(text)


def test_offering_help_is_an_intent_to_cooperate() -> None:
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(
        code("Kazakhstan offered help to Kyrgyzstan."), "AGREE")


# -- releasing figures or pictures frees no one -----------------------------------------------
def test_releasing_casualty_figures_frees_no_one() -> None:
    assert "RETREAT" not in types("Kazakhstan has not released any casualties of its troops.")


def test_releasing_citizens_frees_them() -> None:
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(
        code("Kazakhstan released two Kyrgyz citizens on Monday."), "RETREAT")


# -- striking a deal, launching a campaign: no blow ------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan and Kyrgyzstan struck a deal on water last week.",
    "The Kazakh ruling party launched its election campaign in Astana.",
])
def test_a_deal_struck_or_a_campaign_launched_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in types(text)


@pytest.mark.parametrize("text", [
    "Kazakhstan struck Kyrgyz positions on Monday.",
    "Kazakhstan launched a military campaign against Kyrgyzstan.",
])
def test_a_strike_or_a_military_campaign_is_an_attack(text: str) -> None:
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(code(text), "ASSAULT")


# -- ground taken is taken from its owner -----------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan occupied land in Kyrgyzstan.", "COERCE"),
    ("Kazakh troops carried out strikes at two depots in Kyrgyzstan.", "ASSAULT"),
])
def test_ground_taken_or_struck_in_a_state_is_that_state_s(text: str, type_: str) -> None:
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(code(text), type_)


def test_ground_taken_in_no_state_named_has_no_owner() -> None:
    assert sides(code("Kazakhstan occupied land near the river."), "COERCE") == \
        [(("KAZ", "stated"), None)]


# -- a participle before a noun describes it, it reports no act -------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Kyrgyzstan wants the return of its occupied territories.", "COERCE"),
    ("Kyrgyzstan condemned the elections in Kazakh-occupied Naryn.", "COERCE"),
    ("Kyrgyzstan seeks the de-occupation of its territory.", "COERCE"),
    ("Tensions between the Kyrgyz and Kazakh-backed sides rose in August.", "SUPPORT"),
])
def test_a_described_state_is_no_act(text: str, type_: str) -> None:
    assert type_ not in types(text)


@pytest.mark.parametrize("text, type_", [
    ("Kazakhstan has occupied Kyrgyz territory.", "COERCE"),
    ("Kazakhstan backed Kyrgyzstan in the dispute.", "SUPPORT"),
])
def test_the_act_told_by_its_verb_is_coded(text: str, type_: str) -> None:
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(code(text), type_)


# -- who receives an act is its target --------------------------------------------------------
def test_aid_received_from_a_state_is_its_aid() -> None:
    assert sides(code("Kyrgyzstan received military aid from Kazakhstan."), "AID") == \
        [(("KAZ", "stated"), ("KGZ", "stated"))]


def test_aid_sent_is_the_sender_s() -> None:
    assert sides(code("Kyrgyzstan sent military aid to Kazakhstan."), "AID") == \
        [(("KGZ", "stated"), ("KAZ", "stated"))]


# -- people of an office are of the body their "of" names -------------------------------------
def test_the_commander_of_a_state_s_unit_is_that_state_s() -> None:
    art = code("The commander of the Kyrgyz border unit was detained by Kazakh guards.")
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(art, "COERCE")


def test_the_head_of_a_body_no_one_places_is_no_one_s() -> None:
    art = code("The head of the company was detained by Kazakh guards.")
    assert all(t is None or t[0] != "KGZ" for _, t in sides(art, "COERCE"))


def test_the_pla_is_china_s_army() -> None:
    art = code("The PLA troops suddenly turned around and attacked the Indian soldiers.")
    assert (("CHN", "stated"), ("IND", "stated")) in sides(art, "ASSAULT")


# -- the other party of a fight the victims were killed in -----------------------------------
@pytest.mark.parametrize("text", [
    "Ten Kyrgyz soldiers were killed in a confrontation with Kazakh troops.",
    "Ten Kyrgyz soldiers were killed in a \"violent face-off\" with Kazakh troops.",
])
def test_killed_in_a_fight_with_a_side_is_by_that_side(text: str) -> None:
    assert (("KAZ", "inferred-clause"), ("KGZ", "stated")) in sides(code(text), "ASSAULT")


def test_killed_in_a_fight_with_no_one_named_has_no_doer() -> None:
    art = code("Ten Kyrgyz soldiers were killed in a confrontation near the border.")
    assert all(s is None for s, _ in sides(art, "ASSAULT"))


# -- a withdrawal asked for yields to the asker -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan demanded the withdrawal of Kyrgyz troops.",
    "Kazakhstan released a statement demanding the withdrawal of Kyrgyz troops.",
])
def test_a_withdrawal_demanded_yields_to_the_demander(text: str) -> None:
    assert (("KGZ", "stated"), ("KAZ", "inferred-clause")) in sides(code(text), "RETREAT")


def test_a_withdrawal_welcomed_is_not_asked_for() -> None:
    got = sides(code("Kazakhstan reported the withdrawal of Kyrgyz troops."), "RETREAT")
    assert all(t is None or t[1] != "inferred-clause" for _, t in got)


# -- helping oneself is no aid ----------------------------------------------------------------
def test_helping_oneself_is_no_aid() -> None:
    assert "AID" not in types("Kazakh reporters hired Kyrgyz assistants to help themselves "
                              "with reporting.")


def test_helping_another_is_aid() -> None:
    assert (("KAZ", "stated"), ("KGZ", "stated")) in sides(
        code("Kazakhstan helped Kyrgyzstan with grain."), "AID")


# -- "impossible to" fails the act, as "unable to" does --------------------------------------
def test_an_act_said_impossible_is_not_done() -> None:
    art = code("Kyrgyzstan said it was impossible to accept the Kazakh proposal.")
    assert [e.status for e in art.events if e.type == "AGREE"] == ["negated"]


def test_an_act_said_possible_is_no_failure() -> None:
    art = code("Kyrgyzstan said it was possible to accept the Kazakh proposal.")
    assert "negated" not in [e.status for e in art.events if e.type == "AGREE"]
