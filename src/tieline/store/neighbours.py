"""Queries for dating pages by their dated neighbours (analyze/neighbours.py; used by Store).

The index ``neighbour_keys`` (store/keyindex.py) holds each current article by the names,
numbers and quotation trigrams of its text, so the dated articles that share a page's rare
ones are found by key, never by comparing articles pairwise.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from ..models import NeighbourCarrier
from .keyindex import EVIDENCE_DAY as _DAY
from .stories import _chunks


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


def rare_neighbour_keys(conn: sqlite3.Connection, limits: Mapping[int, int]) -> list[int]:
    """Return the keys of *limits* that at most their limit articles carry.

    Each key's carriers are counted only up to its limit (a common name has thousands: a
    count of them all would grow with the corpus), with the keys of one limit asked
    together. The index holds no superseded article once its successor is keyed
    (store/keyindex.py ``save``), so the count is of current articles and those pending."""
    found: list[int] = []
    by_limit: dict[int, list[int]] = {}
    for key, limit in limits.items():
        by_limit.setdefault(limit, []).append(key)
    for limit, keys in sorted(by_limit.items()):
        for chunk in _chunks(sorted(keys)):
            found += (r[0] for r in conn.execute(
                f"WITH asked(key) AS (VALUES {', '.join(['(?)'] * len(chunk))}) "
                "SELECT key FROM asked WHERE (SELECT count(*) FROM (SELECT 1 FROM "
                "neighbour_keys WHERE key = asked.key LIMIT ?)) <= ?",
                (*chunk, limit + 1, limit)))
    return sorted(found)
