"""End-to-end truth on a real news set: articles, page dates, stories, events, sources.

A set is a folder in the shape of ``../shared/data/news/*/`` (see its README):

* ``corpus.jsonl``: the pages as crawled (``id, url, outlet, title, published, lang, text``);
* ``families.json``: groups of copies and rewrites of one original;
* ``distinct_pairs.json``: independent reports of one event that must never share a story;
* ``events.jsonl``: gold events with a date and its precision, source and target codes
  (``|`` separates acceptable codes), acceptable PLOVER types (most likely first), a status and
  the ids of the articles whose text states the event.

The set is ingested as a user would ingest a crawl, with only what a crawler knows (url, outlet,
title, the page's stated date unless withheld, text): never the gold's ``lang``, ``id`` or
``note``. Then the stored result is scored by :func:`score`, a pure function of the gold and of
what tieline stored, so it can be tested on a hand-made set whose scores are known.

One module a job: the gold and what tieline stored (``news_gold``), matching a gold event to
the stored events and judging its date and status (``news_match``, where how a gold event is
matched is told), the gold events' scores (``news_events``) and the text summary
(``news_report``). This module scores the articles, page dates and stories, gathers the rest
and keeps the public names in one place.

Independent sources are right when they equal the number of families (copies and rewrites of
one original count once) among the articles that state the event; the events whose every
family's text gave a strict event are also counted apart (``sources_right_coded``), since only
for them does merging alone decide it. Since tieline reads events in English only (issue 22),
the same count is also made over the families with an English page among those that state
the event (``sources_right_english``, of ``multi_family_english``), and the families with none
are counted by why they were missed (``sources_missed_not_english``): the gap between the two
counts is what reading English only costs.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from .news_events import _score_events, _share
from .news_gold import CRAWLER_FIELDS, GoldEvent, GoldSet, Stored, load_gold, run_tieline
from .news_match import (
    QUAD,
    STATUS,
    SYMMETRIC,
    carries,
    cites,
    date_verdict,
    is_lenient,
    is_strict,
    status_right,
)
from .news_report import summary

__all__ = ["CRAWLER_FIELDS", "QUAD", "STATUS", "SYMMETRIC", "GoldEvent", "GoldSet", "NewsScores",
           "Stored", "carries", "cites", "date_verdict", "evaluate_news", "is_lenient",
           "is_strict", "load_gold", "run_tieline", "score", "status_right", "summary"]


@dataclass
class NewsScores:
    set: str
    withheld_dates: bool
    articles: dict[str, Any] = field(default_factory=dict)
    page_dates: dict[str, Any] = field(default_factory=dict)
    stories: dict[str, Any] = field(default_factory=dict)
    events: dict[str, Any] = field(default_factory=dict)
    details: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, details: bool = True) -> dict[str, Any]:
        d = {"set": self.set, "withheld_dates": self.withheld_dates, "articles": self.articles,
             "page_dates": self.page_dates, "stories": self.stories, "events": self.events}
        return d | {"details": self.details} if details else d


def score(gold: GoldSet, stored: Stored, withheld_dates: bool = False) -> NewsScores:
    """Score what tieline *stored* against the *gold* set."""
    scores = NewsScores(gold.name, withheld_dates)
    scores.articles = _score_articles(gold, stored)
    if withheld_dates:
        scores.page_dates = _score_page_dates(gold, stored)
    scores.stories = _score_stories(gold, stored)
    scores.events, scores.details = _score_events(gold, stored)
    return scores


def _score_articles(gold: GoldSet, stored: Stored) -> dict[str, Any]:
    langs = [(p["lang"], stored.articles[p["id"]].lang) for p in gold.pages
             if p["id"] in stored.articles and p.get("lang")]
    right = sum(1 for want, got in langs if (got or "")[:2].lower() == want[:2].lower())
    wrong = Counter(f"{want}->{got}" for want, got in langs
                    if (got or "")[:2].lower() != want[:2].lower())
    return {"pages": len(gold.pages), "stored": len(stored.articles),
            "lang_right": right, "lang_total": len(langs), "lang_share": _share(right, len(langs)),
            "lang_errors": dict(wrong.most_common(10))}


def _score_page_dates(gold: GoldSet, stored: Stored) -> dict[str, Any]:
    """Score the date tieline gives each page with a stated date withheld: its own, its
    story's or the one the news it reports gives it (``Article.shown_date``), by basis."""
    dated_gold = [p for p in gold.pages if p.get("published") and p["id"] in stored.articles]
    dated = [(p, stored.articles[p["id"]]) for p in dated_gold
             if stored.articles[p["id"]].shown_date]
    right = [p["id"] for p, a in dated if (a.shown_date or "")[:10] == p["published"][:10]]
    wrong = [{"id": p["id"], "gold": p["published"], "got": a.shown_date,
              "basis": a.shown_basis} for p, a in dated
             if (a.shown_date or "")[:10] != p["published"][:10]]
    claims = [{"id": p["id"], "got": a.shown_date, "basis": a.shown_basis}
              for p in gold.pages if not p.get("published")
              and (a := stored.articles.get(p["id"])) is not None and a.shown_date]
    bases = Counter(a.shown_basis for _, a in dated)
    return {"pages_with_date": len(dated_gold), "dated": len(dated), "right": len(right),
            "share_dated": _share(len(dated), len(dated_gold)),
            "share_right": _share(len(right), len(dated)), "by_basis": dict(sorted(bases.items())),
            "wrong": wrong, "undated_pages_dated": claims}


def _score_stories(gold: GoldSet, stored: Stored) -> dict[str, Any]:
    story = {gid: a.story_id for gid, a in stored.articles.items() if a.story_id}

    def together(a: str, b: str) -> bool:
        return a in story and story.get(a) == story.get(b)

    pairs = [(a, b) for fam in gold.families
             for a, b in combinations(sorted(i for i in fam if i in stored.articles), 2)]
    grouped = sum(1 for a, b in pairs if together(a, b))
    lang = {p["id"]: (p.get("lang") or "")[:2].lower() for p in gold.pages}
    across = [(a, b) for a, b in pairs if lang.get(a) != lang.get(b)]
    distinct = [(a, b) for a, b in gold.distinct if together(a, b)]
    members: dict[str, list[str]] = {}
    for gid, sid in story.items():
        members.setdefault(sid, []).append(gid)
    wrong = [sorted(ids) for ids in members.values()
             if len(ids) > 1 and not any(set(ids) <= fam for fam in gold.families)]
    wrong.sort(key=lambda ids: (-len(ids), ids))
    return {"family_pairs": len(pairs), "family_pairs_grouped": grouped,
            "pair_recall": _share(grouped, len(pairs)),
            # (a translation is a version of its original, so it belongs to its family; apart,
            # since tieline codes English only and finds versions across languages by their
            # anchors alone)
            "family_pairs_across_languages": len(across),
            "family_pairs_across_languages_grouped": sum(1 for a, b in across if together(a, b)),
            "distinct_pairs": len(gold.distinct),
            "distinct_grouped": len(distinct), "distinct_grouped_ids": [list(p) for p in distinct],
            "wrong_groups": len(wrong), "biggest_wrong_groups": wrong[:5]}


def evaluate_news(folder: Path, withhold_dates: bool = False, db: Path | None = None,
                  **settings: Any) -> NewsScores:
    """Ingest the news set in *folder* (into *db*, else a temporary database) and score it."""
    gold = load_gold(folder)
    if db is not None:
        return score(gold, run_tieline(gold, db, withhold_dates, **settings), withhold_dates)
    with tempfile.TemporaryDirectory() as tmp:
        stored = run_tieline(gold, Path(tmp) / "news.db", withhold_dates, **settings)
        return score(gold, stored, withhold_dates)

