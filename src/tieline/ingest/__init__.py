"""Ingest: read inputs, extract articles, and store them idempotently."""

from .manifest import Manifest
from .pipeline import ingest_paths

__all__ = ["Manifest", "ingest_paths"]
