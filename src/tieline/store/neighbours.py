"""Queries for dating pages by their dated neighbours (analyze/neighbours.py; used by Store).

The index ``neighbour_keys`` (store/keyindex.py) holds each current article by the names,
numbers and quotation trigrams of its text, so the dated articles that share a page's rare
ones are found by key, never by comparing articles pairwise.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..models import NeighbourCarrier
from .keyindex import EVIDENCE_DAY as _DAY
from .stories import _chunks, _marks


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
