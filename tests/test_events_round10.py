"""Round 10 of coverage (issues 22 and 23): wordings each outlet uses for an act that the
lexicon did not read, taken from the CAMEO dictionary's blocks and PLOVER's definitions.
Disapproval voiced ("expressed strong disapproval of", CAMEO 110/111) is a criticism, not an
official protest; the troops a joint disengagement is "by" or "of" are the two sides that do
it; a state freezing or suspending another's nationals' visas restricts their entry (CAMEO
160/172, PLOVER SANCTION); attending a summit held in another state is a visit there; a
court or the authorities "in" a state's town are that state's ("a court in Baku").
The sentences are written for these tests, not taken from any evaluation set; each rule has a
twin that must not fire (or must fire the other way).
"""

from __future__ import annotations

from test_events import code, ids
from test_events import pairs_of as _pairs
from test_events import sides_of as _of


def _types(text: str) -> set[str]:
    return {e.type for e in code(text).events}


# -- disapproval voiced (CAMEO 110/111 EXPRESS, VOICE) ------------------------------------------

def test_disapproval_expressed_is_a_criticism_of_its_object() -> None:
    art = code("Ankara expressed strong disapproval of Armenia's decision on Tuesday.")
    assert ("TUR", "ARM") in _of(art, "ACCUSE")
    assert not _of(art, "PROTEST")


def test_disapproval_of_protests_is_no_official_protest() -> None:
    # (the generated "express protest" read the protests in its object as the protest itself)
    art = code("Baku voiced deep disapproval of the street protests in Yerevan.")
    assert not _of(art, "PROTEST")
    assert [s for s, _ in _of(art, "ACCUSE")] == ["AZE"]


def test_outrage_voiced_over_another_states_act_is_a_criticism() -> None:
    assert ("AZE", "ARM") in _of(code("Azerbaijan voiced outrage over the Armenian "
                                      "parliament's resolution."), "ACCUSE")


def test_gratitude_expressed_is_no_criticism() -> None:
    art = code("Ankara expressed its gratitude to Armenia for the help on Tuesday.")
    assert not _of(art, "ACCUSE")


# -- joint disengagement named by its troops -----------------------------------------------------

def test_disengagement_by_two_sides_troops_is_theirs() -> None:
    art = code("The disengagement by Armenian and Azerbaijani troops at the pass began on "
               "Monday.")
    assert frozenset({"ARM", "AZE"}) in _pairs(art, "RETREAT")


def test_disengagement_of_two_sides_forces_is_theirs() -> None:
    art = code("The disengagement of Azerbaijani and Armenian forces along the river was "
               "completed on Friday.")
    assert frozenset({"ARM", "AZE"}) in _pairs(art, "RETREAT")


def test_disengagement_welcomed_by_a_third_state_is_not_its_retreat() -> None:
    art = code("The disengagement of troops near the pass was welcomed by Turkey.")
    assert all("TUR" not in (s, t) for s, t in _of(art, "RETREAT"))


# -- visas frozen or suspended (CAMEO 160, 172) ------------------------------------------------

def test_frozen_visas_of_another_states_nationals_are_a_sanction() -> None:
    art = code("Azerbaijan froze the visas of three Armenian reporters last week.")
    assert ("AZE", "ARM") in _of(art, "SANCTION")


def test_suspended_visas_for_another_states_citizens_are_a_sanction() -> None:
    art = code("Turkey suspended visas for Armenian citizens in March.")
    assert ("TUR", "ARM") in _of(art, "SANCTION")


def test_visas_suspended_for_own_officials_are_no_sanction() -> None:
    assert "SANCTION" not in _types("Turkey suspended visas for its own officials in March.")


# -- a summit attended abroad --------------------------------------------------------------------

def test_attending_a_summit_held_in_another_state_is_a_visit_there() -> None:
    art = code("Armenian Prime Minister Nikol Pashinyan attended the summit in Ankara on "
               "Thursday.")
    assert ("nikol-pashinyan", "TUR") in _of(art, "CONSULT")
    assert [e.mode for e in art.events if e.type == "CONSULT"] == ["visit"]


def test_a_summit_not_attended_abroad_is_a_negated_visit() -> None:
    art = code("Turkish President Recep Tayyip Erdogan will not attend the summit in Yerevan "
               "this week, his office said.")
    assert [(e.mode, e.status) for e in art.events if e.type == "CONSULT"] == \
        [("visit", "negated")]


def test_a_summit_attended_at_home_is_no_visit() -> None:
    art = code("Armenian Prime Minister Nikol Pashinyan attended a meeting in Yerevan on "
               "Thursday.")
    assert all(e.mode != "visit" for e in art.events)


def test_a_summit_named_without_its_place_stays_a_meeting() -> None:
    art = code("Armenian Prime Minister Nikol Pashinyan attended the summit with Turkish "
               "President Recep Tayyip Erdogan.")
    assert [e.mode for e in art.events if e.type == "CONSULT"] == ["meet"]


def test_the_states_a_meetings_name_lists_are_not_visited() -> None:
    art = code("Pashinyan was in Tbilisi last month to attend the BSEC - Armenia, Turkey, "
               "Georgia, Azerbaijan - foreign ministers meeting.")
    assert all(e.mode != "visit" or ids(e)[1] == "GEO" for e in art.events)


# -- a state's bodies named by the place they sit in ------------------------------------------

def test_a_court_in_a_capital_is_its_states() -> None:
    art = code("A court in Baku sentenced Armenian soldier Karen Ghazaryan to ten years in "
               "prison on Monday.")
    assert [s for s, _ in _of(art, "COERCE")] == ["AZE"]
    assert [e.source.sector for e in art.events if e.type == "COERCE"] == ["JUD"]


def test_the_authorities_in_a_breakaway_capital_are_its_own() -> None:
    art = code("The de facto authorities in Sukhumi released Georgian citizen Levan Abashidze "
               "on Friday.")
    assert [s for s, _ in _of(art, "RETREAT")] == ["XAB"]


def test_an_embassy_in_a_capital_is_not_its_hosts() -> None:
    art = code("The embassy in Yerevan protested against the decision of the Armenian "
               "parliament.")
    assert all(s != "ARM" for s, _ in _of(art, "PROTEST"))


def test_a_named_states_authorities_in_another_capital_stay_its_own() -> None:
    art = code("Azerbaijani authorities in Tbilisi detained Armenian citizen Karen Ghazaryan.")
    assert [s for s, _ in _of(art, "COERCE")] == ["AZE"]


def test_a_parliament_building_in_a_capital_is_no_side() -> None:
    art = code("The strike ended with the withdrawal of the demonstrators from the parliament "
               "in Sukhumi on Monday.")
    assert all(t != "XAB" for _, t in _of(art, "RETREAT"))
