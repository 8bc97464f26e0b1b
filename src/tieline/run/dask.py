"""Run a per-article function over a stream on a Dask cluster, in order, with bounded memory.

The stream is cut into partitions (lists of *chunk* items) submitted one by one, at most a few
per worker thread in flight; results come back in input order, so the single writer stores
exactly what a single process would. Each worker process keeps what the function caches (the
spaCy model, the knowledge base) across partitions: the model loads once per worker. Without
a scheduler address a ``distributed.LocalCluster`` of *jobs* single-threaded worker processes
is started for the run and closed after it.

dask is optional (``pip install 'tieline[dask]'``) and imported only here.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from typing import Any, TypeVar

from ..errors import TielineError, UsageError
from .local import WORKER_DIED, chunks, resolve_jobs

T = TypeVar("T")
R = TypeVar("R")

#: Partitions in flight per worker thread: enough to keep workers busy while one result
#: travels back, few enough that memory stays bounded whatever the stream's length.
IN_FLIGHT_PER_THREAD = 3

WORKER_WAIT_SECONDS = 30

# The per-article stages keep per-article state in their cached annotators: a worker running
# several threads must not run two partitions at once in one process.
_worker_lock = threading.Lock()


def _run_partition(fn: Callable[[list[T]], list[R]], partition: list[T]) -> list[R]:
    with _worker_lock:
        return fn(partition)


# The scheduler's HTTP server still starts without a dashboard, on port 8787 unless told
# otherwise; a second cluster on the machine (another run, a notebook) holds that port, and the
# scheduler then warns and moves. A free loopback port: no clash, nothing on other interfaces.
QUIET_SCHEDULER = {"dashboard_address": "127.0.0.1:0"}


def require_distributed() -> Any:
    """Return the distributed module, or raise UsageError saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise UsageError("the dask executor needs dask.distributed, which is not installed: "
                         "pip install 'tieline[dask]' (or use --executor local)") from None
    return distributed


def open_client(scheduler: str | None, jobs: int, stack: ExitStack) -> Any:
    """Return a client to the cluster at *scheduler*, or to a new LocalCluster of *jobs*
    workers; both are closed when *stack* closes."""
    distributed = require_distributed()
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        stack.enter_context(client)
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        except TimeoutError:
            raise UsageError(f"the Dask scheduler at {scheduler} has no workers (waited "
                             f"{WORKER_WAIT_SECONDS} s): start some with "
                             f"'dask worker {scheduler} --nthreads 1'") from None
        return client
    cluster = stack.enter_context(distributed.LocalCluster(
        n_workers=resolve_jobs(jobs), threads_per_worker=1, processes=True,
        dashboard_address=None, scheduler_kwargs=QUIET_SCHEDULER, silence_logs=logging.ERROR))
    return stack.enter_context(distributed.Client(cluster))


def map_ordered(fn: Callable[[list[T]], list[R]], items: Iterable[T], jobs: int = 0,
                chunk: int = 16, scheduler: str | None = None) -> Iterator[R]:
    """Yield fn over *items* in input order, one Dask task per *chunk* items.

    *scheduler*: the address of a running scheduler (``tcp://HOST:8786``); without it a local
    cluster of *jobs* processes (0: all cores) runs for the duration of the call.
    """
    with ExitStack() as stack:
        client = open_client(scheduler, jobs, stack)
        threads = max(1, sum(client.nthreads().values()))
        window = threads * IN_FLIGHT_PER_THREAD
        pending: deque[Any] = deque()
        for partition in chunks(items, chunk):
            pending.append(client.submit(_run_partition, fn, partition, pure=False))
            while len(pending) >= window:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())


def _result(future: Any) -> Any:
    from distributed import KilledWorker

    try:
        return future.result()
    except KilledWorker:
        raise TielineError(WORKER_DIED.format(what="a Dask worker (several times)")) from None
