"""Recall, fifteenth round: English families whose page states a gold event but gave no
report of it (issues 23 and 22: "families not counted: not coded").

Every sentence here is written for the test (names invented where people act), none taken
from a scored set; each rule has a twin where it must not fire (or codes otherwise)."""

from __future__ import annotations

from typing import Any

from test_sides import MODEL, coded
from tieline.annotate.pipeline import pipeline_for
from tieline.config import Settings


def sentences(text: str) -> list[str]:
    nlp: Any = pipeline_for(Settings(spacy_model=MODEL)).nlp
    return [s.text.strip() for s in nlp(text).sents]


# -- a title abbreviated before a name does not end the sentence ------------------------------
def test_a_rank_before_a_name_keeps_the_name_in_its_sentence() -> None:
    assert sentences("The court heard Sgt. Luis Vera and Lt. Col. Ana Ruiz on Monday.") == [
        "The court heard Sgt. Luis Vera and Lt. Col. Ana Ruiz on Monday."]


def test_a_rank_before_a_name_keeps_the_doer_of_the_act() -> None:
    # cut at "Sgt." the attack had no doer; whole, the officer is Peru's
    assert coded("A Peruvian officer, Sgt. Luis Vera, attacked Chilean soldiers at the border.",
                 "ASSAULT") == [("PER", "CHL", None, "reported")]


def test_a_word_before_a_name_still_ends_its_sentence() -> None:
    # the twin: a full stop after a word that is no title ends the sentence
    assert sentences("The court sat in Lima. Luis Vera spoke on Monday.") == [
        "The court sat in Lima.", "Luis Vera spoke on Monday."]


# -- armed forces entering another state's ground (CAMEO ENTER/CROSS &MILITARY) ----------------
def test_troops_entering_another_states_territory_intrude() -> None:
    assert coded("On Monday 200 Peruvian troops entered Chilean territory near Tacna.",
                 "COERCE") == [("PER", "CHL", "seize", "reported")]


def test_troops_entering_after_crossing_the_border() -> None:
    # the doer of a second verb joined by "and" is the first one's subject
    assert coded("Peruvian border troops crossed the boundary and entered Chilean territory.",
                 "COERCE") == [("PER", "CHL", "seize", "reported")]


def test_troops_crossing_into_another_state() -> None:
    assert coded("Peruvian troops crossed into Chile on Monday.",
                 "COERCE") == [("PER", "CHL", "seize", "reported")]


def test_civilians_entering_another_states_territory_do_not_intrude() -> None:
    # the twin: no armed forces, no state's act
    assert coded("On Monday 200 Peruvian tourists entered Chilean territory near Tacna.",
                 "COERCE") == []


def test_troops_entering_their_own_territory_or_a_place_intrude_on_no_one() -> None:
    # the twin: no other state's ground named
    assert coded("The Peruvian troops crossed back into their own territory.", "COERCE") == []
    assert coded("Peruvian troops entered the town on Monday.", "COERCE") == []


# -- a surname written in capitals ------------------------------------------------------------
def test_a_surname_in_capitals_is_the_person() -> None:
    assert coded("At the summit, where Lula and MILEI met, trade was the main topic.",
                 "CONSULT") == [("BRA", "ARG", "meet", "reported")]


def test_capitals_after_a_name_are_its_numeral() -> None:
    # the twin: "Pius XI" is a pope, not Xi Jinping
    assert coded("Pope Pius XI met Mussolini in 1929.", "CONSULT") == []
