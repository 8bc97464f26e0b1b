"""tieline: a deduplicated, dated, source-cited record of relations between actors in the news."""

from .config import Settings, load_settings
from .corpus import Corpus, open
from .errors import InputError, StoreError, TielineError, UsageError
from .models import Article, IngestReport, RawDocument, Reject, SourceMeta

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Corpus",
    "IngestReport",
    "InputError",
    "RawDocument",
    "Reject",
    "Settings",
    "SourceMeta",
    "StoreError",
    "TielineError",
    "UsageError",
    "load_settings",
    "open",
]
