"""Executors for the per-article stages: in this process, a local process pool, or Dask.

Every executor yields results in input order, so the one writer stores the same thing whichever
ran the stages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ..errors import UsageError
from .local import default_jobs, map_ordered, resolve_jobs

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")

__all__ = ["EXECUTORS", "default_jobs", "map_ordered", "map_with", "resolve_jobs"]


def map_with(executor: str, fn: Callable[[list[T]], list[R]], items: Iterable[T], jobs: int = 0,
             chunk: int = 16, scheduler: str | None = None) -> Iterator[R]:
    """Yield fn over *items* in input order on *executor* ("local" or "dask").

    *jobs*: worker processes (0: all cores; for dask, of the local cluster started when no
    *scheduler* address is given).
    """
    if executor == "local":
        if scheduler:
            raise UsageError("a scheduler address needs the dask executor (--executor dask)")
        return map_ordered(fn, items, jobs=jobs, chunk=chunk)
    if executor == "dask":
        from .dask import map_ordered as dask_map
        from .dask import require_distributed

        require_distributed()  # fail now, before the ingest starts, when dask is missing
        return dask_map(fn, items, jobs=jobs, chunk=chunk, scheduler=scheduler or None)
    raise UsageError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")
