"""tieline: a deduplicated, dated, source-cited record of relations between actors in the news."""

from .analyze.relations import OutletFrame, PeriodStats, Relations, TurningPoint
from .analyze.timeline import Timeline, TimelineEntry
from .config import Settings, load_settings
from .corpus import Corpus, open
from .errors import InputError, StoreError, TielineError, UsageError
from .models import (
    Actor,
    ActorRef,
    Article,
    Event,
    Evidence,
    IngestReport,
    Mention,
    RawDocument,
    Reject,
    SourceLink,
    SourceMeta,
)
from .results import ActorList, ArticleList, EventList, SearchResults

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorList",
    "ActorRef",
    "Article",
    "ArticleList",
    "Corpus",
    "Event",
    "EventList",
    "Evidence",
    "IngestReport",
    "InputError",
    "Mention",
    "OutletFrame",
    "PeriodStats",
    "RawDocument",
    "Reject",
    "Relations",
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
