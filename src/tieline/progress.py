"""Ingest feedback: a progress bar with total, rate and ETA, stage labels, a final summary.

:class:`IngestProgress` draws it on stderr with rich (the CLI); :class:`NotebookProgress` with
``tqdm.auto`` (a widget in Jupyter, text elsewhere) for ``Corpus.ingest`` in Python. Both take
the ingest callbacks: ``update(report, origin)`` after each stored batch and input, and
``stage(label)`` when the work changes (starting the workers, reading, the corpus stage).

The total is the number of documents the inputs hold, counted before the run where that is
cheap and exact (a file is one document, a JSON Lines file one per non-blank line); when an
input hides its count (standard input, a feed, a WARC or gzip file) the bar shows the count
and the rate but no percentage or ETA rather than a wrong one.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from .models import IngestSummary
from .render import stderr

_ONE_DOCUMENT = (".txt", ".text", ".html", ".htm", ".xhtml")
_PER_LINE = (".jsonl", ".ndjson")


def count_documents(paths: Sequence[str | Path]) -> int | None:
    """Return how many documents *paths* hold, or None when an input cannot tell cheaply."""
    from .ingest.inputs import Input, expand

    total = 0
    for entry in expand([str(p) for p in paths]):
        if not isinstance(entry, Input):
            continue  # skipped files and unreadable folders are not documents
        if entry.path is None or entry.origin.lower().endswith(".gz"):
            return None
        if entry.kind in _PER_LINE:
            total += _non_blank_lines(entry.path)
        elif entry.kind in _ONE_DOCUMENT or entry.kind == "":
            total += 1
        else:
            return None
    return total


def _non_blank_lines(path: Path) -> int:
    """Return the lines of *path* holding something (blank lines are not documents)."""
    try:
        with path.open("rb") as stream:
            return sum(1 for line in stream if line.strip())
    except OSError:
        return 0  # reading it will reject it, with the reason


def done(report: IngestSummary) -> int:
    """Return how many documents the ingest has dealt with so far."""
    return report.stored + report.unchanged + len(report.rejects)


class IngestProgress:
    """Context manager for the CLI: a rich bar on stderr, removed at the end."""

    def __init__(self, total: int | None = None) -> None:
        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), BarColumn(bar_width=24),
            MofNCompleteColumn(), TaskProgressColumn(), TextColumn("{task.fields[rate]}"),
            TextColumn("ETA"), TimeRemainingColumn(), TextColumn("elapsed"),
            TimeElapsedColumn(), console=stderr, transient=True)
        self._task = self._progress.add_task("starting", total=total, rate="")
        self.started = time.monotonic()

    def __enter__(self) -> IngestProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def stage(self, label: str) -> None:
        """Show what the ingest is doing now."""
        self._progress.update(self._task, description=label)

    def update(self, report: IngestSummary, origin: str) -> None:
        """Show the documents dealt with so far and the rate."""
        count = done(report)
        rate = count / max(time.monotonic() - self.started, 1e-6)
        self._progress.update(self._task, completed=count, rate=f"{rate:.1f} art/s",
                              description=f"reading {_short(origin)}")


class NotebookProgress:
    """The same callbacks drawn with ``tqdm.auto``: a widget in Jupyter, text elsewhere."""

    def __init__(self, total: int | None = None) -> None:
        from tqdm.auto import tqdm

        self._bar: Any = tqdm(total=total, unit="art", desc="starting", leave=True)

    def stage(self, label: str) -> None:
        self._bar.set_description_str(label)

    def update(self, report: IngestSummary, origin: str) -> None:
        self._bar.update(done(report) - self._bar.n)
        self._bar.set_postfix_str(f"{len(report.rejects)} rejected", refresh=False)

    def close(self) -> None:
        self._bar.close()


def _short(origin: str, width: int = 40) -> str:
    name = Path(origin.split(":", 1)[0] if ":" in origin and not origin.startswith("<")
                else origin).name or origin
    return name if len(name) <= width else "…" + name[-(width - 1):]
