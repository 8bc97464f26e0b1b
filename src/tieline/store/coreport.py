"""Queries for dating pages by the news they report (analyze/coreport.py; used by Store).

``coreport_keys`` indexes each current article by the specific pairs of sides its reports
name, so the dated articles that report what an undated page reports are found by key, never
by comparing articles pairwise.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence

from ..models import CoreportPage, CoreportWitness, ReportSides
from . import keyindex
from .events import _ref
from .stories import _chunks, _marks

#: An article's date as evidence for others: its own, else its story's (never a coreported one,
#: so no page is dated from a page dated this way).
_DAY = "coalesce(a.published, a.story_date)"


def pending_coreport(conn: sqlite3.Connection, limit: int) -> list[str]:
    """Return up to *limit* current articles whose reports are not keyed yet, by id."""
    return keyindex.pending(conn, "coreport", limit)


def mark_coreport_pending(conn: sqlite3.Connection, article_ids: Sequence[str]) -> None:
    """Key *article_ids* again: their reports or their date changed."""
    keyindex.mark_pending(conn, "coreport", article_ids)


def report_sides(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[ReportSides]:
    """Return the status, the two sides and the date phrase of every report of
    *article_ids*, by article."""
    found: list[ReportSides] = []
    for chunk in _chunks(article_ids):
        found += (ReportSides(r["article_id"], r["status"], _ref(r, "source"),
                              _ref(r, "target"), r["date_text"], r["type"],
                              r["date"] if r["date_precision"] == "day" else None)
                  for r in conn.execute(
                      "SELECT article_id, status, source_id, source_name, source_country, "
                      "source_sector, source_kind, source_basis, target_id, target_name, "
                      "target_country, target_sector, target_kind, target_basis, date_text, "
                      "type, date, date_precision "
                      "FROM reports "
                      f"WHERE article_id IN ({_marks(chunk)}) ORDER BY article_id, id", chunk))
    return found


def save_coreport_keys(conn: sqlite3.Connection, keys: Mapping[str, Sequence[str]]) -> None:
    """Replace the keys of each article in *keys* and mark it keyed."""
    keyindex.save(conn, "coreport", keys)


def replaced_coreport_keys(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[str]:
    """Return the keys stored for *article_ids* and for the articles they supersede: the
    pairs that may have dated a page before these articles were keyed (again)."""
    return keyindex.replaced(conn, "coreport", article_ids)


def coreport_pages(conn: sqlite3.Connection, keys: Sequence[str]) -> list[str]:
    """Return the current articles without a date of their own that carry one of *keys*."""
    return keyindex.undated_carriers(conn, "coreport", keys)


def coreport_dating(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[CoreportPage]:
    """Return, for the current articles among *article_ids* without a date of their own, what
    dating them by co-reported news needs."""
    pages: list[CoreportPage] = []
    for chunk in _chunks(article_ids):
        rows = conn.execute(
            "SELECT id, coalesce(story_id, id) AS story, story_date, coreported, "
            f"coreported_from FROM articles WHERE id IN ({_marks(chunk)}) "
            "AND published IS NULL AND superseded_by IS NULL ORDER BY id", chunk).fetchall()
        keys = keyindex.keys_of(conn, "coreport", chunk)
        pages += (CoreportPage(r["id"], r["story"], r["story_date"], r["coreported"],
                               tuple(json.loads(r["coreported_from"] or "[]")),
                               tuple(keys.get(r["id"], ()))) for r in rows)
    return pages


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


def set_coreported(conn: sqlite3.Connection, article_id: str, day: str | None,
                   witnesses: Sequence[str]) -> None:
    conn.execute("UPDATE articles SET coreported = ?, coreported_from = ? WHERE id = ?",
                 (day, json.dumps(list(witnesses)) if day else None, article_id))
