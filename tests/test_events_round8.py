"""Acts other outlets tell in other words (issues 22 and 23, round 8): the same happening is
coded on every page that reports it only if each wording is read. Flights suspended, banned
or resumed told by their nouns ("the suspension of flights to X", "X's ban on flights to Y",
"the resumption of direct flights between A and B"); prepositions joined ("flights to and
from X"); a side's "representatives"; an act noun the tagger read as a name for its capital
at the start of a sentence; a ban whose target an apposition names ("apps, most of them
Chinese"); and the spokespersons of India's foreign ministry in the knowledge base.
The sentences are written for these tests, not taken from any evaluation set; each rule has a
twin that must not fire.
"""

from __future__ import annotations

from test_events import code
from test_events import pairs_of as _pair
from test_events import sides_of as _of

# -- flights (CAMEO: RESUME "* FLIGHTS" 060; HALT, SUSPEND, CANCEL "* FLIGHTS" 160) ----------

def test_resumption_of_flights_between_two_states_is_their_cooperation() -> None:
    art = code("The resumption of direct flights between Armenia and Turkey was announced on "
               "Monday.")
    assert frozenset({"ARM", "TUR"}) in _pair(art, "COOPERATE")


def test_an_airline_resuming_its_flights_after_a_storm_is_no_act() -> None:
    art = code("The airline announced the resumption of its flights after the storm on Monday.")
    assert _of(art, "COOPERATE") == []


def test_suspension_of_flights_to_another_state_is_a_sanction() -> None:
    art = code("Turkey ordered the suspension of passenger flights to Armenia on Friday.")
    assert ("TUR", "ARM") in _of(art, "SANCTION")


def test_an_airline_suspending_its_own_flights_is_no_sanction() -> None:
    art = code("The airline announced the suspension of its flights to Yerevan because of the "
               "storm.")
    assert _of(art, "SANCTION") == []


def test_air_traffic_suspended_with_another_state_is_a_sanction() -> None:
    art = code("Turkey suspended air traffic with Armenia on Friday.")
    assert ("TUR", "ARM") in _of(art, "SANCTION")


def test_air_traffic_suspended_over_a_city_is_no_sanction() -> None:
    art = code("Turkey suspended air traffic over Istanbul during the storm.")
    assert _of(art, "SANCTION") == []


def test_a_ban_told_by_its_noun_falls_on_the_state_its_flights_go_to() -> None:
    art = code("Azerbaijan's ban on flights to Armenia entered into force on Monday.")
    assert ("AZE", "ARM") in _of(art, "SANCTION")


def test_a_ban_on_something_at_home_is_no_sanction() -> None:
    art = code("Azerbaijan's ban on smoking in restaurants entered into force on Monday.")
    assert _of(art, "SANCTION") == []


def test_flights_to_and_from_a_state_go_to_it() -> None:
    art = code("Moscow decided to suspend direct flights to and from Armenia indefinitely "
               "starting July 8.")
    assert ("RUS", "ARM") in _of(art, "SANCTION")


def test_flights_to_and_from_a_city_at_home_touch_no_other_state() -> None:
    art = code("Moscow decided to suspend direct flights to and from Sochi indefinitely "
               "starting July 8.")
    assert _of(art, "SANCTION") == []


# -- a side's representatives ---------------------------------------------------------------

def test_a_capitals_representatives_speak_for_its_state() -> None:
    art = code("Yerevan representatives issued an ultimatum to Azerbaijan on Monday.")
    assert ("ARM", "AZE") in _of(art, "THREATEN")


def test_sales_representatives_are_no_state() -> None:
    art = code("Sales representatives issued an ultimatum to Azerbaijan on Monday.")
    assert ("ARM", "AZE") not in _of(art, "THREATEN")
    assert all(s is None for s, _ in _of(art, "THREATEN"))


# -- an act noun opening a sentence, tagged a name ------------------------------------------

_HEADED = "Border talks resume in Brussels\n\n{body}"


def test_an_act_noun_opening_a_sentence_after_a_headline_is_read() -> None:
    art = code(_HEADED.format(body="Talks between Armenia and Azerbaijan began in Brussels on "
                                   "Monday morning."))
    assert frozenset({"ARM", "AZE"}) in _pair(art, "CONSULT")


def test_a_name_opening_a_sentence_is_no_act() -> None:
    art = code(_HEADED.format(body="Summit Bank of Armenia opened a branch in Azerbaijan on "
                                   "Monday morning."))
    assert _of(art, "CONSULT") == []


# -- a ban's target in its object's apposition ----------------------------------------------

def test_banned_things_most_of_them_another_states_are_an_embargo_on_it() -> None:
    art = code("Armenia has banned as many as 40 mobile apps, most of them Azerbaijani, which "
               "include popular games.")
    assert ("ARM", "AZE") in _of(art, "SANCTION")


def test_banned_things_most_of_them_games_fall_on_no_state() -> None:
    art = code("Armenia has banned as many as 40 mobile apps, most of them games, which "
               "include popular puzzles.")
    assert _of(art, "SANCTION") == []


# -- India's foreign ministry spokespersons -------------------------------------------------

def test_the_indian_foreign_ministry_spokesperson_speaks_for_india() -> None:
    art = code('"We have lodged a strong protest with Beijing over the new map," Arindam '
               "Bagchi told reporters on Thursday.", published="2023-08-31")
    assert ("IND", "CHN") in _of(art, "PROTEST")


def test_a_namesake_without_the_spokespersons_name_is_no_one() -> None:
    art = code('"We have lodged a strong protest with Beijing over the new map," a trader '
               "told reporters on Thursday.", published="2023-08-31")
    assert ("IND", "CHN") not in _of(art, "PROTEST")


def test_an_agreement_between_two_named_sides_is_theirs_not_the_speakers() -> None:
    art = code('Foreign ministry spokesperson Randhir Jaiswal said, "On May 2, the final '
               'phase of the pullback was agreed upon between India and China."',
               published="2025-05-03")
    assert _pair(art, "AGREE") == {frozenset({"IND", "CHN"})}


def test_an_agentless_statement_told_by_a_speaker_is_the_speakers() -> None:
    art = code('Foreign ministry spokesperson Randhir Jaiswal said, "On May 2, the final '
               'phase of the pullback was agreed upon with China."', published="2025-05-03")
    assert ("randhir-jaiswal", "CHN") in _of(art, "AGREE")


# -- a sanction told in the passive, announced by the state that imposes it -----------------

def test_a_passive_sanction_announced_by_a_states_ministry_is_that_states() -> None:
    art = code("Flights of Armenian airlines to Turkey will be suspended from June 3, the "
               "Turkish Transport Ministry said on Friday.")
    assert ("TUR", "ARM") in _of(art, "SANCTION")


def test_a_passive_measure_told_by_an_airline_is_no_states_sanction() -> None:
    art = code("Flights of Armenian airlines to Turkey will be suspended from June 3, the "
               "airline said on Friday.")
    assert _of(art, "SANCTION") == []
