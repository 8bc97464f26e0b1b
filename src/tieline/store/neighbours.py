"""Queries for dating pages by their dated neighbours (analyze/neighbours.py; used by Store).

``neighbour_keys`` indexes each current article by the names, numbers and quotation trigrams
of its text, so the dated articles that share a page's rare ones are found by key, never by
comparing articles pairwise.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence

from ..models import NeighbourCarrier, NeighbourPage
from . import keyindex
from .stories import _chunks, _marks

#: An article's date as evidence for others: its own, else its story's (never an inferred one,
#: so no page is dated from a page dated this way).
_DAY = "coalesce(a.published, a.story_date)"


def pending_neighbours(conn: sqlite3.Connection, limit: int) -> list[str]:
    """Return up to *limit* current articles whose text is not keyed yet, by id."""
    return keyindex.pending(conn, "neighbour", limit)


def mark_neighbours_pending(conn: sqlite3.Connection, article_ids: Sequence[str]) -> None:
    """Key *article_ids* again: their text, their story or their date changed."""
    keyindex.mark_pending(conn, "neighbour", article_ids)


def save_neighbour_keys(conn: sqlite3.Connection, keys: Mapping[str, Sequence[int]]) -> None:
    """Replace the keys of each article in *keys* and mark it keyed."""
    keyindex.save(conn, "neighbour", keys)


def replaced_neighbour_keys(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[int]:
    """Return the keys stored for *article_ids* and for the articles they supersede: the
    keys that may have dated a page before these articles were keyed (again)."""
    return keyindex.replaced(conn, "neighbour", article_ids)


def neighbour_carriers(conn: sqlite3.Connection, key: int, limit: int
                       ) -> list[NeighbourCarrier] | None:
    """Return the current articles that carry *key*: (day or None, id, story); None when more
    than *limit* do (a name that common tells no happening apart)."""
    rows = conn.execute(
        f"SELECT {_DAY} AS day, a.id, coalesce(a.story_id, a.id) AS story FROM neighbour_keys k "
        "JOIN articles a ON a.id = k.article_id WHERE k.key = ? AND a.superseded_by IS NULL "
        "ORDER BY a.id LIMIT ?", (key, limit + 1)).fetchall()
    if len(rows) > limit:
        return None
    return [NeighbourCarrier(r["day"], r["id"], r["story"]) for r in rows]


def rare_neighbour_keys(conn: sqlite3.Connection, keys: Sequence[int], limit: int
                        ) -> list[int]:
    """Return those of *keys* that at most *limit* articles carry (superseded ones too: the
    count is only a bound)."""
    found: list[int] = []
    for chunk in _chunks(sorted(set(keys))):
        found += (r[0] for r in conn.execute(
            f"SELECT key FROM neighbour_keys WHERE key IN ({_marks(chunk)}) GROUP BY key "
            "HAVING count(*) <= ?", (*chunk, limit)))
    return sorted(found)


def neighbour_pages(conn: sqlite3.Connection, keys: Sequence[int]) -> list[str]:
    """Return the current articles without any date of their own or from their story or
    news that carry one of *keys*."""
    return keyindex.undated_carriers(conn, "neighbour", keys)


def neighbour_dating(conn: sqlite3.Connection, article_ids: Sequence[str]
                     ) -> list[NeighbourPage]:
    """Return, for the current articles among *article_ids* without a date of their own, what
    dating them by their neighbours needs."""
    pages: list[NeighbourPage] = []
    for chunk in _chunks(article_ids):
        rows = conn.execute(
            "SELECT id, coalesce(story_id, id) AS story, coalesce(story_date, coreported) "
            "AS inferred, neighboured, neighboured_from FROM articles "
            f"WHERE id IN ({_marks(chunk)}) AND published IS NULL AND superseded_by IS NULL "
            "ORDER BY id", chunk).fetchall()
        keys = keyindex.keys_of(conn, "neighbour", chunk)
        pages += (NeighbourPage(r["id"], r["story"], r["inferred"], r["neighboured"],
                                tuple(json.loads(r["neighboured_from"] or "[]")),
                                tuple(keys.get(r["id"], ()))) for r in rows)
    return pages


def set_neighboured(conn: sqlite3.Connection, article_id: str, day: str | None,
                    neighbours: Sequence[str]) -> None:
    conn.execute("UPDATE articles SET neighboured = ?, neighboured_from = ? WHERE id = ?",
                 (day, json.dumps(list(neighbours)) if day else None, article_id))
