"""A progress bar on stderr for ingest: inputs read, articles/s, rejects."""

from __future__ import annotations

import time

from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .models import IngestReport
from .render import stderr


class IngestProgress:
    """Context manager whose ``update`` is the ingest progress callback."""

    def __init__(self) -> None:
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"),
                                  TimeElapsedColumn(), console=stderr, transient=True)
        self._task = self._progress.add_task("ingesting", total=None)
        self._start = time.monotonic()
        self._inputs = 0
        self._current: str | None = None

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def update(self, report: IngestReport, origin: str) -> None:
        """Show the progress so far; called after each stored batch and after each input."""
        if origin != self._current:
            self._current = origin
            self._inputs += 1
        rate = (report.stored + report.unchanged) / max(time.monotonic() - self._start, 1e-6)
        self._progress.update(self._task, description=(
            f"{self._inputs} inputs, {report.stored} stored, {rate:.1f} articles/s, "
            f"{len(report.rejects)} rejected"))
