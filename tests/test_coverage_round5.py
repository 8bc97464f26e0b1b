"""Coverage, fifth round: events the pages state that were coded with a side missing or not
at all: measures whose target is named inside the things they touch ("lifted the ban on
flights to Georgia"), undoing a ban or a visa requirement (CAMEO 081), agreements reached
"between" two sides, and denunciations by a condemning name (CAMEO 111: "called Russia an
enemy", "said Russia's move was a provocation").

Every sentence here is written for the test (names invented where people act), none taken
from a scored set; each rule has a case where it must not fire."""

from __future__ import annotations

from test_sides import code, sides


def side(ref: object) -> object:
    return getattr(ref, "country", None)


def _sides_of(text: str, type_: str) -> list[tuple[object, object]]:
    return [(a and a[0], b and b[0]) for a, b in sides(code(text), type_)]


# -- a measure's target inside the things it touches -----------------------------------------
def test_a_ban_on_flights_to_a_state_is_against_that_state() -> None:
    assert _sides_of("Peru banned passenger flights from Peru to Chile on Friday.",
                     "SANCTION") == [("PER", "CHL")]


def test_a_ban_on_a_states_own_flights_has_no_foreign_target() -> None:
    art = code("Peru banned flights by Peruvian airlines on Friday.")
    assert not [e for e in art.events if e.type == "SANCTION"]
    assert all(e.target is None for e in art.events)


def test_lifting_a_ban_on_flights_to_a_state_concedes_to_it() -> None:
    assert _sides_of("The Peruvian authorities lifted the ban on flights to Chile.",
                     "CONCEDE") == [("PER", "CHL")]


# -- undoing a ban or a visa requirement (CAMEO 081) -----------------------------------------
def test_cancelling_a_ban_eases_it() -> None:
    assert _sides_of("Peru cancelled the ban on flights to Chile.", "CONCEDE") == \
        [("PER", "CHL")]


def test_abolishing_visas_for_a_states_nationals_eases_them() -> None:
    assert _sides_of("Peru abolished visas for Chilean nationals on Wednesday.",
                     "CONCEDE") == [("PER", "CHL")]


def test_waiving_a_visa_requirement_eases_it() -> None:
    assert _sides_of("Peru's president signed a decree waiving the visa requirement for "
                     "Chilean citizens.", "CONCEDE") == [("PER", "CHL")]


def test_cancelling_someones_visas_is_no_concession() -> None:
    art = code("Peru cancelled the visas of two Chilean journalists.")
    assert not [e for e in art.events if e.type == "CONCEDE"]


# -- an agreement reached between two sides --------------------------------------------------
def test_an_agreement_reached_between_two_states_is_theirs() -> None:
    assert _sides_of("The ministry said an agreement had been reached between Peru and "
                     "Chile on fishing.", "AGREE") == [("PER", "CHL")]


def test_an_agreement_on_ties_between_states_is_not_theirs() -> None:
    art = code("The ministers agreed on the need for dialogue between Peru and Chile.")
    assert not [e for e in art.events if e.type == "AGREE"]


# -- branding another side (CAMEO 111) -------------------------------------------------------
def test_calling_a_state_an_enemy_accuses_it() -> None:
    assert _sides_of('Chilean President Ana Rojas called Peru "an enemy and occupier".',
                     "ACCUSE") == [("CHL", "PER")]


def test_saying_a_states_move_was_a_provocation_accuses_it() -> None:
    assert _sides_of("Chilean President Ana Rojas said that Peru's move was a provocation.",
                     "ACCUSE") == [("CHL", "PER")]


def test_finding_a_states_decision_unacceptable_accuses_it() -> None:
    assert _sides_of("Chilean President Ana Rojas found Lima's decision unacceptable.",
                     "ACCUSE") == [("CHL", "PER")]


def test_a_name_in_the_condemnation_is_the_accused() -> None:
    assert _sides_of('Chilean President Ana Rojas called the changes "another Peruvian '
                     'provocation".', "ACCUSE") == [("CHL", "PER")]


def test_a_praising_name_accuses_no_one() -> None:
    art = code("Chilean President Ana Rojas said that Peru's move was a good surprise.")
    assert not [e for e in art.events if e.type == "ACCUSE"]


def test_branding_ones_own_side_accuses_no_other() -> None:
    art = code("Chilean President Ana Rojas said that Chile's move was a provocation.")
    assert not [e for e in art.events if e.type == "ACCUSE"]


def test_analysts_branding_a_move_make_no_event() -> None:
    art = code("Analysts called Peru's move a provocation.")
    assert not [e for e in art.events if e.type == "ACCUSE"]


def test_ordering_a_ban_on_a_doers_own_flights_to_a_state_sanctions_that_state() -> None:
    assert _sides_of("Peru's president on Friday ordered a ban on Peruvian flights to Chile.",
                     "SANCTION") == [("PER", "CHL")]


def test_imposing_a_ban_on_travel_with_a_state_sanctions_it() -> None:
    assert _sides_of("Peru imposed a ban on air travel with Chile in 2019.", "SANCTION") == \
        [("PER", "CHL")]


def test_a_ban_on_rallies_at_home_sanctions_no_state() -> None:
    art = code("Peru imposed a ban on rallies in Lima.")
    assert not [e for e in art.events if e.type == "SANCTION"]


# -- joint acts of the generated layer's EXCHANGE and RESUME blocks --------------------------
def test_two_leaders_exchanging_messages_consult() -> None:
    assert _sides_of("Peruvian President Ana Rojas and Chilean President Luis Soto exchanged "
                     "congratulatory messages on Monday.", "CONSULT") == [("PER", "CHL")]


def test_two_states_resuming_flights_cooperate() -> None:
    assert _sides_of("The ministry said Peru and Chile will resume direct air services by "
                     "October.", "COOPERATE") == [("PER", "CHL")]


def test_an_airline_resuming_flights_after_a_storm_is_no_act() -> None:
    art = code("Peru resumed flights after the storm.")
    assert not [e for e in art.events if e.type == "COOPERATE"]


# -- an agreement told agentless by a state's speaker ----------------------------------------
def test_an_agreement_a_minister_informs_of_is_his_states() -> None:
    assert _sides_of("Peru's defence minister Luis Soto informed parliament that an agreement "
                     "has been reached with Chile on the border.", "AGREE") == [("PER", "CHL")]


# -- armed forces withdraw from places, not from memberships ---------------------------------
def test_forces_withdrawing_from_a_named_point_retreat() -> None:
    art = code("The army confirmed that the Peruvian and Chilean forces had started to "
               "withdraw from Patrolling Point 15 in the Huaraz region.")
    assert not [e for e in art.events if e.type == "SANCTION"]
    retreats = [e for e in art.events if e.type == "RETREAT"]  # (one report, mutual: each
    assert {r.country for e in retreats for r in (e.source, e.target) if r} == {"PER", "CHL"}
    assert all(e.mutual for e in retreats)  # side withdraws from the other, issue 23 item 3)


def test_a_state_withdrawing_from_an_organisation_leaves_it() -> None:
    art = code("Georgia withdrew from the Commonwealth of Independent States.")
    assert [(e.type, e.mode) for e in art.events] == [("SANCTION", "leave")]


# -- whom a measure touches, further inside its phrase ---------------------------------------
def test_a_for_clause_names_whom_an_easing_touches() -> None:
    assert _sides_of("Peru's president ordered to abolish the visa regime for Chilean citizens "
                     "to enter Peru.", "CONCEDE") == [("PER", "CHL")]


def test_a_participle_names_where_the_doers_airlines_fly() -> None:
    assert _sides_of("Peru's decree has lifted restrictions for Peruvian airlines flying to "
                     "Chile.", "CONCEDE") == [("PER", "CHL")]


def test_a_participle_going_nowhere_foreign_names_no_target() -> None:
    art = code("Peru lifted restrictions on Peruvian citizens travelling abroad.")
    assert all(e.target is None or e.target.country != "CHL" for e in art.events)
    assert not [e for e in art.events if e.type == "CONCEDE" and e.target is not None]


# -- denying a charge by judging it false (CAMEO 016) ----------------------------------------
def test_calling_allegations_unfounded_rejects_them() -> None:
    art = code("Allegations of Peru's interference in Chile's election are completely "
               "unfounded, Peruvian foreign minister Luis Soto said.")
    assert [(e.type, side(e.source), side(e.target)) for e in art.events] == \
        [("REJECT", "PER", "CHL")]


def test_allegations_judged_true_are_no_denial() -> None:
    art = code("Allegations of Chile's interference are well founded, Peruvian foreign minister "
               "Luis Soto said.")
    assert not [e for e in art.events if e.type == "REJECT"]
