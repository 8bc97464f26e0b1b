"""The store: WAL mode, named migrations applied once, FTS5 kept in step, stage versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import tieline
from tieline.errors import StoreError
from tieline.models import STAGE_VERSIONS
from tieline.store import Store
from tieline.store.db import migrations


def test_wal_and_migrations_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    with Store(path) as store:
        names = store.applied_migrations()
        assert names == [name for name, _ in migrations()]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as store:
        assert store.migrate() == []


def test_a_database_migrated_before_the_story_indexes_gets_them(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store(path) as store:  # as 0007 shipped: without the article indexes 0010 adds
        for index in ("articles_story", "articles_story_pending", "articles_superseded"):
            store.conn.execute(f"DROP INDEX {index}")
        store.conn.execute("DELETE FROM schema_migrations WHERE name LIKE '0010%'")
    with Store(path) as store:  # opening applies the migrations not yet applied
        indexes = {r[0] for r in store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"articles_story", "articles_story_pending", "articles_superseded"} <= indexes


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database " * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(bad)


def test_fts_follows_articles(ingest_samples: tieline.Corpus) -> None:
    conn = ingest_samples.store.conn
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 5
    hits = ingest_samples.search("peacekeepers")
    assert {a.outlet for a, _ in hits} == {"westobserver.com", "europeaninterest.eu"}
    assert all("[peacekeepers]" in snippet for _, snippet in hits)
    # Title words rank: the only article titled "Pashinian ..." comes first.
    assert ingest_samples.search("Pashinian")[0][0].outlet == "azatutyun.am"


@pytest.mark.parametrize("query", ['"', "AND", "title:", "NEAR(", "a*b OR", "-x"])
def test_search_never_reads_user_text_as_syntax(ingest_samples: tieline.Corpus,
                                                 query: str) -> None:
    ingest_samples.search(query)  # no exception


def test_every_article_records_its_stage_versions(ingest_samples: tieline.Corpus) -> None:
    for article in ingest_samples.articles():  # and which of its lines the parse read
        assert article.stages == {**STAGE_VERSIONS, "parse": "events"}


def test_readers_see_committed_rows_while_a_writer_holds_a_transaction(tmp_path: Path,
                                                                        samples: Path) -> None:
    with tieline.open(tmp_path / "w.db", create=True) as corpus:
        corpus.ingest(samples, manifest=samples / "manifest.jsonl")
        with corpus.store.transaction() as conn:
            conn.execute("UPDATE articles SET title = 'changing' WHERE 0")
            reader = sqlite3.connect(tmp_path / "w.db", timeout=1)
            assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
            reader.close()


def test_a_database_of_the_schema_before_the_reports_table_opens_and_migrates(
        ingest_samples: tieline.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    ingest_samples.store.conn.backup(old)
    # back to the schema as 0017 left it: reports in `events`, citations in `source_links`,
    # inputs read in `sources`
    old.executescript("BEGIN; ALTER TABLE reports RENAME TO events; "
                      "ALTER TABLE citations RENAME TO source_links; "
                      "ALTER TABLE inputs RENAME TO sources; "
                      "DELETE FROM schema_migrations WHERE name LIKE '0018%'; COMMIT;")
    old.close()
    articles = ingest_samples.articles()
    reports = {a.id: ingest_samples.read(a.id).events for a in articles}
    citations = {a.id: ingest_samples.citations(a.id) for a in articles}
    assert sum(map(len, reports.values())) > 0 and sum(map(len, citations.values())) > 0
    with tieline.open(path) as corpus:  # opening applies 0018
        tables = {r[0] for r in corpus.store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"reports", "citations", "inputs"} <= tables
        assert not {"events", "source_links", "sources"} & tables
        assert any(m.startswith("0018_") for m in corpus.store.applied_migrations())
        assert {a.id: corpus.read(a.id).events for a in corpus.articles()} == reports
        assert {a.id: corpus.citations(a.id) for a in corpus.articles()} == citations
        assert corpus.events() == ingest_samples.events()
        keys = _input_keys(path)  # (the inputs read stay read: none is read again)
        assert keys and all(corpus.store.input_articles(key) is not None for key in keys)


def _input_keys(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT key FROM inputs")]
    finally:
        conn.close()
