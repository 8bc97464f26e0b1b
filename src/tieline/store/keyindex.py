"""The article key indexes of the page-dating steps (analyze/pagedating.py) and the dates
they give.

Each index is a table ``<index>_keys(key, article_id)`` beside a flag ``articles.<index>_keyed``:
an article is keyed once, keyed again when its text, story or date changes, and the keys it held
before tell which pages its old keys may have dated. Each gives a page without a date of its own
a date kept in ``articles.<column>`` with its evidence in ``<column>_from`` (:data:`DATES`),
or only a year, kept in a column of its own (:data:`YEARS`).
*index* is one of :data:`INDEXES`, never user input. The queries each step has of its own are
in store/coreport.py and store/neighbours.py.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from ..models import UndatedPage
from .stories import _chunks, _marks

#: Per index: the date that comes before its own (a page that has it is not dated by the
#: index: its story's, and for the neighbours its news's too), and the column of its own.
DATES = {"coreport": ("story_date", "coreported"),
         "neighbour": ("coalesce(story_date, coreported)", "neighboured")}
#: Per index that may date a page to a year only (a day it gives is kept in DATES' column):
#: the column of that year.
YEARS = {"neighbour": "neighbour_year"}
INDEXES = tuple(DATES)
#: An article's date as evidence for others: its own, else its story's (never one an index
#: gave it, so no page is dated from a page dated this way, whatever order pages came in).
EVIDENCE_DAY = "coalesce(a.published, a.story_date)"


def _checked(index: str) -> str:
    if index not in INDEXES:
        raise ValueError(f"no key index {index!r}; the indexes are {', '.join(INDEXES)}")
    return index


def pending(conn: sqlite3.Connection, index: str, limit: int) -> list[str]:
    """Return up to *limit* current articles not keyed yet in *index*, by id."""
    return [r[0] for r in conn.execute(
        f"SELECT id FROM articles WHERE {_checked(index)}_keyed = 0 AND superseded_by IS NULL "
        "ORDER BY id LIMIT ?", (limit,))]


def mark_pending(conn: sqlite3.Connection, index: str, article_ids: Sequence[str]) -> None:
    """Key *article_ids* again in *index*."""
    for chunk in _chunks(article_ids):
        conn.execute(f"UPDATE articles SET {_checked(index)}_keyed = 0 "
                     f"WHERE id IN ({_marks(chunk)})", chunk)


def save(conn: sqlite3.Connection, index: str, keys: Mapping[str, Sequence[Any]]) -> None:
    """Replace the keys of each article in *keys* and mark it keyed; the keys of the articles
    they supersede leave the index (``replaced`` read them before), so it counts current
    articles only."""
    name, ids = _checked(index), sorted(keys)
    for chunk in _chunks(ids):
        marks = _marks(chunk)
        conn.execute(f"DELETE FROM {name}_keys WHERE article_id IN ({marks}) OR article_id IN "
                     f"(SELECT id FROM articles WHERE superseded_by IN ({marks}))",
                     (*chunk, *chunk))
        conn.execute(f"UPDATE articles SET {name}_keyed = 1 WHERE id IN ({_marks(chunk)})",
                     chunk)
    conn.executemany(f"INSERT OR IGNORE INTO {name}_keys(key, article_id) VALUES (?, ?)",
                     [(k, a) for a in ids for k in sorted(set(keys[a]))])


def replaced(conn: sqlite3.Connection, index: str, article_ids: Sequence[str]) -> list[Any]:
    """Return the keys stored in *index* for *article_ids* and for the articles they
    supersede: the keys that may have dated a page before these articles were keyed (again)."""
    found: set[Any] = set()
    for chunk in _chunks(article_ids):
        marks = _marks(chunk)
        found.update(r[0] for r in conn.execute(
            f"SELECT key FROM {_checked(index)}_keys WHERE article_id IN ({marks}) OR "
            f"article_id IN (SELECT id FROM articles WHERE superseded_by IN ({marks}))",
            (*chunk, *chunk)))
    return sorted(found)


def undated_carriers(conn: sqlite3.Connection, index: str, keys: Sequence[Any]) -> list[str]:
    """Return the current articles without a date of their own that carry one of *keys*."""
    found: set[str] = set()
    for chunk in _chunks(sorted(set(keys))):
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT a.id FROM {_checked(index)}_keys k JOIN articles a "
            f"ON a.id = k.article_id WHERE k.key IN ({_marks(chunk)}) AND a.published IS NULL "
            "AND a.superseded_by IS NULL", chunk))
    return sorted(found)


def keys_of(conn: sqlite3.Connection, index: str, article_ids: Sequence[str]
            ) -> dict[str, list[Any]]:
    """Return the keys *index* holds for each of *article_ids* that has any, in key order."""
    keys: dict[str, list[Any]] = {}
    for a, k in conn.execute(f"SELECT article_id, key FROM {_checked(index)}_keys WHERE "
                             f"article_id IN ({_marks(article_ids)}) ORDER BY article_id, key",
                             tuple(article_ids)):
        keys.setdefault(a, []).append(k)
    return keys


def undated_pages(conn: sqlite3.Connection, index: str, article_ids: Sequence[str]
                  ) -> list[UndatedPage[Any]]:
    """Return, for the current articles among *article_ids* without a date of their own, what
    dating them by *index* needs, by id."""
    prior, column = DATES[_checked(index)]
    day = f"coalesce({column}, {YEARS[index]})" if index in YEARS else column
    pages: list[UndatedPage[Any]] = []
    for chunk in _chunks(article_ids):
        rows = conn.execute(
            f"SELECT id, coalesce(story_id, id) AS story, {prior} AS prior, {day} AS day, "
            f"{column}_from AS evidence FROM articles WHERE id IN ({_marks(chunk)}) "
            "AND published IS NULL AND superseded_by IS NULL ORDER BY id", chunk).fetchall()
        keys = keys_of(conn, index, chunk)
        pages += (UndatedPage(r["id"], r["story"], r["prior"], r["day"],
                              tuple(json.loads(r["evidence"] or "[]")),
                              tuple(keys.get(r["id"], ()))) for r in rows)
    return pages


def set_day(conn: sqlite3.Connection, index: str, article_id: str, day: str | None,
            evidence: Sequence[str]) -> None:
    """Store the date *index* gives a page (None: none; a year where the index has a column
    for one, ``YEARS``) and the ids of the articles it rests on."""
    column = DATES[_checked(index)][1]
    evidence_json = json.dumps(list(evidence)) if day else None
    if index not in YEARS:
        conn.execute(f"UPDATE articles SET {column} = ?, {column}_from = ? WHERE id = ?",
                     (day, evidence_json, article_id))
        return
    year = day if day is not None and len(day) == 4 else None
    conn.execute(f"UPDATE articles SET {column} = ?, {YEARS[index]} = ?, {column}_from = ? "
                 "WHERE id = ?", (None if year else day, year, evidence_json, article_id))
