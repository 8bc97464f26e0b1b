"""Both sides, eleventh round: generic agents at home and the answerer of a request (issue 22).

- A generic agent written with no state ("protesters", "journalists", "the government")
  takes the state of the place its own words put it in ("protesters in Astana"), of its
  clause's place ("rallied in Astana"), or of the other side where the act is domestic by
  definition: police or a court's force on people, an opposition against the powers, a
  legislature's request or an order to the government. Never an agent written as foreign,
  international or de facto, nor one that border guards or troops act on, nor "the
  authorities" a foreign minister accuses.
- A request noun that someone refuses, rejects, accepts or complies with is addressed to
  them; one who complies with a demand never becomes the one who demands.

Every side found so is "inferred-clause", never "stated". Each rule has a twin where it
must not fire. Every sentence is written for the test (names invented where people are
named), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code, sides_of


def sectors_of(text: str, type_: str) -> list[tuple[object, object]]:
    """The (state, sector) of each side of each event of *type_* coded in *text*."""
    return [(e.source and (e.source.country, e.source.sector),
             e.target and (e.target.country, e.target.sector))
            for e in code(text).events if e.type == type_]


KAZ = ("KAZ", "stated")
HOME = ("KAZ", "inferred-clause")


# -- force by police or courts on people -------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Kazakh police detained dozens of protesters on Sunday.", "COERCE"),
    ("A court in Astana sentenced the journalist to five years in prison.", "COERCE"),
    ("Kazakh police fired tear gas at tens of thousands of demonstrators.", "ASSAULT"),
    ("The clashes began after Kazakh police attacked demonstrators who accused the "
     "government of fraud.", "ASSAULT"),
])
def test_the_people_police_or_a_court_force_are_of_its_state(text: str, type_: str) -> None:
    assert (KAZ, HOME) in sides_of(text, type_), sides_of(text, type_)


def test_police_written_without_a_state_are_of_the_people_they_hold() -> None:
    found = sectors_of("Kazakh protesters were detained by police on Sunday.", "COERCE")
    assert (("KAZ", "COP"), ("KAZ", "OPP")) in found, found


@pytest.mark.parametrize("text, type_", [
    ("Kazakh police detained foreign journalists on Sunday.", "COERCE"),
    ("Kyrgyz troops detained dozens of residents on Sunday.", "COERCE"),  # (troops act abroad)
    ("Kyrgyz border guards detained two residents of the village.", "COERCE"),
    ("Kazakh protesters were detained by the de facto police on Sunday.", "COERCE"),
])
def test_foreign_people_and_forces_that_act_abroad_gain_no_side(text: str,
                                                               type_: str) -> None:
    # (since task domestic1 an unnamed group is a side of no state: no state is gained)
    found = sides_of(text, type_)
    assert found and not any(s and t and s[0] and t[0] for s, t in found), found


# -- an opposition against the powers, a legislature's request -------------------------------
@pytest.mark.parametrize("text, type_, expected", [
    ("The Kazakh opposition accused the authorities of rigging the vote.", "ACCUSE",
     (("KAZ", "OPP"), ("KAZ", "GOV"))),
    ("The Kazakh parliament called on the government to impose sanctions on Kyrgyzstan.",
     "REQUEST", (("KAZ", "LEG"), ("KAZ", "GOV"))),
])
def test_a_domestic_act_has_its_own_state_on_the_other_side(
        text: str, type_: str, expected: tuple[object, object]) -> None:
    assert expected in sectors_of(text, type_), sectors_of(text, type_)


@pytest.mark.parametrize("text, type_", [
    # (a minister's "authorities" may be another state's: nothing defines them as his own)
    ("The Kazakh foreign minister accused the authorities of arresting Kazakh citizens.",
     "ACCUSE"),
    ("The Kazakh foreign minister called on the government to release the detained "
     "citizens.", "REQUEST"),
    ("The Kazakh parliament called on international organisations to condemn the "
     "blockade.", "REQUEST"),  # (was "the international community", an actor since
    # sides round 12: tests/test_sides_round12.py)
    # (a state's press speaks of others' authorities as often as of its own)
    ("Kazakh journalists criticised the authorities for the ban.", "ACCUSE"),
])
def test_no_home_side_without_a_domestic_act(text: str, type_: str) -> None:
    found = sides_of(text, type_)  # (a group of no state may name the side: domestic1)
    assert found and not any(s and t and s[0] and t[0] for s, t in found), found


def test_a_written_state_is_kept() -> None:
    found = sides_of("The Kazakh opposition accused Kyrgyz authorities of rigging the vote.",
                     "ACCUSE")
    assert (KAZ, ("KGZ", "stated")) in found, found


# -- the place of the agent or of its clause -----------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Protesters in Astana accused the Kyrgyz government of corruption.", "ACCUSE"),
    ("Thousands of protesters rallied in Astana against the Kyrgyz president.", "PROTEST"),
    ("Protesters in Astana stormed the parliament building, demanding the resignation of "
     "the Kyrgyz president.", "REQUEST"),
])
def test_a_generic_agent_is_of_the_place_it_is_in(text: str, type_: str) -> None:
    found = sides_of(text, type_)
    # (a crowd's protest is read by its place first: custody round 18, "inferred-place")
    home = ("KAZ", "inferred-place") if type_ == "PROTEST" else HOME
    assert (home, ("KGZ", "stated")) in found, found


@pytest.mark.parametrize("text", [
    "Protesters at the Kazakh embassy accused the Kyrgyz government of corruption.",
    "Protesters accused the Kyrgyz government of corruption.",
])
def test_a_body_or_no_place_gives_the_agent_no_state(text: str) -> None:
    found = sides_of(text, "ACCUSE")  # (the group of no state names the side: domestic1)
    assert found and all(s is None or s[0] is None for s, _ in found), found


# -- the one who answers a request --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kyrgyz authorities refused a request from the Kazakh foreign ministry to hand over the "
    "bodies.",
    "The request from the Kazakh foreign ministry was rejected by the Kyrgyz government.",
])
def test_the_one_who_answers_a_request_is_its_addressee(text: str) -> None:
    found = sides_of(text, "REQUEST")
    assert (KAZ, ("KGZ", "inferred-clause")) in found, found


def test_a_request_only_discussed_has_no_addressee_from_it() -> None:
    found = sides_of("The Kazakh foreign ministry discussed a request from Kyrgyzstan.",
                     "REQUEST")
    assert found and all(t is None for _, t in found), found


def test_one_who_complies_with_a_demand_does_not_demand() -> None:
    found = sides_of("The Kyrgyz government complied with the demand of the Kazakh foreign "
                     "ministry.", "REQUEST")
    assert all(s is None or s[0] != "KGZ" for s, _ in found), found


def test_the_answerer_of_a_request_through_a_verb_it_governs() -> None:
    found = sides_of("Kazakh defence minister Aidar Serikov is expected to accept the Kyrgyz "
                     "defence ministry's request for a meeting.", "REQUEST")
    assert (("KGZ", "stated"), ("KAZ", "inferred-clause")) in found, found


def test_an_agent_from_a_states_body_acts_for_its_state_in_a_purpose_clause() -> None:
    found = sectors_of("MPs from the Kazakh parliament occupied the tribune to prevent Kyrgyz "
                       "President Japarov from speaking.", "COERCE")
    assert (("KAZ", "LEG"), ("KGZ", "GOV")) in found, found


def test_an_agent_only_inside_a_body_gains_no_state() -> None:
    found = sides_of("Protesters in the Kazakh parliament accused the Kyrgyz government of "
                     "corruption.", "ACCUSE")
    assert found and all(s is None or s[0] is None for s, _ in found), found


def test_a_body_in_a_capital_takes_no_state_from_it() -> None:
    """Embassies, envoys and officials sit in others' capitals: only people are of a place."""
    found = sides_of("The officials in Astana accused the Kyrgyz government of corruption.",
                     "ACCUSE")
    assert all(s is None or s[0] is None for s, _ in found), found
