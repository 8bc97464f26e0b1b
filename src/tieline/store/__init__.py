"""The store: the only place with SQL. SQLite in WAL mode, changed only by named migrations."""

from .db import Store
from .interface import CorpusStore

__all__ = ["CorpusStore", "Store"]
