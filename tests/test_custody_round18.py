"""Round 18 (issues 22/23): acts told by their place, custody by its holder, crowds by their
state's people (annotate/custody.py), with the basis "inferred-place".

Every sentence is written for the test (invented people, public places), none taken from a
scored set. Each rule has a sentence that needs it and a twin that must get no side from it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import tieline
from test_sides import code, sides_of, states_of
from test_sides_round8 import database_before, insert_article
from tieline.kb.loader import load_kb
from tieline.store.db import Store


# -- custody by the holder of its town -----------------------------------------------------
def test_a_detention_in_a_town_is_by_its_holder() -> None:
    assert sides_of("A Georgian pensioner was detained in Akhalgori on Monday.",
                    "COERCE") == [(("XSO", "inferred-place"), ("GEO", "stated"))]


def test_the_holders_own_name_for_the_town_is_the_town() -> None:
    assert sides_of("A Georgian shepherd was arrested in Leningor last week.",
                    "COERCE") == [(("XSO", "inferred-place"), ("GEO", "stated"))]


def test_a_settlement_named_by_its_of_phrase_is_the_town() -> None:
    assert sides_of("A Georgian farmer was detained in the village of Gali on Friday.",
                    "COERCE") == [(("XAB", "inferred-place"), ("GEO", "stated"))]


def test_a_release_from_a_prison_in_a_town_is_by_its_holder() -> None:
    assert sides_of("A Russian tourist was released from a prison in New Athos.",
                    "RETREAT") == [(("XAB", "inferred-place"), ("RUS", "stated"))]


def test_a_capital_keeps_its_state_with_the_place_basis() -> None:
    assert sides_of("A Georgian student was sentenced in Tskhinvali to eight years.",
                    "COERCE") == [(("XSO", "inferred-place"), ("GEO", "stated"))]


def test_near_a_town_is_no_place_of_its_holder() -> None:
    # (a line runs near towns: which side of it, the text does not say)
    assert sides_of("A Georgian pensioner was detained near Akhalgori on Monday.",
                    "COERCE") == [(None, ("GEO", "stated"))]


def test_near_the_line_is_no_place_of_one_power() -> None:
    assert sides_of("A Georgian pensioner was detained near the occupation line.",
                    "COERCE") == [(None, ("GEO", "stated"))]


def test_a_doer_written_keeps_the_place_silent() -> None:
    assert states_of("A Georgian pensioner was detained by masked gunmen in Akhalgori.",
                     "COERCE") == [(None, "GEO")]


def test_a_town_the_knowledge_base_does_not_place_gives_no_side() -> None:
    assert sides_of("A Georgian pensioner was detained in Kveshi on Monday.",
                    "COERCE") == [(None, ("GEO", "stated"))]


def test_the_holders_own_people_held_at_home_are_no_act_between_states() -> None:
    assert [s for s, _ in sides_of("A Georgian pensioner was detained in Gori.",
                                   "COERCE")] in ([], [None])


# -- custody by an authority named by its place --------------------------------------------
def test_a_detention_by_a_towns_police_is_by_its_holder() -> None:
    assert sides_of("A Georgian pensioner was detained by Akhalgori police.",
                    "COERCE") == [(("XSO", "inferred-place"), ("GEO", "stated"))]


def test_the_authorities_in_a_town_act_for_its_holder() -> None:
    assert sides_of("A Georgian fisherman was detained by the de facto authorities in Gali.",
                    "COERCE") == [(("XAB", "inferred-place"), ("GEO", "stated"))]


def test_a_towns_police_as_subject_act_for_its_holder() -> None:
    assert sides_of("The police of Gudauta detained a Russian tourist on Sunday.",
                    "COERCE") == [(("XAB", "inferred-place"), ("RUS", "stated"))]


def test_soldiers_in_a_town_are_no_authority_of_its_holder() -> None:
    # (armed men in a place may be anyone's: only its police, courts and officials are its
    # holder's)
    assert states_of("A Georgian pensioner was detained by soldiers in Akhalgori.",
                     "COERCE") == [(None, "GEO")]


# -- a crowd's protest by the people of its place ------------------------------------------
def test_a_crowd_protesting_against_someone_is_its_places_people() -> None:
    art = code("Thousands rallied in Tbilisi against the Russian deputy on Friday.")
    [e] = [e for e in art.events if e.type == "PROTEST"]
    assert e.source is not None and e.target is not None
    assert (e.source.country, e.source.sector, e.source.basis) == ("GEO", "CVL",
                                                                   "inferred-place")
    assert e.target.country == "RUS"


def test_a_crowd_in_a_town_the_knowledge_base_places() -> None:
    assert sides_of("Hundreds of people marched in Zugdidi against the Russian occupation.",
                    "PROTEST") == [(("GEO", "inferred-place"), ("RUS", "stated"))]


def test_a_crowd_outside_parliament_stands_in_its_city() -> None:
    assert sides_of("Protesters rallied outside parliament in Athens against the Turkish "
                    "minister.", "PROTEST") == [(("GRC", "inferred-place"), ("TUR", "stated"))]


def test_a_crowd_outside_an_embassy_abroad_is_of_no_nation_the_city_says() -> None:
    # (crowds at a mission are often its own nationals: the city does not say whose)
    assert states_of("Protesters rallied outside the Turkish embassy in Athens on Sunday.",
                     "PROTEST") == [(None, "TUR")]


def test_a_crowd_against_its_own_state_keeps_its_report() -> None:
    # (the crowd's state on both sides would be no act between two: the report stays as told)
    assert states_of("Thousands rallied in Tbilisi against the Georgian government.",
                     "PROTEST") == [(None, "GEO")]


def test_a_crowd_of_its_own_nation_is_not_the_places_people() -> None:
    assert sides_of("Kurdish protesters marched in Berlin against Turkey.",
                    "PROTEST") == [(None, ("TUR", "stated"))]


def test_makers_written_are_not_the_places_people() -> None:
    assert sides_of("Kurdish exiles protested in Berlin against Turkey.",
                    "PROTEST") == [(None, ("TUR", "stated"))]


def test_a_crowd_aimed_at_no_one_gets_no_side() -> None:
    assert sides_of("Thousands rallied in Tbilisi on Friday night.", "PROTEST") in (
        [], [(None, None)])


# -- the knowledge base and the store ------------------------------------------------------
def test_every_place_is_held_by_an_actor_of_the_knowledge_base() -> None:
    kb = load_kb()
    assert kb.places["leningor"].holder == "XSO"
    assert all(p.holder in kb.actors for p in kb.places.values())


def test_the_place_basis_is_stored_and_read_back(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("A Georgian pensioner was detained in Akhalgori on Monday.\n",
                    encoding="utf-8")
    with tieline.open(tmp_path / "t.db", create=True) as corpus:
        corpus.ingest(page, progress=False, jobs=1)
        got = [(e.source and e.source.basis, e.to_dict()["source"]["basis"])
               for e in corpus.events() if e.type == "COERCE"]
    assert got == [("inferred-place", "inferred-place")]


def test_the_migration_keeps_reports_and_their_keys_and_allows_the_place_basis(
        tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = database_before(path, "0031")
    insert_article(conn, "Gali police detained him.")
    conn.execute("INSERT INTO reports (id, article_id, type, intensity, status, "
                 "sentence_start, sentence_end, sentence, trigger_start, trigger_end, stage, "
                 "source_basis, part, keyed) VALUES ('r', 'a', 'COERCE', -7, 'reported', 0, "
                 "25, 'Gali police detained him.', 12, 20, '1', 'stated', 'text', 1)")
    conn.execute("INSERT INTO report_keys VALUES (7, 'r')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert [tuple(r) for r in store.conn.execute(
            "SELECT id, source_basis, part, keyed FROM reports")] == [("r", "stated", "text", 1)]
        assert [tuple(r) for r in store.conn.execute("SELECT * FROM report_keys")] == [(7, "r")]
        store.conn.execute("UPDATE reports SET source_basis = 'inferred-place'")
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE reports SET source_basis = 'guessed'")


# -- a death in custody: the one held is its subject ---------------------------------------
def test_a_death_in_custody_in_a_town_is_custody_by_its_holder() -> None:
    assert sides_of("A Georgian pensioner died in custody in Akhalgori last week.",
                    "COERCE") == [(("XSO", "inferred-place"), ("GEO", "stated"))]


def test_a_death_in_a_named_prison_is_custody_by_its_ground() -> None:
    assert sides_of("A Georgian student died in a Tskhinvali prison on Monday.",
                    "COERCE") == [(("XSO", "inferred-place"), ("GEO", "stated"))]


def test_a_death_in_hospital_is_no_custody() -> None:
    assert sides_of("A Georgian pensioner died in hospital in Tskhinvali last week.",
                    "COERCE") == []


# -- a relative clause's passive: the one it describes undergoes it --------------------------
def test_one_released_in_a_relative_clause_is_the_target() -> None:
    assert sides_of("Georgian doctor Levan Abashidze, who was released from Tskhinvali prison "
                    "on Monday, thanked his wife.",
                    "RETREAT") == [(("XSO", "inferred-place"), ("GEO", "learned"))]


def test_one_criticised_in_a_relative_clause_is_the_target() -> None:
    assert states_of("The Georgian minister, who was criticised by Russia last week, resigned.",
                     "ACCUSE") == [("RUS", "GEO")]


def test_a_visit_protested_in_a_town_is_protested_by_its_people() -> None:
    # (a passive's subject is what is protested, not who protests)
    assert sides_of("The visit of the Russian deputy was also protested in Zugdidi.",
                    "PROTEST") == [(("GEO", "inferred-place"), ("RUS", "stated"))]


def test_a_visit_protested_by_makers_written_keeps_them() -> None:
    assert states_of("The visit of the Russian deputy was protested by Kurdish exiles in "
                     "Zugdidi.", "PROTEST") == [(None, "RUS")]
