"""Run a per-article function over a stream in a process pool, in order, with bounded memory."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def map_ordered(fn: Callable[[list[T]], list[R]], items: Iterable[T], jobs: int = 1,
                chunk: int = 16) -> Iterator[R]:
    """Yield fn over *items* in input order, *chunk* items per task, at most a few tasks ahead.

    With jobs <= 1 everything runs in this process. Items are never all held in memory: only
    ``jobs * 3`` chunks are in flight at once.
    """
    if jobs <= 1:
        batch: list[T] = []
        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                yield from fn(batch)
                batch = []
        if batch:
            yield from fn(batch)
        return
    window = jobs * 3
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[R]]] = deque()
        batch = []
        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                pending.append(pool.submit(fn, batch))
                batch = []
                while len(pending) >= window:
                    yield from pending.popleft().result()
        if batch:
            pending.append(pool.submit(fn, batch))
        while pending:
            yield from pending.popleft().result()
