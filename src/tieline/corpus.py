"""The façade: one Corpus object over one store, the API the CLI and web layers call."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Settings, load_settings
from .errors import StoreError, UnknownActor, UsageError
from .ingest import Manifest, ingest_paths
from .ingest.pipeline import Progress
from .models import (
    Actor,
    Article,
    Citation,
    Event,
    EventFilter,
    IngestSummary,
    Mention,
    Reject,
)
from .results import ActorList, ArticleList, EventList, SearchResults
from .store import Store

if TYPE_CHECKING:
    from .analyze.pair_timeline import PairTimeline
    from .analyze.relations import Relations
    from .overview import ArticleView, Overview
    from .progress import NotebookProgress


def _interactive() -> bool:
    """Say whether a person is watching: a Jupyter kernel, or stderr on a terminal."""
    import sys

    return "ipykernel" in sys.modules or sys.stderr.isatty()


def _notebook_bar(paths: Sequence[str | Path]) -> NotebookProgress:
    from .progress import NotebookProgress, count_documents

    return NotebookProgress(count_documents(paths))


def check_exists(path: str) -> None:
    """Raise StoreError when there is no database at *path* (a mistyped path must not become
    a new, empty corpus that answers "no events")."""
    if path == ":memory:" or path.startswith("file:") or Path(path).is_file():
        return
    where = Path(path)
    hint = "" if where.parent.is_dir() else f" (and there is no folder {where.parent})"
    raise StoreError(f"no tieline database at {path}{hint}; check the path (--db, $TIELINE_DB) "
                     f"or create one with `tieline --db {path} ingest FILES`")


class Corpus:
    """A corpus of news articles in one tieline database.

    A missing database is refused (StoreError) unless *create* is true: ``tieline ingest``
    and ``tieline.open(path, create=True)`` create one.
    """

    def __init__(self, path: str | Path | None = None, settings: Settings | None = None,
                 create: bool = False) -> None:
        self.settings = settings or load_settings()
        self.path = str(path or self.settings.db)
        if not create:
            check_exists(self.path)
        self.store = Store(self.path)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, *paths: str | Path, manifest: str | Path | None = None,
               progress: Progress | bool | None = None,
               stage: Callable[[str], None] | None = None, **overrides: Any) -> IngestSummary:
        """Read *paths* (files, directories, "-" for stdin) and store their articles.

        *progress*: a callback ``(report, origin)`` called after each stored batch and input;
        True draws a ``tqdm.auto`` bar (a widget in Jupyter) with total, rate and ETA; None
        (the default) draws it only in Jupyter or on a terminal; False draws nothing.
        *stage*: a callback told what the ingest does now ("corpus stage: ...").
        """
        settings = self.settings.with_overrides(**overrides)
        from .analyze.stage import update_corpus

        loaded = Manifest.load(manifest) if manifest else None
        bar = _notebook_bar(paths) if progress is True or (
            progress is None and _interactive()) else None
        update = bar.update if bar is not None else progress or None
        tell = stage or (bar.stage if bar is not None else None)
        try:
            if tell:
                tell("reading and annotating (workers load the language model first)")
            report = ingest_paths(self.store, [str(p) for p in paths], settings, loaded,
                                  update if callable(update) else None)
            if tell:
                tell("corpus stage: grouping copies into stories, merging events")
            update_corpus(self.store)
        finally:
            if bar is not None:
                bar.close()
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

    def citations(self, article_id: str) -> list[Citation]:
        """Return the sources an article says it cites ("citing the newspaper Hraparak")."""
        return self.store.citations(article_id)

    def source_links(self, article_id: str) -> list[Citation]:
        """The former name of :meth:`citations`, kept for the scripts that call it."""
        return self.citations(article_id)

    def events(self, actors: str | Sequence[str] = (), pair: Sequence[str] | None = None,
               type: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None, offset: int = 0,
               date_bases: Sequence[str] | None = None, *,
               where: EventFilter | None = None) -> EventList:
        """Return the events coded in the current articles, by date (undated last), each
        with the evidence of its reports (their article's id, URL and outlet).

        The events selected are those of *where*, an :class:`~tieline.models.EventFilter`,
        or of the same criteria given one by one (*actors*, *pair*, *type*, *since*, *until*,
        *date_bases*; see EventFilter); not both. Actors are looked up in the corpus and in
        the knowledge base (with the ``actors_file``). *limit*, *offset*: a page of the
        result. Raises UsageError for an unknown or ambiguous actor, an unknown type or a
        bad date.
        """
        from .kb import load_kb

        given = EventFilter.of(actors, pair, type, since, until, date_bases)
        if where is not None and given != EventFilter():
            raise UsageError("give the criteria as where=EventFilter(...) or one by one, "
                             "not both")
        where = where or given
        kb = load_kb(self.settings.actors_file or None) if where.names_actors else None
        with self._naming():
            return EventList(self.store.events(where, limit, offset, kb=kb))

    def event(self, event_id: str) -> Event | None:
        """Return one event by its id (as ``events`` gives it), None if there is none."""
        return self.store.event(event_id)

    def timeline(self, a: str, b: str, limit: int | None = 30, since: str | None = None,
                 until: str | None = None, publication_dates: bool = True) -> PairTimeline:
        """Return the timeline of the pair *a*, *b*: the *limit* most salient dates, in date
        order, each with a summary and its sources; undated events apart (the *limit* most
        salient of them; ``undated_total`` counts them all).

        A country stands for its people and bodies too (Armenia–Russia holds Pashinyan–Putin).
        *since*, *until* (YYYY, YYYY-MM or YYYY-MM-DD) keep the dates that overlap them, and
        then no undated event. Without *publication_dates*, an event dated only by the day it
        was reported (date basis "publication") is undated, "by" that day (see
        ``without_publication_dates``). Raises UsageError for an unknown or ambiguous actor.
        """
        from .analyze.pair_timeline import build_pair_timeline

        pair, events = self._pair_events(a, b, since, until, publication_dates)
        return build_pair_timeline(pair, events, self._articles_of(events), limit)

    def relations(self, a: str, b: str, by: str = "month", since: str | None = None,
                  until: str | None = None, publication_dates: bool = True) -> Relations:
        """Return the trajectory of the pair *a*, *b* per month, quarter or year: event counts,
        mean intensity, cooperation and conflict, turning points, and each outlet's framing;
        undated events apart, in the period they were first reported (``undated_reported``).

        *since*, *until* (YYYY, YYYY-MM or YYYY-MM-DD) narrow it to the events whose dates
        overlap them (a stray old event no longer squeezes the rest). Without
        *publication_dates*, events dated only by the day they were reported are undated, as
        in ``timeline``. Raises UsageError for an unknown actor, a bad period or a bad date.
        """
        from .analyze.relations import build_relations, check_period

        period = check_period(by)
        pair, events = self._pair_events(a, b, since, until, publication_dates)
        articles = self._articles_of(events)
        return build_relations(pair, events, period, self._credit(events, articles),
                               self._first_reported(events, articles),
                               {i: art.story_id for i, art in articles.items() if art.story_id})

    def _articles_of(self, events: list[Event]) -> dict[str, Article]:
        """Return the articles that report *events*, by id."""
        ids = {ev.article_id for e in events for ev in e.evidence}
        return {i: art for i in sorted(ids) if (art := self.store.article(i)) is not None}

    def _first_reported(self, events: list[Event],
                        articles: Mapping[str, Article] | None = None) -> dict[str, str]:
        """Return, for each event, the first day an article reporting it is dated: an undated
        event is counted in that day's period, and a dated one told only long after its date
        is recalled history, not placed in the series (``build_relations``)."""
        from .analyze.pair_timeline import first_reported

        found = self._articles_of(events) if articles is None else articles
        return {e.id: first[0] for e in events if (first := first_reported([e], found))}

    def _credit(self, events: list[Event],
                articles: Mapping[str, Article] | None = None) -> dict[str, str]:
        """Return, for the copies and rewrites among the events' articles, the outlet of
        their story's original: whose framing their words are."""
        found: dict[str, str] = {}
        for i, art in sorted((self._articles_of(events) if articles is None
                              else articles).items()):
            if art.copy_of:
                first = self.store.article(art.copy_of)
                if first is not None and first.outlet:
                    found[i] = first.outlet
        return found

    def story(self, story_id: str) -> list[Article]:
        """Return the articles of one story, its original first, then copies and rewrites."""
        return self.store.story(story_id)

    def _pair_events(self, a: str, b: str, since: str | None = None, until: str | None = None,
                     publication_dates: bool = True
                     ) -> tuple[tuple[Actor, Actor], list[Event]]:
        from .kb import load_kb

        kb = load_kb(self.settings.actors_file or None)
        with self._naming():
            pair = (self.store.actor(a, kb), self.store.actor(b, kb))
        where = EventFilter(pair=(pair[0].id, pair[1].id), since=since, until=until)
        events = self.store.events(where, kb=kb)
        if not publication_dates:
            events = publication_dates_off(events, ranged=bool(since or until))
        return pair, events

    def actor(self, name: str) -> Actor:
        """Return the actor *name* stands for (an id, a name or an alias, in any case).

        Raises UnknownActor, with the closest names as suggestions, when there is none.
        """
        from .kb import load_kb

        with self._naming():
            return self.store.actor(name, load_kb(self.settings.actors_file or None))

    def suggest_actors(self, typed: str, limit: int = 10) -> ActorList:
        """Return the actors that *typed* may mean, best first, with their mention counts:
        ids, names and aliases that start with or hold it, else the closest spellings
        ("Amerca" → United States)."""
        from .names import complete

        return ActorList(complete(self.store.actors(), typed)[:limit])

    @contextmanager
    def _naming(self) -> Iterator[None]:
        """Add "did you mean" to an unknown actor's error."""
        from .names import did_you_mean, hint

        try:
            yield
        except UnknownActor as exc:
            close = did_you_mean(self.store.actors(), exc.name)
            words = hint(close) or "try `tieline actors`"
            raise UnknownActor(f"unknown actor {exc.name!r}; {words}", exc.name,
                               [a for a, _ in close]) from None

    def overview(self, pairs: int = 10, actors: int = 24) -> Overview:
        """Return the corpus at a glance: counts of articles, stories, events and actors,
        the periods covered, languages, the *pairs* busiest pairs of actors (with their events
        per year) and the *actors* most mentioned."""
        from .kb import load_kb
        from .overview import build_overview

        kb = load_kb(self.settings.actors_file or None)
        return build_overview(self.store, dict(kb.actors), pairs, actors)

    def read(self, article_id: str) -> ArticleView:
        """Return one article with its actor mentions and the events it reports (offsets into
        its text, for highlighting). Raises UsageError for an unknown id."""
        from .errors import UsageError
        from .overview import build_article_view

        article = self.store.article(article_id)
        if article is None:
            raise UsageError(f"unknown article id {article_id!r}")
        return build_article_view(self.store, article)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> SearchResults:
        """Full-text search over titles and text; (article, snippet) pairs, best first.

        One page of *limit* hits from *offset*; ``total`` on the result counts them all, so a
        page can say "50 of 128".
        """
        hits = SearchResults(self.store.search(query, limit, offset))
        hits.total = self.store.count_search(query)  # (what it refuses, search refused)
        return hits

    def rejects(self, run_id: int | None = None) -> list[Reject]:
        """Return the reject log (of one ingest run, or all)."""
        return self.store.rejects(run_id)


def without_publication_dates(events: Sequence[Event]) -> list[Event]:
    """Return *events* with the dates that are only the day a report was published (basis
    "publication": it happened by then, perhaps long before) taken off: such an event is
    undated, and the views say by when it was first reported, as for any undated event."""
    return [replace(e, date=None, date_precision=None, date_basis=None, date_spread=None)
            if e.date and e.date_basis == "publication" else e for e in events]


def publication_dates_off(events: Sequence[Event], ranged: bool = False) -> list[Event]:
    """Return *events* as a view without publication dates shows them (the page's box
    unchecked, ``publication_dates=false``): those dates taken off (``without_publication_
    dates``), and, when the view is *ranged* (since or until), the events they undate left
    out, as a range leaves out every undated event."""
    return [e for e in without_publication_dates(events) if e.date or not ranged]


def open(path: str | Path | None = None, create: bool = False,  # noqa: A001
         **settings: Any) -> Corpus:
    """Open the corpus database at *path*; a missing one is an error unless *create*."""
    return Corpus(path, load_settings(**settings), create=create)
