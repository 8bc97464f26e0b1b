"""Queries for dating pages by the news they report (analyze/coreport.py; used by Store).

The index ``coreport_keys`` (store/keyindex.py) holds each current article by the specific
pairs of sides its reports name, so the dated articles that report what an undated page
reports are found by key, never by comparing articles pairwise.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..models import ActorRef, CoreportWitness, ReportSides
from .events import _ref
from .keyindex import EVIDENCE_DAY as _DAY
from .stories import _chunks, _marks


def report_sides(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[ReportSides]:
    """Return the status, the two sides and the date phrase of every report of
    *article_ids*, by article."""
    found: list[ReportSides] = []
    for chunk in _chunks(article_ids):
        found += (ReportSides(r["article_id"], r["status"], _stated(_ref(r, "source")),
                              _stated(_ref(r, "target")), r["date_text"], r["type"],
                              r["date"] if r["date_precision"] == "day" else None)
                  for r in conn.execute(
                      "SELECT article_id, status, source_id, source_name, source_country, "
                      "source_sector, source_kind, source_basis, target_id, target_name, "
                      "target_country, target_sector, target_kind, target_basis, date_text, "
                      "type, date, date_precision "
                      "FROM reports "
                      f"WHERE article_id IN ({_marks(chunk)}) ORDER BY article_id, id", chunk))
    return found


def _stated(ref: ActorRef | None) -> ActorRef | None:
    """A side as the page tells it: None for one taken from another report's happening
    (analyze/attach.py), which is no news of the page's own and is taken only after pages
    are dated."""
    return None if ref is None or ref.basis == "inferred-event" else ref


def coreport_witnesses(conn: sqlite3.Connection, key: str, limit: int
                       ) -> list[CoreportWitness] | None:
    """Return the current dated articles that carry *key*: (day, id, story); None when more
    than *limit* do (a pair reported that often dates nothing)."""
    rows = conn.execute(
        f"SELECT {_DAY} AS day, a.id, coalesce(a.story_id, a.id) AS story FROM coreport_keys k "
        "JOIN articles a ON a.id = k.article_id WHERE k.key = ? AND a.superseded_by IS NULL "
        f"AND {_DAY} IS NOT NULL ORDER BY day, a.id LIMIT ?", (key, limit + 1)).fetchall()
    if len(rows) > limit:
        return None
    return [CoreportWitness(r["day"], r["id"], r["story"]) for r in rows]
