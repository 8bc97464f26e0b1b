"""A corpus at a glance, and one article as a reader sees it.

:func:`build_overview` answers "what is in this corpus?": how many articles, stories, events
and actors, over which period, in which languages, and which pairs of actors have the most
events (with their events per year, for a sparkline). :func:`build_article_view` gives one
article with its actor mentions and the events it reports, with offsets into its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .models import Actor, Article, Mention, Report

if TYPE_CHECKING:
    from .store.interface import CorpusStore

PAIRS = 10
ACTORS = 24


@dataclass(frozen=True)
class PairSummary:
    """One pair of actors and how much the corpus says about it."""

    a: Actor
    b: Actor
    events: int
    undated: int
    since: str | None
    until: str | None
    years: dict[str, int]  # dated events per year, every year from since to until

    def to_dict(self) -> dict[str, Any]:
        return {"pair": [_ref(self.a), _ref(self.b)], "events": self.events,
                "undated": self.undated, "since": self.since, "until": self.until,
                "years": [{"year": y, "events": n} for y, n in self.years.items()]}


@dataclass(frozen=True)
class Overview:
    """The corpus at a glance: counts, periods, languages, busiest pairs, top actors."""

    counts: dict[str, Any]
    pairs: tuple[PairSummary, ...]
    actors: tuple[tuple[Actor, int], ...]
    actors_total: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.counts, "actors_total": self.actors_total,
                "pairs": [p.to_dict() for p in self.pairs],
                "actors": [{**a.to_dict(), "mentions": n} for a, n in self.actors]}


def _ref(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country}


def _years(found: dict[str, int]) -> dict[str, int]:
    if not found:
        return {}
    first, last = int(min(found)), int(max(found))
    return {str(y): found.get(str(y), 0) for y in range(first, last + 1)}


def build_overview(store: CorpusStore, lookup: dict[str, Actor], pairs: int = PAIRS,
                   actors: int = ACTORS) -> Overview:
    """Return the overview of *store*; *lookup* names actors by id (unknown ids name
    themselves)."""
    mentioned = store.actors()
    named = {a.id: a for a, _ in mentioned} | lookup

    def actor(actor_id: str) -> Actor:
        return named.get(actor_id) or Actor(id=actor_id, name=actor_id, kind="group")

    summaries = tuple(
        PairSummary(actor(r.first), actor(r.second), r.events, r.undated, r.since, r.until,
                    _years(store.pair_years(r.first, r.second)))
        for r in store.busiest_pairs(pairs))
    return Overview(counts=store.corpus_counts(), pairs=summaries,
                    actors=tuple(mentioned[:actors]), actors_total=len(mentioned))


@dataclass(frozen=True)
class ArticleView:
    """One article with the actors it mentions and the events it reports."""

    article: Article
    mentions: tuple[Mention, ...]
    events: tuple[Report, ...]  # the reports it holds

    def to_dict(self) -> dict[str, Any]:
        # (called as every list of sources calls it: a caption or a stamp is no label)
        from .analyze.entry_text import article_label

        return {**self.article.to_dict(full=True), "label": article_label(self.article),
                "mentions": [{"start": m.start, "end": m.end, "text": m.text,
                              "actor_id": m.actor_id, "form": m.form} for m in self.mentions],
                "events": [e.to_dict() for e in self.events]}


def build_article_view(store: CorpusStore, article: Article) -> ArticleView:
    """Return *article* with its mentions and the events it reports, in text order."""
    return ArticleView(article, tuple(store.mentions(article.id)),
                       tuple(store.article_reports(article.id)))
