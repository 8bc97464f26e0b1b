"""Record, or check, what tieline stores for a fixed corpus: the refactoring safety net.

The corpus: the five bundled samples and 300 Timeline17 articles spread over the shared file
(``$TIELINE_SHARED_DATA/t17/articles.jsonl``, never copied: only what tieline derives from them is
recorded). The record is read through the public ``Corpus`` API only (articles, learned actors,
each article's mentions and reports, merged events), so renaming tables, modules or classes
underneath cannot change it, and any change of what is stored shows as a line-by-line difference.

    python tools/stored_results.py record   # after a change that alters results on purpose
    python tools/stored_results.py check    # what tests/test_stored_results.py does

Recorded lines hold offsets, ids, types, dates and hashes, never article text.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RECORD = ROOT / "tests" / "data" / "stored_results.jsonl"
T17_ARTICLES = 300


def shared_data() -> Path:
    return Path(os.environ.get("TIELINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def t17_input(data: Path, folder: Path, n: int = T17_ARTICLES) -> Path:
    """Write *n* T17 articles spread evenly over the file (every topic) as a JSONL input."""
    with (data / "t17" / "articles.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = [r for r in rows if r["text"].strip()]
    step = len(rows) / n
    path = folder / "t17.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for r in (rows[int(i * step)] for i in range(n)):
            out.write(json.dumps({"text": r["text"], "outlet": r["outlet"],
                                  "published": r["pub_date"],
                                  "url": f"https://t17.example/{r['id']}"}) + "\n")
    return path


def _place(ev: Any) -> tuple[str, int, int]:
    """Where a sentence of evidence is: its article (marked "#title" for the page's headline,
    whose offsets are into the title) and its offsets."""
    return (ev.article_id + ("#title" if ev.in_title else ""), ev.start, ev.end)


def build(db: Path, data: Path) -> None:
    """Ingest the samples and the T17 slice into a new database at *db*, one worker."""
    import tieline
    from tieline.demo import samples_dir

    samples = samples_dir()
    with tieline.open(db, create=True) as corpus:
        corpus.ingest(samples, manifest=samples / "manifest.jsonl", progress=False, jobs=1)
        corpus.ingest(t17_input(data, db.parent), progress=False, jobs=1)


def _line(record: str, **fields: Any) -> str:
    return json.dumps({"record": record, **fields}, sort_keys=True, ensure_ascii=False)


def _side(ref: Any) -> str | None:
    return ref.id if ref is not None else None


def _event(e: Any) -> dict[str, Any]:
    return {"type": e.type, "mode": e.mode, "source": _side(e.source), "target": _side(e.target),
            "source_basis": getattr(e.source, "basis", None),
            "target_basis": getattr(e.target, "basis", None),
            "status": e.status, "date": e.date, "precision": e.date_precision,
            "date_basis": e.date_basis, "spread": list(e.date_spread or ()),
            "intensity": e.intensity, "context": list(e.context), "rule": e.rule,
            **({"mutual": True} if e.mutual else {})}  # (only when set: older lines stay)


def lines(db: Path) -> list[str]:
    """The record of what the database at *db* holds, one sorted JSON line per fact."""
    import tieline

    out: list[str] = []
    with tieline.open(db) as corpus:
        for a in corpus.articles(include_superseded=True):
            out.append(_line("article", id=a.id, url=a.url, outlet=a.outlet,
                             published=a.published, published_basis=a.published_basis,
                             story_date=a.story_date, lang=a.lang, words=a.words,
                             story_id=a.story_id,
                             copy_of=a.copy_of))
            view = corpus.read(a.id)
            mentions = sorted((m.start, m.end, m.actor_id, m.form) for m in view.mentions)
            digest = hashlib.sha256(json.dumps(mentions).encode()).hexdigest()[:16]
            out.append(_line("mentions", article=a.id, count=len(mentions), sha=digest))
            for r in view.events:
                ev = [_place(x) for x in r.evidence]
                out.append(_line("report", article=a.id, evidence=ev, **_event(r)))
        for actor, mentions_count in corpus.actors():
            out.append(_line("actor", id=actor.id, name=actor.name, kind=actor.kind,
                             country=actor.country, sector=actor.sector,
                             mentions=mentions_count))
        for e in corpus.events():
            ev = sorted(_place(x) for x in e.evidence)
            out.append(_line("event", evidence=ev, reports=e.reports,
                             independent_sources=e.independent_sources, **_event(e)))
    return sorted(out)


def current(data: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stored.db"
        build(db, data)
        return lines(db)


def difference(recorded: Iterable[str], now: Iterable[str], limit: int = 40) -> list[str]:
    """The first *limit* lines of a unified diff between the record and *now*."""
    diff = difflib.unified_diff(list(recorded), list(now), "recorded", "now", lineterm="", n=0)
    return [d for d in diff if not d.startswith("@@")][:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["record", "check"])
    args = parser.parse_args(argv)
    data = shared_data()
    if not (data / "t17").is_dir():
        print(f"shared data not found at {data} (set TIELINE_SHARED_DATA)", file=sys.stderr)
        return 1
    now = current(data)
    if args.action == "record":
        RECORD.parent.mkdir(parents=True, exist_ok=True)
        RECORD.write_text("\n".join(now) + "\n", encoding="utf-8")
        print(f"recorded {len(now)} lines in {RECORD.relative_to(ROOT)}")
        return 0
    recorded = RECORD.read_text(encoding="utf-8").splitlines()
    diff = difference(recorded, now)
    print("\n".join(diff) if diff else f"same {len(now)} lines as recorded")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
