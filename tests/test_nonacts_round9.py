"""Fewer false events, ninth round: accepting a figure, a fact or a result is no agreement; an
act a question asks about ("asked if", "wondered whether") is not reported, and "demanded to
know" asks nothing of anyone; a poll's share of a people blames no one; "violate" defies a
norm only when a norm is violated by an actor, and an act's noun that is violated is no act
told; an order of an act, of forces to a place or to one's own organs asks nothing of another
actor; a membership one is a candidate for is not joined; a warning that tells what will be,
or advises travellers or the public, criticises no one. Each rule has a twin that must still
be coded.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import coded


def _none(text: str, type_: str) -> None:
    assert coded(text, type_) == []


# -- accepting a figure, a fact or a result (PLOVER AGREE: a proposal, demand or offer) -------
@pytest.mark.parametrize("text", [
    "The Kazakh army officially accepted only six casualties on its side.",
    "Kyrgyz opposition parties were forced to accept their defeat in the election.",
    "The Uzbek government accepted all the recommendations of the commission.",
])
def test_accepting_a_fact_is_no_agreement(text: str) -> None:
    _none(text, "AGREE")


@pytest.mark.parametrize("text, source, target", [
    ("Kyrgyzstan accepted the Kazakh ultimatum on Monday.", "KGZ", "KAZ"),
    ("Kazakhstan made an offer to Kyrgyzstan and Kyrgyzstan accepted it.", "KAZ", None),
])
def test_accepting_a_proposal_is_an_agreement(text: str, source: str, target: str) -> None:
    assert (source, target, "accept", "reported") in coded(text, "AGREE")


# -- an act a question asks about ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Asked if Kazakhstan had requested a meeting with Kyrgyzstan, the spokesman did not answer.",
    "Reporters wondered whether Kazakhstan would meet Kyrgyzstan.",
])
def test_an_act_asked_about_is_not_coded(text: str) -> None:
    _none(text, "CONSULT")


def test_an_act_told_is_coded() -> None:
    assert coded("The spokesman said Kazakhstan had requested a meeting with Kyrgyzstan.",
                 "CONSULT") == [("KAZ", "KGZ", "meet", "planned")]


def test_demanding_to_know_asks_no_act() -> None:
    _none("The Kazakh senator demanded to know why Kyrgyz troops were not used at the border.",
          "REQUEST")


def test_demanding_an_act_is_a_request() -> None:
    assert ("KAZ", "KGZ", "demand", "reported") in coded(
        "The Kazakh senator demanded that Kyrgyzstan withdraw its troops.", "REQUEST")


# -- a poll's share of a people ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Almost identical numbers blamed Kazakhstan for the border clash.",
    "About 60 percent of Kyrgyz voters blamed Kazakhstan for the clash.",
])
def test_a_share_of_a_people_accuses_no_one(text: str) -> None:
    _none(text, "ACCUSE")


def test_a_government_blaming_accuses() -> None:
    assert coded("The Kyrgyz government blamed Kazakhstan for the clash.", "ACCUSE") == [
        ("KGZ", "KAZ", "allege", "reported")]


# -- violating: a norm defied by an actor (CAMEO 128) ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakhstan violated Kyrgyz airspace on Monday.",
    "Kazakhstan's move violates the constitution of Kyrgyzstan, the minister said.",
])
def test_a_violation_of_no_norm_or_by_no_actor_is_no_rejection(text: str) -> None:
    _none(text, "REJECT")


def test_an_actor_violating_an_agreement_rejects_it() -> None:
    assert coded("Kazakh troops violated the truce with Kyrgyzstan on Monday.", "REJECT") == [
        ("KAZ", "KGZ", None, "reported")]


def test_a_violated_truce_is_no_truce_declared() -> None:
    _none("Kazakh troops breached the truce with Kyrgyzstan.", "RETREAT")
    _none("Kazakh troops violated the truce with Kyrgyzstan on Monday.", "RETREAT")


def test_a_truce_agreed_is_coded() -> None:
    assert coded("Kazakhstan and Kyrgyzstan agreed to a truce on Monday.", "AGREE")


# -- orders (CAMEO ORDER, 100: a demand of another actor) --------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh president ordered an end to sales of package tours to Kyrgyzstan.",
    "The Kazakh president ordered a recount of the votes cast in Kyrgyzstan.",
    "The Kazakh president ordered troops to the Kyrgyz border.",
    "The Kazakh president ordered the authorities to ensure that all Kazakh citizens in "
    "Kyrgyzstan are flown home.",
])
def test_an_order_of_an_act_forces_or_own_organs_requests_nothing(text: str) -> None:
    _none(text, "REQUEST")


@pytest.mark.parametrize("text", [
    "A Kazakh court ordered the Kyrgyz company to pay $5 million.",
    "The Kazakh president ordered the Kyrgyz authorities to release the detainees.",
])
def test_an_order_to_another_actor_is_a_request(text: str) -> None:
    assert ("KAZ", "KGZ", "instruct", "reported") in coded(text, "REQUEST")


# -- a membership sought ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kyrgyzstan has been a candidate for EU membership since 2022.",
    "Kyrgyzstan is on the path to NATO membership.",
])
def test_a_membership_sought_is_not_joined(text: str) -> None:
    _none(text, "COOPERATE")


def test_applying_for_membership_is_coded() -> None:
    assert ("KGZ", "EU", "join", "reported") in coded(
        "Kyrgyzstan applied for EU membership on Monday.", "COOPERATE")


# -- warnings that fault no one --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Kazakh health minister warned that it would be premature to lift the quarantine.",
    "The Kazakh finance minister warned that capital flows into Kyrgyzstan could turn negative.",
    "The Kyrgyz health ministry warned the public against shaking hands.",
    "The Kazakh foreign ministry warned against all but essential travel to Kyrgyzstan.",
])
def test_a_forecast_or_advice_criticises_no_one(text: str) -> None:
    _none(text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Kazakh foreign minister warned Kyrgyzstan that its decision was a grave mistake.",
    "Kazakhstan warned Kyrgyzstan against provocations on the border.",
])
def test_a_warning_to_another_actor_is_kept(text: str) -> None:
    assert [s for s in coded(text, "ACCUSE") if s[:2] == ("KAZ", "KGZ")]


def test_a_warning_that_an_actors_act_harms_is_kept() -> None:
    assert coded("Amnesty International warned in November that the Kazakh authorities' ban "
                 "was worsening the humanitarian situation in Kyrgyzstan.", "ACCUSE")


def test_not_accepting_anothers_claims_is_kept() -> None:
    assert ("KAZ", "KGZ", "accept", "negated") in coded(
        "Kazakhstan has not accepted the unjustified Kyrgyz claims.", "AGREE")


# -- a pattern's word in an adverbial clause of its head is that clause's ----------------------
def test_a_word_of_an_adverbial_clause_completes_no_pattern() -> None:
    _none("It also called on Kazakhstan to cease actions that violate the sovereignty of "
          "Kyrgyzstan, to fulfill its obligations inter alia the 2008 Ceasefire Agreement, and "
          "to withdraw its forces.", "ASSAULT")


# -- force used on no one (PLOVER ASSAULT/COERCE: against persons or their property) ------------
@pytest.mark.parametrize("text", [
    "Kazakhstan has begun using a second containment system to capture oil leaking from the "
    "well.",
    "The Kazakh government decided to kill 300,000 pigs as a precaution against the flu.",
    "The Kyrgyz champion defied the odds to capture a Grand Slam title.",
    "The virus could still kill thousands in Kyrgyzstan.",
])
def test_force_on_no_one_is_no_assault(text: str) -> None:
    _none(text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Kazakh troops captured the Kyrgyz town of Osh on Monday.",
    "Kazakh troops killed 20 Kyrgyz soldiers on Monday.",
    "Kazakh police beat protesters in Bishkek.",
])
def test_force_on_people_or_places_is_an_assault(text: str) -> None:
    assert ("KAZ", "KGZ", None, "reported") in coded(text, "ASSAULT")


def test_defying_the_odds_rejects_nothing() -> None:
    _none("The Kyrgyz champion defied the odds to capture a Grand Slam title.", "REJECT")


@pytest.mark.parametrize("text", [
    "Kyrgyzstan defied Kazakhstan and held the vote.",
    "Kyrgyzstan defied the Kazakh ban on exports.",
])
def test_defying_an_actor_or_a_norm_rejects(text: str) -> None:
    assert ("KGZ", "KAZ", None, "reported") in coded(text, "REJECT")


# -- the "must"/"should" entry: a demand of another actor -----------------------------------------
@pytest.mark.parametrize("text", [
    '"We must respond to the situation at the border," the Kyrgyz parliament speaker said.',
    "The Kazakh foreign ministry said the succession must follow Kazakh law and religious "
    "rituals.",
])
def test_a_must_of_oneself_or_of_a_thing_requests_nothing(text: str) -> None:
    _none(text, "REQUEST")


@pytest.mark.parametrize("text", [
    "The Kazakh foreign ministry said Kyrgyzstan should honour its commitments.",
    "The Kazakh president said both nations should handle their ties with Kyrgyzstan wisely.",
])
def test_a_must_of_another_actor_is_a_request(text: str) -> None:
    assert [s for s in coded(text, "REQUEST") if s[0] == "KAZ" and s[2] == "demand"]


def test_a_must_of_people_is_a_request() -> None:
    assert [s for s in coded("The Kyrgyz leader stipulated that protesters must first vacate "
                             "the parliament, the Kazakh minister said.", "REQUEST")
            if s[2] == "demand"]


def test_a_word_of_a_bare_participle_still_completes_a_pattern() -> None:
    assert ("KAZ", "KGZ", None, "planned") in coded(
        "The airline will resume services to Kyrgyzstan connecting Almaty to Bishkek with "
        "daily flights, Kazakhstan said.", "COOPERATE")


def test_a_word_of_a_clause_with_a_subordinator_completes_no_pattern() -> None:
    _none("The Kyrgyz government cancelled the team's journey to Kazakhstan because three "
          "athletes were issued stapled visas by the Kazakh authorities.", "SANCTION")


def test_a_should_that_opens_a_condition_requests_nothing() -> None:
    _none("The Kazakh president said officials were devising a contingency plan should the "
          "Kyrgyz talks fail.", "REQUEST")


def test_refusing_to_accept_refugees_is_kept() -> None:
    assert ("KAZ", None, "accept", "negated") in coded(
        "Kazakhstan says it will not accept any more refugees if war starts in Kyrgyzstan.",
        "AGREE")


def test_the_for_of_push_for_is_the_heads() -> None:
    assert ("KAZ", "KGZ", None, "reported") in coded(
        "Kazakhstan is pushing hard for Kyrgyzstan to support its debt relief plan.", "REQUEST")
