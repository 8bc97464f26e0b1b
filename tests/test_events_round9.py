"""Round 9 of coverage (issues 22 and 23): the wordings round 8 added read right where news
agencies write them. A dateline ("TBILISI, Georgia —", "MOSCOW (Sputnik) –") opens many
ledes: the place is where the story was filed, not a side, and the subject past its dash is
the doer. A measure a speaker only talks about ("speaking about the sanctions") is not one it
announces. An act told as what may come to pass ("flights may resume, according to X") is a
forecast (hypothetical), not a claim that it happened.
The sentences are written for these tests, not taken from any evaluation set; each rule has a
twin that must not fire (or must fire the other way).
"""

from __future__ import annotations

from test_events import code, ids
from test_events import sides_of as _of
from tieline.models import Article


def _status(art: Article, type_: str) -> list[str]:
    return [e.status for e in art.events if e.type == type_]


# -- datelines -------------------------------------------------------------------------------

def test_a_dateline_place_and_country_is_no_side() -> None:
    art = code("YEREVAN, Armenia — Turkish President Recep Tayyip Erdogan on Wednesday ordered "
               "the restoration of direct flights from Turkey to Armenia.")
    sides = [s for e in art.events for s in ids(e)]
    assert "ARM" in sides  # the flights go to Armenia
    assert all(ids(e)[0] != "ARM" for e in art.events)  # but Armenia acts in none


def test_a_leader_named_before_a_dash_in_the_text_still_acts() -> None:
    art = code("Armenian Prime Minister Nikol Pashinyan — a former journalist — accused "
               "Azerbaijan of shelling on Tuesday.")
    assert ("nikol-pashinyan", "AZE") in _of(art, "ACCUSE")


def test_the_subject_past_a_dateline_dash_is_the_doer() -> None:
    art = code("ANKARA (AP) — Turkish President Recep Tayyip Erdogan on Wednesday accused "
               "Armenia of provocations.")
    assert [s for s, _ in _of(art, "ACCUSE")] == ["recep-tayyip-erdogan"]


def test_an_announced_suspension_under_a_dateline_is_the_speakers_state() -> None:
    art = code("ANKARA (Anadolu) – Flights of Armenian airlines to Turkey will be suspended "
               "starting from July 8, the Turkish Transport Ministry said on Saturday.")
    assert ("TUR", "ARM") in _of(art, "SANCTION")


# -- measures talked about, measures announced -------------------------------------------------

def test_sanctions_a_leader_speaks_about_are_not_his() -> None:
    art = code("Speaking about the recently declared economic sanctions against Armenia, "
               "Turkish President Recep Tayyip Erdogan said that he would not support them.")
    assert all(s not in ("TUR", "recep-tayyip-erdogan") for s, _ in _of(art, "SANCTION"))


def test_sanctions_a_ministry_announces_in_the_passive_are_its_states() -> None:
    art = code("Imports of Armenian brandy will be banned from Monday, the Turkish Trade "
               "Ministry said.")
    assert ("TUR", "ARM") in _of(art, "SANCTION")


# -- forecasts ---------------------------------------------------------------------------------

def test_flights_that_may_resume_by_someones_account_are_a_forecast() -> None:
    art = code("Direct flights between Armenia and Turkey may resume next month, according to "
               "the association of tour operators.")
    assert _status(art, "COOPERATE") == ["hypothetical"]


def test_flights_resumed_by_someones_account_are_their_claim() -> None:
    art = code("Direct flights between Armenia and Turkey resumed on Monday, according to the "
               "association of tour operators.")
    assert _status(art, "COOPERATE") == ["claimed"]


def test_what_an_order_says_airlines_should_do_is_the_orders_claim() -> None:
    art = code("According to the order, Turkish airlines should stop flights to Armenia from "
               "July 8.")
    assert _status(art, "SANCTION") == ["claimed"]
