"""Export articles, actors, events and a pair's relations series to files analysts use.

``export(corpus, kind, fmt, out, where=EventFilter(...), **options)`` writes CSV, JSON Lines,
Parquet, or for events a GDELT 2.0-compatible table (:mod:`tieline.gdelt`). Records are read
from the store a chunk at a time (``chunk_size`` rows, paged with limit and offset) and
written as they come — CSV and JSON Lines line by line, Parquet one row group per chunk — so
memory stays bounded whatever the size of the store. A file is written beside its
destination and moved there when complete: a failed export leaves no half-written file. The
columns are those of :mod:`tieline.results` and docs/export.md.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import uuid
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import UsageError
from .gdelt import COLUMNS as GDELT_COLUMNS
from .gdelt import FLOAT_COLUMNS, INT_COLUMNS, ArticleFacts, gdelt_row, lead_end, skip_reason
from .models import EventFilter
from .results import ACTORS, ARTICLES, ARTICLES_FULL, EVENTS, EventList, Table, rows_to_arrow

if TYPE_CHECKING:
    import pandas as pd

    from .corpus import Corpus
    from .kb import KnowledgeBase

KINDS = ("articles", "actors", "events", "relations")
FORMATS = ("csv", "jsonl", "parquet", "gdelt")
CHUNK_SIZE = 5000  # measured: 132k events as CSV in 44 s at 77 MB peak (1,000: 166 s, 49 MB)
#: What each kind takes: options, and the EventFilter criteria it reads.
_OPTIONS = {"articles": {"full"}, "actors": set(), "relations": {"by"}, "events": {"limit"}}
_CRITERIA = {"articles": set(), "actors": set(), "relations": {"pair"},
             "events": set(EventFilter.__dataclass_fields__)}


def _series_row(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name, _ in _SERIES_COLUMNS}


_SERIES_COLUMNS = (("period", "str"), ("events", "int"), ("mean_intensity", "float"),
                   ("cooperation", "int"), ("conflict", "int"),
                   ("cooperation_intensity", "float"), ("conflict_intensity", "float"),
                   ("undated_reported", "int"), ("sources", "int"), ("reports", "int"),
                   ("thin", "bool"))
RELATIONS: Table[dict[str, Any]] = Table("relations", _SERIES_COLUMNS, _series_row, _series_row,
                                         lambda row: {k: str(v) for k, v in row.items()})


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: how many rows of which kind, in which format, where."""

    kind: str
    format: str
    rows: int
    path: str | None  # None: standard output
    dropped: tuple[tuple[str, int], ...] = ()  # (reason, records) left out of the table

    def summary(self) -> str:
        where = self.path or "standard output"
        line = f"wrote {self.rows} {self.kind} rows ({self.format}) to {where}"
        if not self.dropped:
            return line
        left = sum(n for _, n in self.dropped)
        reasons = "; ".join(f"{n} with {why}" for why, n in self.dropped)
        return (f"{line}; {left} of {self.rows + left} {self.kind} are not in it: {reasons} "
                "(docs/export.md)")


def export(corpus: Corpus, kind: str, fmt: str = "csv", out: str | Path | None = None, *,
           chunk_size: int = CHUNK_SIZE, where: EventFilter | None = None,
           **filters: Any) -> ExportResult:
    """Write the corpus's *kind* records to *out* (a path; None or "-": standard output).

    *kind*: articles, actors, events or relations; *fmt*: csv, jsonl, parquet, or gdelt (events
    only; GDELT 2.0's tab-separated event columns, no header line). *where* selects the events
    (an EventFilter, as ``Corpus.events`` takes it), or its criteria come one by one among
    *filters*: ``actors``, ``pair``, ``type``, ``since``, ``until``, ``date_bases``. The other
    *filters* are options: ``full`` for articles, ``limit`` for events, ``by`` for relations
    (whose ``pair`` A, B is required). Raises UsageError for an unknown kind, format or filter,
    and for Parquet to standard output.
    """
    where, options = _split(where, filters)
    _check(kind, fmt, out, where, options, chunk_size)
    table = _table(kind, options)
    chunks = _primed(_chunks(corpus, kind, chunk_size, where, options))
    path = None if out in (None, "-") else Path(str(out))
    if fmt == "parquet":
        assert path is not None
        return ExportResult(kind, fmt, _write_parquet(chunks, table, path), str(path))
    dropped: Counter[str] = Counter()
    with _text_output(path) as stream:
        if fmt == "gdelt":
            rows = _write_gdelt(chunks, stream, _facts_lookup(corpus), _kb(corpus), dropped)
        elif fmt == "jsonl":
            rows = _write_jsonl(chunks, table, stream)
        else:
            rows = _write_csv(chunks, table, stream)
    return ExportResult(kind, fmt, rows, str(path) if path else None,
                        tuple(sorted(dropped.items())))


def _split(where: EventFilter | None, filters: dict[str, Any]
           ) -> tuple[EventFilter, dict[str, Any]]:
    """Return the EventFilter of *where* or of the criteria among *filters*, and the other
    filters (options); raise UsageError when both give criteria."""
    criteria = {k: v for k, v in filters.items() if k in _CRITERIA["events"]}
    options = {k: v for k, v in filters.items() if k not in criteria}
    given = EventFilter.of(**criteria)
    if where is not None and given != EventFilter():
        raise UsageError("give the criteria as where=EventFilter(...) or one by one, not both")
    return where or given, options


def _check(kind: str, fmt: str, out: str | Path | None, where: EventFilter,
           filters: dict[str, Any], chunk_size: int) -> None:
    if kind not in KINDS:
        raise UsageError(f"unknown export {kind!r}; one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "gdelt" and kind != "events":
        raise UsageError("--format gdelt is a table of events: `tieline export events "
                         "--format gdelt`")
    if fmt == "parquet" and out in (None, "-"):
        raise UsageError("Parquet is binary: give a file with --out FILE.parquet")
    taken = _OPTIONS[kind] | _CRITERIA[kind]
    unknown = sorted({k for k, v in filters.items() if k not in _OPTIONS[kind] and v} |
                     {k for k in _CRITERIA["events"] - _CRITERIA[kind]
                      if getattr(where, k) not in (None, ())})
    if unknown:
        raise UsageError(f"{kind} export takes no {', '.join(unknown)}; it takes "
                         f"{', '.join(sorted(taken)) or 'no filters'}")
    if kind == "relations" and where.pair is None:
        raise UsageError("a relations export needs a pair of actors: "
                         "`tieline export relations A B`")
    if chunk_size < 1:
        raise UsageError(f"chunk size must be at least 1, not {chunk_size}")


def _table(kind: str, filters: dict[str, Any]) -> Table[Any]:
    if kind == "articles":
        return ARTICLES_FULL if filters.get("full") else ARTICLES
    tables: dict[str, Table[Any]] = {"actors": ACTORS, "events": EVENTS,
                                     "relations": RELATIONS}
    return tables[kind]


# -- reading in chunks ----------------------------------------------------------------------
def _chunks(corpus: Corpus, kind: str, size: int, where: EventFilter,
            filters: dict[str, Any]) -> Iterator[list[Any]]:
    """Yield the records of *kind* (the events *where* selects) a chunk of at most *size* at
    a time."""
    if kind == "articles":
        yield from _pages(lambda limit, offset: corpus.articles(limit=limit, offset=offset),
                          size, None)
    elif kind == "events":
        yield from _pages(lambda limit, offset: corpus.events(limit=limit, offset=offset,
                                                              where=where),
                          size, filters.get("limit"))
    elif kind == "actors":  # one row per distinct actor: bounded by the knowledge base
        found = corpus.actors()
        for start in range(0, len(found), size):
            yield list(found[start:start + size])
    else:
        yield _series(corpus, where, filters)


def _series(corpus: Corpus, where: EventFilter, filters: dict[str, Any]
            ) -> list[dict[str, Any]]:
    """Return the relations series of the pair *where* names (a few rows per year)."""
    assert where.pair is not None  # (checked)
    a, b = where.pair
    series: list[dict[str, Any]] = corpus.relations(a, b, by=filters.get("by") or "month"
                                                    ).to_dict()["series"]
    return series


def _primed(chunks: Iterator[list[Any]]) -> Iterator[list[Any]]:
    """Read the first chunk now, so a bad actor or type fails before anything is written."""
    first = next(chunks, None)

    def chained() -> Iterator[list[Any]]:
        if first is not None:
            yield first
        yield from chunks

    return chained()


def _pages(fetch: Callable[[int, int], list[Any]], size: int, limit: int | None
           ) -> Iterator[list[Any]]:
    offset = 0
    while limit is None or offset < limit:
        want = size if limit is None else min(size, limit - offset)
        page = fetch(want, offset)
        if page:
            yield page
        if len(page) < want:
            return
        offset += len(page)


# -- writing --------------------------------------------------------------------------------
@contextmanager
def _text_output(path: Path | None) -> Iterator[IO[str]]:
    """Yield a text stream to *path* (moved into place only when complete) or to stdout."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with _staged(path) as staged, staged.open("w", encoding="utf-8", newline="") as stream:
        yield stream


@contextmanager
def _staged(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside *path*; move it onto *path* if the block succeeds."""
    if not path.parent.is_dir():
        raise UsageError(f"{path}: no folder {path.parent}")
    # a name of its own rather than mkstemp's private file: the user's umask sets the mode
    staged = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part")
    try:
        yield staged
        os.replace(staged, path)
    finally:
        staged.unlink(missing_ok=True)


def _write_csv(chunks: Iterator[list[Any]], table: Table[Any], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=table.names)
    writer.writeheader()
    nested, rows = table.nested, 0
    for chunk in chunks:
        for row in table.rows(chunk):
            for name in nested:
                row[name] = json.dumps(row[name], ensure_ascii=False)
            writer.writerow(row)
            rows += 1
    return rows


def _write_jsonl(chunks: Iterator[list[Any]], table: Table[Any], stream: IO[str]) -> int:
    rows = 0
    for chunk in chunks:
        for item in chunk:
            stream.write(json.dumps(table.record(item), ensure_ascii=False) + "\n")
            rows += 1
    return rows


def _write_parquet(chunks: Iterator[list[Any]], table: Table[Any], path: Path) -> int:
    import pyarrow.parquet as pq

    from .results import arrow_schema

    rows = 0
    with _staged(path) as staged, pq.ParquetWriter(staged,
                                                   arrow_schema(table.columns)) as writer:
        for chunk in chunks:
            writer.write_table(rows_to_arrow(table.rows(chunk), table.columns))
            rows += len(chunk)
    return rows


def _write_gdelt(chunks: Iterator[list[Any]], stream: IO[str],
                 facts: Callable[[str], ArticleFacts | None], kb: KnowledgeBase,
                 dropped: Counter[str]) -> int:
    rows = 0
    for chunk in chunks:
        for event in chunk:
            row = gdelt_row(event, facts, kb)
            if row is None:
                dropped[skip_reason(event, facts) or "no row"] += 1
                continue
            stream.write("\t".join(_tsv_safe(value) for value in row) + "\n")
            rows += 1
    return rows


def _tsv_safe(value: str) -> str:
    """GDELT files have no quoting: tabs and line breaks inside a value become spaces."""
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value


def events_document(corpus: Corpus, pair: tuple[str, str], fmt: str, since: str | None = None,
                    until: str | None = None, publication_dates: bool = True
                    ) -> tuple[str, str, str]:
    """Return the events between *pair* as a file to download: (body, media type, file name).

    *fmt* "csv" gives the CSV export's columns (evidence as JSON text), "json" the list that
    ``tieline events --pair A B --json`` prints. Without *publication_dates*, the events are
    those the pair's chart and timeline show without them (``publication_dates_off``).
    Raises UsageError for an unknown actor, a bad date or format.
    """
    from .corpus import publication_dates_off

    found = corpus.events(where=EventFilter(pair=pair, since=since, until=until))
    if not publication_dates:
        found = EventList(publication_dates_off(found, ranged=bool(since or until)))
    parts = ["tieline-events", *(corpus.actor(name).id for name in pair), since, until,
             None if publication_dates else "no-publication-dates"]
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", "-".join(p for p in parts if p))
    if fmt == "json":
        return (json.dumps(found.to_dicts(), ensure_ascii=False, indent=1),
                "application/json", f"{name}.json")
    if fmt != "csv":
        raise UsageError(f"unknown download format {fmt!r}; csv or json")
    stream = io.StringIO()
    _write_csv(iter([found]), EVENTS, stream)
    return stream.getvalue(), "text/csv; charset=utf-8", f"{name}.csv"


def gdelt_rows(corpus: Corpus, where: EventFilter | None = None, **filters: Any
               ) -> Iterator[list[str]]:
    """Yield the GDELT rows of the events *where* selects (or the criteria among *filters*,
    and ``limit``, as ``export`` takes them)."""
    facts, kb = _facts_lookup(corpus), _kb(corpus)
    selected, options = _split(where, filters)
    for chunk in _chunks(corpus, "events", CHUNK_SIZE, selected, options):
        for event in chunk:
            row = gdelt_row(event, facts, kb)
            if row is not None:
                yield [_tsv_safe(value) for value in row]


def gdelt_frame(corpus: Corpus, where: EventFilter | None = None, **filters: Any
                ) -> pd.DataFrame:
    """Return the GDELT table of the corpus's events as a DataFrame with GDELT's types:
    integers (nullable Int64 where a value can be missing: DATEADDED, the geo types) for ids,
    dates and counts, floats for FractionDate, GoldsteinScale, AvgTone and coordinates,
    strings for codes and names (CAMEO codes keep their leading zero)."""
    import pandas as pd

    frame = pd.DataFrame(list(gdelt_rows(corpus, where, **filters)), columns=list(GDELT_COLUMNS),
                         dtype=str)
    for name in GDELT_COLUMNS:
        if name in INT_COLUMNS:
            frame[name] = pd.to_numeric(frame[name].replace("", None)).astype("Int64")
        elif name in FLOAT_COLUMNS:
            frame[name] = pd.to_numeric(frame[name].replace("", None)).astype("float64")
    return frame


def _kb(corpus: Corpus) -> KnowledgeBase:
    from .kb import load_kb

    return load_kb(corpus.settings.actors_file or None)


def _facts_lookup(corpus: Corpus, size: int = 4096) -> Callable[[str], ArticleFacts | None]:
    """Return a lookup of an article's facts that keeps the last *size* articles' facts (not
    their texts), so memory stays bounded."""
    cache: OrderedDict[str, ArticleFacts | None] = OrderedDict()

    def facts(article_id: str) -> ArticleFacts | None:
        if article_id in cache:
            cache.move_to_end(article_id)
            return cache[article_id]
        article = corpus.article(article_id)
        found = (ArticleFacts(article.published, article.copy_of, lead_end(article.text))
                 if article is not None else None)
        cache[article_id] = found
        if len(cache) > size:
            cache.popitem(last=False)
        return found

    return facts
