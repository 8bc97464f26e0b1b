"""tieline: a deduplicated, dated, source-cited record of relations between actors in the news."""

from .analyze.pair_timeline import PairTimeline, PairTimelineEntry
from .analyze.relations import OutletFrame, PeriodStats, Relations, TurningPoint
from .config import Settings, load_settings
from .corpus import Corpus, open
from .errors import InputError, StoreError, TielineError, UsageError
from .models import (
    Actor,
    ActorRef,
    Article,
    Citation,
    Event,
    EventFilter,
    Evidence,
    IngestReport,
    IngestSummary,
    InputMeta,
    Mention,
    RawDocument,
    Reject,
    Report,
    SourceLink,
    SourceMeta,
)
from .results import ActorList, ArticleList, EventList, SearchResults

__version__ = "0.1.0"

#: The pair timeline's names before it was named apart from the topic timeline, kept so that
#: users' scripts still import them: the same classes.
Timeline = PairTimeline
TimelineEntry = PairTimelineEntry

__all__ = [
    "Actor",
    "ActorList",
    "ActorRef",
    "Article",
    "ArticleList",
    "Citation",
    "Corpus",
    "Event",
    "EventFilter",
    "EventList",
    "Evidence",
    "IngestReport",
    "IngestSummary",
    "InputError",
    "InputMeta",
    "Mention",
    "OutletFrame",
    "PairTimeline",
    "PairTimelineEntry",
    "PeriodStats",
    "RawDocument",
    "Reject",
    "Relations",
    "Report",
    "SearchResults",
    "Settings",
    "SourceLink",
    "SourceMeta",
    "StoreError",
    "TielineError",
    "Timeline",
    "TimelineEntry",
    "TurningPoint",
    "UsageError",
    "load_settings",
    "open",
]
