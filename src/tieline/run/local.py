"""Run a per-article function over a stream in a process pool, in order, with bounded memory."""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TypeVar

from ..errors import TielineError

T = TypeVar("T")
R = TypeVar("R")

WORKER_DIED = ("{what} died (killed, or out of memory?) while annotating articles; what was "
               "stored before is kept: run the same ingest again to continue")


def default_jobs() -> int:
    """Return the number of cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def resolve_jobs(jobs: int) -> int:
    """Return *jobs*, or all cores when it is 0 or less ("auto")."""
    return jobs if jobs > 0 else default_jobs()


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of *size* consecutive items (the last one shorter), reading lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def map_ordered(fn: Callable[[list[T]], list[R]], items: Iterable[T], jobs: int = 1,
                chunk: int = 16) -> Iterator[R]:
    """Yield fn over *items* in input order, *chunk* items per task, at most a few tasks ahead.

    *jobs* 0 means all cores. With one job, or a stream that fits in one chunk (a pool would
    cost more than it saves), everything runs in this process. Items are never all held in
    memory: only ``jobs * 3`` chunks are in flight at once. Each worker process keeps what *fn*
    caches (the spaCy model, the knowledge base) for the whole run.
    """
    jobs = resolve_jobs(jobs)
    batches = chunks(items, chunk)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None) if jobs > 1 else None
    if second is None:
        yield from fn(first)
        for batch in batches:
            yield from fn(batch)
        return
    window = jobs * 3
    with ProcessPoolExecutor(max_workers=jobs, initializer=_follow_parent,
                             initargs=(os.getpid(),)) as pool:
        pending: deque[Future[list[R]]] = deque()
        for batch in _prepend([first, second], batches):
            pending.append(pool.submit(fn, batch))
            while len(pending) >= window:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())


def _result(future: Future[list[R]]) -> list[R]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise TielineError(WORKER_DIED.format(what="a worker process")) from None


def _follow_parent(parent: int) -> None:
    """In a worker: exit when the parent process is gone (killed with -9, say), instead of
    waiting forever for work that will not come."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="tieline-parent-watch", daemon=True).start()


def _prepend(head: list[list[T]], rest: Iterator[list[T]]) -> Iterator[list[T]]:
    yield from head
    yield from rest
