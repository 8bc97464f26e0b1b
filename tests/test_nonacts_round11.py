"""Fewer false events, eleventh round: a demand or an accusation refused was still made; "not
only", "not just" and "there is no denying" deny nothing; force and threats told of a hazard
(an accident, a storm, unrest) have no actor; an act asked of another is never the asker's,
whether or not the one asked is named, and the verbs of CAMEO's SUGGEST block ask; the parties
"between" which talks are urged are the talks' own; a verb of learning consults only the one
heard from; a traveller named by a relative pronoun travels privately; a legal skirmish is
no force. Each rule has a twin that must still be coded.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import coded


def _none(text: str, type_: str) -> None:
    assert coded(text, type_) == []


# -- a statement refused was made (PLOVER: the rejecter's REJECT; the demand stays reported) ----
def test_a_demand_rejected_was_made() -> None:
    text = "Kazakhstan rejected Kyrgyzstan's demand for compensation."
    assert coded(text, "REQUEST") == [("KGZ", "KAZ", "demand", "reported")]
    assert coded(text, "REJECT") == [("KAZ", "KGZ", None, "reported")]


def test_an_act_denied_is_negated() -> None:
    assert coded("Kazakhstan denied any attack on Kyrgyzstan.", "ASSAULT") == [
        (None, "KGZ", None, "negated")]


# -- negations that affirm ----------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, status", [
    ("There is no denying that Kazakhstan attacked Kyrgyzstan.", "ASSAULT", "reported"),
    ("Kazakhstan denied that it attacked Kyrgyzstan.", "ASSAULT", "negated"),
    ("It is not just the Kazakh president leaving office, it is a question of credibility.",
     "RETREAT", "reported"),
    ("The Kazakh president is not leaving office.", "RETREAT", "negated"),
])
def test_no_denying_and_not_just_affirm(text: str, type_: str, status: str) -> None:
    assert [s for _, _, _, s in coded(text, type_)] == [status]


# -- a hazard does what force does: no actor ------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("At least ten people were killed in Kyrgyzstan in accidents related to the storm.",
     "ASSAULT"),
    ("Twelve people died after they were struck by the cyclone in Kyrgyzstan.", "ASSAULT"),
    ("The kind of social unrest that toppled the Kyrgyz government and now threatens the "
     "regime of the Kazakh president.", "THREATEN"),
])
def test_force_or_a_threat_of_a_hazard_is_no_act(text: str, type_: str) -> None:
    _none(text, type_)


@pytest.mark.parametrize("text, type_, pair", [
    ("Ten Kyrgyz soldiers were killed by Kazakh troops in the storm.", "ASSAULT",
     ("KAZ", "KGZ")),
    ("The Kazakh troops that attacked Kyrgyzstan now threaten the capital.", "THREATEN",
     ("KAZ", None)),
])
def test_force_or_a_threat_of_an_actor_is_coded(text: str, type_: str,
                                                pair: tuple[str, str | None]) -> None:
    assert [(s, t) for s, t, _, _ in coded(text, type_)] == [pair]


# -- an act asked of another is theirs, never the asker's ---------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh president urged the lawmakers to work with him.",
    "The Kazakh president asked the company to cooperate with the inquiry.",
])
def test_an_act_asked_of_the_unnamed_is_not_the_askers(text: str) -> None:
    assert [s for s, _, _, _ in coded(text, "COOPERATE")] in ([], [None])


@pytest.mark.parametrize("text, type_, pair", [
    ("The Kazakh president urged Kyrgyzstan to cooperate with the inquiry.", "COOPERATE",
     ("KGZ", None)),
    ("Kazakhstan ordered its troops to withdraw from Kyrgyzstan.", "RETREAT", ("KAZ", "KGZ")),
    ("The Kazakh president asked his ministers to prepare sanctions against Kyrgyzstan.",
     "SANCTION", ("KAZ", "KGZ")),
    ("The Kazakh parliament called on the government to impose sanctions against Kyrgyzstan.",
     "SANCTION", ("KAZ", "KGZ")),  # (its own state's government)
])
def test_an_act_asked_of_a_named_one_or_ordered_of_ones_own(
        text: str, type_: str, pair: tuple[str, str | None]) -> None:
    assert [(s, t) for s, t, _, _ in coded(text, type_)] == [pair]


# -- CAMEO 020's SUGGEST block asks: the act suggested is not done --------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh president suggested Kyrgyzstan resign from the treaty.",
    "The Kazakh president suggested that Kyrgyzstan withdraw its troops.",
])
def test_an_act_suggested_is_planned(text: str) -> None:
    assert [(s, st) for s, _, _, st in coded(text, "RETREAT")] == [("KGZ", "planned")]


def test_an_act_said_done_is_reported() -> None:
    assert [(s, st) for s, _, _, st in coded(
        "The Kazakh president said Kyrgyzstan withdrew its troops.", "RETREAT")] == [
        ("KGZ", "reported")]


def test_an_act_told_of_plural_doers_is_reported() -> None:
    assert coded("Kazakh soldiers routinely beat up Kyrgyz detainees on the border, a court "
                 "was told today.", "ASSAULT") == [("KAZ", "KGZ", None, "reported")]


# -- "between": the parties of the talks urged ----------------------------------------------------
def test_talks_urged_between_others_are_theirs() -> None:
    pairs = {(s, t) for s, t, _, _ in coded(
        "The Kazakh president urged negotiations between Kyrgyzstan and Tajikistan.",
        "CONSULT")}
    assert pairs and all("KAZ" not in p for p in pairs)


def test_a_meeting_between_another_and_ones_own_is_ones_own() -> None:
    assert coded("The Kazakh side sought a meeting between the Kyrgyz minister and their "
                 "minister.", "CONSULT") == [("KAZ", "KGZ", "meet", "planned")]


def test_talks_urged_with_another_are_the_askers() -> None:
    assert coded("The Kazakh president urged talks with Kyrgyzstan.", "CONSULT") == [
        ("KAZ", "KGZ", "meet", "planned")]


# -- learning consults no one but the one heard from --------------------------------------------
def test_finding_out_about_something_consults_no_one() -> None:
    _none("The Kazakh president wants to find out more about the Kyrgyz proposal.", "CONSULT")


# -- travellers named by a relative pronoun ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakh doctors are testing two tourists who had just visited Kyrgyzstan.",
    "The Kazakh passengers who flew to Kyrgyzstan on Monday were quarantined.",
    "Tom Hill, a student from Bristol, has returned to Kyrgyzstan to continue his studies.",
])
def test_travellers_named_by_who_or_an_apposition_made_no_visit(text: str) -> None:
    _none(text, "CONSULT")


@pytest.mark.parametrize("text", [
    "The Kazakh ministers who visited Kyrgyzstan on Monday signed a deal.",
    "The Kazakh minister, a man of few words, visited Kyrgyzstan on Monday.",
])
def test_officials_named_by_who_or_an_apposition_made_a_visit(text: str) -> None:
    assert coded(text, "CONSULT") == [("KAZ", "KGZ", "visit", "reported")]


# -- a contest in law, trade or words is no force ------------------------------------------------
def test_a_legal_skirmish_is_no_assault() -> None:
    _none("The Kazakh government lost a legal skirmish with Kyrgyzstan on Thursday.", "ASSAULT")


def test_a_border_skirmish_is_an_assault() -> None:
    assert [(s, t) for s, t, _, _ in coded(
        "Kazakh and Kyrgyz troops fought a border skirmish on Thursday.", "ASSAULT")] == [
        ("KAZ", "KGZ")]


# -- an order to one's own organs, capitalised as a name ------------------------------------------
def test_an_order_to_the_cabinet_asks_no_other() -> None:
    _none("The Kazakh president has ordered the Cabinet of Ministers to help Kazakh citizens "
          "in Kyrgyzstan.", "REQUEST")


def test_an_order_to_another_states_organs_asks() -> None:
    assert ("KAZ", "KGZ", "instruct", "reported") in coded(
        "The Kazakh president ordered the Kyrgyz authorities to open the border.", "REQUEST")
