"""Queries for merged events: group keys, group members, merged rows, reading (used by Store).

The ``reports`` table holds one row per report (an event coded in one sentence of one article);
``merged_events`` one row per real-world event, with ``reports.merged_id`` pointing to it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..models import (
    Event,
    Evidence,
    Placed,
    Report,
    SentenceCoding,
    StoryReport,
    one_per_sentence,
)
from .events import _COLUMNS, EventQuery, _event, _ref, _where, period

_MERGED_COLUMNS = ("id, group_key, type, mode, context, source_id, source_name, "
                   "source_country, source_sector, source_kind, target_id, target_name, "
                   "target_country, target_sector, target_kind, source_basis, target_basis, "
                   "intensity, status, claimed_by, "
                   "date, date_precision, date_basis, date_text, date_start, date_end, rule, "
                   "reports, independent_sources, date_spread, mutual")
_REPORT_COLUMNS = ", ".join("e." + c.strip() for c in _COLUMNS.split(","))


def assign_group_keys(conn: sqlite3.Connection, key: Callable[[Report], str]) -> set[str]:
    """Give every report of a current article its merge group; return the groups touched."""
    rows = conn.execute(f"SELECT {_REPORT_COLUMNS} FROM reports e JOIN articles a ON "
                        "a.id = e.article_id WHERE e.group_key IS NULL AND "
                        "a.superseded_by IS NULL").fetchall()
    keyed = [(key(_event(r)), r["id"]) for r in rows]
    conn.executemany("UPDATE reports SET group_key = ? WHERE id = ?", keyed)
    return {k for k, _ in keyed}


def unmerge_articles(conn: sqlite3.Connection, article_ids: Sequence[str]) -> None:
    """Mark the reports of *article_ids* for merging again (their story changed)."""
    for i in range(0, len(article_ids), 500):
        chunk = list(article_ids[i:i + 500])
        conn.execute(f"UPDATE reports SET merge_stale = 1 WHERE article_id IN "
                     f"({', '.join('?' * len(chunk))})", chunk)


def unmerge_stories(conn: sqlite3.Connection, story_ids: Sequence[str]) -> None:
    """Mark the reports of the current members of *story_ids* for merging again (an article
    left their story, so their undated reports may attach elsewhere)."""
    for i in range(0, len(story_ids), 500):
        chunk = list(story_ids[i:i + 500])
        conn.execute(f"UPDATE reports SET merge_stale = 1 WHERE article_id IN (SELECT id FROM "
                     f"articles WHERE story_id IN ({', '.join('?' * len(chunk))}))", chunk)


#: An article's date as merging anchors its undated reports to it: its story's, else its own,
#: else the one the news it reports gives it (analyze/coreport.py).
_ANCHOR = "coalesce(a.story_date, a.published, a.coreported, a.neighboured)"
_PLACED = ("SELECT e.group_key, e.id, e.date, e.date_precision, coalesce(a.story_id, a.id), "
           "e.merged_id, a.superseded_by IS NULL, e.merged_id IS NULL OR e.merge_stale = 1, "
           f"{_ANCHOR}, (SELECT group_concat(k.key) FROM report_keys k WHERE k.report_id = e.id) "
           "FROM reports e JOIN articles a ON a.id = e.article_id WHERE ")


def pending_placed(conn: sqlite3.Connection) -> dict[str, list[Placed]]:
    """Return, by group, the reports not merged yet (new, or their story changed, or their
    article superseded) as (id, date, precision, story, merged_id, current, pending, anchor):
    where
    choosing the region to merge again starts."""
    found: dict[str, list[Placed]] = {}
    for r in conn.execute(f"{_PLACED} e.merged_id IS NULL AND e.group_key IS NOT NULL UNION "
                          f"{_PLACED} e.merge_stale = 1 AND e.group_key IS NOT NULL"):
        found.setdefault(r[0], []).append(_placed(r))
    return found


def _placed(r: Sequence[Any]) -> Placed:
    _, report_id, day, precision, story, merged_id, current, pending, anchor, keys = r
    return Placed(report_id, day, precision, story, merged_id, bool(current), bool(pending),
                  anchor, _keys(keys))


def key_reports(conn: sqlite3.Connection, keys: Callable[[str], Iterable[int]]) -> int:
    """Index every report not keyed yet by the *keys* of its sentence (report_keys, migration
    0029); return how many were keyed."""
    rows = conn.execute("SELECT id, sentence FROM reports WHERE keyed = 0").fetchall()
    conn.executemany("INSERT OR IGNORE INTO report_keys(key, report_id) VALUES (?, ?)",
                     [(k, r[0]) for r in rows for k in keys(r[1] or "")])
    conn.executemany("UPDATE reports SET keyed = 1 WHERE id = ?", [(r[0],) for r in rows])
    return len(rows)


#: Reports not dated to a real day (no date, a coarser one, or a malformed one): the partial
#: index events_undated (migration 0012) holds them, so this must stay its WHERE clause word
#: for word.
_NOT_A_DAY = ("(e.date IS NULL OR e.date_precision IS NOT 'day' OR e.date < '0001' OR "
              "date(julianday(e.date)) IS NOT e.date)")


#: Reports whose article gives merging no real day to anchor them to (analyze/merge.py
#: ``unanchored``: no date, a malformed one, or one of the first days of year 1).
_NO_DAY_ANCHOR = (f"({_ANCHOR} IS NULL OR date(julianday({_ANCHOR})) IS NOT {_ANCHOR} OR "
                  f"{_ANCHOR} < '0001-01-07')")


def group_placed(conn: sqlite3.Connection, group: str, days: Sequence[tuple[str, str]] = (),
                 dated: Iterable[str] = (), within: Iterable[str] = (),
                 stories: Iterable[str] = (), undated: Iterable[str] = (),
                 events: Iterable[str] = (), anchored: Sequence[tuple[str, str]] = (),
                 keyed: Iterable[int] = (), keyed_undated: Iterable[int] = ()
                 ) -> list[Placed]:
    """Return, as ``pending_placed`` does, the reports of one group that are current or not
    merged yet and are dated within one of *days* (first, last), are a month or year report
    of a period in *dated*, are dated within a period in *within*, belong to one of *stories*
    (the story of an article not placed yet is its id), are not dated to a real day and belong
    to one of *undated*, are merged into one of *events*, are not dated to a real day and
    their article's date (``_ANCHOR``) is within one of *anchored* (first, last), are keyed
    (report_keys) by one of *keyed*, or are not dated to a real day, have no real day to be
    anchored to and are keyed by one of *keyed_undated*."""
    # (each part read by the index its values select: '+e.group_key' keeps the group's own
    # index from being preferred where it would read the whole group)
    by_date = "e.group_key = ? AND e.date BETWEEN ? AND ?"
    wheres: list[tuple[str, Sequence[Any]]] = [(by_date, (group, *d)) for d in days]
    wheres += [(by_date, (group, p, p + "~")) for p in within]  # ('~' sorts after digits)
    wheres += [(f"e.group_key = ? AND {_NOT_A_DAY} AND {_ANCHOR} BETWEEN ? AND ?", (group, *d))
               for d in anchored]
    stories = sorted(stories)  # (read twice)
    for values, where in (
            (dated, "e.group_key = ? AND e.date IN ({}) AND "
                    "e.date_precision IN ('month', 'year')"),
            (events, "+e.group_key = ? AND e.merged_id IN ({})"),
            (stories, "+e.group_key = ? AND e.article_id IN (SELECT id FROM articles WHERE "
                      "story_id IN ({}))"),
            (stories, "+e.group_key = ? AND e.article_id IN ({}) AND a.story_id IS NULL"),
            (undated, f"e.group_key = ? AND {_NOT_A_DAY} AND "
                      "coalesce(a.story_id, a.id) IN ({})"),
            (keyed, "+e.group_key = ? AND e.id IN (SELECT report_id FROM report_keys WHERE "
                    "key IN ({}))"),
            (keyed_undated, f"+e.group_key = ? AND {_NOT_A_DAY} AND {_NO_DAY_ANCHOR} AND "
                            "e.id IN (SELECT report_id FROM report_keys WHERE key IN ({}))")):
        ordered: list[Any] = sorted(values)
        for i in range(0, len(ordered), 400):
            chunk = ordered[i:i + 400]
            wheres.append((where.format(", ".join("?" * len(chunk))), (group, *chunk)))
    found: dict[str, Placed] = {}
    for i in range(0, len(wheres), 50):
        sql: list[str] = []
        params: list[Any] = []
        for where, values in wheres[i:i + 50]:
            sql.append(f"{_PLACED} {where} AND (a.superseded_by IS NULL OR "
                       "e.merged_id IS NULL OR e.merge_stale = 1)")
            params += values
        for r in conn.execute(" UNION ALL ".join(sql), params):
            if r[1] not in found:
                found[r[1]] = _placed(r)
    return list(found.values())


def group_reports(conn: sqlite3.Connection, ids: Sequence[str]
                  ) -> list[StoryReport]:
    """Return the reports *ids* in current articles: each with its evidence's url and
    outlet, its article's date, its story, and the date merging anchors it to."""
    found = []
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        found += conn.execute(
            f"SELECT {_REPORT_COLUMNS}, a.url AS url, a.outlet AS outlet, "
            "a.published AS published, coalesce(a.story_id, a.id) AS story, "
            f"{_ANCHOR} AS anchor, (SELECT group_concat(k.key) FROM report_keys k WHERE "
            "k.report_id = e.id) AS keys "
            "FROM reports e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.id IN ({', '.join('?' * len(chunk))}) AND a.superseded_by IS NULL",
            chunk).fetchall()
    return [StoryReport(_event(r, r["url"], r["outlet"]), r["published"], r["story"],
                        r["anchor"], _keys(r["keys"])) for r in found]


def _keys(joined: str | None) -> tuple[int, ...]:
    return tuple(sorted(int(k) for k in joined.split(","))) if joined else ()


def replace_region(conn: sqlite3.Connection, old: Sequence[str], region: Sequence[str],
                   group: str, merged: Sequence[tuple[Event, Sequence[str]]]) -> None:
    """Replace the merged events *old* by *merged*: (event, ids of its reports); the reports
    of *region* in none of them (their article was superseded) are marked merged into
    nothing ('')."""
    for i in range(0, len(old), 500):
        chunk = list(old[i:i + 500])
        conn.execute(f"DELETE FROM merged_events WHERE id IN ({', '.join('?' * len(chunk))})",
                     chunk)
    conn.executemany("UPDATE reports SET merged_id = '', merge_stale = 0 WHERE id = ?",
                     [(i,) for i in region])
    marks = ", ".join("?" * len(_MERGED_COLUMNS.split(",")))
    for event, members in merged:
        conn.execute(f"INSERT INTO merged_events({_MERGED_COLUMNS}) VALUES ({marks})",
                     _merged_row(group, event))
        conn.executemany("UPDATE reports SET merged_id = ? WHERE id = ?",
                         [(event.id, m) for m in members])


def _merged_row(group: str, e: Event) -> tuple[Any, ...]:
    try:
        start, end = period(e.date) if e.date else (None, None)
    except ValueError:
        start = end = None
    sides: list[str | None] = []
    for ref in (e.source, e.target):
        sides += ([None] * 5 if ref is None else
                  [ref.id, ref.name, ref.country, ref.sector, ref.kind])
    bases = [None if ref is None else ref.basis for ref in (e.source, e.target)]
    return (e.id, group, e.type, e.mode, json.dumps(list(e.context)), *sides, *bases,
            e.intensity,
            e.status, json.dumps(list(e.claimed_by), ensure_ascii=False), e.date,
            e.date_precision, e.date_basis, e.date_text, start, end, e.rule, e.reports,
            e.independent_sources, json.dumps(list(e.date_spread)) if e.date_spread else None,
            int(e.mutual))


def query_merged(conn: sqlite3.Connection, q: EventQuery) -> list[Event]:
    """Return the merged events *q* selects, by date (undated last), each with the evidence
    of all its reports in current articles."""
    params: list[Any] = []
    where = _where(q, params, current=False)
    sql = (f"SELECT {_MERGED_COLUMNS} FROM merged_events e "
           f"{'WHERE ' + ' AND '.join(where) if where else ''} "
           "ORDER BY e.date_start IS NULL, e.date_start, e.date_end, e.id LIMIT ? OFFSET ?")
    params += [-1 if q.limit is None else q.limit, q.offset]
    rows = conn.execute(sql, params).fetchall()
    evidence = _evidence(conn, [r["id"] for r in rows])
    return [_merged(r, evidence.get(r["id"], ())) for r in rows]


def _evidence(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, tuple[Evidence, ...]]:
    found: dict[str, list[Evidence]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in conn.execute(
                f"SELECT {_REPORT_COLUMNS}, e.merged_id AS merged_id, a.url AS url, "
                "a.outlet AS outlet FROM reports e JOIN articles a ON a.id = e.article_id "
                f"WHERE e.merged_id IN ({', '.join('?' * len(chunk))}) AND "
                "a.superseded_by IS NULL ORDER BY a.published IS NULL, a.published, "
                "e.article_id, e.sentence_start, e.trigger_start", chunk):
            report = _event(r, r["url"], r["outlet"])
            found.setdefault(r["merged_id"], []).append(replace(
                report.evidence[0], codings=(SentenceCoding.of(report, report.rule),)))
    return {k: one_per_sentence(v) for k, v in found.items()}  # (a sentence two codings
    # of one event share is one report of it, with both codings)


def _merged(r: sqlite3.Row, evidence: tuple[Evidence, ...]) -> Event:
    return Event(id=r["id"], type=r["type"], source=_ref(r, "source"),
                 target=_ref(r, "target"), evidence=evidence, mode=r["mode"],
                 context=tuple(json.loads(r["context"])), intensity=r["intensity"],
                 status=r["status"], claimed_by=tuple(json.loads(r["claimed_by"])),
                 date=r["date"], date_precision=r["date_precision"],
                 date_basis=r["date_basis"], date_text=r["date_text"], rule=r["rule"],
                 date_spread=tuple(json.loads(r["date_spread"])) if r["date_spread"] else None,
                 reports=r["reports"], independent_sources=r["independent_sources"],
                 mutual=bool(r["mutual"]))


def count_merged(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM merged_events").fetchone()[0])
