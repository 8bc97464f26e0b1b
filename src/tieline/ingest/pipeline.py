"""The ingest pipeline: inputs → RawDocuments → Articles → store, one bad input never stopping it.

Work flows as a stream of units in input order. The per-article stages (extraction, then the
annotation pipeline of ``tieline.annotate.pipeline``) run on an executor (this process, a local
process pool, or Dask workers: see ``tieline.run``), which gives the units back in input order;
one writer (this process) stores articles in batches, each batch one transaction, so a kill at
any moment leaves only whole batches behind and a re-run stores the rest. An input is marked
read in the same transaction as its last article, so a re-run skips it.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from ..annotate import business, domestic, private
from ..annotate.extract import extract
from ..annotate.language import NOT_ANALYSED
from ..annotate.offsets import remap_article
from ..annotate.pipeline import ARTICLE_STAGES, pipeline_for, rejection
from ..annotate.readers import readers_kind, readers_line
from ..config import Settings
from ..errors import StoreUnavailable, UsageError
from ..kb import load_kb
from ..models import STAGE_VERSIONS, Actor, Article, IngestSummary, RawDocument, Reject
from ..run import map_with
from ..store import Store
from .chrome import remove_outlet_chrome
from .inputs import Input, Skipped, expand
from .manifest import Manifest
from .readers import read_input

if TYPE_CHECKING:
    from ..kb import KnowledgeBase

T = TypeVar("T")


@dataclass(frozen=True)
class InputStart:
    """Marks the start of one input's documents."""

    origin: str


@dataclass(frozen=True)
class InputDone:
    """Marks the end of one input's documents; *key* None when it must not be skipped later."""

    key: str | None
    origin: str


#: What the parse reads: the lines that can hold an event, or all of them.
PARSE_MODES = tuple(ARTICLE_STAGES)

Unit = RawDocument | Reject | InputStart | InputDone | Article
#: Called with the report so far and the input being read: after each stored batch (so a large
#: file shows progress) and at the end of each input.
Progress = Callable[[IngestSummary, str], None]


def _source_key(item: Input, manifest: Manifest) -> str | None:
    """Identify a regular file's current content and settings; None for stdin and pipes."""
    if item.path is None:
        return None
    try:
        st = item.path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    meta = manifest.lookup(item.path)
    raw = json.dumps([str(item.path.resolve()), st.st_size, st.st_mtime_ns, STAGE_VERSIONS,
                      meta.__dict__], sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()


def _units(store: Store, paths: list[str], settings: Settings, manifest: Manifest,
           report: IngestSummary) -> Iterator[Unit]:
    exclude = {manifest.path} if manifest.path else set()
    for entry in expand(paths, exclude):
        if isinstance(entry, Skipped):
            report.skipped_files += 1
            report.warnings.append(entry.message)
            continue
        if isinstance(entry, Reject):
            yield entry
            continue
        yield from _guarded_input(_input_units(store, entry, settings, manifest, report),
                                  entry.origin)


def _input_units(store: Store, entry: Input, settings: Settings, manifest: Manifest,
                 report: IngestSummary) -> Iterator[Unit]:
    key = _source_key(entry, manifest)
    if key:
        known = store.input_articles(key)
        if known is not None:
            report.unchanged += known
            return
    yield InputStart(entry.origin)
    clean = True
    for unit in read_input(entry, settings.max_bytes, manifest):
        clean = clean and not isinstance(unit, Reject)
        yield unit
    yield InputDone(key if clean else None, entry.origin)


def _guarded_input(units: Iterator[Unit], origin: str) -> Iterator[Unit]:
    """Yield *units*; a reader that fails ends its input with a Reject (and no InputDone,
    so the input is not marked read and a re-run retries it), never the batch."""
    try:
        yield from units
    except RecursionError:
        yield Reject(origin, "could not be read: nested too deeply (documents before it "
                             "were read)")
    except Exception as exc:
        yield Reject(origin, f"could not be read: {type(exc).__name__}: {str(exc)[:300]} "
                             "(documents before it were read)")


def _per_article(units: list[Unit], settings: Settings) -> list[Unit]:
    """The per-article work, run in workers: RawDocument → Article (extraction), then the
    annotation pipeline over the chunk's articles together (annotate/pipeline.py; none without
    a spaCy model). Whatever goes wrong with one document becomes its Reject: the others go on.
    """
    out: list[Unit] = [_guarded(unit.origin, extract, unit) if isinstance(unit, RawDocument)
                       else unit for unit in units]
    articles = [(i, unit) for i, unit in enumerate(out) if isinstance(unit, Article)]
    annotated = pipeline_for(settings).annotate([art for _, art in articles])
    for (i, _), art in zip(articles, annotated, strict=True):
        out[i] = art
    return out


def _guarded(origin: str, step: Callable[[T], Article], arg: T) -> Article | Reject:
    """Run one per-article *step*; turn any exception into a Reject of *origin* saying why."""
    try:
        return step(arg)
    except Exception as exc:  # a bug on one page must cost that page only
        return rejection(origin, exc)


def _annotate_again(store: Store, settings: Settings,
                    actor_lookup: Callable[[str], Actor | None]) -> None:
    """Annotate again, in this process, the stored articles whose text got lines back.

    Each is annotated from its whole text and then cut, as a new article is, so it ends with
    the annotations it would have had if the inputs had come in another order. Rare: only an
    outlet publishing near-copies of its own articles makes one.
    """
    pipeline = pipeline_for(settings)
    while todo := store.to_annotate_again(settings.batch_size):
        whole = [art.evolve(text=text, words=len(text.split())) for art, text in todo]
        annotated = pipeline.annotate(whole)
        for (stored, text), art in zip(todo, annotated, strict=True):
            if not isinstance(art, Article):  # could not be parsed again: keep it, unannotated
                art = stored.evolve(warnings=(*stored.warnings, f"{stored.origin}: not "
                                              f"annotated again: {art.reason}"))
            if stored.text != text:
                art = remap_article(text, art.evolve(text=stored.text, words=stored.words))
            store.replace_annotations(art, actor_lookup)


def other_languages_line(langs: Counter[str]) -> str:
    """Say how many articles were stored but not read for events, and in which languages."""
    n = sum(langs.values())
    detail = ", ".join(f"{lang} {k}" for lang, k in langs.most_common())
    return (f"{n} article{'s' if n != 1 else ''} in {len(langs)} other "
            f"language{'s' if len(langs) != 1 else ''}: {NOT_ANALYSED} ({detail})")


def ingest_paths(store: Store, paths: list[str], settings: Settings,
                 manifest: Manifest | None = None,
                 progress: Progress | None = None) -> IngestSummary:
    """Ingest *paths* into *store*; return what was stored, unchanged and rejected."""
    if settings.parse not in PARSE_MODES:
        raise UsageError(f"unknown parse setting {settings.parse!r}; choose one of "
                         f"{', '.join(PARSE_MODES)}")
    manifest = manifest or Manifest()
    report = IngestSummary()
    units = _units(store, paths, settings, manifest, report)
    stage = partial(_per_article, settings=settings)
    kb = load_kb(settings.actors_file or None) if settings.spacy_model else None
    # lazy: nothing is read before the loop below; a missing executor fails here, before the run
    results = map_with(settings.executor, stage, units, jobs=settings.jobs,
                       scheduler=settings.scheduler or None)
    run_id = store.start_run(paths)
    writer = _Writer(store, run_id, settings, report, kb, progress)
    for unit in results:
        writer.take(unit)
    writer.flush()
    if writer.other_languages:
        report.warnings.append(other_languages_line(writer.other_languages))
    if writer.readers:
        report.warnings.append(readers_line(writer.readers))
    if writer.private:
        report.warnings.append(private.summary_line(sum(writer.private), len(writer.private)))
    if writer.business:
        report.notes.append(business.summary_line(sum(writer.business), len(writer.business)))
    if writer.domestic:
        report.notes.append(domestic.summary_line(sum(writer.domestic), len(writer.domestic)))
    if kb is not None:
        _annotate_again(store, settings, kb.get)
    store.finish_run(run_id, report.stored, report.unchanged, len(report.rejects))
    return report


class _Writer:
    """The one writer: stores articles in batches and marks inputs read, in input order.

    A batch is one transaction. An article the store cannot take (whatever the reason, short of
    the database itself failing) is rejected alone, the rest of its batch stored, and its input
    left unmarked so a re-run retries it.
    """

    def __init__(self, store: Store, run_id: int, settings: Settings, report: IngestSummary,
                 kb: KnowledgeBase | None, progress: Progress | None) -> None:
        self.store, self.run_id, self.settings = store, run_id, settings
        self.report, self.kb, self.progress = report, kb, progress
        self.batch: list[tuple[Article, str]] = []  # each article with the input it came from
        self.done: list[tuple[str, str, int]] = []  # inputs read whole: (key, origin, articles)
        self.failed: set[str] = set()  # inputs with an article the store rejected
        self.current = ""  # the input being read
        self.in_input = 0  # articles of the current input so far
        self.other_languages: Counter[str] = Counter()  # articles not analysed, by language
        self.readers: Counter[str] = Counter()  # articles with a readers' part, by its kind
        self.private: list[int] = []  # events not coded as private, one count an article
        self.business: list[int] = []  # events with a business as a side, one count an article
        self.domestic: list[int] = []  # events with both sides of one state, one an article

    def take(self, unit: Unit) -> None:
        if isinstance(unit, Article):
            self.batch.append((unit, self.current))
            self.in_input += 1
            kinds = {kind for w in unit.warnings if (kind := readers_kind(w)) is not None}
            said = [w for w in unit.warnings if NOT_ANALYSED not in w
                    and private.NOT_CODED not in w]  # (said once for the run, not per article)
            self.readers.update(kinds)
            if sum(NOT_ANALYSED in w for w in unit.warnings) > len(kinds):
                self.other_languages[unit.lang or "unknown"] += 1
            self.private.extend(n for n in map(private.count, unit.warnings) if n)
            self.business.extend(n for n in [business.sided(unit.events)] if n)
            self.domestic.extend(n for n in [domestic.count(unit.events)] if n)
            self.report.warnings.extend(said)
        elif isinstance(unit, Reject):
            self.reject(unit)
        elif isinstance(unit, InputStart):
            self.current = unit.origin
            self.in_input = 0
        elif isinstance(unit, InputDone):
            if unit.key and unit.origin not in self.failed:
                self.done.append((unit.key, unit.origin, self.in_input))
            if self.progress:
                self.progress(self.report, unit.origin)
        if len(self.batch) >= self.settings.batch_size:
            self.flush()

    def reject(self, reject: Reject) -> None:
        self.report.rejects.append(reject)
        self.store.add_rejects(self.run_id, [reject])

    def flush(self) -> None:
        if not self.batch and not self.done:
            return
        try:
            self._write([a for a, _ in self.batch], self.done)
        except StoreUnavailable:
            raise  # the database itself (locked, full, read-only): nothing to retry per article
        except Exception:
            self._write_one_by_one()
        had_articles = bool(self.batch)
        self.batch.clear()
        self.done.clear()
        if self.progress and had_articles:
            self.progress(self.report, self.current)

    def _write_one_by_one(self) -> None:
        for article, origin in self.batch:
            try:
                self._write([article], [])
            except StoreUnavailable:
                raise
            except Exception as exc:
                self.failed.add(origin)
                self.reject(Reject(article.origin, f"could not be stored: "
                                                   f"{type(exc).__name__}: {str(exc)[:300]}"))
        self._write([], [d for d in self.done if d[1] not in self.failed])

    def _write(self, articles: list[Article], done: list[tuple[str, str, int]]) -> None:
        store = self.store
        with store.transaction():  # the batch, its chrome cuts and its inputs: all or none
            cut, extracted = remove_outlet_chrome(
                store, articles, self.settings.outlet_boilerplate_min_articles)
            cut = [remap_article(extracted[a.id], a) if a.id in extracted else a for a in cut]
            stored, unchanged = store.add_articles(
                self.run_id, cut, done, extracted, actor_lookup=self.kb.get if self.kb else None)
        self.report.stored += stored
        self.report.unchanged += unchanged
