"""Queries for a corpus at a glance and for reading one article (used by Corpus).

A pair of actors is counted at the level a reader asks for it: a person or a body with a
country counts for that country (Pashinyan–Putin is ARM–RUS, as ``Corpus.relations`` reads
it), anyone else for itself. First and last dates are given as their events are dated ("2008"
for an event known to the year), never as the first day of their period ("2008-01-01" would
claim a day nobody reported).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..models import PairCount, Report
from .events import _COLUMNS, _event

_SIDE_KEY = "coalesce(e.{side}_country, e.{side}_id)"
_PAIRS = f"""
SELECT min(a, b) AS first, max(a, b) AS second, count(*) AS events,
       sum(date_start IS NULL) AS undated, {{first}} AS since, {{last}} AS until
FROM (SELECT {_SIDE_KEY.format(side="source")} AS a, {_SIDE_KEY.format(side="target")} AS b,
             e.date, e.date_start, e.date_end FROM merged_events e)
WHERE a IS NOT NULL AND b IS NOT NULL AND a != b
GROUP BY first, second ORDER BY events DESC, first, second LIMIT ?"""
# the date of the event that starts first / ends last, at its own precision (a period's bound
# is 10 characters, so the date follows it at the 12th)
_FIRST = "substr(min(date_start || '|' || date), 12)"
_LAST = "substr(max(date_end || '|' || date), 12)"
_PAIRS = _PAIRS.format(first=_FIRST, last=_LAST)


def busiest_pairs(conn: sqlite3.Connection, limit: int) -> list[PairCount]:
    """Return the *limit* pairs with the most events: ids, event counts, first/last day."""
    return [PairCount(*r) for r in conn.execute(_PAIRS, (limit,))]


def pair_years(conn: sqlite3.Connection, first: str, second: str) -> dict[str, int]:
    """Return the pair's dated events per year (either way round)."""
    sql = f"""SELECT substr(date_start, 1, 4) AS year, count(*) AS n FROM merged_events e
              WHERE date_start IS NOT NULL AND (
                ({_SIDE_KEY.format(side="source")} = ? AND {_SIDE_KEY.format(side="target")} = ?)
                OR ({_SIDE_KEY.format(side="source")} = ? AND
                    {_SIDE_KEY.format(side="target")} = ?))
              GROUP BY year ORDER BY year"""
    return {r["year"]: r["n"] for r in conn.execute(sql, (first, second, second, first))}


def corpus_counts(conn: sqlite3.Connection) -> dict[str, Any]:
    """Return the corpus's counts (current articles only) and its periods. An article is
    undated when it has no date at all, as every list shows it (``Article.shown_date``);
    ``inferred_dates`` counts those dated only by their story's original or by the news they
    report."""
    arts = conn.execute(
        "SELECT count(*) AS articles, count(DISTINCT coalesce(story_id, id)) AS stories, "
        "count(DISTINCT outlet) AS outlets, sum(copy_of IS NOT NULL) AS copies, "
        "sum(coalesce(published, story_date, coreported, neighboured) IS NULL) "
        "AS undated_articles, "
        "sum(published IS NULL AND coalesce(story_date, coreported, neighboured) IS NOT NULL) "
        "AS inferred_dates, min(published) AS first_published, "
        "max(published) AS last_published FROM articles WHERE superseded_by IS NULL"
    ).fetchone()
    events = conn.execute(
        "SELECT count(*) AS events, sum(date_start IS NULL) AS undated_events, "
        f"{_FIRST} AS first_event, {_LAST} AS last_event FROM merged_events"
    ).fetchone()
    langs = {r["lang"] or "unknown": r["n"] for r in conn.execute(
        "SELECT lang, count(*) AS n FROM articles WHERE superseded_by IS NULL "
        "GROUP BY lang ORDER BY n DESC, lang")}
    return {**{k: arts[k] or 0 for k in ("articles", "stories", "outlets", "copies",
                                         "undated_articles", "inferred_dates")},
            "published": [arts["first_published"], arts["last_published"]],
            "events": events["events"], "undated_events": events["undated_events"] or 0,
            "period": [events["first_event"], events["last_event"]], "languages": langs}


def article_reports(conn: sqlite3.Connection, article_id: str) -> list[Report]:
    """Return the events one article reports, in the order of its text."""
    sql = (f"SELECT {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))}, "
           "a.url AS url, a.outlet AS outlet FROM reports e JOIN articles a ON a.id = "
           "e.article_id WHERE e.article_id = ? ORDER BY e.sentence_start, e.trigger_start, e.id")
    return [_event(r, r["url"], r["outlet"]) for r in conn.execute(sql, (article_id,))]


def count_search(conn: sqlite3.Connection, match: str) -> int:
    """Return how many current articles the FTS5 *match* expression finds."""
    try:
        row = conn.execute(
            "SELECT count(*) FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? AND a.superseded_by IS NULL", (match,)).fetchone()
    except sqlite3.OperationalError:  # the search itself reports the problem
        return 0
    return int(row[0])
