"""Both sides, twelfth round: collectives, a meeting's partner, a state's epithet (issue 22).

- "The West" and "the international community" are actors of their own (a collective of
  states with its membership rule written in the knowledge base), never a member state and
  never the start of a longer name ("the West Bank", "the West Indies").
- What one side asks, agrees, refuses or concedes at a meeting with another is aimed at that
  other: the partner written with the meeting ("during his meeting with Y"), or the partner
  of the meeting told just before ("During the meeting, ..."). Never an accusation made at a
  meeting, someone else's meeting, nor a meeting of others told before.
- An act pointed back to ("respond to such actions") writes no side: the sentence before
  tells its doer.
- A definite epithet of a state ("the Central Asian nation", "this country") on the missing
  side is the one state other than the act's own named in its sentence or the one before;
  never where two are, nor "the whole country".
- A person in apposition who serves an office ("an adviser to the Kazakh prime minister")
  is of the office's state; one who serves in a state ("the ambassador to X") is not of it.

Every sentence is written for the test (names of places and offices are real, the events
invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code, sides_of
from tieline.kb import load_kb


def named(text: str) -> set[str | None]:
    """The actors the mentions of *text* resolve to."""
    return {m.actor_id for m in code(text).mentions}


# -- collectives of states ---------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, expected", [
    ("Kazakhstan accused the West of meddling in its elections.", "ACCUSE",
     (("KAZ", "stated"), ("WEST", "stated"))),
    ("Western countries imposed new sanctions on Belarus.", "SANCTION",
     (("WEST", "stated"), ("BLR", "stated"))),
    ("Kyrgyzstan called on the international community to condemn the attack.", "REQUEST",
     (("KGZ", "stated"), ("INTL_COMMUNITY", "stated"))),
])
def test_a_collective_of_states_is_a_side(text: str, type_: str,
                                          expected: tuple[object, object]) -> None:
    assert expected in sides_of(text, type_), sides_of(text, type_)


@pytest.mark.parametrize("text", [
    "Kazakh tourists were detained in the West Indies.",
    "Israeli settlers attacked a village in the West Bank on Monday.",
    "Kazakh troops attacked rebels in the west of the country.",
])
def test_a_longer_name_or_a_direction_is_no_collective(text: str) -> None:
    assert "WEST" not in named(text), named(text)


def test_a_collective_is_no_state_and_says_who_its_members_are() -> None:
    kb = load_kb()
    for aid in ("WEST", "INTL_COMMUNITY"):
        actor = kb.actors[aid]
        assert actor.country is None and actor.kind == "organization", actor


# -- the partner of a meeting ------------------------------------------------------------------
def test_an_act_said_at_a_meeting_with_someone_is_aimed_at_them() -> None:
    found = sides_of("During his meeting with Kyrgyz President Sadyr Japarov, Tokayev "
                     "called for calm on the border.", "REQUEST")
    assert (("KAZ", "stated"), ("KGZ", "inferred-clause")) in found, found


def test_the_meeting_told_before_gives_its_partner() -> None:
    found = sides_of("Tokayev met Japarov in Astana on Monday.\nDuring the meeting, "
                     "Kazakhstan agreed to reopen the border crossing.", "AGREE")
    assert (("KAZ", "stated"), ("KGZ", "inferred-previous")) in found, found


@pytest.mark.parametrize("text, type_", [
    # (an accusation at a meeting may aim at anyone)
    ("During his meeting with Kyrgyz President Sadyr Japarov, Tokayev condemned terrorism.",
     "ACCUSE"),
    # (someone else's meeting)
    ("During Japarov's visit to Moscow, Tokayev called for calm.", "REQUEST"),
    # (the meeting told before is of others)
    ("Japarov met Chinese President Xi Jinping in Beijing on Monday.\nDuring the meeting, "
     "Kazakhstan agreed to reopen the border crossing.", "AGREE"),
])
def test_no_partner_where_the_meeting_is_not_the_acts_own(text: str, type_: str) -> None:
    found = sides_of(text, type_)
    assert found and not any(s and t for s, t in found), found


# -- a state's epithet -------------------------------------------------------------------------
@pytest.mark.parametrize("text, type_, expected", [
    ("The first train from Kazakhstan arrived in the Kyrgyz capital of Bishkek two years "
     "after Astana banned rail traffic with the Central Asian nation.", "COERCE",
     (("KAZ", "stated"), ("KGZ", "inferred-clause"))),
    # (its diplomats, not its citizens: citizens travelling make no state visit, non-acts
    # round 7)
    ("Kyrgyzstan held elections in May. Kazakhstan urged its diplomats to be careful while "
     "visiting this country.", "CONSULT", (("KAZ", "stated"), ("KGZ", "inferred-previous"))),
])
def test_an_epithet_names_the_other_state_named_before(text: str, type_: str,
                                                       expected: tuple[object, object]) -> None:
    assert expected in sides_of(text, type_), sides_of(text, type_)


@pytest.mark.parametrize("text, type_", [
    # (two states named before: which one is meant is not told)
    ("Kazakhstan and Kyrgyzstan quarrelled over water in May. China banned flights to the "
     "Central Asian nation.", "COERCE"),
    # (the whole country is one's own)
    ("Kyrgyzstan held elections in May. Kazakhstan banned flights to the whole country.",
     "COERCE"),
])
def test_no_state_for_an_epithet_that_may_be_any(text: str, type_: str) -> None:
    found = sides_of(text, type_)
    assert found and not any(s and t for s, t in found), found


def test_a_named_meeting_of_many_is_not_the_one_told_before() -> None:
    found = sides_of("Tokayev met Japarov in Astana on Monday.\nDuring the SCO meeting, "
                     "Kazakhstan agreed to reopen the border crossing.", "AGREE")
    assert found and not any(s and t for s, t in found), found


# -- a person in apposition, of the office they serve ------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Nurlan Sadykov, an adviser to the Kazakh prime minister, accused Kyrgyzstan of "
     "provocations.", "KAZ"),
    ("Nurlan Sadykov, a special envoy for the Kyrgyz president, criticised Kazakhstan on "
     "Monday.", "KGZ"),
])
def test_a_person_serving_an_office_is_of_its_state(text: str, country: str) -> None:
    sources = [e.source for e in code(text).events if e.source is not None]
    assert any(s.country == country and s.basis == "learned" for s in sources), sources


def test_a_person_serving_in_a_state_is_not_of_it() -> None:
    sources = [e.source for e in code("Nurlan Sadykov, the ambassador to Kyrgyzstan, "
                                      "criticised Kazakhstan on Monday.").events if e.source]
    assert sources and not any(s.country == "KGZ" for s in sources), sources


# -- an act pointed back to is no side written -------------------------------------------------
def test_a_response_to_acts_pointed_back_to_is_aimed_at_their_doer() -> None:
    found = sides_of("Kazakh foreign ministry spokesperson Aibek Smadiyarov condemned "
                     "Kyrgyzstan's decision to close the border. He said Kazakhstan reserves "
                     "the right to respond appropriately to such actions.", "THREATEN")
    assert any(t == ("KGZ", "inferred-previous") for _, t in found), found


def test_a_response_to_someone_written_takes_no_side_from_before() -> None:
    found = sides_of("Kazakh foreign ministry spokesperson Aibek Smadiyarov condemned "
                     "Kyrgyzstan's decision to close the border. He said Kazakhstan reserves "
                     "the right to respond appropriately to the smugglers.", "THREATEN")
    assert found and not any(t for _, t in found), found
