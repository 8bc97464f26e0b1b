"""Both sides, eighth round: the side the article makes plain. On a page about two states
that states acts of one on the other, a request of that one (a call, a demand) whose sentence
writes no addressee and names no one else is addressed to the other, with the basis
"inferred-article"; never where the page names three states evenly or states no act between
them, never for an act done at home (a call to protest, a law passed, a legislature's
demand), never over a stated or a written side, never for a refusal to comment, and not for
the other directed types (read by hand, too often aimed at home: see annotate/counterpart.py).
Each rule has a twin where it must not fire.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import tieline
from test_sides import code, side
from tieline.annotate.counterpart import article_pair
from tieline.annotate.events import point_in_time
from tieline.models import Article, Mention
from tieline.store import Store
from tieline.store.db import _statements, migrations

#: Two paragraphs about Kazakhstan and Kyrgyzstan that state no act a later one answers.
PAIR = ("Kazakhstan and Kyrgyzstan held border talks in Astana on Monday. Kyrgyz officials "
        "said the talks were useful.\n\nKyrgyzstan and Kazakhstan signed a trade agreement in "
        "Bishkek last year.\n\n")
#: The same, with Uzbekistan named as often as the two.
THREE = ("Kazakhstan, Kyrgyzstan and Uzbekistan held border talks in Astana on Monday. Uzbek "
         "and Kyrgyz officials said the talks were useful.\n\nKyrgyzstan, Uzbekistan and "
         "Kazakhstan signed a trade agreement in Bishkek last year.\n\n")


def last_sides(lead: str, text: str) -> list[tuple[str, object, object]]:
    """The type and sides of each event the last paragraph of *lead* + *text* reports."""
    art = code(lead + text)
    return [(e.type, side(e.source), side(e.target)) for e in art.events
            if e.evidence[0].start >= len(lead) - 2]


#: The same two states named as often, with no act between them stated.
NAMED = ("Kazakhstan and Kyrgyzstan are neighbours in Central Asia. Kyrgyz and Kazakh "
         "farmers grow wheat.\n\nKyrgyzstan and Kazakhstan have mountains; Bishkek and Astana "
         "are their capitals.\n\n")


# -- a request of one of the pair is addressed to the other ------------------------------------
@pytest.mark.parametrize("text", [
    "Astana demanded the immediate reopening of the crossing.",
    "Kazakh President Tokayev called for the immediate reopening of the crossing.",
])
def test_an_unaddressed_request_of_one_of_the_pair_goes_to_the_other(text: str) -> None:
    assert ("REQUEST", ("KAZ", "stated"), ("KGZ", "inferred-article")) in last_sides(PAIR, text)


@pytest.mark.parametrize("lead", [THREE, NAMED])
def test_no_pair_of_three_states_nor_of_two_that_never_act_on_each_other(lead: str) -> None:
    got = last_sides(lead, "Astana demanded the immediate reopening of the crossing.")
    assert ("REQUEST", ("KAZ", "stated"), None) in got
    assert all(t is None or t[1] != "inferred-article" for _, _, t in got)


@pytest.mark.parametrize("text", [
    "The Kazakh foreign ministry condemned the provocation on Tuesday.",
    "The Kazakh foreign minister refused to accept the terms.",
])
def test_other_directed_acts_take_no_counterpart(text: str) -> None:
    assert all(t is None or t[1] != "inferred-article" for _, _, t in last_sides(PAIR, text))


# -- acts at home, and acts aimed at no one -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Kazakh President Tokayev called for protests.",  # a call to the streets
    "The Kazakh opposition called for protests.",
    "Kazakh lawmakers demanded the immediate reopening of the crossing.",  # a legislature
    "Kazakhstan's parliament passed the law.",
    "The Kazakh foreign minister declined to comment on the questions.",
    "The Kazakh foreign minister refused to give details.",
])
def test_an_act_at_home_or_aimed_at_no_one_gets_no_counterpart(text: str) -> None:
    assert all(t is None or t[1] != "inferred-article" for _, _, t in last_sides(PAIR, text))


# -- a side the sentence states or writes is never replaced -----------------------------------
def test_a_stated_target_is_kept() -> None:
    got = last_sides(PAIR, "The Kazakh foreign ministry condemned Kyrgyzstan on Tuesday.")
    assert got == [("ACCUSE", ("KAZ", "stated"), ("KGZ", "stated"))]


@pytest.mark.parametrize("text", [
    "The Kazakh foreign ministry accused the smugglers of provocations.",
    "The Kazakh foreign ministry urged the smugglers to reopen the crossing.",
    "Astana demanded that the smugglers reopen the crossing.",
])
def test_a_target_written_though_unknown_is_not_filled(text: str) -> None:
    assert all(t is None or t[1] != "inferred-article" for _, _, t in last_sides(PAIR, text))


def test_a_third_party_in_the_sentence_blocks_the_pair() -> None:
    got = last_sides(PAIR, "Astana demanded the immediate reopening of the crossing, Uzbekistan "
                           "said.")
    assert all(t is None or t[1] != "inferred-article" for _, _, t in got)


def test_an_inferred_side_is_implied_not_stated() -> None:
    art = code(PAIR + "Astana demanded the immediate reopening of the crossing.")
    event = next(e for e in art.events if e.target and e.target.basis == "inferred-article")
    assert event.target is not None and event.target.inferred
    assert event.to_dict()["target"]["basis"] == "inferred-article"


# -- the article's pair ----------------------------------------------------------------------
def _mentions(*countries: str) -> list[Mention]:
    return [Mention(start=i, end=i + 1, text=c, actor_id=c, form="name", country=c)
            for i, c in enumerate(countries)]


@pytest.mark.parametrize("countries, pair", [
    (("GEO",) * 8 + ("RUS",) * 6 + ("UKR",), ("GEO", "RUS")),
    (("GEO",) * 8 + ("RUS",) * 6 + ("UKR",) * 4, None),  # a third named often
    (("GEO",) * 20 + ("RUS",) * 3, None),  # a page about one state
    (("GEO",) * 4 + ("RUS",) * 2, None),  # the second named in passing
])
def test_the_article_pair_is_two_states_named_far_more_than_any_other(
        countries: tuple[str, ...], pair: tuple[str, str] | None) -> None:
    assert article_pair(_mentions(*countries)) == pair


def test_an_organisation_is_a_third_party_of_its_own() -> None:
    orgs = [Mention(start=100 + i, end=101 + i, text="EU", actor_id="EU", form="name")
            for i in range(6)]
    assert article_pair(_mentions(*(("GEO",) * 8 + ("RUS",) * 6)) + orgs) is None


def test_no_pair_on_a_page_with_no_actors() -> None:
    assert article_pair(Article(id="t", origin="t", text="", content_hash="x").mentions) is None


# -- the Nth anniversary of a date ---------------------------------------------------------------
@pytest.mark.parametrize("phrase, got", [
    ("17th Anniversary of August 2008", ("2025-08", "month")),
    ("the 10th anniversary of 8 August 2008", ("2018-08-08", "day")),
    ("the 3rd anniversary of 29 February 2020", ("2023-02", "month")),  # no 29 February
    ("August 2008", ("2008-08", "month")),  # (the date itself, without an anniversary)
])
def test_an_anniversary_is_dated_years_after_what_it_marks(
        phrase: str, got: tuple[str, str]) -> None:
    assert point_in_time(phrase, "2025-08-09") == got


# -- the basis is stored, merged and migrated -----------------------------------------------------
def test_an_article_side_is_stored_and_kept_through_merging(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAIR + "Astana demanded the immediate reopening of the crossing.\n",
                    encoding="utf-8")
    with tieline.open(tmp_path / "t.db", create=True) as corpus:
        corpus.ingest(page, progress=False, jobs=1)
        got = [(e.source and e.source.basis, e.target and e.target.basis)
               for e in corpus.events() if e.type == "REQUEST"]
    assert ("stated", "inferred-article") in got


def database_before(path: Path, migration: str) -> sqlite3.Connection:
    """Open a new database at *path* as the migrations before *migration* ("0021") left it."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, sql in migrations():
        if name >= migration:
            break
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_migrations VALUES (?, '2024-01-01')", (name,))
    return conn


def insert_article(conn: sqlite3.Connection, text: str) -> None:
    """Store article "a" holding *text* the way the migrations' articles table wants it."""
    conn.execute("INSERT INTO articles (id, origin, text, content_hash, published_basis, "
                 "words, stages, ingested_at) VALUES ('a', 'a', ?, 'h', 'unknown', 3, '{}', "
                 "'2024-01-01')", (text,))


def test_the_migration_keeps_the_reports_and_allows_the_new_basis(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = database_before(path, "0021")
    insert_article(conn, 'Astana demanded it.')
    conn.execute("INSERT INTO reports (id, article_id, type, intensity, status, "
                 "sentence_start, sentence_end, sentence, trigger_start, trigger_end, stage, "
                 "source_basis) VALUES ('r', 'a', 'REQUEST', -3, 'reported', 0, 19, "
                 "'Astana demanded it.', 7, 15, '1', 'stated')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert [tuple(r) for r in store.conn.execute("SELECT id, source_basis FROM reports")] \
            == [("r", "stated")]
        store.conn.execute("UPDATE reports SET target_basis = 'inferred-article'")
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE reports SET target_basis = 'guessed'")
