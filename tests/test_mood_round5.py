"""Mood, fifth round (issue 22): a wish, a request, a call, a delay or a negation is not the
act it names. An act shares the mood of the conjunct it is joined to ("will withdraw and
sign"); a verb of wishing, the object of a demand or request, a need or commitment, an act
put off, an act someone is poised to do or that happens "ahead of" what is told, and the
possibility of an act are not acts that happened; an act whose doer is "no one", or whose
need or plan is denied ("no need to impose"), is negated, and a negation does not reach the
occasion its clause happens at ("did not comment during his meeting"). A promise to give an
account is no agreement. Each rule has a twin that must still be coded as happened.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import coded
from test_sides import event_types as types


def statuses(text: str, type_: str) -> set[str]:
    return {status for *_, status in coded(text, type_)}


# -- a conjunct shares the mood of the conjunct it is joined to ------------------------------------
@pytest.mark.parametrize(("text", "status"), [
    ("Kazakhstan will withdraw its troops and sign a treaty with Kyrgyzstan.", "planned"),
    ("Kazakhstan plans to visit Kyrgyzstan and sign a treaty with Kyrgyzstan.", "planned"),
    ("The Kazakh parliament called for opening a case against Japarov and imposing sanctions "
     "against Kyrgyzstan.", "planned"),
])
def test_a_conjunct_shares_the_mood_of_its_first(text: str, status: str) -> None:
    assert statuses(text, "SUPPORT" if "treaty" in text else "SANCTION") == {status}


def test_a_conjunct_told_on_its_own_keeps_its_own_mood() -> None:
    assert statuses("Kazakhstan will withdraw its troops, and it signed a treaty with "
                    "Kyrgyzstan on Monday.", "SUPPORT") == {"reported"}
    assert statuses("Tokayev called for talks and met Japarov on Monday.", "CONSULT") \
        == {"reported"}


def test_a_conjunct_under_a_call_is_asked_for() -> None:
    text = "Astana urged Bishkek to respect the border and immediately withdraw its troops."
    assert statuses(text, "RETREAT") == {"planned"}
    assert statuses(text, "REQUEST") == {"reported"}  # the call itself was made


def test_a_conjunct_of_a_negated_act_is_negated_unless_contrasted() -> None:
    assert statuses("Kazakh troops did not shell or attack Kyrgyz posts.", "ASSAULT") == \
        {"negated"}
    assert statuses("Tokayev did not attend but met Japarov in Bishkek.", "CONSULT") == \
        {"reported"}


# -- a wish, a demand, a request for an act ------------------------------------------------------
def test_a_wish_to_act_is_not_the_act() -> None:
    assert statuses("While wishing to join the Eurasian Union, Japarov spoke of recognition.",
                    "COOPERATE") == {"planned"}
    assert statuses("Kyrgyzstan joined the Eurasian Union on Monday.", "COOPERATE") == \
        {"reported"}


@pytest.mark.parametrize("text", [
    "Kazakhstan requested a meeting with Kyrgyzstan.",
    "Astana pressed for a meeting with Kyrgyzstan.",
    "Tokayev's request for a meeting with Kyrgyzstan was accepted.",
])
def test_a_meeting_asked_for_is_not_held(text: str) -> None:
    assert statuses(text, "CONSULT") == {"planned"}


def test_a_meeting_held_at_a_request_is_held() -> None:
    assert statuses("Tokayev met Japarov at the latter's request on Monday.", "CONSULT") == \
        {"reported"}


def test_a_withdrawal_demanded_is_not_done() -> None:
    text = ("Astana released a statement demanding the unconditional withdrawal of Kyrgyz "
            "troops from the border.")
    assert statuses(text, "RETREAT") == {"planned"}
    assert statuses("Astana welcomed the withdrawal of Kyrgyz troops from the border.",
                    "RETREAT") == {"reported"}


def test_a_removal_demanded_in_the_passive_is_not_done() -> None:
    assert statuses("Astana demanded the Kyrgyz checkpoint be dismantled.", "RETREAT") == \
        {"planned"}
    assert statuses("Astana said the Kyrgyz checkpoint was dismantled.", "RETREAT") == \
        {"reported"}


def test_a_need_or_commitment_to_act_is_not_the_act() -> None:
    assert statuses("Tokayev spoke about the need to apologise to Kyrgyzstan.", "SUPPORT") \
        == {"planned"}
    assert statuses("Tokayev apologised to Kyrgyzstan on Monday.", "SUPPORT") == {"reported"}


# -- an act put off, ahead, or only possible -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan postponed Tokayev's visit to Kyrgyzstan.",
    "Tokayev's visit to Kyrgyzstan was delayed.",
    "A sign of this stance was the delay of Tokayev's visit to Bishkek, initially set for "
    "February but rescheduled for June.",
])
def test_a_visit_put_off_has_not_happened(text: str) -> None:
    assert statuses(text, "CONSULT") == {"planned"}


def test_a_visit_that_went_ahead_after_a_delay_happened() -> None:
    assert statuses("After a long delay, Tokayev visited Bishkek on Monday.", "CONSULT") == \
        {"reported"}


def test_an_act_someone_is_poised_to_do_or_done_ahead_of_is_ahead() -> None:
    assert statuses("Tokayev is poised to meet Japarov in Bishkek.", "CONSULT") == {"planned"}
    assert statuses("Ahead of Tokayev's visit to Bishkek, Kazakhstan on Wednesday "
                    "reiterated its position.", "CONSULT") == {"planned"}
    assert statuses("After Tokayev's visit to Bishkek, Kazakhstan on Wednesday reiterated "
                    "its position.", "CONSULT") == {"reported"}


def test_the_possibility_of_an_act_is_not_the_act() -> None:
    assert statuses("Kazakh lawmakers have raised the possibility of banning Kyrgyz wine.",
                    "SANCTION") == {"hypothetical"}
    assert statuses("Kazakh lawmakers have voted for banning Kyrgyz wine imports.",
                    "SANCTION") != {"hypothetical"}


# -- what is denied, and how far a negation reaches ----------------------------------------------
def test_an_act_with_no_one_doing_it_is_negated() -> None:
    assert statuses("No Kyrgyz soldier was killed by Kazakh troops, he added.", "ASSAULT") == \
        {"negated"}
    assert statuses("Two Kyrgyz soldiers were killed by Kazakh troops, he added.",
                    "ASSAULT") == {"reported"}


def test_no_need_or_no_plan_denies_the_act() -> None:
    assert statuses("Out of respect for the Kyrgyz people, there is no need to impose "
                    "sanctions on Bishkek, Tokayev said.", "SANCTION") == {"negated"}
    assert statuses("Tokayev has no plans to visit Kyrgyzstan.", "CONSULT") == {"negated"}
    assert statuses("Tokayev has plans to visit Kyrgyzstan.", "CONSULT") == {"planned"}


def test_a_negation_does_not_deny_the_occasion_of_its_clause() -> None:
    assert statuses("Tokayev did not comment during his meeting with Japarov.", "CONSULT") == \
        {"reported"}
    assert statuses("Tokayev did not meet Japarov.", "CONSULT") == {"negated"}


# -- a promise to give an account is no agreement ------------------------------------------------
def test_a_promise_to_give_an_account_is_no_agreement() -> None:
    assert "AGREE" not in types("Tokayev promised to give Japarov a detailed account of his "
                                "stay in Kyrgyzstan later.")
    assert "AGREE" not in types("Tokayev promised Japarov to explain his stay in Kyrgyzstan.")
    assert coded("Tokayev promised to give military assistance to Kyrgyzstan.", "AID") == \
        [("KAZ", "KGZ", None, "planned")]  # (a promise of aid: the aid, planned)


def test_a_negation_does_not_deny_an_occasion_told_as_its_subject() -> None:
    assert statuses("Even last week's visit to Bishkek by Tokayev could not provide any "
                    "solution to the standoff.", "CONSULT") == {"reported"}
    assert statuses("The talks between Kazakhstan and Kyrgyzstan did not yield any result.",
                    "CONSULT") == {"reported"}
    assert statuses("The talks between Kazakhstan and Kyrgyzstan did not take place.",
                    "CONSULT") == {"negated"}
    assert statuses("Tokayev's visit to Bishkek did not happen.", "CONSULT") == {"negated"}


def test_an_act_an_agreement_is_on_is_agreed_not_done() -> None:
    assert statuses("Kazakhstan and Kyrgyzstan signed an agreement on the withdrawal of "
                    "Kyrgyz forces from the border.", "RETREAT") == {"planned"}
    assert statuses("Kyrgyz forces completed the withdrawal from the border on Monday.",
                    "RETREAT") == {"reported"}


def test_an_impending_visit_is_ahead_and_a_refused_request_is_a_refusal() -> None:
    assert statuses("The impending visit of Tokayev to Bishkek was discussed.", "CONSULT") \
        >= {"planned"}
    assert statuses("The long-awaited visit of Tokayev to Bishkek took place on Monday.",
                    "CONSULT") == {"reported"}
    assert statuses("Kyrgyz authorities refused a request from Kazakhstan to hand over the "
                    "body.", "REJECT") == {"reported"}


def test_the_reason_of_an_act_asked_for_is_not_asked_for() -> None:
    text = ("Tokayev spoke about the need to apologise to the Kyrgyz people for the armed "
            "aggression against Kyrgyzstan in 2010.")
    assert statuses(text, "SUPPORT") == {"planned"}
    assert statuses(text, "ASSAULT") == {"reported"}
    text = ("The Kazakh parliament called on the government to ban Kyrgyz wine and to halt "
            "transfers in response to Japarov insulting Tokayev.")
    assert "planned" not in statuses(text, "ACCUSE")


def test_a_conjunct_of_another_form_does_not_share_the_mood() -> None:
    assert statuses("Tokayev has signed decrees cancelling the visa requirement for Kyrgyz "
                    "citizens to travel to Kazakhstan and removing the ban on flights from "
                    "Kazakhstan to Kyrgyzstan.", "CONCEDE") <= {"reported"}
