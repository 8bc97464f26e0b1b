"""The two sides of a news set's score: its gold, read from the set's files, and what tieline
stored when it ingested the set's pages as a crawler would give them (see evaluate/news.py)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..models import Article, Event

CRAWLER_FIELDS = ("url", "outlet", "title", "published", "text")


# -- the gold --------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEvent:
    id: str
    date: str
    precision: str
    source: frozenset[str]
    target: frozenset[str]
    types: tuple[str, ...]
    status: str
    articles: tuple[str, ...]
    what: str = ""
    evidence: str = ""  # a quote of the event's words, in article evidence_in
    evidence_in: str = ""


@dataclass(frozen=True)
class GoldSet:
    name: str
    pages: tuple[dict[str, Any], ...]
    families: tuple[frozenset[str], ...]
    distinct: tuple[tuple[str, str], ...]
    events: tuple[GoldEvent, ...]


def load_gold(folder: Path) -> GoldSet:
    """Read a news set's gold files; raise UsageError naming what is missing or malformed."""
    paths = {name: folder / name for name in ("corpus.jsonl", "families.json",
                                              "distinct_pairs.json", "events.jsonl")}
    missing = [name for name, p in paths.items() if not p.is_file()]
    if missing:
        raise UsageError(f"{folder}: not a news set (missing {', '.join(missing)})")
    try:
        pages = tuple(_jsonl(paths["corpus.jsonl"]))
        families = tuple(frozenset(f["ids"]) for f in
                         json.loads(paths["families.json"].read_text(encoding="utf-8")))
        distinct = tuple((a, b) for a, b in
                         json.loads(paths["distinct_pairs.json"].read_text(encoding="utf-8")))
        events = tuple(_gold_event(e) for e in _jsonl(paths["events.jsonl"]))
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{folder}: malformed gold file ({exc})") from None
    return GoldSet(folder.name, pages, families, distinct, events)


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _gold_event(e: dict[str, Any]) -> GoldEvent:
    return GoldEvent(id=e["id"], date=e["date"], precision=e["precision"],
                     source=frozenset(e["source"].split("|")),
                     target=frozenset(e["target"].split("|")), types=tuple(e["types"]),
                     status=e["status"], articles=tuple(e["articles"]), what=e.get("what", ""),
                     evidence=e.get("evidence", ""), evidence_in=e.get("evidence_in", ""))


# -- what tieline stored ----------------------------------------------------------------------

@dataclass(frozen=True)
class Stored:
    """What tieline made of a set: its article for each gold page id, and all its events."""

    articles: dict[str, Article]
    events: tuple[Event, ...]


def run_tieline(gold: GoldSet, db: Path, withhold_dates: bool = False,
                **settings: Any) -> Stored:
    """Ingest the set's pages into a new database at *db* and read back what was stored."""
    import tieline

    if db.exists():
        raise UsageError(f"{db}: already exists; eval news ingests into a new database")
    with tempfile.TemporaryDirectory() as tmp:
        crawl = Path(tmp) / f"{gold.name}.jsonl"
        with crawl.open("w", encoding="utf-8") as f:
            for page in gold.pages:
                record = {k: page.get(k) for k in CRAWLER_FIELDS}
                if withhold_dates:
                    record["published"] = None
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        with tieline.open(db, create=True, **settings) as corpus:
            corpus.ingest(crawl)
            by_line = {a.origin.rsplit(":", 1)[-1]: a for a in corpus.articles()}
            articles = {page["id"]: by_line[str(n)] for n, page in enumerate(gold.pages, 1)
                        if str(n) in by_line}
            return Stored(articles, tuple(corpus.events()))

