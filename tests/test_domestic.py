"""Domestic acts and unnamed groups as sides (issue 22, task domestic1).

- An unnamed group ("protesters", "residents", "rebels", "lawmakers") on the side an act
  leaves empty is that side, with its sector; its state only where the context fixes it
  (its own place, its clause's place, the sentence's or the article's one state), stored
  as inferred; else a group of no state, which no state's pair takes in.
- A visit whose place is the visitor's own state, or no state, is no event between actors,
  unless the sentence names whom the visitor met there: that group is the one visited.

Every sentence is written for the test; each rule has a twin where it must not fire."""

from __future__ import annotations

from test_sides import code
from tieline.models import ActorRef


def _side(ref: ActorRef | None) -> tuple[object, ...] | None:
    return None if ref is None else (ref.country, ref.sector, ref.basis)


def events_of(text: str, type_: str) -> list[tuple[object, object]]:
    return [(_side(e.source), _side(e.target)) for e in code(text).events if e.type == type_]


# -- unnamed groups as sides -------------------------------------------------------------------
def test_residents_a_president_urges_are_of_the_sentences_one_state() -> None:
    found = events_of("The Kazakh president urged residents to stay indoors on Sunday.",
                      "REQUEST")
    assert (("KAZ", "GOV", "stated"), ("KAZ", "CVL", "inferred-clause")) in found, found


def test_residents_of_a_foreign_place_are_of_that_state() -> None:
    # the twin: the group's own words place it abroad, the sentence's state is not theirs
    found = events_of("The Kazakh president urged residents of Bishkek to stay indoors.",
                      "REQUEST")
    assert found and all(t is not None and t[0] == "KGZ" for _, t in found), found


def test_journalists_a_government_praises_are_its_press() -> None:
    found = events_of("The Kazakh government praised journalists for their coverage.",
                      "SUPPORT")
    assert (("KAZ", "GOV", "stated"), ("KAZ", "MED", "inferred-clause")) in found, found


def test_a_governments_own_legislature_is_no_other_side() -> None:
    # the twin: a state and its own branch are one (no relation between them), as the coder
    # reads "Putin flew to Moscow"
    found = events_of("The Kazakh government praised lawmakers for the swift vote.", "SUPPORT")
    assert found == [(("KAZ", "GOV", "stated"), None)], found


def test_a_group_with_no_state_in_context_is_a_side_of_no_state() -> None:
    art = code("The UN envoy urged protesters to go home.")
    found = [e.target for e in art.events if e.type == "REQUEST"]
    assert found and found[0] is not None, art.events
    assert (found[0].id, found[0].country, found[0].sector, found[0].kind) == \
        (None, None, "OPP", "group"), found
    assert found[0].name == "protesters"


def test_rebels_a_states_troops_attack_are_not_made_its_own() -> None:
    found = events_of("Kazakh troops attacked rebels on Sunday.", "ASSAULT")
    assert found and all(t is not None and t[0] is None for _, t in found), found


def test_rebels_attacked_in_a_place_are_of_its_state() -> None:
    # the twin: the clause's place fixes whose rebels they are
    found = events_of("Kazakh troops attacked rebels in Kyrgyzstan on Sunday.", "ASSAULT")
    assert any(t is not None and t[0] == "KGZ" for _, t in found), found


def test_a_written_foreign_group_is_not_an_unnamed_one() -> None:
    found = events_of("The Kazakh president urged foreign journalists to leave.", "REQUEST")
    assert all(t is None or t[0] != "KAZ" for _, t in found), found


# -- trips at home --------------------------------------------------------------------------
def test_a_trip_to_the_visitors_own_capital_is_no_event() -> None:
    assert events_of("The Kyrgyz president visited Bishkek on Friday.", "CONSULT") == []


def test_a_trip_to_a_place_of_no_state_is_no_event() -> None:
    assert events_of("The Kyrgyz president visited the flooded region on Friday.",
                     "CONSULT") == []


def test_a_trip_abroad_is_still_a_visit() -> None:
    # the twin: a foreign place is the state visited
    found = events_of("The Kyrgyz president visited Astana on Friday.", "CONSULT")
    assert any(s and s[0] == "KGZ" and t and t[0] == "KAZ" for s, t in found), found


def test_whom_the_visitor_met_at_home_is_the_one_visited() -> None:
    found = events_of("The Kyrgyz president visited Bishkek to hear from residents.",
                      "CONSULT")
    assert (("KGZ", "GOV", "stated"), ("KGZ", "CVL", "inferred-clause")) in found, found


def test_a_visitor_meeting_his_own_officials_at_home_has_no_relation() -> None:
    # the twin: a state's own officers are the state (as "Putin flew to Moscow" is no visit)
    assert events_of("The Kyrgyz president visited Bishkek to hear from local officials.",
                     "CONSULT") == []


def test_troops_visited_at_home_are_the_visitors_forces() -> None:
    found = events_of("The Kyrgyz president visited troops on Friday.", "CONSULT")
    assert (("KGZ", "GOV", "stated"), ("KGZ", "MIL", "inferred-clause")) in found, found


# -- how a group of no state shows --------------------------------------------------------------
def test_a_group_of_no_state_exports_as_its_cameo_sector_alone() -> None:
    from tieline.gdelt import actor_columns

    cols = actor_columns(ActorRef(None, "protesters", None, "OPP", "group"), None)
    assert cols[:3] == ["OPP", "PROTESTERS", ""], cols


def test_a_public_acting_on_another_states_public_takes_no_state_from_it() -> None:
    # the twin of the sentence's one state: here it is the other side's, a public's
    found = events_of("Demonstrators expressed support for the Kazakh people on Sunday.",
                      "SUPPORT")
    assert all(s is None or s[0] is None for s, _ in found), found


def test_social_media_is_no_press() -> None:
    found = events_of("The Kazakh government blocked social media on Sunday.", "PROTEST") + \
        events_of("The Kazakh government blocked social media on Sunday.", "COERCE")
    assert all(t is None for _, t in found), found


def test_a_group_whose_own_words_say_whose_it_is_takes_no_other_state() -> None:
    found = events_of("Kazakhstan allows citizens of most former Soviet republics visa-free "
                      "access.", "RETREAT")
    assert all(t is None or t[0] != "KAZ" for _, t in found), found


def test_the_visit_of_a_delegation_is_no_trip_at_home() -> None:
    # "of" names the visitor, not the place: the visit stays (a side may be found later)
    art = code("Unrest in Bishkek was triggered by the visit of a Kazakh delegation.")
    assert any(e.type == "CONSULT" and e.mode == "visit" for e in art.events), art.events


def test_troops_withdrawn_are_no_target() -> None:
    # PLOVER RETREAT: the troops moved are the doer's own, not the one withdrawn from
    found = events_of("Kyrgyzstan said Kazakhstan had not shown any intent to withdraw troops "
                      "from rear positions.", "RETREAT")
    assert found and all(t is None or t[1] != "MIL" for _, t in found), found


def test_people_mobilised_are_no_target() -> None:
    found = events_of("Kazakhstan announced a mobilisation of 300,000 people.", "MOBILIZE")
    assert found and all(t is None for _, t in found), found


def test_troops_an_envoy_praises_are_a_target() -> None:
    # the twin: an act ON troops names them as its target
    found = events_of("The UN envoy praised troops for their courage.", "SUPPORT")
    assert any(t is not None and t[1] == "MIL" for _, t in found), found
