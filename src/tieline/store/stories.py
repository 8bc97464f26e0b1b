"""Queries for stories: MinHash keys, copy and rewrite links, story ids (used by Store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from ..models import StoryArticle, StoryPlace

_T = TypeVar("_T")

_STORY_COLUMNS = ("a.id, a.published, a.outlet, a.content_hash, p.data AS profile, "
                  "k.article_id IS NOT NULL AS sketched, a.lang FROM articles a "
                  "LEFT JOIN story_sketches k ON k.article_id = a.id "
                  "LEFT JOIN story_profiles p ON p.article_id = a.id")


def pending_stories(conn: sqlite3.Connection, limit: int) -> list[StoryArticle]:
    """Return current articles not yet placed in a story, as ``story_rows`` does."""
    return [_story_article(r) for r in conn.execute(
        f"SELECT {_STORY_COLUMNS} WHERE a.story_stage IS NULL AND a.superseded_by IS NULL "
        "ORDER BY a.id LIMIT ?", (limit,))]


def story_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> list[StoryArticle]:
    """Return the current articles among *ids* with their stored profiles (the text is read
    only for those without a profile: ``article_text``)."""
    rows: list[StoryArticle] = []
    for chunk in _chunks(ids):
        rows += map(_story_article, conn.execute(
            f"SELECT {_STORY_COLUMNS} WHERE a.id IN ({_marks(chunk)}) "
            "AND a.superseded_by IS NULL", chunk))
    return rows


def _story_article(r: sqlite3.Row) -> StoryArticle:
    return StoryArticle(r["id"], r["published"], r["outlet"], r["content_hash"], r["profile"],
                        bool(r["sketched"]), r["lang"])


def article_text(conn: sqlite3.Connection, article_id: str) -> str:
    return str(conn.execute("SELECT text FROM articles WHERE id = ?",
                            (article_id,)).fetchone()[0])


def article_author(conn: sqlite3.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT author FROM articles WHERE id = ?", (article_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def save_profile(conn: sqlite3.Connection, article_id: str, data: bytes, sketch: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO story_profiles(article_id, data) VALUES (?, ?)",
                 (article_id, data))
    save_sketch(conn, article_id, sketch)


def save_sketch(conn: sqlite3.Connection, article_id: str, sketch: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO story_sketches(article_id, sketch) VALUES (?, ?)",
                 (article_id, sketch))


def article_actor_ids(conn: sqlite3.Connection, article_id: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT DISTINCT actor_id FROM mentions WHERE "
                                       "article_id = ? AND actor_id IS NOT NULL", (article_id,))}


def article_days(conn: sqlite3.Connection, article_id: str) -> set[int]:
    """Return the days (ordinals) the article's text states for its events."""
    found = set()
    for (day,) in conn.execute("SELECT DISTINCT date FROM reports WHERE article_id = ? AND "
                               "date_precision = 'day' AND date_basis = 'text'", (article_id,)):
        try:
            found.add(date.fromisoformat(day).toordinal())
        except (TypeError, ValueError):
            continue  # (not a real day: no day)
    return found


#: Days in one block of story keys (migration 0012): a dated article's rewrite keys are stored,
#: and looked up, in the block of its day; undated articles' in block -1; copy and content keys
#: (looked up at any date) in block -2.
KEY_BLOCK_DAYS = 64
_UNDATED, _ANY_DATE = -1, -2


def save_keys(conn: sqlite3.Connection, article_id: str, day: int | None,
              rewrite_keys: Sequence[int], any_date_keys: Sequence[int]) -> None:
    """Store an article's rewrite and anchor keys (looked up near its day) and its copy and
    content keys (looked up at any date), in place of any it had."""
    block = _UNDATED if day is None else day // KEY_BLOCK_DAYS
    rows = sorted({*((block, k) for k in rewrite_keys), *((_ANY_DATE, k) for k in any_date_keys)})
    conn.execute("DELETE FROM story_keys WHERE article_id = ?", (article_id,))
    conn.executemany("INSERT INTO story_keys(block, key, day, article_id) VALUES (?, ?, ?, ?)",
                     [(b, k, day or 0, article_id) for b, k in rows])  # (0: undated)


def candidates(conn: sqlite3.Connection, article_id: str, day: int | None,
               rewrite_keys: Sequence[int], min_shared: int, days: int,
               any_date_keys: Sequence[int], anchor_keys: Sequence[int] = (),
               min_shared_anchors: int = 0) -> list[str]:
    """Return the articles to compare with this one, most shared keys first: those with
    *min_shared* rewrite keys or *min_shared_anchors* anchor keys in common and published at
    most *days* apart (or either undated), and those with a copy or content key
    (*any_date_keys*) in common at any date."""
    parts: list[str] = []
    params: list[int] = []

    def postings(blocks: Sequence[int], keys: Sequence[int], kind: int, where: str = "",
                 *values: int) -> None:
        parts.append(f"SELECT article_id, {kind} AS kind FROM story_keys WHERE block IN "
                     f"({_marks(blocks)}) AND key IN ({_marks(keys)}){where}")
        params.extend([*blocks, *keys, *values])

    for kind, keys in ((1, rewrite_keys), (2, anchor_keys)):  # (0: any date)
        if keys and day is not None:
            near = sorted({max(0, day - days) // KEY_BLOCK_DAYS, (day + days) // KEY_BLOCK_DAYS})
            postings(near, keys, kind, " AND day BETWEEN ? AND ?", day - days, day + days)
            postings([_UNDATED], keys, kind)
        elif keys:  # an undated article: near every article, in every block
            postings(_key_blocks(conn), keys, kind)
    if any_date_keys:
        postings([_ANY_DATE], any_date_keys, 0)
    if not parts:
        return []
    rows = conn.execute(
        f"SELECT article_id, count(*) AS shared FROM ({' UNION ALL '.join(parts)}) "
        "GROUP BY article_id HAVING sum(kind = 1) >= ? OR sum(kind = 2) >= ? "
        "OR min(kind) = 0 ORDER BY shared DESC, article_id",
        (*params, min_shared, max(min_shared_anchors, 1))).fetchall()
    return [r[0] for r in rows if r[0] != article_id]


def _key_blocks(conn: sqlite3.Connection) -> list[int]:
    """Return the blocks holding rewrite keys, each found by one step through the index."""
    found = [_UNDATED]
    while (row := conn.execute("SELECT min(block) FROM story_keys WHERE block > ?",
                               (found[-1],)).fetchone()) and row[0] is not None:
        found.append(int(row[0]))
    return found


def languages(conn: sqlite3.Connection) -> set[str]:
    """Return the languages of the current articles (one pass over the articles)."""
    return {r[0] for r in conn.execute(
        "SELECT DISTINCT lang FROM articles WHERE superseded_by IS NULL AND lang IS NOT NULL")}


def candidate_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, StoryPlace]:
    """Return, for each current article among *ids*: ``story`` (its story id if it is placed,
    None if it is still pending: compared earlier in this batch), ``published`` and
    ``content_hash``."""
    found: dict[str, StoryPlace] = {}
    for chunk in _chunks(ids):
        found.update((r[0], StoryPlace(*r)) for r in conn.execute(
            "SELECT id, CASE WHEN story_stage IS NOT NULL THEN story_id END AS story, "
            f"published, content_hash, lang FROM articles WHERE id IN ({_marks(chunk)}) "
            "AND superseded_by IS NULL", chunk))
    return found


def sketches(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, bytes]:
    """Return the stored sketch of each article among *ids* that has one."""
    found: dict[str, bytes] = {}
    for chunk in _chunks(ids):
        found.update(conn.execute("SELECT article_id, sketch FROM story_sketches WHERE "
                                  f"article_id IN ({_marks(chunk)})", chunk))
    return found


def save_link(conn: sqlite3.Connection, a: str, b: str, kind: str, score: float) -> None:
    conn.execute("INSERT OR REPLACE INTO story_links(a, b, kind, score) VALUES (?, ?, ?, ?)",
                 (a, b, kind, score))


def placed_members(conn: sqlite3.Connection, story_ids: Sequence[str]) -> list[str]:
    """Return the current articles placed in the stories *story_ids*."""
    found: list[str] = []
    for chunk in _chunks(story_ids):
        found += [r[0] for r in conn.execute(
            f"SELECT id FROM articles WHERE story_id IN ({_marks(chunk)}) AND story_stage IS "
            "NOT NULL AND superseded_by IS NULL", chunk)]
    return found


def story_dates(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str | None]:
    """Return the publication dates of the current articles among *ids*."""
    found: dict[str, str | None] = {}
    for chunk in _chunks(ids):
        found.update(conn.execute(f"SELECT id, published FROM articles WHERE id IN "
                                  f"({_marks(chunk)}) AND superseded_by IS NULL", chunk))
    return found


def set_stories(conn: sqlite3.Connection, placed: dict[str, tuple[str, str | None]]
                ) -> tuple[list[str], set[str]]:
    """Store each article's (story_id, copy_of); return the ids whose story or copy changed,
    and the stories an article left."""
    changed = []
    left = set()
    for article_id, (story_id, copy_of) in placed.items():
        row = conn.execute("SELECT story_id, copy_of FROM articles WHERE id = ?",
                           (article_id,)).fetchone()
        if row is None or (row[0], row[1]) == (story_id, copy_of):
            continue
        conn.execute("UPDATE articles SET story_id = ?, copy_of = ? WHERE id = ?",
                     (story_id, copy_of, article_id))
        changed.append(article_id)
        if row[0] is not None and row[0] != story_id:
            left.add(row[0])
    conn.executemany(  # (a copy in another language than its original is its translation)
        "UPDATE articles SET translation_of = (SELECT o.id FROM articles o "
        "WHERE o.id = articles.copy_of AND o.lang <> articles.lang) WHERE id = ?",
        [(i,) for i in changed])
    return changed, left


def mark_linked(conn: sqlite3.Connection, article_ids: Sequence[str], stage: str) -> None:
    """Record that *article_ids* were compared with their candidates (no longer pending)."""
    conn.executemany("UPDATE articles SET story_stage = ? WHERE id = ?",
                     [(stage, i) for i in article_ids])


def retire_superseded(conn: sqlite3.Connection) -> list[str]:
    """Take superseded articles out of stories; return the other members of their stories,
    set pending again.

    A story keeps only the links that made it connected, so without one member it may hang
    together through pairs never compared: its other members are compared again, as new.
    """
    gone = [r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE superseded_by IS NOT NULL AND "
        "coalesce(story_stage, '') <> 'superseded'")]
    stories: set[str] = set()
    for chunk in _chunks(gone):
        stories.update(r[0] for r in conn.execute(
            f"SELECT story_id FROM articles WHERE id IN ({_marks(chunk)}) AND story_stage "
            "IS NOT NULL AND story_id IS NOT NULL", chunk))
    again = sorted(set(placed_members(conn, sorted(stories))) - set(gone))
    for chunk in _chunks([*gone, *again]):
        marks = _marks(chunk)
        conn.execute(f"DELETE FROM story_links WHERE a IN ({marks}) OR b IN ({marks})",
                     (*chunk, *chunk))
        conn.execute(f"DELETE FROM story_keys WHERE article_id IN ({marks})", chunk)
    for chunk in _chunks(again):
        conn.execute(f"UPDATE articles SET story_stage = NULL WHERE id IN ({_marks(chunk)})",
                     chunk)
    for chunk in _chunks(gone):
        marks = _marks(chunk)
        conn.execute(f"DELETE FROM story_profiles WHERE article_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM story_sketches WHERE article_id IN ({marks})", chunk)
        conn.execute(f"UPDATE reports SET merge_stale = 1 WHERE article_id IN ({marks})",
                     chunk)
        conn.execute(f"UPDATE articles SET story_stage = 'superseded' WHERE id IN ({marks})",
                     chunk)
    return again


def story_members(conn: sqlite3.Connection, story_id: str) -> list[sqlite3.Row]:
    """Return the current articles of one story, original first."""
    return conn.execute("SELECT id, copy_of, published, outlet, url, title FROM articles "
                        "WHERE story_id = ? AND superseded_by IS NULL "
                        "ORDER BY published IS NULL, published, id", (story_id,)).fetchall()


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _chunks(values: Iterable[_T], size: int = 500) -> Iterable[list[_T]]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]
