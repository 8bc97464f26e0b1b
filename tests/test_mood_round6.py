"""Mood, sixth round (issues 22, 23): the status of an act, read from the grammar that governs
it. An order or a decree given is an act done, and the measure its giver orders is the
measure taken, while what he orders another to do is still to come; a measure whose purpose
is told ("the ban was intended to protect X") was taken; a negated word of being alone or
first ("is not alone in condemning") denies no act; a relative clause of its own in the
past, or a verb of judging or answering its definite noun ("did not condemn the
attack"), tells or takes an act as done whatever wish or negation governs it; an intention
does not reach the scene of its own verb ("sought to calm tensions after a clash"); a
clause of reason or concession is out of reach of the main clause's modal; what is "likely"
to be done is possible; an occasion that "will take place" or "will begin" is ahead, and
what "it is high time" for is called for. Each rule has a twin that must keep the status it
had.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import coded


def statuses(text: str, type_: str) -> set[str]:
    return {status for *_, status in coded(text, type_)}


# -- an order given enacts the measure it names ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tokayev orders suspension of passenger flights from Kazakhstan to Kyrgyzstan",
    "Tokayev ordered the suspension of flights to Kyrgyzstan on Monday.",
])
def test_a_measure_ordered_is_taken(text: str) -> None:
    assert statuses(text, "SANCTION") == {"reported"}


def test_a_measure_ordered_by_decree_without_another_doer_is_taken() -> None:
    assert statuses("In a decree signed on Monday, Tokayev ordered to abolish the visa regime "
                    "for Kyrgyz citizens.", "CONCEDE") == {"reported"}


@pytest.mark.parametrize("text", [
    "Tokayev ordered Kyrgyzstan to withdraw its troops from the border.",
    "Tokayev ordered the Kyrgyz troops to withdraw from the border.",
    "Kyrgyzstan was ordered to withdraw its troops from Kazakhstan.",
])
def test_what_another_is_ordered_to_do_is_still_ahead(text: str) -> None:
    assert statuses(text, "RETREAT") == {"planned"}


@pytest.mark.parametrize("text", [
    "Tokayev's move to ban flights to Kyrgyzstan was intended to protect Kazakh citizens.",
    "The sanctions against Kyrgyzstan were intended to punish Japarov.",
])
def test_a_measure_whose_purpose_is_told_is_taken(text: str) -> None:
    assert statuses(text, "SANCTION") == {"reported"}


@pytest.mark.parametrize("text", [
    "Sanctions against Kyrgyzstan were intended to be imposed in May.",
    "Kazakhstan intended to impose sanctions against Kyrgyzstan.",
])
def test_a_measure_itself_intended_is_planned(text: str) -> None:
    assert statuses(text, "SANCTION") == {"planned"}


def test_a_measure_only_planned_is_still_planned() -> None:
    assert statuses("Tokayev plans the suspension of flights to Kyrgyzstan.", "SANCTION") == \
        {"planned"}


# -- a negated word of being alone or first denies no act ----------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan is not alone in condemning Kyrgyzstan's actions.",
    "Kazakhstan is not the only country to condemn Kyrgyzstan's actions.",
    "Tokayev was not the first to criticise Japarov.",
])
def test_not_alone_in_an_act_is_the_act_done(text: str) -> None:
    assert statuses(text, "ACCUSE") == {"reported"}


def test_an_act_itself_negated_is_denied() -> None:
    assert statuses("Kazakhstan did not condemn Kyrgyzstan's actions.", "ACCUSE") == {"negated"}
    assert statuses("Kazakhstan is not going to condemn Kyrgyzstan's actions.", "ACCUSE") != \
        {"reported"}


# -- an intention reaches what is intended, not the scene of its own verb --------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan and Kyrgyzstan sought Wednesday to de-escalate tensions after a deadly clash "
    "between Kazakh and Kyrgyz troops.",
    "Kazakhstan and Kyrgyzstan sought Wednesday to de-escalate tensions amid a deadly clash "
    "between Kazakh and Kyrgyz troops.",
])
def test_the_scene_of_an_intention_happened(text: str) -> None:
    assert statuses(text, "ASSAULT") == {"reported"}


def test_what_follows_an_intended_act_is_intended_too() -> None:
    assert statuses("Kazakhstan plans to visit Kyrgyzstan after the summit with Uzbekistan "
                    "next month.", "CONSULT") == {"planned"}


# -- an act told or taken as done by its own noun phrase --------------------------------------
@pytest.mark.parametrize("text", [
    "Tokayev did not condemn the Kyrgyz attack on Kazakhstan.",
    "Kazakhstan wants to avenge the Kyrgyz attack on Kazakh troops.",
    "Kazakhstan may respond to Kyrgyzstan's shelling of Kazakh posts.",
])
def test_a_definite_act_judged_or_answered_is_presupposed(text: str) -> None:
    assert statuses(text, "ASSAULT") == {"reported"}


def test_an_indefinite_act_judged_ahead_is_not() -> None:
    assert "reported" not in statuses("Kazakhstan would condemn any attack on Kyrgyz troops.",
                                      "ASSAULT")


def test_an_act_a_past_relative_clause_tells_happened() -> None:
    assert statuses("Kazakhstan wants to calm tensions after the Kyrgyz attack on Kazakhstan "
                    "that killed nine soldiers on Monday.", "ASSAULT") == {"reported"}


@pytest.mark.parametrize("text", [
    "Kazakhstan wants to calm tensions after the Kyrgyz attack on Kazakhstan that would kill "
    "many soldiers.",
    "Kazakhstan wants to calm tensions after the Kyrgyz attack on Kazakhstan that was feared "
    "by many.",
    "Kazakhstan and Kyrgyzstan want to end the border clash, which killed nine soldiers.",
])
def test_a_relative_clause_of_a_modal_or_passive_tells_nothing_done(text: str) -> None:
    # (nor of an act whose pattern is more than its noun: the ending of the clash is wanted)
    assert "reported" not in statuses(text, "ASSAULT") | statuses(text, "RETREAT")


# -- a clause of reason is out of reach of the main clause's modal ------------------------------
def test_a_reason_clause_is_told_as_a_fact() -> None:
    assert statuses("Since a Kyrgyz journalist has insulted President Tokayev, the entire "
                    "country should now be held accountable.", "ACCUSE") == {"reported"}
    assert statuses("Because a Kyrgyz journalist insulted President Tokayev, Kyrgyzstan may "
                    "face consequences.", "ACCUSE") == {"reported"}


def test_a_condition_clause_stays_hypothetical() -> None:
    assert statuses("If a Kyrgyz journalist insults President Tokayev, the entire country "
                    "should be held accountable.", "ACCUSE") == {"hypothetical"}


# -- what is likely is possible --------------------------------------------------------------
def test_an_act_likely_to_be_done_is_possible() -> None:
    assert statuses("Kazakhstan is likely to resume flights to Kyrgyzstan in May.",
                    "COOPERATE") == {"hypothetical"}


def test_an_act_done_is_not_possible() -> None:
    assert statuses("Kazakhstan resumed flights to Kyrgyzstan in May.", "COOPERATE") == \
        {"reported"}


# -- an occasion that will take place is ahead ------------------------------------------------
@pytest.mark.parametrize("text", [
    "The talks between Kazakhstan and Kyrgyzstan will take place in June.",
    "The meeting between Tokayev and Japarov will begin on Monday.",
])
def test_an_occasion_that_will_take_place_is_ahead(text: str) -> None:
    assert statuses(text, "CONSULT") == {"planned"}


@pytest.mark.parametrize("text", [
    "The talks between Kazakhstan and Kyrgyzstan took place in June.",
    "The talks between Kazakhstan and Kyrgyzstan will conclude on Friday.",  # (under way)
])
def test_an_occasion_that_took_place_or_is_under_way_happened(text: str) -> None:
    assert statuses(text, "CONSULT") == {"reported"}


# -- what "it is time" for is called for, not done -----------------------------------------------
def test_what_it_is_high_time_for_is_not_done() -> None:
    assert statuses("It is high time that Kazakhstan apologised to Kyrgyzstan.", "SUPPORT") == \
        {"planned"}


def test_the_first_time_an_act_was_done_is_a_report() -> None:
    assert statuses("It was the first time that Kazakhstan apologised to Kyrgyzstan.",
                    "SUPPORT") == {"reported"}
