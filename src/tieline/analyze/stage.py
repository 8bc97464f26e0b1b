"""Run the corpus stage over what is pending in the store: stories, then merged events.

Incremental: only new articles are compared (with their MinHash candidates), only the stories
they touch are recomputed, and only the merge groups whose reports or stories changed are
merged again. Crash-safe: each batch is one transaction, and what is pending is read from the
store (articles not yet placed in a story, reports not yet merged), so a run killed half-way
is finished by the next one.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..happening import group_key
from ..models import Placed, Report, StoryArticle
from ..store.interface import CorpusStore
from .attach import attach_sides
from .coreport import date_by_coreports
from .dating import date_members
from .merge import Lookup, cluster, grow_region, merge, plan_group
from .neighbours import date_by_neighbours, sentence_keys
from .stories import (
    MIN_SHARED_ANCHOR_KEYS,
    MIN_SHARED_KEYS,
    MIN_SHARED_TRANSLATION_KEYS,
    REWRITE_DAYS,
    STORIES_STAGE,
    Profile,
    anchor_keys,
    compare,
    content_key,
    copy_keys,
    dump,
    keys,
    load,
    may_link,
    original,
    profile,
    sketch,
    translation_keys,
)
from .translations import languages_differ

V = TypeVar("V")


@dataclass(frozen=True)
class CorpusUpdate:
    """What one run of the corpus stage changed."""

    placed: int = 0        # articles placed in a story for the first time
    restoried: int = 0     # articles whose story or copy_of changed (including those)
    groups: int = 0        # merge groups merged again
    merged: int = 0        # merged events in those groups


def update_corpus(store: CorpusStore, batch: int = 1000) -> CorpusUpdate:
    """Place new articles in stories and merge the reports that changed; return the counts."""
    placed = restoried = 0
    with store.transaction():
        store.retire_superseded()
    cache = _Profiles(store)
    languages = store.story_languages()  # (a translation is looked up in each other one)
    while True:
        with store.transaction():
            rows = store.pending_stories(batch)
            if not rows:
                break
            joined = _Joined()
            for r in rows:
                _link(store, cache.get(r), cache, joined, languages)
            changed = _restory(store, joined)
            dated = date_members(store, changed)  # (before their reports are merged again)
            store.mark_keys_pending("coreport", dated)  # (their date is others' evidence)
            store.mark_keys_pending("neighbour", changed)  # (their story or date: the same)
            store.mark_linked([r.id for r in rows], STORIES_STAGE)
            placed += len(rows)
            restoried += len(changed)
    with store.transaction():
        coreported = date_by_coreports(store, batch)  # (pages without a date, by their news)
        date_by_neighbours(store, batch, also=coreported)  # (else by their dated neighbours)
    groups, merged = merge_pending(store)
    return CorpusUpdate(placed, restoried, groups, merged)


class _Recent(Generic[V]):
    """The values most recently used, by key: at most *size* of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: OrderedDict[str, V] = OrderedDict()

    def get(self, key: str) -> V | None:
        value = self.values.get(key)
        if value is not None:
            self.values.move_to_end(key)
        return value

    def put(self, key: str, value: V) -> None:
        self.values[key] = value
        self.values.move_to_end(key)
        if len(self.values) > self.size:
            self.values.popitem(last=False)


class _Profiles:
    """Article profiles and sketches for one run: recently used ones in memory (a candidate is
    looked at for many new articles), the others loaded from the store; a profile is computed
    from the text (and stored) only the first time."""

    def __init__(self, store: CorpusStore, size: int = 5000, sketches: int = 20000) -> None:
        self.store = store
        self.found: _Recent[Profile] = _Recent(size)
        self.sketched: _Recent[bytes] = _Recent(sketches)

    def sketches(self, ids: list[str]) -> dict[str, bytes]:
        """Return the stored sketch of each article among *ids* that has one."""
        found = {i: data for i in ids if (data := self.sketched.get(i)) is not None}
        missing = [i for i in ids if i not in found]
        loaded = self.store.sketches(missing) if missing else {}
        for i in missing:  # (kept in the order asked for)
            if i in loaded:
                self.sketched.put(i, loaded[i])
        return found | loaded

    def by_id(self, article_id: str) -> Profile | None:
        """Return the profile of a current article, None if it was superseded."""
        p = self.found.get(article_id)
        if p is not None:
            return p
        rows = self.store.story_articles([article_id])
        return self.get(rows[0]) if rows else None

    def get(self, r: StoryArticle) -> Profile:
        p = self.found.get(r.id)
        if p is not None:
            return p
        store = self.store
        actors = store.article_actor_ids(r.id)
        days = store.article_days(r.id)
        meta = (r.id, r.published, r.outlet, r.content_hash)
        p = load(r.profile, *meta, actors, days, r.lang) if r.profile else None
        if p is None:
            p = profile(meta[0], store.article_text(r.id), *meta[1:], actors, days,
                        store.article_author(r.id), r.lang)
            store.save_profile(p.id, dump(p), sketch(p))
        elif not r.sketched:  # stored before sketches were
            store.save_sketch(p.id, sketch(p))
        self.found.put(r.id, p)
        return p


class _Joined:
    """Which stories and articles of one batch the batch's links join (union-find).

    A placed article stands for its story (its node is the story id: placed stories are
    connected); an article of the batch stands for itself until a link joins it to more.
    """

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.batch: set[str] = set()

    def add(self, article_id: str) -> None:
        self.parent[article_id] = article_id
        self.batch.add(article_id)

    def find(self, node: str) -> str:
        root = node
        while self.parent.setdefault(root, root) != root:
            root = self.parent[root]
        while node != root:
            self.parent[node], node = root, self.parent[node]
        return root

    def join(self, x: str, y: str) -> None:
        self.parent[self.find(x)] = self.find(y)

    def groups(self) -> list[list[str]]:
        """Return the nodes joined together, each group sorted, groups in sorted order."""
        found: dict[str, list[str]] = {}
        for node in sorted(self.parent):
            found.setdefault(self.find(node), []).append(node)
        return sorted(found.values())


def _link(store: CorpusStore, p: Profile, cache: _Profiles, joined: _Joined,
          languages: set[str]) -> None:
    """Store the article's keys, compare it with its candidates that are not yet in its story
    (most shared keys first; its versions in the other *languages* of the corpus too), and
    store the links that join it to them."""
    rewrite, anchor, other = keys(p), anchor_keys(p), [*copy_keys(p), content_key(p)]
    translation = translation_keys(p)
    joined.add(p.id)
    found = store.story_candidates(p.id, p.day, rewrite, MIN_SHARED_KEYS, REWRITE_DAYS, other,
                                   anchor, MIN_SHARED_ANCHOR_KEYS)
    abroad = [k for lang in sorted(languages - {p.lang or ""})
              for k in translation_keys(p, lang)] if translation else []
    seen = set(found)
    foreign = [c for c in store.story_candidates(p.id, p.day, abroad,
                                                 MIN_SHARED_TRANSLATION_KEYS, REWRITE_DAYS, [])
               if c not in seen] if abroad else []
    store.save_story_keys(p.id, p.day, [*rewrite, *anchor, *translation], other)
    rows = store.story_places([*found, *foreign])
    found += [c for c in foreign if c in rows and languages_differ(p.lang, rows[c].lang)]
    # (a candidate by its fingerprint alone is compared only in another language: in one,
    # the wording's keys find what may be linked)
    todo = [c for c in found if c in rows and (rows[c].story is not None or c in joined.batch)
            and joined.find(rows[c].story or c) != joined.find(p.id)]
    # (the others are superseded, pending (compared with this one when their turn comes), or
    # already in this article's story: a link would add nothing)
    sketched = cache.sketches(todo)  # (one without is compared in full)
    possible = may_link(p, [(sketched.get(c, b""), rows[c].published, rows[c].content_hash)
                            for c in todo], [rows[c].lang for c in todo])
    ruled_out = {c for c, may in zip(todo, possible, strict=True) if not may}
    for candidate in todo:
        node = rows[candidate].story or candidate
        if candidate in ruled_out or joined.find(node) == joined.find(p.id):
            continue  # no link possible, or joined to this article's story by one found above
        other_profile = cache.by_id(candidate)
        link = compare(p, other_profile) if other_profile is not None else None
        if link is not None:
            store.save_story_link(link.a, link.b, link.kind, link.score)
            joined.join(p.id, node)


def _restory(store: CorpusStore, joined: _Joined) -> list[str]:
    """Place the batch's articles in the stories their links join, merging those stories;
    mark the reports of changed articles for merging again; return the changed ids."""
    batch = joined.batch
    placed: dict[str, tuple[str, str | None]] = {}
    for group in joined.groups():
        new = [i for i in group if i in batch]
        if not new:
            continue
        old = [i for i in group if i not in batch]  # story ids, each its story's original
        first = original(store.publication_dates(group))
        for article_id in new:
            placed[article_id] = (first, None if article_id == first else first)
        for article_id in store.placed_members([s for s in old if s != first]):
            placed[article_id] = (first, first)
    changed, left = store.set_stories(placed)
    store.unmerge_articles(changed)
    store.unmerge_stories(sorted(left))
    return changed


def merge_pending(store: CorpusStore) -> tuple[int, int]:
    """Merge again, in every group with a report not yet merged, the region of the group those
    reports touch; return (groups, merged events written)."""
    merged = 0
    with store.transaction():
        attach_sides(store)  # (a side taken changes the report's group)
        store.assign_group_keys(_group_key)
        store.key_reports(sentence_keys)  # (before the region is read: it is read by them)
        pending = store.pending_placed()
        for group in sorted(pending):
            def read(q: Lookup, group: str = group) -> list[Placed]:
                return store.group_placed(group, days=q.days, dated=q.dated, within=q.within,
                                          stories=q.stories, undated=q.undated,
                                          events=q.events, anchored=q.anchored,
                                          keyed=[int(k) for k in q.keyed],
                                          keyed_undated=[int(k) for k in q.keyed_undated])

            ids, placed = grow_region(pending[group], read, plans=plan_group(group))
            old = sorted({placed[i].merged_id or "" for i in ids} - {""})
            reports = store.group_reports(sorted(ids))
            events = [(merge(members), [m.event.id for m in members])
                      for members in cluster(reports)]
            store.replace_region(old, sorted(ids), group, events)
            merged += len(events)
    return len(pending), merged


def _group_key(event: Report) -> str:
    return group_key(event.type, event.status, event.source, event.target)
