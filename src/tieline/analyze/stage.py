"""Run the corpus stage over what is pending in the store: stories, then merged events.

Incremental: only new articles are compared (with their MinHash candidates), only the stories
they touch are recomputed, and only the merge groups whose reports or stories changed are
merged again. Crash-safe: each batch is one transaction, and what is pending is read from the
store (articles not yet placed in a story, reports not yet merged), so a run killed half-way
is finished by the next one.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from dataclasses import dataclass

from ..models import Event
from ..store import Store
from ..store import merged as merged_sql
from ..store import stories as stories_sql
from .merge import Placed, Report, cluster, group_key, merge, region
from .stories import (
    MIN_SHARED_KEYS,
    REWRITE_DAYS,
    STORIES_STAGE,
    Link,
    Profile,
    assign,
    compare,
    copy_keys,
    dump,
    keys,
    load,
    profile,
)


@dataclass(frozen=True)
class CorpusUpdate:
    """What one run of the corpus stage changed."""

    placed: int = 0        # articles placed in a story for the first time
    restoried: int = 0     # articles whose story or copy_of changed (including those)
    groups: int = 0        # merge groups merged again
    merged: int = 0        # merged events in those groups


def update_corpus(store: Store, batch: int = 200) -> CorpusUpdate:
    """Place new articles in stories and merge the reports that changed; return the counts."""
    placed = restoried = 0
    with store.transaction() as conn:
        neighbours = stories_sql.retire_superseded(conn)
        restoried += len(_restory(store, neighbours))
    cache = _Profiles(store)
    while True:
        with store.transaction() as conn:
            rows = stories_sql.pending_stories(conn, batch)
            if not rows:
                break
            profiles = [cache.get(r) for r in rows]
            for p in profiles:
                _link(store, p, cache)
            stories_sql.mark_linked(conn, [p.id for p in profiles], STORIES_STAGE)
            changed = _restory(store, [p.id for p in profiles])
            placed += len(rows)
            restoried += len(changed)
    groups, merged = merge_pending(store)
    return CorpusUpdate(placed, restoried, groups, merged)


class _Profiles:
    """Article profiles for one run: recently used ones in memory (a candidate is compared
    with many new articles), the others loaded from the store, profiled from the text (and
    stored) only the first time."""

    def __init__(self, store: Store, size: int = 5000) -> None:
        self.store, self.size = store, size
        self.found: OrderedDict[str, Profile] = OrderedDict()

    def get(self, r: sqlite3.Row) -> Profile:
        p = self.found.get(r["id"])
        if p is not None:
            self.found.move_to_end(r["id"])
            return p
        conn = self.store.conn
        actors = stories_sql.article_actor_ids(conn, r["id"])
        meta = (r["id"], r["published"], r["outlet"], r["content_hash"])
        p = load(r["profile"], *meta, actors) if r["profile"] else None
        if p is None:
            p = profile(meta[0], stories_sql.article_text(conn, r["id"]), *meta[1:], actors)
            stories_sql.save_profile(conn, p.id, dump(p))
        self.found[r["id"]] = p
        if len(self.found) > self.size:
            self.found.popitem(last=False)
        return p


def _link(store: Store, p: Profile, cache: _Profiles) -> None:
    """Store the article's MinHash keys and its links to the articles it copies or rewrites
    (or that copy or rewrite it)."""
    rewrite, copy = keys(p), copy_keys(p)
    stories_sql.save_keys(store.conn, p.id, p.day, rewrite + copy)
    found = stories_sql.candidates(store.conn, p.id, p.content_hash, p.day, rewrite,
                                   MIN_SHARED_KEYS, REWRITE_DAYS, copy)
    for row in stories_sql.story_rows(store.conn, found):
        link = compare(p, cache.get(row))
        if link is not None:
            stories_sql.save_link(store.conn, link.a, link.b, link.kind, link.score)


def _restory(store: Store, article_ids: list[str]) -> list[str]:
    """Recompute the stories of *article_ids*; mark the reports of changed articles for
    merging again; return the changed ids."""
    done: set[str] = set()
    changed: list[str] = []
    stories_left: set[str] = set()
    for article_id in article_ids:
        if article_id in done:
            continue
        members, rows = stories_sql.component(store.conn, article_id)
        done.update(members)
        links = [Link(r["a"], r["b"], r["kind"], r["score"]) for r in rows]
        moved, left = stories_sql.set_stories(store.conn, assign(members, links))
        changed += moved
        stories_left.update(left)
    merged_sql.unmerge_articles(store.conn, changed)
    merged_sql.unmerge_stories(store.conn, sorted(stories_left))
    return changed


def merge_pending(store: Store) -> tuple[int, int]:
    """Merge again, in every group with a report not yet merged, the region of the group those
    reports touch; return (groups, merged events written)."""
    merged = 0
    with store.transaction() as conn:
        merged_sql.assign_group_keys(conn, _group_key)
        groups = sorted(merged_sql.pending_groups(conn))
        for group in groups:
            placed = [Placed(row[0], row[1], row[2], row[3], row[4], bool(row[5]), bool(row[6]))
                      for row in merged_sql.group_placed(conn, group)]
            ids = region(placed)
            old = sorted({p.merged_id for p in placed if p.id in ids and p.merged_id})
            reports = [Report(event, published, story) for event, published, story
                       in merged_sql.group_reports(conn, sorted(ids))]
            events = [(merge(members), [m.event.id for m in members])
                      for members in cluster(reports)]
            merged_sql.replace_region(conn, old, sorted(ids), group, events)
            merged += len(events)
    return len(groups), merged


def _group_key(event: Event) -> str:
    return group_key(event.type, event.status, event.source, event.target)
