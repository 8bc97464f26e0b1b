"""Executors for the per-article stages: in-process, or a local process pool."""

from .local import map_ordered

__all__ = ["map_ordered"]
