"""Queries for actors, their mentions and articles' source links (used by Store)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import asdict

from ..models import Actor, Article, Citation, Mention, Role

ACTORS_STAGE = "1"


def save_annotations(conn: sqlite3.Connection, article: Article,
                     kb_actor: Callable[[str], Actor | None]) -> None:
    """Store an article's mentions, the actors they name, learned actors and source links.

    *kb_actor* maps an actor id to the knowledge base's Actor (or None).
    """
    for actor in article.learned:
        _upsert(conn, actor, "learned", article.id)
    known: set[str] = {a.id for a in article.learned}
    for m in article.mentions:
        if m.actor_id and m.actor_id not in known:
            found = kb_actor(m.actor_id)
            if found is not None:
                _upsert(conn, found, "kb", None)
                known.add(m.actor_id)
    conn.executemany(
        "INSERT OR REPLACE INTO mentions(article_id, start, end, text, actor_id, form, country, "
        "sector, role, sentence_start, sentence_end, stage) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(article.id, m.start, m.end, m.text, m.actor_id if m.actor_id in known else None,
          m.form, m.country, m.sector, m.role, m.sentence_start, m.sentence_end, ACTORS_STAGE)
         for m in article.mentions])
    conn.executemany(
        "INSERT OR IGNORE INTO citations(article_id, outlet, cited, start, end) "
        "VALUES (?,?,?,?,?)",
        [(article.id, s.outlet, s.cited, s.start, s.end) for s in article.citations])


def clear_annotations(conn: sqlite3.Connection, article_id: str) -> None:
    """Delete an article's mentions and source links (the actors they named stay)."""
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM citations WHERE article_id = ?", (article_id,))


def move_mentions(conn: sqlite3.Connection, article_id: str, kept: Sequence[Mention]) -> None:
    """Replace an article's stored mentions by *kept*: the same, moved after lines were cut
    from its text (those on cut lines dropped)."""
    stage = ACTORS_STAGE
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    conn.executemany(
        "INSERT INTO mentions(article_id, start, end, text, actor_id, form, country, sector, "
        "role, sentence_start, sentence_end, stage) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [(article_id, m.start, m.end, m.text, m.actor_id, m.form, m.country, m.sector, m.role,
          m.sentence_start, m.sentence_end, stage) for m in kept])


def ensure_actor(conn: sqlite3.Connection, actor_id: str,
                 kb_actor: Callable[[str], Actor | None] | None) -> bool:
    """Say whether *actor_id* is in the actors table, adding it from the knowledge base
    (*kb_actor*) when it is known there but not stored yet."""
    if conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone():
        return True
    found = kb_actor(actor_id) if kb_actor is not None else None
    if found is None:
        return False
    _upsert(conn, found, "kb", None)
    return True


def actors_named(conn: sqlite3.Connection, name: str) -> list[tuple[Actor, int]]:
    """Return the stored actors whose id (level 0), name (1) or an alias (2) is *name*,
    ignoring case, with the level of the match."""
    rows = conn.execute(
        "SELECT *, CASE WHEN id = :n COLLATE NOCASE THEN 0 WHEN name = :n COLLATE NOCASE "
        "THEN 1 ELSE 2 END AS level FROM actors WHERE id = :n COLLATE NOCASE "
        "OR name = :n COLLATE NOCASE OR EXISTS (SELECT 1 FROM json_each(actors.aliases) "
        "WHERE value = :n COLLATE NOCASE)", {"n": name})
    return [(_actor(r), int(r["level"])) for r in rows]


def _upsert(conn: sqlite3.Connection, actor: Actor, origin: str, learned_in: str | None) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO actors(id, name, kind, country, sector, aliases, origin, roles, "
        "learned_from, learned_in, organization) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (actor.id, actor.name, actor.kind, actor.country, actor.sector,
         json.dumps(list(actor.aliases), ensure_ascii=False), origin,
         json.dumps([asdict(r) for r in actor.roles]), actor.learned_from, learned_in,
         actor.organization))


def actors_with_mentions(conn: sqlite3.Connection) -> list[tuple[Actor, int]]:
    """Return every actor mentioned in a current article, most mentioned first."""
    rows = conn.execute(
        "SELECT a.*, count(*) AS n FROM mentions m JOIN actors a ON a.id = m.actor_id "
        "JOIN articles r ON r.id = m.article_id AND r.superseded_by IS NULL "
        "GROUP BY a.id ORDER BY n DESC, a.name")
    return [(_actor(r), int(r["n"])) for r in rows]


def learned_actors(conn: sqlite3.Connection) -> list[Actor]:
    return [_actor(r) for r in conn.execute("SELECT * FROM actors WHERE origin = 'learned'")]


def mentions_of(conn: sqlite3.Connection, article_id: str) -> list[Mention]:
    rows = conn.execute("SELECT * FROM mentions WHERE article_id = ? ORDER BY start, end",
                        (article_id,))
    return [Mention(start=r["start"], end=r["end"], text=r["text"], actor_id=r["actor_id"],
                    form=r["form"], country=r["country"], sector=r["sector"], role=r["role"],
                    sentence_start=r["sentence_start"], sentence_end=r["sentence_end"])
            for r in rows]


def citations_of(conn: sqlite3.Connection, article_id: str) -> list[Citation]:
    rows = conn.execute("SELECT * FROM citations WHERE article_id = ? ORDER BY start",
                        (article_id,))
    return [Citation(r["outlet"], r["cited"], r["start"], r["end"]) for r in rows]


def _actor(r: sqlite3.Row) -> Actor:
    return Actor(id=r["id"], name=r["name"], kind=r["kind"], country=r["country"],
                 sector=r["sector"], aliases=tuple(json.loads(r["aliases"])),
                 roles=tuple(Role(**x) for x in json.loads(r["roles"])),
                 learned_from=r["learned_from"], organization=r["organization"])
