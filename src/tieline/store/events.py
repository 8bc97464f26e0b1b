"""Queries for the events coded in articles: save, move after a chrome cut, filter (used by Store).

An event is stored once per article, with the sentence that reports it. Filters take actors
as the user writes them (an id, a name or an alias, in any case) and dates at any precision:
an event is within ``since``..``until`` when its period (a day, a month or a year) overlaps it.
"""

from __future__ import annotations

import calendar
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import UnknownActor, UsageError
from ..models import (
    SIDE_BASES,
    STAGE_VERSIONS,
    Actor,
    ActorRef,
    Article,
    Evidence,
    Report,
    ReportDating,
    StoryDating,
)
from .actors import actors_named, ensure_actor

if TYPE_CHECKING:
    from ..kb import KnowledgeBase

EVENTS_STAGE = STAGE_VERSIONS["events"]

#: The 16 PLOVER event types; a --type filter may also name any type already stored.
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

_COLUMNS = ("id, article_id, type, mode, context, source_id, source_name, source_country, "
            "source_sector, source_kind, target_id, target_name, target_country, target_sector, "
            "target_kind, source_basis, target_basis, intensity, status, claimed_by, date, "
            "date_precision, date_basis, date_text, date_start, date_end, sentence_start, "
            "sentence_end, sentence, "
            "trigger_start, trigger_end, quote, rule, stage, mutual, part")
_INSERT = (f"INSERT OR REPLACE INTO reports({_COLUMNS}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS.split(',')))})")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


# -- dates --------------------------------------------------------------------------------------
def period(date: str) -> tuple[str, str]:
    """Return the first and last day of *date* (YYYY, YYYY-MM or YYYY-MM-DD).

    Raises ValueError when *date* is not one of these or not a real day.
    """
    if not _DATE.fullmatch(date):
        raise ValueError(f"{date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in date.split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{date!r}: no month {month}")
    if len(parts) == 3:
        if not 1 <= parts[2] <= calendar.monthrange(year, parts[1])[1]:
            raise ValueError(f"{date!r}: no such day")
        return date, date
    if month is None:
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


def check_date(value: str, name: str = "date") -> str:
    """Return *value* if it is a date at some precision, else raise UsageError saying so."""
    try:
        period(value)
    except ValueError as exc:
        raise UsageError(f"{name}: {exc}") from None
    return value


# -- saving -------------------------------------------------------------------------------------
def save_events(conn: sqlite3.Connection, article: Article,
                kb_actor: Callable[[str], Actor | None] | None) -> None:
    """Store an article's events (replacing any it had), one row per event and sentence.

    An actor id is kept when the actor is stored or the knowledge base (*kb_actor*) knows it
    (it is then stored); else it is NULL and the name, country and sector say who it is. An
    event without evidence in this article is not stored: there would be nothing to cite.
    """
    forget_reports(conn, article.id)
    known: dict[str, bool] = {}

    def actor_id(ref: ActorRef | None) -> str | None:
        if ref is None or ref.id is None:
            return None
        if ref.id not in known:
            known[ref.id] = ensure_actor(conn, ref.id, kb_actor)
        return ref.id if known[ref.id] else None

    rows = []
    for event in article.events:
        evidence = next((e for e in event.evidence if e.article_id == article.id), None)
        if evidence is not None:
            rows.append(_row(article.id, event, evidence,
                             actor_id(event.source), actor_id(event.target)))
    conn.executemany(_INSERT, rows)


def forget_reports(conn: sqlite3.Connection, article_id: str) -> None:
    """Delete an article's reports; their groups' merged events go until merged again, and
    the reports that took a side from one of them (side_witnesses, migration 0028) are
    marked for merging again, their side to be looked for again."""
    reports = "SELECT id FROM reports WHERE article_id = ?"
    conn.execute("UPDATE reports SET merge_stale = 1 WHERE id IN (SELECT report_id FROM "
                 f"side_witnesses WHERE witness_id IN ({reports}))", (article_id,))
    conn.execute(f"DELETE FROM side_witnesses WHERE witness_id IN ({reports})", (article_id,))
    conn.execute(f"DELETE FROM side_witnesses WHERE report_id IN ({reports})", (article_id,))
    conn.execute(f"DELETE FROM report_keys WHERE report_id IN ({reports})", (article_id,))
    groups = [r[0] for r in conn.execute("SELECT DISTINCT group_key FROM reports WHERE "
                                         "article_id = ? AND group_key IS NOT NULL",
                                         (article_id,))]
    conn.execute("DELETE FROM reports WHERE article_id = ?", (article_id,))
    for group in groups:
        conn.execute("UPDATE reports SET merged_id = NULL WHERE group_key = ?", (group,))
        conn.execute("DELETE FROM merged_events WHERE group_key = ?", (group,))


def _row(article_id: str, e: Report, ev: Evidence, source_id: str | None,
         target_id: str | None) -> tuple[Any, ...]:
    try:
        start, end = period(e.date) if e.date else (None, None)
    except ValueError:  # a malformed date is kept as written but matches no date filter
        start = end = None
    return (e.id, article_id, e.type, e.mode, json.dumps(list(e.context)),
            *_ref_columns(e.source, source_id), *_ref_columns(e.target, target_id),
            _basis(e.source), _basis(e.target), e.intensity, e.status,
            json.dumps(list(e.claimed_by), ensure_ascii=False), e.date, e.date_precision,
            e.date_basis, e.date_text, start, end, ev.start, ev.end, ev.sentence,
            ev.trigger_start, ev.trigger_end, ev.quote, e.rule, EVENTS_STAGE, int(e.mutual),
            ev.part)


def _ref_columns(ref: ActorRef | None, actor_id: str | None) -> tuple[Any, ...]:
    if ref is None:
        return None, None, None, None, None
    return actor_id, ref.name, ref.country, ref.sector, ref.kind


def _basis(ref: ActorRef | None) -> str | None:
    return None if ref is None else ref.basis


def move_events(conn: sqlite3.Connection, article_id: str, kept: Sequence[Report]) -> None:
    """Move an article's stored reports after lines were cut from its text: *kept* are the
    same reports with their evidence moved (those on cut lines dropped)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM reports WHERE article_id = ?",
                        (article_id,)).fetchall()
    if not rows:
        return
    moved = {e.id: e.evidence[0] for e in kept}
    forget_reports(conn, article_id)
    conn.executemany(_INSERT, [_moved_row(r, moved[r["id"]]) for r in rows if r["id"] in moved])
    conn.execute("UPDATE reports SET merge_stale = 1 WHERE article_id = ? AND "
                 "(source_basis = 'inferred-event' OR target_basis = 'inferred-event')",
                 (article_id,))  # (a side taken is looked for again: its mentions moved)


def _moved_row(r: sqlite3.Row, ev: Evidence) -> tuple[Any, ...]:
    values = dict(zip(r.keys(), tuple(r), strict=True))
    values.update(sentence_start=ev.start, sentence_end=ev.end, sentence=ev.sentence,
                  trigger_start=ev.trigger_start, trigger_end=ev.trigger_end)
    return tuple(values[c.strip()] for c in _COLUMNS.split(","))


# -- reading ------------------------------------------------------------------------------------
def _ref(r: sqlite3.Row, side: str) -> ActorRef | None:
    if r[f"{side}_name"] is None:
        return None
    basis = r[f"{side}_basis"]
    return ActorRef(id=r[f"{side}_id"], name=r[f"{side}_name"], country=r[f"{side}_country"],
                    sector=r[f"{side}_sector"], kind=r[f"{side}_kind"],
                    basis=basis if basis in SIDE_BASES else "stated")


def _event(r: sqlite3.Row, url: str | None = None, outlet: str | None = None) -> Report:
    evidence = Evidence(article_id=r["article_id"], start=r["sentence_start"],
                        end=r["sentence_end"], sentence=r["sentence"],
                        trigger_start=r["trigger_start"], trigger_end=r["trigger_end"],
                        quote=r["quote"], url=url, outlet=outlet,
                        part="title" if r["part"] == "title" else "text")
    return Report(id=r["id"], type=r["type"], source=_ref(r, "source"),
                 target=_ref(r, "target"), evidence=(evidence,), mode=r["mode"],
                 context=tuple(json.loads(r["context"])), intensity=r["intensity"],
                 status=r["status"], claimed_by=tuple(json.loads(r["claimed_by"])),
                 date=r["date"], date_precision=r["date_precision"],
                 date_basis=r["date_basis"], date_text=r["date_text"], rule=r["rule"],
                 mutual=bool(r["mutual"]))


@dataclass(frozen=True)
class EventQuery:
    """What to select: actors already resolved, dates already checked."""

    actors: tuple[Actor, ...] = ()
    pair: tuple[Actor, Actor] | None = None
    type: str | None = None
    mode: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    offset: int = 0
    id: str | None = None
    date_bases: tuple[str, ...] | None = None  # leave out events dated on other bases


def _side(side: str, actor: Actor, params: list[Any]) -> str:
    """SQL matching *actor* on one side of an event; a country stands for everyone of that
    country too: its leaders, government, military ("Pashinyan met Putin" is Armenia–Russia)."""
    params.append(actor.id)
    if actor.kind != "country":
        return f"e.{side}_id = ?"
    params.append(actor.id)
    return f"(e.{side}_id = ? OR e.{side}_country = ?)"


def _where(q: EventQuery, params: list[Any], current: bool = True) -> list[str]:
    """Return the SQL conditions of *q* on events ``e`` (and articles ``a`` if *current*)."""
    where = ["a.superseded_by IS NULL"] if current else []
    if q.id is not None:
        where.append("e.id = ?")
        params.append(q.id)
    if q.actors:
        where.append("(" + " OR ".join(_side(side, actor, params) for actor in q.actors
                                       for side in ("source", "target")) + ")")
    if q.pair:
        a, b = q.pair
        forward = f"{_side('source', a, params)} AND {_side('target', b, params)}"
        backward = f"{_side('source', b, params)} AND {_side('target', a, params)}"
        where.append(f"(({forward}) OR ({backward}))")
    if q.type:
        where.append("e.type = ?")
        params.append(q.type)
    if q.mode:
        where.append("e.mode = ?")
        params.append(q.mode)
    if q.since:
        where.append("e.date_end >= ?")
        params.append(period(q.since)[0])
    if q.until:
        where.append("e.date_start <= ?")
        params.append(period(q.until)[1])
    if q.date_bases is not None:
        where.append(f"(e.date IS NULL OR e.date_basis IN ({', '.join('?' * len(q.date_bases))}))"
                     if q.date_bases else "e.date IS NULL")
        params.extend(q.date_bases)
    return where


def query_events(conn: sqlite3.Connection, q: EventQuery) -> list[Report]:
    """Return the events of current articles that *q* selects, by date (undated last), then
    article and place in it."""
    params: list[Any] = []
    where = _where(q, params)
    sql = (f"SELECT {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))}, "
           "a.url AS url, a.outlet AS outlet FROM reports e JOIN articles a ON a.id = e.article_id "
           f"WHERE {' AND '.join(where)} ORDER BY e.date_start IS NULL, e.date_start, "
           "e.date_end, e.article_id, e.sentence_start, e.trigger_start, e.id "
           "LIMIT ? OFFSET ?")
    params += [-1 if q.limit is None else q.limit, q.offset]
    return [_event(r, r["url"], r["outlet"]) for r in conn.execute(sql, params)]


def check_type(conn: sqlite3.Connection, value: str) -> tuple[str, str | None]:
    """Split "TYPE" or "TYPE:mode" and check the type; raise UsageError for an unknown one."""
    event_type, _, mode = value.partition(":")
    event_type, mode = event_type.strip(), mode.strip()
    if event_type.upper() not in PLOVER_TYPES and not conn.execute(
            "SELECT 1 FROM reports WHERE type = ? LIMIT 1", (event_type,)).fetchone():
        raise UsageError(f"unknown event type {event_type!r}; PLOVER types: "
                         f"{', '.join(PLOVER_TYPES)}")
    return event_type, mode or None


# -- actors as the user writes them -------------------------------------------------------------
def _kb_matches(kb: KnowledgeBase, key: str) -> list[list[Actor]]:
    """Return the knowledge base's actors matching *key* (casefolded) by id, name, alias, and
    other forms (demonym, capital, metonym), one list per level."""
    levels: list[list[Actor]] = [[], [], [], []]
    for actor in kb.actors.values():
        if actor.id.casefold() == key:
            levels[0].append(actor)
        elif actor.name.casefold() == key:
            levels[1].append(actor)
        elif any(alias.casefold() == key for alias in actor.aliases):
            levels[2].append(actor)
    for form in kb.forms:
        if form.form != "name" and form.text.casefold() == key:
            found = kb.get(form.actor_id)
            if found is not None:
                levels[3].append(found)
    return levels


def resolve_actor(conn: sqlite3.Connection, name: str, kb: KnowledgeBase | None) -> Actor:
    """Return the actor *name* stands for: an id, a name or an alias, in any case.

    The closest kind of match wins (id, then name, then alias, then a demonym, capital or
    metonym); among several equally close, the one the corpus holds. A leading "the" is
    dropped when the whole name matches nothing ("the Kremlin"). Raises UsageError for an
    unknown or ambiguous name.
    """
    written = " ".join(name.split())
    found = _candidates(conn, written, kb)
    if not found and written.casefold().startswith("the "):
        found = _candidates(conn, written[4:], kb)
    if found is None:
        raise UnknownActor(f"unknown actor {name!r}; try `tieline actors`", name)
    return found


def _candidates(conn: sqlite3.Connection, written: str, kb: KnowledgeBase | None
                ) -> Actor | None:
    key = written.casefold()
    levels = _kb_matches(kb, key) if kb is not None and key else [[], [], [], []]
    for actor, level in actors_named(conn, written) if key else []:
        levels[level].insert(0, actor)  # the stored actor (maybe learned) first
    for found in levels:
        by_id = {a.id: a for a in reversed(found)}  # the stored version wins
        if len(by_id) > 1:
            stored = _stored_ids(conn, list(by_id))
            by_id = {i: a for i, a in by_id.items() if i in stored} or by_id
        if len(by_id) == 1:
            return next(iter(by_id.values()))
        if by_id:
            choices = ", ".join(f"{a.id} ({a.name})" for a in sorted(by_id.values(),
                                                                       key=lambda a: a.id))
            raise UsageError(f"actor {written!r} is ambiguous: {choices}; give an id")
    return None


def _stored_ids(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    marks = ", ".join("?" * len(ids))
    return {r[0] for r in conn.execute(f"SELECT id FROM actors WHERE id IN ({marks})", ids)}


# -- dating the members of a story (analyze/dating.py) -----------------------------------------
def story_dating(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[StoryDating]:
    """Return, for the current articles among *article_ids*: id, published, story_date and
    the publication date of the article they copy (original_published)."""
    rows: list[StoryDating] = []
    for i in range(0, len(article_ids), 500):
        chunk = list(article_ids[i:i + 500])
        rows += (StoryDating(*r) for r in conn.execute(
            "SELECT a.id, a.published, a.story_date, o.published AS original_published "
            "FROM articles a LEFT JOIN articles o ON o.id = a.copy_of "
            f"WHERE a.id IN ({', '.join('?' * len(chunk))}) AND a.superseded_by IS NULL",
            chunk))
    return rows


def set_story_date(conn: sqlite3.Connection, article_id: str, day: str | None) -> None:
    conn.execute("UPDATE articles SET story_date = ? WHERE id = ?", (day, article_id))


def report_dates(conn: sqlite3.Connection, article_id: str) -> list[ReportDating]:
    """Return what dating an article's reports again needs: id, status, date_text, basis,
    and the date and precision they have now."""
    return [ReportDating(*r) for r in conn.execute(
        "SELECT id, status, date_text, date_basis, date, date_precision FROM reports "
        "WHERE article_id = ?",
        (article_id,))]


def set_report_dates(conn: sqlite3.Connection, reports: Sequence[ReportDating]) -> None:
    """Store each report's date, precision and basis, with the period --since/--until read."""
    out = []
    for r in reports:
        try:
            start, end = period(r.date) if r.date else (None, None)
        except ValueError:
            start = end = None
        out.append((r.date, r.date_precision, r.date_basis, start, end, r.id))
    conn.executemany("UPDATE reports SET date = ?, date_precision = ?, date_basis = ?, "
                     "date_start = ?, date_end = ? WHERE id = ?", out)
