"""Queries for sides taken from the happening a one-sided report tells (analyze/attach.py;
used by Store).

A side taken is written in the report's own side columns with the basis 'inferred-event'
(migration 0026), so every reader shows it as inferred; taking it back writes NULL again,
what the coder stored. The partial indexes reports_taker_source and reports_taker_target find
the one-sided reports of one type naming a participant (its country, else its actor id).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from ..models import ActorRef, StoryReport
from .events import _event
from .merged import _ANCHOR, _REPORT_COLUMNS
from .stories import _chunks, _marks

#: The basis of a side taken (analyze/attach.py TAKEN).
TAKEN = "inferred-event"


_STORY_REPORT = (f"SELECT {_REPORT_COLUMNS}, a.url AS url, a.outlet AS outlet, "
                 "a.published AS published, coalesce(a.story_id, a.id) AS story, "
                 f"{_ANCHOR} AS anchor FROM reports e JOIN articles a ON a.id = e.article_id ")


def _story_report(r: sqlite3.Row) -> StoryReport:
    return StoryReport(_event(r, r["url"], r["outlet"]), r["published"], r["story"],
                       r["anchor"])


def pending_side_reports(conn: sqlite3.Connection) -> list[StoryReport]:
    """Return the reports not merged yet (new, restoried, superseded, or whose group must be
    merged again): what they say may change the sides one-sided reports take."""
    return [_story_report(r) for r in conn.execute(
        f"{_STORY_REPORT} WHERE e.group_key IS NULL UNION "
        f"{_STORY_REPORT} WHERE e.merged_id IS NULL UNION "
        f"{_STORY_REPORT} WHERE e.merge_stale = 1")]


#: A report whose present side is its source (its target missing or taken), or its target:
#: the WHERE clauses of the partial indexes reports_taker_source and reports_taker_target
#: (migration 0026), word for word.
_TAKERS = {"source": "(target_basis IS NULL OR target_basis = 'inferred-event')",
           "target": "(source_basis IS NULL OR source_basis = 'inferred-event')"}


def side_takers(conn: sqlite3.Connection, keys: Sequence[str]) -> list[StoryReport]:
    """Return the reports of current articles whose one side bears one of *keys*
    ("TYPE|class|participant"; the class is left to the caller) and whose other side is
    missing or taken."""
    pairs = sorted({(k.split("|")[0], k.split("|", 2)[2]) for k in keys})
    found: dict[str, StoryReport] = {}
    for kind, party in pairs:
        for side, where in _TAKERS.items():
            for r in conn.execute(
                    f"{_STORY_REPORT} WHERE {where} AND e.type = ? AND "
                    f"coalesce(e.{side}_country, e.{side}_id) = ? AND a.superseded_by IS NULL",
                    (kind, party)):
                found.setdefault(r["id"], _story_report(r))
    return [found[i] for i in sorted(found)]


#: Reports in one kind of place ("article", "story", "day"), by the values marked {}.
_PLACES = {"article": "e.article_id IN ({0})",
           "story": "(a.story_id IN ({0}) OR (a.story_id IS NULL AND a.id IN ({0})))",
           "day": "e.date_start IN ({0}) AND e.date_precision = 'day'"}


def place_reports(conn: sqlite3.Connection, places: Sequence[tuple[str, str]]
                  ) -> list[StoryReport]:
    """Return the reports of current articles in *places*: ("article", id), ("story", id)
    or ("day", YYYY-MM-DD: dated to that day)."""
    found: dict[str, StoryReport] = {}
    for kind, where in _PLACES.items():
        values = sorted({v for k, v in places if k == kind})
        for chunk in _chunks(values, 400):
            sql = where.format(_marks(chunk))
            params = chunk * (sql.count("?") // len(chunk))  # (a place may list them twice)
            for r in conn.execute(f"{_STORY_REPORT} WHERE {sql} AND a.superseded_by IS NULL",
                                  params):
                found.setdefault(r["id"], _story_report(r))
    return [found[i] for i in sorted(found)]


def sentence_parties(conn: sqlite3.Connection, report_ids: Sequence[str]) -> dict[str, set[str]]:
    """Return, by report, the participants its sentence names (a mention's country, else its
    actor)."""
    found: dict[str, set[str]] = {i: set() for i in report_ids}
    for chunk in _chunks(report_ids):
        for r in conn.execute(
                "SELECT e.id, coalesce(m.country, m.actor_id) FROM reports e JOIN mentions m ON "
                "m.article_id = e.article_id AND m.start >= e.sentence_start AND "
                f"m.end <= e.sentence_end WHERE e.id IN ({_marks(chunk)}) AND "
                "coalesce(m.country, m.actor_id) IS NOT NULL", chunk):
            found[r[0]].add(r[1])
    return found


def set_taken_sides(conn: sqlite3.Connection,
                    changes: Sequence[tuple[str, str, ActorRef | None, bool]]) -> None:
    """Write the side each report of *changes* takes ((id, 'source' or 'target', the side or
    None to take it back, whether its act is then read as mutual)), give it its merge group
    again, and drop the event it was merged into, its reports to be merged again."""
    for report_id, side, ref, mutual in changes:
        if side not in ("source", "target"):
            raise ValueError(f"report {report_id}: no side {side!r}")
        old = conn.execute("SELECT merged_id FROM reports WHERE id = ?", (report_id,)).fetchone()
        if old and old[0]:  # (its event goes, its reports merged again as new ones: the
            # event's id, its first report's, may be taken by the report's event in its new
            # group)
            conn.execute("DELETE FROM merged_events WHERE id = ?", (old[0],))
            conn.execute("UPDATE reports SET merged_id = NULL WHERE merged_id = ?", (old[0],))
        actor = None if ref is None or ref.id is None else conn.execute(
            "SELECT name, kind FROM actors WHERE id = ?", (ref.id,)).fetchone()
        values = (None,) * 6 if ref is None else (
            ref.id if actor else None, actor[0] if actor else ref.name, ref.country,
            ref.sector, actor[1] if actor else ref.kind, TAKEN)  # (a country by its name)
        conn.execute(f"UPDATE reports SET {side}_id = ?, {side}_name = ?, {side}_country = ?, "
                     f"{side}_sector = ?, {side}_kind = ?, {side}_basis = ?, mutual = ?, "
                     "group_key = NULL, merge_stale = 1 WHERE id = ?",
                     (*values, int(mutual), report_id))
