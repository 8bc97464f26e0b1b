"""Recall, fourteenth round: English families whose page states a gold event but gave no
report of it (issues 23 and 22: "families not counted: not coded").

Every sentence here is written for the test (names invented where people act), none taken
from a scored set; each rule has a twin where it must not fire (or codes otherwise)."""

from __future__ import annotations

from test_sides import coded


# -- the first flight of an air service starts (or restarts) the link (CAMEO 060) ------------
def test_the_first_direct_flight_between_two_states_is_cooperation() -> None:
    assert coded("On Monday a plane from Lima landed in Santiago, marking the first direct "
                 "flight between Peru and Chile in six years.",
                 "COOPERATE") == [("PER", "CHL", None, "reported")]


def test_the_first_direct_flight_from_one_capital_to_another() -> None:
    assert coded("It was the first passenger flight from Lima to Santiago since the ban.",
                 "COOPERATE") == [("PER", "CHL", None, "reported")]


def test_the_first_direct_flight_lands_where_its_verb_says() -> None:
    # the verb, not the noun, names where it went ("landed in", "performed ... to")
    assert coded("The first direct flight from Lima landed in Santiago on Friday.",
                 "COOPERATE") == [("PER", "CHL", None, "reported")]


def test_a_first_direct_flight_delayed_somewhere_goes_nowhere() -> None:
    # the twin: a verb of no arriving names no destination
    assert coded("The first direct flight from Lima was delayed in Santiago.",
                 "COOPERATE") == []


def test_someones_first_flight_is_a_trip_not_a_link() -> None:
    # the twin: no air service, a person's flight
    assert coded("Boric's first flight to Lima as president took four hours.",
                 "COOPERATE") == []


def test_a_first_direct_flight_to_come_is_planned() -> None:
    assert coded("The first direct flight from Lima to Santiago is scheduled for May 19.",
                 "COOPERATE") == [("PER", "CHL", None, "planned")]


# -- concluding an agreement, whichever verb tells it (PLOVER AGREE) --------------------------
def test_clinching_an_agreement_is_agreeing() -> None:
    assert coded("Peru and Chile clinched an agreement on fishing rights.",
                 "AGREE") == [("PER", "CHL", None, "reported")]


def test_firming_up_an_agreement_is_agreeing() -> None:
    assert coded("The summit took place two days after Peru and Chile firmed up an agreement "
                 "on border patrols.", "AGREE") == [("PER", "CHL", None, "reported")]


def test_sealing_a_deal_with_another_state_is_agreeing() -> None:
    assert coded("Peru sealed a deal with Chile on copper exports.",
                 "AGREE") == [("PER", "CHL", None, "reported")]


def test_firming_up_without_an_agreement_agrees_nothing() -> None:
    # the twin: "firm up" of prices, an agreement only nearby
    assert coded("Analysts in Peru said copper prices firmed up after the agreement with "
                 "Chile.", "AGREE") == []


# -- "forbid X to act" is "forbid X from acting": a ban on whom the act touches ---------------
def test_forbidding_own_airlines_to_fly_to_a_state_is_an_embargo_on_it() -> None:
    assert coded("Boric forbade Chilean airlines to fly to Peru.",
                 "SANCTION") == [("CHL", "PER", "restrict", "reported")]


def test_forbidding_own_officials_to_speak_to_journalists_bans_no_state() -> None:
    # the twin: the act forbidden touches no other state
    assert coded("Boric forbade Chilean officials to speak to journalists.",
                 "SANCTION") == []


# -- a hope that another will act asks it to (CAMEO's HOPE block, 020) ------------------------
def test_hoping_another_state_will_act_is_an_appeal_to_it() -> None:
    assert coded("A spokesman said Peru hopes Chile will revise its new investment rules.",
                 "REQUEST") == [("PER", "CHL", None, "reported")]


def test_hoping_for_a_happening_asks_no_one() -> None:
    # the twins: the one hoped to act is no actor, or the hope is about what was done
    assert coded("Peru hopes the talks with Chile will succeed.", "REQUEST") == []
    assert coded("Peru hoped that Chile revised its rules last year.", "REQUEST") == []


def test_hoping_relations_will_grow_asks_no_one() -> None:
    # the twin: the clause's subject is a relation its modifiers name, not an actor to act
    assert coded("Boric said he hopes that friendly Chilean-Peruvian relations will continue "
                 "to strengthen.", "REQUEST") == []


# -- abusive words aimed at someone are a denunciation (CAMEO 111) ---------------------------
def test_foul_language_against_a_leader_denounces_him() -> None:
    assert coded("Peruvian journalist Juan Perez used foul language against the President "
                 "of Chile.", "ACCUSE") == [("PER", "CHL", "disapprove", "reported")]


def test_plain_language_at_a_summit_denounces_no_one() -> None:
    # the twin: language used, aimed at no one
    assert coded("Peru's president used plain language at the summit with Chile.",
                 "ACCUSE") == []


def test_hoping_it_can_act_asks_no_one() -> None:
    # the twin: "it" is the hoper's own side or a thing, never a named actor asked to act
    assert coded("Peru's foreign ministry said it hopes it can get back to normal with "
                 "Chile soon.", "REQUEST") == []


# -- entering another state's ground uninvited (CAMEO's INTRUDE block, 192) -------------------
def test_troops_trespassing_on_another_states_territory_coerce_it() -> None:
    assert coded("On June 18, Peruvian troops intruded into Chilean territory near Arica.",
                 "COERCE") == [("PER", "CHL", "seize", "reported")]


def test_trespassing_on_private_land_at_home_coerces_no_state() -> None:
    # the twin: ground of no other state
    assert coded("Chilean fishermen trespassed on private land near Arica.", "COERCE") == []


def test_a_figurative_territory_is_no_ground() -> None:
    # the twin: the doer is no actor and the territory a figure of speech
    assert coded("The law encroaches on Chile's territory of free speech, Peruvian critics "
                 "said.", "COERCE") == []


# -- a feeling of displeasure stated by its subject (CAMEO's DISAPPOINT block, 111) ----------
def test_a_state_disappointed_by_anothers_decision_disapproves_of_it() -> None:
    assert coded("Peru is disappointed by the decision of the Chilean government to close "
                 "the border.", "ACCUSE") == [("PER", "CHL", "disapprove", "reported")]


def test_disappointed_with_another_state() -> None:
    assert coded("Peru's foreign ministry said it was deeply disappointed with Chile.",
                 "ACCUSE") == [("PER", "CHL", "disapprove", "reported")]


def test_disappointed_by_the_weather_is_no_act() -> None:
    # the twins: no actor causes it; a feeling told of its object, not stated by it
    assert coded("Many Peruvians were disappointed by the weather.", "ACCUSE") == []
    assert coded("The decision of Chile disappointed Peru.", "ACCUSE") == []
