"""Queries for sides taken from the happening a one-sided report tells (analyze/attach.py;
used by Store).

A side taken is written in the report's own side columns with the basis 'inferred-event'
(migration 0026), so every reader shows it as inferred; taking it back writes NULL again,
what the coder stored. The partial indexes reports_taker_source and reports_taker_target find
the one-sided reports of one type naming a participant (its country, else its actor id).
Table side_witnesses (migration 0028) names the reports each side taken came from, so a change
to one of them finds the reports that took from it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

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

#: Reports in one kind of place ("article", "story", "day", "anchor"), by the values marked
#: {}; an "anchor" place is a day the report's article is dated to as merging anchors its
#: undated reports (index articles_anchor, migration 0028).
_PLACES = {"article": "e.article_id IN ({0})",
           "story": "(a.story_id IN ({0}) OR (a.story_id IS NULL AND a.id IN ({0})))",
           "day": "e.date_start IN ({0}) AND e.date_precision = 'day'",
           "anchor": f"{_ANCHOR} IN ({{0}})"}


def side_takers(conn: sqlite3.Connection, keys: Sequence[str],
                places: Sequence[tuple[str, str]], witnesses: Sequence[str] = ()
                ) -> list[StoryReport]:
    """Return the reports of current articles whose one side bears one of *keys*
    ("TYPE|class|participant"; the class is left to the caller) and whose other side is
    missing or taken, that are in one of *places* (as ``place_reports`` reads them, and
    ("anchor", YYYY-MM-DD): of an article dated to that day) or took their side from one of
    *witnesses*."""
    pairs = {(k.split("|")[0].lower(), k.split("|", 2)[2]) for k in keys}
    one_sided = f"({_TAKERS['source']} OR {_TAKERS['target']})"
    found: dict[str, StoryReport] = {}
    wheres = _place_wheres(places)
    wheres += [(f"e.id IN (SELECT report_id FROM side_witnesses WHERE witness_id IN "
                f"({_marks(chunk)}))", chunk) for chunk in _chunks(sorted(set(witnesses)), 400)]
    for where, params in wheres:
        for r in conn.execute(f"{_STORY_REPORT} WHERE {where} AND {one_sided} AND "
                              "a.superseded_by IS NULL", params):
            if r["id"] not in found and any(
                    r[f"{other}_basis"] in (None, TAKEN) and
                    (r["type"].lower(), _coalesce(r[f"{side}_country"], r[f"{side}_id"]))
                    in pairs
                    for side, other in (("source", "target"), ("target", "source"))):
                found[r["id"]] = _story_report(r)
    return [found[i] for i in sorted(found)]


def _coalesce(first: str | None, second: str | None) -> str | None:
    return first if first is not None else second


def _place_wheres(places: Sequence[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Return the WHERE clauses (and their values) that read the reports in *places*."""
    wheres = []
    for kind, where in _PLACES.items():
        values = sorted({v for k, v in places if k == kind})
        for chunk in _chunks(values, 400):
            sql = where.format(_marks(chunk))
            wheres.append((sql, chunk * (sql.count("?") // len(chunk))))
            # (a place may list them twice)
    return wheres


def place_reports(conn: sqlite3.Connection, places: Sequence[tuple[str, str]]
                  ) -> list[StoryReport]:
    """Return the reports of current articles in *places*: ("article", id), ("story", id)
    or ("day", YYYY-MM-DD: dated to that day)."""
    found: dict[str, StoryReport] = {}
    for where, params in _place_wheres(places):
        for r in conn.execute(f"{_STORY_REPORT} WHERE {where} AND a.superseded_by IS NULL",
                              params):
            found.setdefault(r["id"], _story_report(r))
    return [found[i] for i in sorted(found)]


def set_side_witnesses(conn: sqlite3.Connection, witnesses: Mapping[str, Sequence[str]]
                       ) -> None:
    """Write, for each report of *witnesses*, the reports it took its side from (none: it
    holds no side taken), in place of those written before."""
    ids = sorted(witnesses)
    for chunk in _chunks(ids):
        conn.execute(f"DELETE FROM side_witnesses WHERE report_id IN ({_marks(chunk)})", chunk)
    conn.executemany("INSERT OR IGNORE INTO side_witnesses(report_id, witness_id) VALUES (?, ?)",
                     [(i, w) for i in ids for w in witnesses[i]])


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
