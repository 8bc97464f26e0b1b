"""Queries for stories: MinHash keys, copy and rewrite links, story ids (used by Store)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

_STORY_COLUMNS = ("a.id, a.published, a.outlet, a.content_hash, p.data AS profile FROM "
                  "articles a LEFT JOIN story_profiles p ON p.article_id = a.id")


def pending_stories(conn: sqlite3.Connection, limit: int) -> list[sqlite3.Row]:
    """Return current articles not yet placed in a story, as ``story_rows`` does."""
    return conn.execute(f"SELECT {_STORY_COLUMNS} WHERE a.story_stage IS NULL AND "
                        "a.superseded_by IS NULL ORDER BY a.id LIMIT ?", (limit,)).fetchall()


def story_rows(conn: sqlite3.Connection, ids: Sequence[str]) -> list[sqlite3.Row]:
    """Return (id, date, outlet, hash, stored profile or None) of the current articles among
    *ids* (the text is read only for those without a profile: ``article_text``)."""
    rows: list[sqlite3.Row] = []
    for chunk in _chunks(ids):
        rows += conn.execute(f"SELECT {_STORY_COLUMNS} WHERE a.id IN ({_marks(chunk)}) "
                             "AND a.superseded_by IS NULL", chunk).fetchall()
    return rows


def article_text(conn: sqlite3.Connection, article_id: str) -> str:
    return str(conn.execute("SELECT text FROM articles WHERE id = ?",
                            (article_id,)).fetchone()[0])


def save_profile(conn: sqlite3.Connection, article_id: str, data: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO story_profiles(article_id, data) VALUES (?, ?)",
                 (article_id, data))


def article_actor_ids(conn: sqlite3.Connection, article_id: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT DISTINCT actor_id FROM mentions WHERE "
                                       "article_id = ? AND actor_id IS NOT NULL", (article_id,))}


def save_keys(conn: sqlite3.Connection, article_id: str, day: int | None,
              keys: Sequence[int]) -> None:
    conn.execute("DELETE FROM story_keys WHERE article_id = ?", (article_id,))
    conn.executemany("INSERT INTO story_keys(key, day, article_id) VALUES (?, ?, ?)",
                     [(k, day, article_id) for k in keys])


def candidates(conn: sqlite3.Connection, article_id: str, content_hash: str, day: int | None,
               rewrite_keys: Sequence[int], min_shared: int, days: int,
               copy_keys: Sequence[int]) -> list[str]:
    """Return the articles to compare with this one: the same content; *min_shared* rewrite
    keys in common and published at most *days* apart (or either undated); a copy key in
    common at any date."""
    found = {r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE content_hash = ? AND superseded_by IS NULL",
        (content_hash,))}
    if rewrite_keys:
        marks = _marks(rewrite_keys)
        postings, params = f"SELECT article_id FROM story_keys WHERE key IN ({marks})", \
            list(rewrite_keys)
        if day is not None:
            postings = (f"{postings} AND day BETWEEN ? AND ? UNION ALL {postings} "
                        "AND day IS NULL")
            params = [*rewrite_keys, day - days, day + days, *rewrite_keys]
        found.update(r[0] for r in conn.execute(
            f"SELECT article_id FROM ({postings}) GROUP BY article_id HAVING count(*) >= ?",
            (*params, min_shared)))
    if copy_keys:
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT article_id FROM story_keys WHERE key IN ({_marks(copy_keys)})",
            copy_keys))
    found.discard(article_id)
    return sorted(found)


def save_link(conn: sqlite3.Connection, a: str, b: str, kind: str, score: float) -> None:
    conn.execute("INSERT OR REPLACE INTO story_links(a, b, kind, score) VALUES (?, ?, ?, ?)",
                 (a, b, kind, score))


def component(conn: sqlite3.Connection, article_id: str) -> tuple[dict[str, str | None],
                                                                   list[sqlite3.Row]]:
    """Return the current articles linked to *article_id* (directly or not) with their dates,
    and the links among them."""
    members: dict[str, str | None] = {}
    links: dict[tuple[str, str], sqlite3.Row] = {}
    todo = seen = {article_id}
    while todo:
        found = story_dates(conn, sorted(todo))
        members.update(found)
        reached: set[str] = set()
        for chunk in _chunks(found):
            marks = _marks(chunk)
            for link in conn.execute(f"SELECT a, b, kind, score FROM story_links WHERE a IN "
                                     f"({marks}) UNION ALL SELECT a, b, kind, score FROM "
                                     f"story_links WHERE b IN ({marks})", (*chunk, *chunk)):
                links[(link["a"], link["b"])] = link
                reached.update((link["a"], link["b"]))
        todo = reached - seen
        seen = seen | todo
    return members, [r for (a, b), r in links.items() if a in members and b in members]


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
    return changed, left


def mark_linked(conn: sqlite3.Connection, article_ids: Sequence[str], stage: str) -> None:
    """Record that *article_ids* were compared with their candidates (no longer pending)."""
    conn.executemany("UPDATE articles SET story_stage = ? WHERE id = ?",
                     [(stage, i) for i in article_ids])


def retire_superseded(conn: sqlite3.Connection) -> list[str]:
    """Take superseded articles out of stories; return their former neighbours' ids."""
    gone = [r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE superseded_by IS NOT NULL AND "
        "coalesce(story_stage, '') <> 'superseded'")]
    neighbours: set[str] = set()
    for chunk in _chunks(gone):
        marks = _marks(chunk)
        neighbours.update(r[0] for r in conn.execute(
            f"SELECT b FROM story_links WHERE a IN ({marks}) UNION "
            f"SELECT a FROM story_links WHERE b IN ({marks})", (*chunk, *chunk)))
        conn.execute(f"DELETE FROM story_links WHERE a IN ({marks}) OR b IN ({marks})",
                     (*chunk, *chunk))
        conn.execute(f"DELETE FROM story_keys WHERE article_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM story_profiles WHERE article_id IN ({marks})", chunk)
        conn.execute(f"UPDATE events SET merge_stale = 1 WHERE article_id IN ({marks})",
                     chunk)
        conn.execute(f"UPDATE articles SET story_stage = 'superseded' WHERE id IN ({marks})",
                     chunk)
    return sorted(neighbours - set(gone))


def story_members(conn: sqlite3.Connection, story_id: str) -> list[sqlite3.Row]:
    """Return the current articles of one story, original first."""
    return conn.execute("SELECT id, copy_of, published, outlet, url, title FROM articles "
                        "WHERE story_id = ? AND superseded_by IS NULL "
                        "ORDER BY published IS NULL, published, id", (story_id,)).fetchall()


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _chunks(values: Iterable[str], size: int = 500) -> Iterable[list[str]]:
    values = list(values)
    for i in range(0, len(values), size):
        yield values[i:i + size]
