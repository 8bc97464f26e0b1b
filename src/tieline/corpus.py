"""The façade: one Corpus object over one store, the API the CLI and web layers call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Settings, load_settings
from .ingest import Manifest, ingest_paths
from .ingest.pipeline import Progress
from .models import Actor, Article, Event, IngestReport, Mention, Reject, SourceLink
from .results import ActorList, ArticleList, EventList, SearchResults
from .store import Store

if TYPE_CHECKING:
    from .analyze.relations import Relations
    from .analyze.timeline import Timeline


class Corpus:
    """A corpus of news articles in one tieline database."""

    def __init__(self, path: str | Path | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self.path = str(path or self.settings.db)
        self.store = Store(self.path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, *paths: str | Path, manifest: str | Path | None = None,
               progress: Progress | None = None, **overrides: Any) -> IngestReport:
        """Read *paths* (files, directories, "-" for stdin) and store their articles."""
        settings = self.settings.with_overrides(**overrides)
        from .analyze.stage import update_corpus

        loaded = Manifest.load(manifest) if manifest else None
        report = ingest_paths(self.store, [str(p) for p in paths], settings, loaded, progress)
        update_corpus(self.store)
        return report

    def articles(self, include_superseded: bool = False, limit: int | None = None,
                 offset: int = 0) -> ArticleList:
        """Return the stored articles (latest version per URL unless *include_superseded*)."""
        return ArticleList(self.store.articles(include_superseded, limit, offset))

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def actors(self) -> ActorList:
        """Return the actors mentioned in the corpus, with their mention counts, most first."""
        return ActorList(self.store.actors())

    def mentions(self, article_id: str) -> list[Mention]:
        """Return an article's actor mentions, with offsets into its text."""
        return self.store.mentions(article_id)

    def source_links(self, article_id: str) -> list[SourceLink]:
        """Return the sources an article says it cites ("citing the newspaper Hraparak")."""
        return self.store.source_links(article_id)

    def events(self, actors: Sequence[str] = (), pair: tuple[str, str] | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None, offset: int = 0,
               date_bases: Sequence[str] | None = None) -> EventList:
        """Return the events coded in the current articles, by date (undated last).

        Each event carries one sentence of evidence with its article's id, URL and outlet.

        - *actors*: events with any of these as source or target;
        - *pair* (A, B): events between A and B, either way round;
          an actor is an id, a name or an alias in any case ("ARM", "Armenia", "Pashinian"),
          looked up in the corpus and in the knowledge base (with the ``actors_file``); a
          country also matches actors that have no id but that country;
        - *type*: a PLOVER type ("CONSULT") or type and mode ("consult:visit"), any case;
        - *since*, *until*: YYYY, YYYY-MM or YYYY-MM-DD, inclusive; an event is kept when its
          day, month or year overlaps them; undated events are left out when either is given;
        - *limit*, *offset*: a page of the result;
        - *date_bases*: keep only events dated on these bases and the undated ones:
          ``("text",)`` leaves out dates that are only the day a report was published.

        Raises UsageError for an unknown or ambiguous actor, an unknown type or a bad date.
        """
        from .kb import load_kb

        kb = load_kb(self.settings.actors_file or None) if actors or pair else None
        return EventList(self.store.events(actors, pair, type, since, until, limit, offset,
                                           kb=kb, date_bases=date_bases))

    def event(self, event_id: str) -> Event | None:
        """Return one event by its id (as ``events`` gives it), None if there is none."""
        return self.store.event(event_id)

    def timeline(self, a: str, b: str, limit: int | None = 30) -> Timeline:
        """Return the timeline of the pair *a*, *b*: the *limit* most salient dates, in date
        order, each with a summary and its sources; undated events apart.

        A country stands for its people and bodies too (Armenia–Russia holds Pashinyan–Putin).
        Raises UsageError for an unknown or ambiguous actor.
        """
        from .analyze.timeline import build_timeline

        pair, events = self._pair_events(a, b)
        ids = {ev.article_id for e in events for ev in e.evidence}
        articles = {i: art for i in sorted(ids) if (art := self.store.article(i)) is not None}
        return build_timeline(pair, events, articles, limit)

    def relations(self, a: str, b: str, by: str = "month") -> Relations:
        """Return the trajectory of the pair *a*, *b* per month, quarter or year: event counts,
        mean intensity, cooperation and conflict, turning points, and each outlet's framing.

        Raises UsageError for an unknown actor or period.
        """
        from .analyze.relations import build_relations, check_period

        period = check_period(by)
        pair, events = self._pair_events(a, b)
        return build_relations(pair, events, period)

    def story(self, story_id: str) -> list[Article]:
        """Return the articles of one story, its original first, then copies and rewrites."""
        return self.store.story(story_id)

    def _pair_events(self, a: str, b: str) -> tuple[tuple[Actor, Actor], list[Event]]:
        from .kb import load_kb

        kb = load_kb(self.settings.actors_file or None)
        pair = (self.store.actor(a, kb), self.store.actor(b, kb))
        return pair, self.store.events(pair=(pair[0].id, pair[1].id), kb=kb)

    def search(self, query: str, limit: int = 50) -> SearchResults:
        """Full-text search over titles and text; (article, snippet) pairs, best first."""
        return SearchResults(self.store.search(query, limit))

    def rejects(self, run_id: int | None = None) -> list[Reject]:
        """Return the reject log (of one ingest run, or all)."""
        return self.store.rejects(run_id)


def open(path: str | Path | None = None, **settings: Any) -> Corpus:  # noqa: A001
    """Open (creating if needed) the corpus database at *path*."""
    return Corpus(path, load_settings(**settings))
