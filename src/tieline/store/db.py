"""SQLite access: connection set-up, migrations, and the queries every layer above uses."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreError, StoreUnavailable, UsageError
from ..models import (
    Actor,
    ActorRef,
    Article,
    Citation,
    CoreportWitness,
    Event,
    EventFilter,
    Mention,
    NeighbourCarrier,
    PairCount,
    Placed,
    Reject,
    Report,
    ReportDating,
    ReportSides,
    StoryArticle,
    StoryDating,
    StoryPlace,
    StoryReport,
    UndatedPage,
)
from . import attach as _attach
from . import browse as _browse
from . import coreport as _coreport
from . import events as _events
from . import keyindex as _keyindex
from . import merged as _merged
from . import neighbours as _neighbours
from . import stories as _stories
from .actors import (
    actors_with_mentions,
    citations_of,
    clear_annotations,
    mentions_of,
    move_mentions,
    save_annotations,
)
from .events import (
    EventQuery,
    check_date,
    check_type,
    forget_reports,
    move_events,
    query_events,
    resolve_actor,
    save_events,
)
from .interface import CorpusStore
from .merged import query_merged

if TYPE_CHECKING:
    from ..kb import KnowledgeBase

_ARTICLE_COLUMNS = ("id, url, outlet, title, author, published, published_basis, "
                    "published_via, published_text, story_date, lang, "
                    "lang_mixed, langs, words, text, content_hash, origin, version, story_id, "
                    "copy_of, warnings, stages")
#: What reading an article adds to what storing one writes: the corpus stage's own dates.
_READ_COLUMNS = _ARTICLE_COLUMNS + (", coreported, coreported_from, neighboured, "
                                    "neighboured_from, neighbour_year, translation_of")
_ARTICLE_COLUMNS_OF_A = ", ".join("a." + c.strip() for c in _READ_COLUMNS.split(","))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrations() -> list[tuple[str, str]]:
    """Return the named migrations in order: (name, SQL)."""
    folder = resources.files("tieline.store") / "migrations"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    return [(f.name.removesuffix(".sql"), f.read_text(encoding="utf-8")) for f in files]


class Store(CorpusStore):
    """One SQLite database holding everything tieline knows about a corpus (the
    :class:`~tieline.store.interface.CorpusStore` over SQLite)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            # 64 MB of pages in memory (the default, 2 MB, makes every index insert of a large
            # corpus a read from disk)
            self.conn.execute("PRAGMA cache_size=-65536")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc}); "
                             "is it a tieline database?") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block atomically: all of it is stored, or none (also on kill -9).

        Inside another transaction the block simply joins it. The database itself failing
        (locked, full, read-only) raises StoreUnavailable: retrying article by article would
        not help.
        """
        if self.conn.in_transaction:
            yield self.conn
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise StoreUnavailable(f"{self.path}: {exc}") from exc

    # -- schema ----------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; return their names."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                          "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.conn.execute("SELECT name FROM schema_migrations")}
        applied = []
        for name, sql in migrations():
            if name in done:
                continue
            with self.transaction() as conn:
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))
            applied.append(name)
        return applied

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM schema_migrations ORDER BY name")]

    # -- runs, rejects, inputs read -------------------------------------------------------
    def start_run(self, inputs: list[str]) -> int:
        cur = self.conn.execute("INSERT INTO runs(started_at, inputs) VALUES (?, ?)",
                                (_now(), json.dumps(inputs)))
        return int(cur.lastrowid or 0)

    def finish_run(self, run_id: int, stored: int, unchanged: int, rejected: int) -> None:
        self.conn.execute("UPDATE runs SET finished_at=?, stored=?, unchanged=?, rejected=? "
                          "WHERE id=?", (_now(), stored, unchanged, rejected, run_id))

    def add_rejects(self, run_id: int, rejects: Iterable[Reject]) -> None:
        with self.transaction() as conn:
            conn.executemany("INSERT INTO rejects(run_id, origin, reason, at) VALUES (?,?,?,?)",
                             [(run_id, storable(r.origin), storable(r.reason), _now())
                              for r in rejects])

    def rejects(self, run_id: int | None = None) -> list[Reject]:
        sql = "SELECT origin, reason FROM rejects"
        rows = (self.conn.execute(sql + " WHERE run_id=? ORDER BY id", (run_id,))
                if run_id is not None else self.conn.execute(sql + " ORDER BY id"))
        return [Reject(r["origin"], r["reason"]) for r in rows]

    def input_articles(self, key: str) -> int | None:
        """Return how many articles the input with *key* yielded, or None if it was never read."""
        row = self.conn.execute("SELECT articles FROM inputs WHERE key=?", (key,)).fetchone()
        return None if row is None else int(row[0])

    # -- articles --------------------------------------------------------------------------
    def add_articles(self, run_id: int, articles: list[Article],
                     inputs: Iterable[tuple[str, str, int]] = (),
                     extracted: dict[str, str] | None = None,
                     actor_lookup: Callable[[str], Actor | None] | None = None
                     ) -> tuple[int, int]:
        """Store *articles* and mark *inputs* (key, origin, articles) read, in one transaction.

        Returns (stored, unchanged): an article whose id is already stored is unchanged; a new
        content at a known URL becomes the next version and supersedes the latest one (its
        mentions and events stay with it, out of every query of current articles).
        *extracted* maps an article id to its text before outlet chrome was cut from it;
        *actor_lookup* maps an actor id to the knowledge base's actor (mentions are stored only
        with it; events always, naming actors by id when they are stored or known to it).
        """
        extracted = extracted or {}
        stored = unchanged = 0
        with self.transaction() as conn:
            for art in articles:
                if conn.execute("SELECT 1 FROM articles WHERE id=?", (art.id,)).fetchone():
                    unchanged += 1
                    continue
                version = 1
                if art.url:
                    row = conn.execute("SELECT id, version FROM articles WHERE url=? AND "
                                       "superseded_by IS NULL ORDER BY version DESC LIMIT 1",
                                       (art.url,)).fetchone()
                    if row:
                        version = row["version"] + 1
                conn.execute(f"INSERT INTO articles({_ARTICLE_COLUMNS}, run_id, ingested_at, "
                             f"extracted_text) VALUES ({', '.join('?' * 25)})",
                             _article_row(art, version) + (run_id, _now(),
                                                           extracted.get(art.id)))
                if version > 1:
                    conn.execute("UPDATE articles SET superseded_by=? WHERE url=? AND id<>? AND "
                                 "superseded_by IS NULL", (art.id, art.url, art.id))
                if actor_lookup is not None:
                    save_annotations(conn, art, actor_lookup)
                save_events(conn, art, actor_lookup)
                stored += 1
            conn.executemany("INSERT OR IGNORE INTO inputs(key, origin, run_id, articles) "
                             "VALUES (?,?,?,?)",
                             [(key, origin, run_id, n) for key, origin, n in inputs])
        return stored, unchanged

    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?",
                                 (article_id,)).fetchone() is not None

    # -- an outlet's recurring lines -------------------------------------------------------
    def outlet_has_content(self, outlet: str, content_hash: str) -> bool:
        """Say whether an article of *outlet* with this content (at any URL) is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE content_hash=? AND outlet=? "
                                 "LIMIT 1", (content_hash, outlet)).fetchone() is not None

    def outlet_line_counts(self, outlet: str, keys: Iterable[str]) -> dict[str, int]:
        """Return in how many distinct articles of *outlet* each line key was counted."""
        keys = list(keys)
        counts: dict[str, int] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.conn.execute(
                f"SELECT line_key, articles FROM outlet_lines WHERE outlet=? AND line_key IN "
                f"({', '.join('?' * len(chunk))})", (outlet, *chunk))
            counts.update({r[0]: r[1] for r in rows})
        return counts

    def add_outlet_line_counts(self, outlet: str, counts: dict[str, int]) -> None:
        """Add *counts* (line key → distinct articles) to the outlet's line counts."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO outlet_lines(outlet, line_key, articles) VALUES (?,?,?) "
                "ON CONFLICT(outlet, line_key) "
                "DO UPDATE SET articles = articles + excluded.articles",
                [(outlet, key, n) for key, n in counts.items()])

    def add_article_lines(self, outlet: str, article_id: str, keys: Iterable[str]) -> None:
        """Record that article *article_id* of *outlet* holds the short lines with *keys*."""
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO article_lines(outlet, line_key, article) "
                             "VALUES (?,?,?)", [(outlet, key, article_id) for key in keys])

    def outlet_texts_with_lines(self, outlet: str, keys: Iterable[str]
                                ) -> list[tuple[str, str, str]]:
        """Return (id, stored text, text before chrome removal) of the articles of *outlet*
        that hold a line with one of *keys*."""
        keys = list(keys)
        ids: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            ids.update(r[0] for r in self.conn.execute(
                f"SELECT article FROM article_lines WHERE outlet=? AND line_key IN "
                f"({', '.join('?' * len(chunk))})", (outlet, *chunk)))
        found: list[tuple[str, str, str]] = []
        for article_id in sorted(ids):
            row = self.conn.execute("SELECT text, coalesce(extracted_text, text) FROM articles "
                                    "WHERE id=?", (article_id,)).fetchone()
            if row:
                found.append((article_id, row[0], row[1]))
        return found

    def recut_article(self, article_id: str, text: str, extracted: str,
                      moved: tuple[Sequence[Mention], Sequence[Report]] | None) -> None:
        """Replace an article's text by *text*, cut from *extracted* (its full-text index too).

        *moved*: when *text* only lost lines, the article's mentions and reports (as
        :meth:`mentions` and :meth:`article_reports` gave them) with their offsets moved along
        (tieline.annotate.offsets); None when it gained some back: they are dropped and the
        article is listed to be annotated again.
        """
        with self.transaction() as conn:
            conn.execute("UPDATE articles SET text=?, words=?, extracted_text=? WHERE id=?",
                         (text, len(text.split()), None if text == extracted else extracted,
                          article_id))
            if moved is None:  # lines come back: annotate the article again
                clear_annotations(conn, article_id)
                forget_reports(conn, article_id)
                conn.execute("INSERT OR IGNORE INTO annotate_again(article_id) VALUES (?)",
                             (article_id,))
                return
            move_mentions(conn, article_id, moved[0])
            move_events(conn, article_id, moved[1])

    def to_annotate_again(self, limit: int) -> list[tuple[Article, str]]:
        """Return up to *limit* articles to annotate again (see :meth:`recut_article`), each
        with its whole text before outlet chrome was cut (its stored text when none was)."""
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS_OF_A}, "
            "coalesce(a.extracted_text, a.text) AS whole FROM annotate_again g "
            "JOIN articles a ON a.id = g.article_id ORDER BY g.article_id LIMIT ?", (limit,))
        return [(_article(r), r["whole"]) for r in rows]

    def replace_annotations(self, article: Article,
                            actor_lookup: Callable[[str], Actor | None]) -> None:
        """Replace the stored mentions, source links and reports of *article* by its own."""
        with self.transaction() as conn:
            clear_annotations(conn, article.id)
            forget_reports(conn, article.id)
            save_annotations(conn, article, actor_lookup)
            save_events(conn, article, actor_lookup)
            for index in _keyindex.INDEXES:  # (its reports and its text changed)
                _keyindex.mark_pending(conn, index, [article.id])
            conn.execute("DELETE FROM annotate_again WHERE article_id = ?", (article.id,))

    def actors(self) -> list[tuple[Actor, int]]:
        """Return the actors mentioned in current articles with their mention counts."""
        return actors_with_mentions(self.conn)

    def mentions(self, article_id: str) -> list[Mention]:
        return mentions_of(self.conn, article_id)

    def citations(self, article_id: str) -> list[Citation]:
        return citations_of(self.conn, article_id)

    def events(self, where: EventFilter | None = None, limit: int | None = None,
               offset: int = 0, kb: KnowledgeBase | None = None) -> list[Event]:
        """Return the real-world events *where* selects, merged across reports, by date
        (undated last), a page of *limit* from *offset*.

        Actors are looked up in the stored actors and in *kb*. Raises UsageError for an
        unknown or ambiguous actor, an unknown type or a malformed date.
        """
        return query_merged(self.conn, self._event_query(where or EventFilter(), limit, offset,
                                                         kb))

    def event(self, event_id: str) -> Event | None:
        """Return the real-world event *event_id* with the evidence of all its reports."""
        found = query_merged(self.conn, EventQuery(id=event_id, limit=1))
        return found[0] if found else None

    def reports(self, where: EventFilter | None = None, limit: int | None = None,
                offset: int = 0, kb: KnowledgeBase | None = None) -> list[Report]:
        """Return the reports behind the events: one per coding of a sentence, unmerged, each
        with its own date and evidence (selected as :meth:`events` selects events)."""
        return query_events(self.conn, self._event_query(where or EventFilter(), limit, offset,
                                                         kb))

    def _event_query(self, where: EventFilter, limit: int | None, offset: int,
                     kb: KnowledgeBase | None) -> EventQuery:
        """Return *where* as the store queries it: actors resolved, type and dates checked."""
        event_type, mode = check_type(self.conn, where.type) if where.type else (None, None)
        pair = where.pair
        return EventQuery(
            actors=tuple(resolve_actor(self.conn, a, kb) for a in where.actors),
            pair=((resolve_actor(self.conn, pair[0], kb), resolve_actor(self.conn, pair[1], kb))
                  if pair else None),
            type=event_type, mode=mode,
            since=check_date(where.since, "since") if where.since else None,
            until=check_date(where.until, "until") if where.until else None,
            limit=limit, offset=offset, date_bases=where.date_bases)

    def actor(self, name: str, kb: KnowledgeBase | None = None) -> Actor:
        """Return the actor *name* stands for (id, name or alias; see resolve_actor)."""
        return resolve_actor(self.conn, name, kb)

    # -- stories (the corpus stage, analyze/stage.py) --------------------------------------
    def retire_superseded(self) -> list[str]:
        """Take superseded articles out of stories; return the other members of their stories,
        set pending again (see stories.retire_superseded)."""
        return _stories.retire_superseded(self.conn)

    def pending_stories(self, limit: int) -> list[StoryArticle]:
        """Return up to *limit* current articles not yet placed in a story, by id."""
        return _stories.pending_stories(self.conn, limit)

    def story_articles(self, ids: Sequence[str]) -> list[StoryArticle]:
        """Return the current articles among *ids* as the story stage reads them."""
        return _stories.story_rows(self.conn, ids)

    def article_text(self, article_id: str) -> str:
        return _stories.article_text(self.conn, article_id)

    def article_author(self, article_id: str) -> str | None:
        return _stories.article_author(self.conn, article_id)

    def article_actor_ids(self, article_id: str) -> set[str]:
        """Return the ids of the actors an article's mentions name."""
        return _stories.article_actor_ids(self.conn, article_id)

    def article_days(self, article_id: str) -> set[int]:
        """Return the days (ordinals) the article's text states for its reports."""
        return _stories.article_days(self.conn, article_id)

    def save_profile(self, article_id: str, data: bytes, sketch: bytes) -> None:
        _stories.save_profile(self.conn, article_id, data, sketch)

    def save_sketch(self, article_id: str, sketch: bytes) -> None:
        _stories.save_sketch(self.conn, article_id, sketch)

    def sketches(self, ids: Sequence[str]) -> dict[str, bytes]:
        """Return the stored sketch of each article among *ids* that has one."""
        return _stories.sketches(self.conn, ids)

    def save_story_keys(self, article_id: str, day: int | None, rewrite_keys: Sequence[int],
                        any_date_keys: Sequence[int]) -> None:
        """Store an article's rewrite and anchor keys (looked up near its *day*) and its copy
        and content keys (looked up at any date), in place of any it had."""
        _stories.save_keys(self.conn, article_id, day, rewrite_keys, any_date_keys)

    def story_candidates(self, article_id: str, day: int | None, rewrite_keys: Sequence[int],
                         min_shared: int, days: int, any_date_keys: Sequence[int],
                         anchor_keys: Sequence[int] = (), min_shared_anchors: int = 0
                         ) -> list[str]:
        """Return the articles to compare with this one, most shared keys first (see
        stories.candidates)."""
        return _stories.candidates(self.conn, article_id, day, rewrite_keys, min_shared, days,
                                   any_date_keys, anchor_keys, min_shared_anchors)

    def story_places(self, ids: Sequence[str]) -> dict[str, StoryPlace]:
        """Return where each current article among *ids* stands (its story once placed)."""
        return _stories.candidate_rows(self.conn, ids)

    def story_languages(self) -> set[str]:
        """Return the languages of the current articles."""
        return _stories.languages(self.conn)

    def save_story_link(self, a: str, b: str, kind: str, score: float) -> None:
        _stories.save_link(self.conn, a, b, kind, score)

    def placed_members(self, story_ids: Sequence[str]) -> list[str]:
        """Return the current articles placed in the stories *story_ids*."""
        return _stories.placed_members(self.conn, story_ids)

    def publication_dates(self, ids: Sequence[str]) -> dict[str, str | None]:
        """Return the publication dates of the current articles among *ids*."""
        return _stories.story_dates(self.conn, ids)

    def set_stories(self, placed: dict[str, tuple[str, str | None]]
                    ) -> tuple[list[str], set[str]]:
        """Store each article's (story_id, copy_of); return the ids whose story or copy
        changed, and the stories an article left."""
        return _stories.set_stories(self.conn, placed)

    def mark_linked(self, article_ids: Sequence[str], stage: str) -> None:
        """Record that *article_ids* were compared with their candidates (no longer pending)."""
        _stories.mark_linked(self.conn, article_ids, stage)

    # -- dating pages that state no date (analyze/pagedating.py) ----------------------------
    def pending_keys(self, index: str, limit: int) -> list[str]:
        """Return up to *limit* current articles not keyed yet in *index*."""
        return _keyindex.pending(self.conn, index, limit)

    def mark_keys_pending(self, index: str, article_ids: Sequence[str]) -> None:
        """Key *article_ids* again in *index*: what it keys them by, or their date, changed."""
        _keyindex.mark_pending(self.conn, index, article_ids)

    def save_keys(self, index: str, keys: Mapping[str, Sequence[Any]]) -> None:
        """Replace the keys of each article in *keys* in *index* and mark it keyed."""
        _keyindex.save(self.conn, index, keys)

    def replaced_keys(self, index: str, article_ids: Sequence[str]) -> list[Any]:
        """Return the keys *index* holds for *article_ids* and the articles they supersede."""
        return _keyindex.replaced(self.conn, index, article_ids)

    def undated_carriers(self, index: str, keys: Sequence[Any]) -> list[str]:
        """Return the current articles without a date of their own carrying one of *keys*."""
        return _keyindex.undated_carriers(self.conn, index, keys)

    def undated_pages(self, index: str, article_ids: Sequence[str]) -> list[UndatedPage[Any]]:
        """Return what dating the undated current articles among *article_ids* by *index*
        needs."""
        return _keyindex.undated_pages(self.conn, index, article_ids)

    def set_page_day(self, index: str, article_id: str, day: str | None,
                     evidence: Sequence[str]) -> None:
        """Store the date *index* gives a page and the articles it rests on."""
        _keyindex.set_day(self.conn, index, article_id, day, evidence)

    def report_sides(self, article_ids: Sequence[str]) -> list[ReportSides]:
        """Return the two sides of every report of *article_ids*."""
        return _coreport.report_sides(self.conn, article_ids)

    def coreport_witnesses(self, key: str, limit: int) -> list[CoreportWitness] | None:
        """Return the dated current articles carrying *key*, None when more than *limit*."""
        return _coreport.coreport_witnesses(self.conn, key, limit)

    def rare_neighbour_keys(self, limits: Mapping[int, int]) -> list[int]:
        """Return the keys of *limits* that at most their limit current articles carry."""
        return _neighbours.rare_neighbour_keys(self.conn, limits)

    def neighbour_carriers(self, key: int, limit: int) -> list[NeighbourCarrier] | None:
        """Return the current articles carrying *key*, None when more than *limit*."""
        return _neighbours.neighbour_carriers(self.conn, key, limit)

    # -- dating story members (analyze/dating.py) ------------------------------------------
    def story_dating(self, article_ids: Sequence[str]) -> list[StoryDating]:
        """Return what dating the current articles among *article_ids* needs."""
        return _events.story_dating(self.conn, article_ids)

    def set_story_date(self, article_id: str, day: str | None) -> None:
        _events.set_story_date(self.conn, article_id, day)

    def report_dates(self, article_id: str) -> list[ReportDating]:
        """Return what dating an article's reports again needs."""
        return _events.report_dates(self.conn, article_id)

    def set_report_dates(self, reports: Sequence[ReportDating]) -> None:
        """Store each report's date, precision and basis."""
        _events.set_report_dates(self.conn, reports)

    # -- merging (analyze/stage.py) --------------------------------------------------------
    def unmerge_articles(self, article_ids: Sequence[str]) -> None:
        """Mark the reports of *article_ids* for merging again (their story changed)."""
        _merged.unmerge_articles(self.conn, article_ids)

    def unmerge_stories(self, story_ids: Sequence[str]) -> None:
        """Mark the reports of the current members of *story_ids* for merging again."""
        _merged.unmerge_stories(self.conn, story_ids)

    def pending_side_reports(self) -> list[StoryReport]:
        """Return the reports not merged yet: what they say may change the sides one-sided
        reports take (analyze/attach.py)."""
        return _attach.pending_side_reports(self.conn)

    def side_takers(self, keys: Sequence[str], places: Sequence[tuple[str, str]],
                    witnesses: Sequence[str] = ()) -> list[StoryReport]:
        """Return the reports of current articles whose one side bears one of *keys*
        ("TYPE|class|participant") and whose other side is missing or taken, that are in
        one of *places* (as :meth:`place_reports` reads them, and ("anchor", YYYY-MM-DD): of
        an article dated to that day) or took their side from one of *witnesses*."""
        return _attach.side_takers(self.conn, keys, places, witnesses)

    def set_side_witnesses(self, witnesses: Mapping[str, Sequence[str]]) -> None:
        """Write, for each report of *witnesses*, the reports it took its side from (none:
        it holds no side taken), in place of those written before."""
        _attach.set_side_witnesses(self.conn, witnesses)

    def place_reports(self, places: Sequence[tuple[str, str]]) -> list[StoryReport]:
        """Return the reports of current articles in *places*: ("article", id), ("story",
        id) or ("day", YYYY-MM-DD)."""
        return _attach.place_reports(self.conn, places)

    def sentence_parties(self, report_ids: Sequence[str]) -> dict[str, set[str]]:
        """Return, by report, the participants its sentence names."""
        return _attach.sentence_parties(self.conn, report_ids)

    def set_taken_sides(self, changes: Sequence[tuple[str, str, ActorRef | None, bool]]
                        ) -> None:
        """Write the side each report takes ((id, side, actor or None, mutual)) and mark it
        for merging again."""
        _attach.set_taken_sides(self.conn, changes)

    def assign_group_keys(self, key: Callable[[Report], str]) -> set[str]:
        """Give every report of a current article its merge group; return the groups."""
        return _merged.assign_group_keys(self.conn, key)

    def key_reports(self, keys: Callable[[str], Iterable[int]]) -> int:
        """Index the reports not keyed yet by the keys of their sentences; return how many."""
        return _merged.key_reports(self.conn, keys)

    def pending_placed(self) -> dict[str, list[Placed]]:
        """Return, by group, the reports not merged yet (new, restoried or superseded)."""
        return _merged.pending_placed(self.conn)

    def group_placed(self, group: str, days: Sequence[tuple[str, str]] = (),
                     dated: Iterable[str] = (), within: Iterable[str] = (),
                     stories: Iterable[str] = (), undated: Iterable[str] = (),
                     events: Iterable[str] = (), anchored: Sequence[tuple[str, str]] = (),
                     keyed: Iterable[int] = (), keyed_undated: Iterable[int] = ()
                     ) -> list[Placed]:
        """Return the reports of one group that one lookup of the region selects (see
        merged.group_placed)."""
        return _merged.group_placed(self.conn, group, days=days, dated=dated, within=within,
                                    stories=stories, undated=undated, events=events,
                                    keyed=keyed, keyed_undated=keyed_undated,
                                    anchored=anchored)

    def group_reports(self, ids: Sequence[str]) -> list[StoryReport]:
        """Return the reports *ids* in current articles, with what merging needs of them."""
        return _merged.group_reports(self.conn, ids)

    def replace_region(self, old: Sequence[str], region: Sequence[str], group: str,
                       merged: Sequence[tuple[Event, Sequence[str]]]) -> None:
        """Replace the merged events *old* by *merged*: (event, ids of its reports)."""
        _merged.replace_region(self.conn, old, region, group, merged)

    # -- a corpus at a glance (overview.py) ------------------------------------------------
    def busiest_pairs(self, limit: int) -> list[PairCount]:
        """Return the *limit* pairs of actors with the most merged events."""
        return _browse.busiest_pairs(self.conn, limit)

    def pair_years(self, first: str, second: str) -> dict[str, int]:
        """Return the pair's dated merged events per year (either way round)."""
        return _browse.pair_years(self.conn, first, second)

    def corpus_counts(self) -> dict[str, Any]:
        """Return the corpus's counts (current articles only) and its periods."""
        return _browse.corpus_counts(self.conn)

    def article_reports(self, article_id: str) -> list[Report]:
        """Return the reports one article holds, in the order of its text."""
        return _browse.article_reports(self.conn, article_id)

    def count_search(self, query: str) -> int:
        """Return how many current articles a full-text search for *query* finds."""
        match = fts_query(query)
        return _browse.count_search(self.conn, match) if match else 0

    def story(self, story_id: str) -> list[Article]:
        """Return the current articles of one story, its original first."""
        rows = _stories.story_members(self.conn, story_id)
        return [a for a in (self.article(r["id"]) for r in rows) if a is not None]

    def count_articles(self, include_superseded: bool = False) -> int:
        where = "" if include_superseded else " WHERE superseded_by IS NULL"
        return int(self.conn.execute(f"SELECT count(*) FROM articles{where}").fetchone()[0])

    def articles(self, include_superseded: bool = False, limit: int | None = None,
                 offset: int = 0) -> list[Article]:
        """Return stored articles, newest publication first, undated last."""
        where = "" if include_superseded else "WHERE superseded_by IS NULL"
        sql = (f"SELECT {_READ_COLUMNS} FROM articles {where} "
               "ORDER BY published IS NULL, published DESC, origin, id")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [_article(r) for r in self.conn.execute(sql)]

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(f"SELECT {_READ_COLUMNS} FROM articles WHERE id=?",
                                (article_id,)).fetchone()
        return _article(row) if row else None

    def search(self, query: str, limit: int = 50, offset: int = 0
               ) -> list[tuple[Article, str]]:
        """Full-text search over titles and text; return articles with a highlighted snippet.

        The cost is bounded whatever the query: words are deduplicated and capped (see
        :func:`fts_query`), only the page kept (*limit* articles from *offset*) gets a snippet,
        and a search that still runs over :data:`SEARCH_SECONDS` is stopped with a UsageError.
        """
        match = fts_query(query)
        if match is None:
            return []  # punctuation only: nothing can match it
        limit = max(1, min(int(limit), MAX_SEARCH_LIMIT))
        offset = max(0, min(int(offset), MAX_SEARCH_OFFSET))
        try:
            with self._time_budget(SEARCH_SECONDS):
                rows = self.conn.execute(_SEARCH_SQL, {"q": match, "limit": limit,
                                                       "offset": offset}).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise UsageError(f"search for {query[:80]!r} took over {SEARCH_SECONDS:g} s and "
                                 "was stopped: use fewer or rarer words") from None
            raise StoreError(f"search query {query[:80]!r} could not be run: {exc}") from None
        return [(_article(r), r["snip"]) for r in rows]

    @contextmanager
    def _time_budget(self, seconds: float) -> Iterator[None]:
        """Interrupt the statements run inside the block once *seconds* have passed."""
        deadline = time.monotonic() + seconds
        self.conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
        try:
            yield
        finally:
            self.conn.set_progress_handler(None, 0)


#: At most this many words (FTS5 tokens) in a search: each costs a pass over its postings.
MAX_SEARCH_TERMS = 16
#: At most this many results of one search, and this far into them.
MAX_SEARCH_LIMIT = 1000
MAX_SEARCH_OFFSET = 1_000_000
#: A search running longer than this is stopped (the server must not stall on one request).
SEARCH_SECONDS = 2.0
_TOKEN = re.compile(r"[^\W_]+")  # what FTS5's unicode61 tokenizer keeps: letters and digits

# Rank first, then snippet only the page kept: snippet() over every match of a common word is
# what made a search's cost grow with the corpus times the query.
_SEARCH_SQL = (
    f"SELECT {_ARTICLE_COLUMNS_OF_A}, "
    "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snip "
    "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
    "WHERE articles_fts MATCH :q AND articles_fts.rowid IN ("
    "  SELECT articles_fts.rowid FROM articles_fts JOIN articles b "
    "  ON b.rowid = articles_fts.rowid WHERE articles_fts MATCH :q AND b.superseded_by IS NULL "
    "  ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT :limit OFFSET :offset) "
    "ORDER BY bm25(articles_fts, 5.0, 1.0)")


def fts_query(query: str) -> str | None:
    """Return *query* as an FTS5 query that cannot be read as syntax or blow up; None when
    it holds no word (letters or digits).

    Each word becomes a quoted phrase of its tokens (so AND, NEAR, column:... are plain words);
    a word repeated (in any case) counts once. Raises UsageError for more than
    :data:`MAX_SEARCH_TERMS` distinct tokens.
    """
    phrases: dict[tuple[str, ...], None] = {}
    for word in query.split():
        tokens = tuple(t.casefold() for t in _TOKEN.findall(word))
        if tokens:
            phrases[tokens] = None
    count = sum(len(p) for p in phrases)
    if not phrases:
        return None
    if count > MAX_SEARCH_TERMS:
        raise UsageError(f"search for {query[:80]!r}: {count} distinct words, more than the "
                         f"{MAX_SEARCH_TERMS} a search takes; keep the telling ones")
    return " ".join('"' + " ".join(p) + '"' for p in phrases)


def storable(text: str) -> str:
    """Return *text* with lone surrogates (undecodable bytes of a file name or an error
    message) written as escapes: SQLite stores only valid UTF-8."""
    return text.encode("utf-8", errors="backslashreplace").decode("utf-8")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--") and not buf.strip():
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        raise StoreError(f"migration ends inside a statement: {buf[:80]!r}")
    return out


def _article_row(a: Article, version: int) -> tuple[Any, ...]:
    inferred = a.published_basis in ("url", "dateline", "post")  # (published_basis's
    # CHECK predates them)
    return (a.id, a.url, a.outlet, a.title, a.author, a.published,
            "text" if inferred else a.published_basis, a.published_basis if inferred else None,
            a.published_text, a.story_date, a.lang,
            int(a.lang_mixed), json.dumps(a.langs), a.words, a.text, a.content_hash, a.origin,
            version, a.story_id, a.copy_of, json.dumps(list(a.warnings)), json.dumps(a.stages))


def _article(r: sqlite3.Row) -> Article:
    return Article(
        id=r["id"], origin=r["origin"], text=r["text"], content_hash=r["content_hash"],
        url=r["url"], outlet=r["outlet"], title=r["title"], author=r["author"],
        published=r["published"], published_basis=r["published_via"] or r["published_basis"],
        published_text=r["published_text"], story_date=r["story_date"],
        coreported=r["coreported"], coreported_from=tuple(json.loads(r["coreported_from"] or "[]")),
        neighboured=r["neighboured"],
        neighboured_from=tuple(json.loads(r["neighboured_from"] or "[]")),
        neighbour_year=r["neighbour_year"],
        lang=r["lang"],
        lang_mixed=bool(r["lang_mixed"]), langs=json.loads(r["langs"]), words=r["words"],
        story_id=r["story_id"], copy_of=r["copy_of"], translation_of=r["translation_of"],
        version=r["version"],
        warnings=tuple(json.loads(r["warnings"])), stages=json.loads(r["stages"]),
    )
