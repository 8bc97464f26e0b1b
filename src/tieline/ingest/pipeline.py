"""The ingest pipeline: inputs → RawDocuments → Articles → store, one bad input never stopping it.

Work flows as a stream of units in input order. Per-article extraction may run in a process
pool; one writer (this process) stores articles in batches, each batch one transaction, so a
kill at any moment leaves only whole batches behind and a re-run stores the rest. An input is
marked read in the same transaction as its last article, so a re-run skips it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..annotate.clean import drop_recurring, line_key
from ..annotate.extract import extract
from ..config import Settings
from ..errors import InputError
from ..models import STAGE_VERSIONS, Article, IngestReport, RawDocument, Reject
from ..run import map_ordered
from ..store import Store
from .manifest import Manifest
from .readers import read_input
from .sources import Input, expand

MAX_RECURRING_SHARE = 0.3  # an article losing more lines than this is a copy, not chrome


@dataclass(frozen=True)
class SourceDone:
    """Marks the end of one input's documents; *key* None when it must not be skipped later."""

    key: str | None
    origin: str


Unit = RawDocument | Reject | SourceDone | Article
Progress = Callable[[IngestReport, str], None]


def _source_key(item: Input, manifest: Manifest) -> str | None:
    if item.path is None:
        return None
    try:
        st = item.path.stat()
    except OSError:
        return None
    meta = manifest.lookup(item.path)
    raw = json.dumps([str(item.path.resolve()), st.st_size, st.st_mtime_ns, STAGE_VERSIONS,
                      meta.__dict__], sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()


def _units(store: Store, paths: list[str], settings: Settings, manifest: Manifest,
           report: IngestReport) -> Iterator[Unit]:
    exclude = {manifest.path} if manifest.path else set()
    for entry in expand(paths, exclude):
        if isinstance(entry, str):
            report.skipped_files += 1
            report.warnings.append(entry)
            continue
        key = _source_key(entry, manifest)
        if key and store.source_done(key):
            report.unchanged += 1
            continue
        clean = True
        for unit in read_input(entry, settings.max_bytes, manifest):
            clean = clean and not isinstance(unit, Reject)
            yield unit
        yield SourceDone(key if clean else None, entry.origin)


def _extract_units(units: list[Unit]) -> list[Unit]:
    """The per-article stage, run in workers: RawDocument → Article or Reject."""
    out: list[Unit] = []
    for unit in units:
        if isinstance(unit, RawDocument):
            try:
                out.append(extract(unit))
            except InputError as exc:
                out.append(Reject(unit.origin, str(exc)))
            except Exception as exc:  # a parser bug on one page must not stop the batch
                out.append(Reject(unit.origin, f"could not be processed: "
                                               f"{type(exc).__name__}: {exc}"))
        else:
            out.append(unit)
    return out


def ingest_paths(store: Store, paths: list[str], settings: Settings,
                 manifest: Manifest | None = None, progress: Progress | None = None) -> IngestReport:
    """Ingest *paths* into *store*; return what was stored, unchanged and rejected."""
    manifest = manifest or Manifest()
    report = IngestReport()
    run_id = store.start_run(paths)
    batch: list[Article] = []
    done: list[tuple[str, str]] = []

    def flush() -> None:
        if batch or done:
            stored, unchanged = store.add_articles(run_id, _drop_outlet_chrome(store, batch,
                                                                               settings), done)
            report.stored += stored
            report.unchanged += unchanged
            batch.clear()
            done.clear()

    units = _units(store, paths, settings, manifest, report)
    for unit in map_ordered(_extract_units, units, jobs=settings.jobs):
        if isinstance(unit, Article):
            batch.append(unit)
            report.warnings.extend(unit.warnings)
        elif isinstance(unit, Reject):
            report.rejects.append(unit)
            store.add_rejects(run_id, [unit])
        elif isinstance(unit, SourceDone):
            if unit.key:
                done.append((unit.key, unit.origin))
            if progress:
                progress(report, unit.origin)
        if len(batch) >= settings.batch_size:
            flush()
    flush()
    store.finish_run(run_id, report.stored, report.unchanged, len(report.rejects))
    return report


def _drop_outlet_chrome(store: Store, batch: list[Article], settings: Settings) -> list[Article]:
    """Remove short lines that recur across an outlet's distinct articles (its page chrome)."""
    by_outlet: dict[str, list[int]] = {}
    for i, art in enumerate(batch):
        if art.outlet:
            by_outlet.setdefault(art.outlet, []).append(i)
    out = list(batch)
    for outlet, idx in by_outlet.items():
        keys = [_short_line_keys(batch[i]) for i in idx]
        seen_hashes: set[str] = set()
        counts: Counter[str] = Counter()
        for i, ks in zip(idx, keys, strict=True):
            if batch[i].content_hash not in seen_hashes:
                seen_hashes.add(batch[i].content_hash)
                counts.update(ks)
        stored = store.outlet_line_counts(outlet, counts)
        for key, n in stored.items():
            counts[key] += n
        recurring = {k for k, n in counts.items() if n >= settings.outlet_boilerplate_min_articles}
        for i, ks in zip(idx, keys, strict=True):
            hits = ks & recurring
            lines = batch[i].text.count("\n") + 1
            if hits and len(hits) <= MAX_RECURRING_SHARE * lines:
                text, _ = drop_recurring(batch[i].text, hits)
                if text.strip():
                    out[i] = batch[i].evolve(text=text, words=len(text.split()))
    return out


def _short_line_keys(art: Article) -> set[str]:
    return {line_key(line) for line in art.text.split("\n") if 0 < len(line.split()) <= 12}

