"""The store's interface: every method the layers above call, and nothing of SQLite.

``Store`` (store/db.py) implements it over one SQLite file. A second backend, such as
PostgreSQL for corpora beyond one machine, implements these methods and nothing else changes
above it: the corpus stage, Corpus, the CLI and the web api take a ``CorpusStore``. Each method
returns the data model (tieline.models) or plain values, never rows or a connection; what is
SQLite's own stays behind it: the full-text index (FTS5, queried by ``search`` and
``count_search``), WAL mode, and numbered migrations in store/migrations.

Writes of one unit of work run inside ``transaction()``: all of it is stored or none, and a
transaction opened inside another joins it, so the corpus stage's batches stay crash-safe on
any backend that keeps this promise. A backend raises StoreUnavailable when the database
itself fails (locked, full, read-only), so callers know retrying piece by piece is useless.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol

from ..models import (
    Actor,
    ActorRef,
    Article,
    Citation,
    CoreportWitness,
    Event,
    EventFilter,
    Mention,
    NeighbourCarrier,
    PairCount,
    Placed,
    Reject,
    Report,
    ReportDating,
    ReportSides,
    StoryArticle,
    StoryDating,
    StoryPlace,
    StoryReport,
    UndatedPage,
)

if TYPE_CHECKING:
    from ..kb import KnowledgeBase


class CorpusStore(Protocol):
    """Everything tieline keeps about one corpus, behind methods that speak the data model."""

    # -- the connection and its transactions ----------------------------------------------
    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[object]:
        """Run a block atomically: all of it is stored, or none (also on kill -9)."""
        ...

    # -- schema ---------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied; return their names."""
        ...

    def applied_migrations(self) -> list[str]: ...

    # -- runs, rejects and inputs read ----------------------------------------------------
    def start_run(self, inputs: list[str]) -> int: ...

    def finish_run(self, run_id: int, stored: int, unchanged: int, rejected: int) -> None: ...

    def add_rejects(self, run_id: int, rejects: Iterable[Reject]) -> None: ...

    def rejects(self, run_id: int | None = None) -> list[Reject]: ...

    def input_articles(self, key: str) -> int | None:
        """Return how many articles the input with *key* yielded, or None if it was never read."""
        ...

    # -- articles and their annotations (ingest) ------------------------------------------
    def add_articles(
        self,
        run_id: int,
        articles: list[Article],
        inputs: Iterable[tuple[str, str, int]] = (),
        extracted: dict[str, str] | None = None,
        actor_lookup: Callable[[str], Actor | None] | None = None,
    ) -> tuple[int, int]:
        """Store *articles* and mark *inputs* (key, origin, articles) read, in one transaction."""
        ...

    def has_article(self, article_id: str) -> bool: ...

    # -- an outlet's recurring lines (ingest/chrome.py) -----------------------------------
    def outlet_has_content(self, outlet: str, content_hash: str) -> bool:
        """Say whether an article of *outlet* with this content (at any URL) is stored."""
        ...

    def outlet_line_counts(self, outlet: str, keys: Iterable[str]) -> dict[str, int]:
        """Return in how many distinct articles of *outlet* each line key was counted."""
        ...

    def add_outlet_line_counts(self, outlet: str, counts: dict[str, int]) -> None:
        """Add *counts* (line key → distinct articles) to the outlet's line counts."""
        ...

    def add_article_lines(self, outlet: str, article_id: str, keys: Iterable[str]) -> None:
        """Record that article *article_id* of *outlet* holds the short lines with *keys*."""
        ...

    def outlet_texts_with_lines(
        self, outlet: str, keys: Iterable[str]
    ) -> list[tuple[str, str, str]]:
        """Return (id, stored text, text before chrome removal) of the articles of *outlet*
        that hold a line with one of *keys*."""
        ...

    def recut_article(
        self,
        article_id: str,
        text: str,
        extracted: str,
        moved: tuple[Sequence[Mention], Sequence[Report]] | None,
    ) -> None:
        """Replace an article's text by *text*, cut from *extracted* (its full-text index too),
        with its mentions and reports *moved* along, or None: annotate it again."""
        ...

    def to_annotate_again(self, limit: int) -> list[tuple[Article, str]]:
        """Return up to *limit* articles to annotate again (see :meth:`recut_article`), each
        with its whole text before outlet chrome was cut (its stored text when none was)."""
        ...

    def replace_annotations(
        self, article: Article, actor_lookup: Callable[[str], Actor | None]
    ) -> None:
        """Replace the stored mentions, source links and reports of *article* by its own."""
        ...

    # -- reading: actors, reports, merged events, articles (Corpus, the CLI, the web api) -
    def actors(self) -> list[tuple[Actor, int]]:
        """Return the actors mentioned in current articles with their mention counts."""
        ...

    def mentions(self, article_id: str) -> list[Mention]: ...

    def citations(self, article_id: str) -> list[Citation]: ...

    def events(
        self,
        where: EventFilter | None = None,
        limit: int | None = None,
        offset: int = 0,
        kb: KnowledgeBase | None = None,
    ) -> list[Event]:
        """Return the real-world events *where* selects, merged across reports, by date
        (undated last), a page of *limit* from *offset*."""
        ...

    def event(self, event_id: str) -> Event | None:
        """Return the real-world event *event_id* with the evidence of all its reports."""
        ...

    def reports(
        self,
        where: EventFilter | None = None,
        limit: int | None = None,
        offset: int = 0,
        kb: KnowledgeBase | None = None,
    ) -> list[Report]:
        """Return the reports behind the events: one per coding of a sentence, unmerged, each
        with its own date and evidence (selected as :meth:`events` selects events)."""
        ...

    def actor(self, name: str, kb: KnowledgeBase | None = None) -> Actor:
        """Return the actor *name* stands for (id, name or alias; see resolve_actor)."""
        ...

    # -- stories (the corpus stage, analyze/stage.py) -------------------------------------
    def retire_superseded(self) -> list[str]:
        """Take superseded articles out of stories; return the other members of their stories, set
        pending again (see stories.retire_superseded)."""
        ...

    def pending_stories(self, limit: int) -> list[StoryArticle]:
        """Return up to *limit* current articles not yet placed in a story, by id."""
        ...

    def story_articles(self, ids: Sequence[str]) -> list[StoryArticle]:
        """Return the current articles among *ids* as the story stage reads them."""
        ...

    def article_text(self, article_id: str) -> str: ...

    def article_author(self, article_id: str) -> str | None:
        """Return the byline the cleaning took out of an article's text (None: none)."""

    def article_actor_ids(self, article_id: str) -> set[str]:
        """Return the ids of the actors an article's mentions name."""
        ...

    def article_days(self, article_id: str) -> set[int]:
        """Return the days (ordinals) the article's text states for its reports."""
        ...

    def save_profile(self, article_id: str, data: bytes, sketch: bytes) -> None: ...

    def save_sketch(self, article_id: str, sketch: bytes) -> None: ...

    def sketches(self, ids: Sequence[str]) -> dict[str, bytes]:
        """Return the stored sketch of each article among *ids* that has one."""
        ...

    def save_story_keys(
        self,
        article_id: str,
        day: int | None,
        rewrite_keys: Sequence[int],
        any_date_keys: Sequence[int],
    ) -> None:
        """Store an article's rewrite and anchor keys (looked up near its *day*) and its copy and
        content keys (looked up at any date), in place of any it had."""
        ...

    def story_candidates(
        self,
        article_id: str,
        day: int | None,
        rewrite_keys: Sequence[int],
        min_shared: int,
        days: int,
        any_date_keys: Sequence[int],
        anchor_keys: Sequence[int] = (),
        min_shared_anchors: int = 0,
    ) -> list[str]:
        """Return the articles to compare with this one, most shared keys first (see
        stories.candidates)."""
        ...

    def story_places(self, ids: Sequence[str]) -> dict[str, StoryPlace]:
        """Return where each current article among *ids* stands (its story once placed)."""
        ...

    def story_languages(self) -> set[str]:
        """Return the languages of the current articles."""
        ...

    def save_story_link(self, a: str, b: str, kind: str, score: float) -> None: ...

    def placed_members(self, story_ids: Sequence[str]) -> list[str]:
        """Return the current articles placed in the stories *story_ids*."""
        ...

    def publication_dates(self, ids: Sequence[str]) -> dict[str, str | None]:
        """Return the publication dates of the current articles among *ids*."""
        ...

    def set_stories(self, placed: dict[str, tuple[str, str | None]]) -> tuple[list[str], set[str]]:
        """Store each article's (story_id, copy_of); return the ids whose story or copy changed, and
        the stories an article left."""
        ...

    def mark_linked(self, article_ids: Sequence[str], stage: str) -> None:
        """Record that *article_ids* were compared with their candidates (no longer pending)."""
        ...

    # -- dating pages that state no date (analyze/pagedating.py) ----------------------------
    def pending_keys(self, index: str, limit: int) -> list[str]:
        """Return up to *limit* current articles not keyed yet in *index*."""
        ...

    def mark_keys_pending(self, index: str, article_ids: Sequence[str]) -> None:
        """Key *article_ids* again in *index*: what it keys them by, or their date, changed."""
        ...

    def save_keys(self, index: str, keys: Mapping[str, Sequence[Any]]) -> None:
        """Replace the keys of each article in *keys* in *index* and mark it keyed."""
        ...

    def replaced_keys(self, index: str, article_ids: Sequence[str]) -> list[Any]:
        """Return the keys *index* holds for *article_ids* and the articles they supersede."""
        ...

    def undated_carriers(self, index: str, keys: Sequence[Any]) -> list[str]:
        """Return the current articles without a date of their own carrying one of *keys*."""
        ...

    def undated_pages(self, index: str, article_ids: Sequence[str]) -> list[UndatedPage[Any]]:
        """Return what dating the undated current articles among *article_ids* by *index*
        needs."""
        ...

    def set_page_day(self, index: str, article_id: str, day: str | None,
                     evidence: Sequence[str]) -> None:
        """Store the date *index* gives a page and the articles it rests on."""
        ...

    def report_sides(self, article_ids: Sequence[str]) -> list[ReportSides]:
        """Return the two sides of every report of *article_ids*."""
        ...

    def coreport_witnesses(self, key: str, limit: int) -> list[CoreportWitness] | None:
        """Return the dated current articles carrying *key*, None when more than *limit*."""
        ...

    def rare_neighbour_keys(self, limits: Mapping[int, int]) -> list[int]:
        """Return the keys of *limits* that at most their limit current articles carry."""
        ...

    def neighbour_carriers(self, key: int, limit: int) -> list[NeighbourCarrier] | None:
        """Return the current articles carrying *key*, None when more than *limit*."""
        ...

    # -- dating story members (analyze/dating.py) -----------------------------------------
    def story_dating(self, article_ids: Sequence[str]) -> list[StoryDating]:
        """Return what dating the current articles among *article_ids* needs."""
        ...

    def set_story_date(self, article_id: str, day: str | None) -> None: ...

    def report_dates(self, article_id: str) -> list[ReportDating]:
        """Return what dating an article's reports again needs."""
        ...

    def set_report_dates(self, reports: Sequence[ReportDating]) -> None:
        """Store each report's date, precision and basis."""
        ...

    # -- merging (analyze/stage.py) -------------------------------------------------------
    def unmerge_articles(self, article_ids: Sequence[str]) -> None:
        """Mark the reports of *article_ids* for merging again (their story changed)."""
        ...

    def unmerge_stories(self, story_ids: Sequence[str]) -> None:
        """Mark the reports of the current members of *story_ids* for merging again."""
        ...

    def pending_side_reports(self) -> list[StoryReport]:
        """Return the reports not merged yet: what they say may change the sides one-sided
        reports take (analyze/attach.py)."""
        ...

    def side_takers(self, keys: Sequence[str], places: Sequence[tuple[str, str]],
                    witnesses: Sequence[str] = ()) -> list[StoryReport]:
        """Return the reports of current articles whose one side bears one of *keys*
        ("TYPE|class|participant") and whose other side is missing or taken, that are in
        one of *places* (as :meth:`place_reports` reads them, and ("anchor", YYYY-MM-DD): of
        an article dated to that day) or took their side from one of *witnesses*."""
        ...

    def set_side_witnesses(self, witnesses: Mapping[str, Sequence[str]]) -> None:
        """Write, for each report of *witnesses*, the reports it took its side from (none:
        it holds no side taken), in place of those written before."""
        ...

    def place_reports(self, places: Sequence[tuple[str, str]]) -> list[StoryReport]:
        """Return the reports of current articles in *places*: ("article", id), ("story",
        id) or ("day", YYYY-MM-DD)."""
        ...

    def sentence_parties(self, report_ids: Sequence[str]) -> dict[str, set[str]]:
        """Return, by report, the participants its sentence names."""
        ...

    def set_taken_sides(self, changes: Sequence[tuple[str, str, ActorRef | None, bool]]
                        ) -> None:
        """Write the side each report takes ((id, side, actor or None, mutual)) and mark it
        for merging again."""
        ...

    def assign_group_keys(self, key: Callable[[Report], str]) -> set[str]:
        """Give every report of a current article its merge group; return the groups."""
        ...

    def key_reports(self, keys: Callable[[str], Iterable[int]]) -> int:
        """Index the reports not keyed yet by the keys of their sentences; return how many."""
        ...

    def pending_placed(self) -> dict[str, list[Placed]]:
        """Return, by group, the reports not merged yet (new, restoried or superseded)."""
        ...

    def group_placed(
        self,
        group: str,
        days: Sequence[tuple[str, str]] = (),
        dated: Iterable[str] = (),
        within: Iterable[str] = (),
        stories: Iterable[str] = (),
        undated: Iterable[str] = (),
        events: Iterable[str] = (),
        anchored: Sequence[tuple[str, str]] = (),
        keyed: Iterable[int] = (),
        keyed_undated: Iterable[int] = (),
    ) -> list[Placed]:
        """Return the reports of one group that one lookup of the region selects (see
        merged.group_placed)."""
        ...

    def group_reports(self, ids: Sequence[str]) -> list[StoryReport]:
        """Return the reports *ids* in current articles, with what merging needs of them."""
        ...

    def replace_region(
        self,
        old: Sequence[str],
        region: Sequence[str],
        group: str,
        merged: Sequence[tuple[Event, Sequence[str]]],
    ) -> None:
        """Replace the merged events *old* by *merged*: (event, ids of its reports)."""
        ...

    # -- a corpus at a glance (overview.py) -----------------------------------------------
    def busiest_pairs(self, limit: int) -> list[PairCount]:
        """Return the *limit* pairs of actors with the most merged events."""
        ...

    def pair_years(self, first: str, second: str) -> dict[str, int]:
        """Return the pair's dated merged events per year (either way round)."""
        ...

    def corpus_counts(self) -> dict[str, Any]:
        """Return the corpus's counts (current articles only) and its periods."""
        ...

    def article_reports(self, article_id: str) -> list[Report]:
        """Return the reports one article holds, in the order of its text."""
        ...

    def count_search(self, query: str) -> int:
        """Return how many current articles a full-text search for *query* finds."""
        ...

    def story(self, story_id: str) -> list[Article]:
        """Return the current articles of one story, its original first."""
        ...

    def count_articles(self, include_superseded: bool = False) -> int: ...

    def articles(
        self, include_superseded: bool = False, limit: int | None = None, offset: int = 0
    ) -> list[Article]:
        """Return stored articles, newest publication first, undated last."""
        ...

    def article(self, article_id: str) -> Article | None: ...

    def search(self, query: str, limit: int = 50, offset: int = 0) -> list[tuple[Article, str]]:
        """Full-text search over titles and text; return articles with a highlighted snippet."""
        ...
