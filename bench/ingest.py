#!/usr/bin/env python3
"""Ingest benchmark: tieline's ingest against trafilatura alone.

Corpora (from ``$TIELINE_SHARED_DATA``, default ``../shared/data``):

* ``t17``: the Timeline17 articles (``t17/articles.jsonl``, plain text, 2,281 articles);
* ``html``: the 181 pages of the article-extraction-benchmark (``html/*.html.gz``).

Engines, each measurement in a fresh Python process (so peak memory and caches are its own):

* ``tieline``: ``tieline.open(tmp.db, jobs=N).ingest(path)`` into a new temporary database, with
  the default settings: reading, decompression, decoding, extraction, cleaning, language,
  hashing, the spaCy parse and actors, SQLite + FTS5;
* ``tieline-noparse``: the same with ``spacy_model=""``, which skips the parse-based stages:
  the ingest of issue 2, whose aim is to cost under 20% more than trafilatura alone;
* ``trafilatura``: ``trafilatura.bare_extraction(html, favor_precision=True, with_metadata=True)``
  on the same pages (already read and decompressed), in a pool of N processes when N > 1;
* ``traf-same``: the same with the options tieline passes
  (``tieline.annotate.extract.TRAFILATURA_OPTIONS``: no comments, no tables, no extensive date
  search), so that the ratio to it is the cost of tieline's own stages.

On a machine shared with other work, timings drift by tens of percent within minutes. So the
HTML pages are cut into ``--blocks`` blocks, and the engines run block by block, one right after
the other, in an order rotated from block to block: each engine sees the same load, and the
ratios compare runs seconds apart. ``--repeat R`` runs everything R times and keeps, per block
and engine, the fastest run (the least disturbed). Time is wall-clock around the work (pool
start-up included; imports and model loading done before, also for the workers, which are
forked from the warmed-up process); CPU time is user + system of the process and its
workers. A full T17 run with the parse takes long (see --t17-limit). Peak memory is the peak
resident set size from ``resource.getrusage``: ``RUSAGE_SELF`` for the process,
``RUSAGE_CHILDREN`` for its largest worker (the kernel reports the largest child, not a sum);
for HTML it is the peak over blocks.

    .venv/bin/python bench/ingest.py                        # both corpora, jobs 1 and 2
    .venv/bin/python bench/ingest.py --t17-limit 500 --repeat 3 --json
    .venv/bin/python bench/ingest.py --engines traf-same tieline-noparse   # issue 2's aim
    .venv/bin/python bench/ingest.py --only html --profile  # where tieline's time goes
    .venv/bin/python bench/ingest.py --only t17 --t17-limit 40 --profile
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _measure import spawn  # bench/ is the running script's folder, on sys.path

ROOT = Path(__file__).resolve().parents[1]
AIM_OVERHEAD = 0.20
ENGINES = ("trafilatura", "traf-same", "tieline-noparse", "tieline")
TIELINE_ENGINES = ("tieline-noparse", "tieline")


def shared_data() -> Path:
    return Path(os.environ.get("TIELINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def _html_pages(data: Path) -> list[Path]:
    return sorted((data / "article-extraction-benchmark" / "html").glob("*.html.gz"))


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _peak_mb() -> tuple[float, float]:
    """(this process, its largest finished child) peak RSS in MiB (ru_maxrss is in KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(child, 1)


# -- one measurement (in a child process) -------------------------------------------------------

def _prepare_input(corpus: str, data: Path, start: int, stop: int | None,
                   tmp: Path) -> tuple[Path, int]:
    """Write the selected articles under *tmp*; return the path to ingest and their number."""
    if corpus == "t17":
        with (data / "t17" / "articles.jsonl").open("rb") as f:
            lines = [line for line in f if line.strip()][start:stop]
        path = tmp / "t17.jsonl"
        path.write_bytes(b"".join(lines))
        return path, len(lines)
    pages = _html_pages(data)[start:stop]
    folder = tmp / "html"
    folder.mkdir()
    for page in pages:
        shutil.copyfile(page, folder / page.name)
    return folder, len(pages)


def _warm_up(settings: Any = None) -> float:
    """Import what the per-article stages need and load their models, outside timing.

    Returns the seconds it took. With *settings* naming a spaCy model, the annotation
    pipeline's resources (spaCy, knowledge base, lexicon) load too, as the ingest would load
    them on first use.
    """
    began = time.perf_counter()
    import trafilatura  # noqa: F401

    from tieline.annotate.language import detect_language

    detect_language("A sentence to load the language model before timing starts.")
    if settings is not None and settings.spacy_model:
        try:
            from tieline.annotate.pipeline import pipeline_for
        except ImportError:
            pass
        else:
            pipeline_for(settings).load()
    return time.perf_counter() - began


def measure_tieline(engine: str, corpus: str, jobs: int, data: Path, start: int,
                    stop: int | None) -> dict[str, Any]:
    import tieline

    overrides = {"spacy_model": ""} if engine == "tieline-noparse" else {}
    with tempfile.TemporaryDirectory(prefix="tieline-bench-") as name:
        tmp = Path(name)
        os.chdir(tmp)  # no tieline.toml from elsewhere
        source, n = _prepare_input(corpus, data, start, stop, tmp)
        with tieline.open(tmp / "bench.db", jobs=jobs, **overrides, create=True) as corpus_db:
            warm = _warm_up(corpus_db.settings)
            began, cpu = time.perf_counter(), _cpu_seconds()
            report = corpus_db.ingest(source)
            elapsed, cpu = time.perf_counter() - began, _cpu_seconds() - cpu
            stored = corpus_db.articles()
        own, child = _peak_mb()
    return {"articles": n, "stored": report.stored, "rejected": len(report.rejects),
            "words": sum(a.words for a in stored), "seconds": elapsed, "cpu_seconds": cpu,
            "warm_up_seconds": warm, "peak_rss_mb": own,
            "peak_rss_worker_mb": child if jobs > 1 else None}


def _bare(html: bytes, same: bool = False) -> int:
    import trafilatura

    from tieline.annotate.extract import TRAFILATURA_OPTIONS

    options = TRAFILATURA_OPTIONS if same else {"favor_precision": True, "with_metadata": True}
    doc = trafilatura.bare_extraction(html, **options)
    text = getattr(doc, "text", None) or ""
    return len(text.split())


def _bare_same(html: bytes) -> int:
    return _bare(html, same=True)


def measure_trafilatura(engine: str, jobs: int, data: Path, start: int,
                        stop: int | None) -> dict[str, Any]:
    from concurrent.futures import ProcessPoolExecutor

    fn = _bare_same if engine == "traf-same" else _bare
    pages = [gzip.decompress(p.read_bytes()) for p in _html_pages(data)[start:stop]]
    warm = _warm_up()
    began, cpu = time.perf_counter(), _cpu_seconds()
    if jobs <= 1:
        words = [fn(html) for html in pages]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            words = list(pool.map(fn, pages, chunksize=16))
    elapsed, cpu = time.perf_counter() - began, _cpu_seconds() - cpu
    own, child = _peak_mb()
    return {"articles": len(pages), "stored": sum(1 for w in words if w), "rejected": 0,
            "words": sum(words), "seconds": elapsed, "cpu_seconds": cpu,
            "warm_up_seconds": warm, "peak_rss_mb": own,
            "peak_rss_worker_mb": child if jobs > 1 else None}


def _one(spec: str, data: Path) -> None:
    corpus, engine, jobs, start, stop = spec.split(":")
    args = (int(jobs), data, int(start), int(stop) if stop else None)
    if engine in TIELINE_ENGINES:
        result = measure_tieline(engine, corpus, *args)
    else:
        result = measure_trafilatura(engine, *args)
    print(json.dumps(result))


# -- orchestration ------------------------------------------------------------------------------

def _spawn(spec: str, data: Path) -> dict[str, Any]:
    return spawn(str(Path(__file__).resolve()), spec, "--data", str(data))


def _blocks(n: int, blocks: int) -> list[tuple[int, int]]:
    size = -(-n // max(1, min(blocks, n)))
    return [(i, min(i + size, n)) for i in range(0, n, size)]


def _plan(args: argparse.Namespace) -> list[list[str]]:
    """Groups of measurement specs ("corpus:engine:jobs:start:stop"), each group run together."""
    groups: list[list[str]] = []
    engines = [e for e in ENGINES if e in args.engines]
    for jobs in args.jobs:
        if args.only in (None, "t17"):
            groups.extend([f"t17:{engine}:{jobs}:0:{args.t17_limit or ''}"]
                          for engine in engines if engine in TIELINE_ENGINES)
        if args.only in (None, "html"):
            n = min(len(_html_pages(args.data)), args.html_limit or 10**9)
            for b, (start, stop) in enumerate(_blocks(n, args.blocks)):
                k = b % len(engines)
                order = engines[k:] + engines[:k]  # rotate who goes first
                groups.append([f"html:{engine}:{jobs}:{start}:{stop}" for engine in order])
    return groups


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    groups = _plan(args)
    best: dict[str, dict[str, Any]] = {}
    for round_ in range(args.repeat):
        for i, group in enumerate(groups, 1):
            print(f"[round {round_ + 1}/{args.repeat}, {i}/{len(groups)}] {' '.join(group)}",
                  file=sys.stderr, flush=True)
            for spec in group:
                result = _spawn(spec, args.data)
                kept = best.setdefault(spec, result)
                for key in ("seconds", "cpu_seconds"):  # the fastest run: the least disturbed
                    kept[key] = min(kept[key], result[key])
                for key in ("peak_rss_mb", "peak_rss_worker_mb"):  # the largest footprint seen
                    if result[key] is not None:
                        kept[key] = max(kept[key], result[key])
    totals: dict[tuple[str, str, int], dict[str, Any]] = {}
    for spec, r in best.items():  # blocks add up to one row per corpus, engine and jobs
        corpus, engine, jobs, _, _ = spec.split(":")
        row = totals.setdefault((corpus, engine, int(jobs)), {
            "corpus": corpus, "engine": engine, "jobs": int(jobs), "blocks": 0, "articles": 0,
            "stored": 0, "rejected": 0, "words": 0, "seconds": 0.0, "cpu_seconds": 0.0,
            "warm_up_seconds": 0.0, "peak_rss_mb": 0.0, "peak_rss_worker_mb": None})
        row["blocks"] += 1
        for key in ("articles", "stored", "rejected", "words", "seconds", "cpu_seconds"):
            row[key] += r[key]
        row["warm_up_seconds"] = max(row["warm_up_seconds"], r.get("warm_up_seconds", 0.0))
        row["peak_rss_mb"] = max(row["peak_rss_mb"], r["peak_rss_mb"])
        if r["peak_rss_worker_mb"] is not None:
            row["peak_rss_worker_mb"] = max(row["peak_rss_worker_mb"] or 0.0,
                                            r["peak_rss_worker_mb"])
    for r in totals.values():
        r["articles_per_s"] = r["articles"] / r["seconds"]
        r["words_per_s"] = r["words"] / r["seconds"]
        r["cpu_ms_per_article"] = 1000 * r["cpu_seconds"] / r["articles"]
        if r["corpus"] == "html" and r["engine"] in TIELINE_ENGINES:
            for engine, key in (("trafilatura", ""), ("traf-same", "same_")):
                base = totals.get(("html", engine, r["jobs"]))
                if base is None:
                    continue
                r[f"{key}ratio"] = r["seconds"] / base["seconds"]
                r[f"{key}overhead_pct"] = 100 * (r[f"{key}ratio"] - 1)
                r[f"{key}cpu_ratio"] = r["cpu_seconds"] / base["cpu_seconds"]
                r[f"{key}cpu_overhead_pct"] = 100 * (r[f"{key}cpu_ratio"] - 1)
    order = {name: i for i, name in enumerate(ENGINES)}
    return sorted(totals.values(), key=lambda r: (r["jobs"], r["corpus"] != "t17",
                                                  order.get(r["engine"], 0)))


def _ratio(r: dict[str, Any], key: str) -> str:
    if f"{key}ratio" not in r:
        return ""
    return (f"{r[f'{key}ratio']:.2f}x {r[f'{key}overhead_pct']:+4.0f}% | "
            f"{r[f'{key}cpu_ratio']:.2f}x {r[f'{key}cpu_overhead_pct']:+4.0f}%")


def table(results: list[dict[str, Any]], load: tuple[float, float]) -> str:
    head = (f"{'corpus':6} {'engine':15} {'jobs':>4} {'articles':>8} {'stored':>6} {'words':>9} "
            f"{'wall s':>7} {'art/s':>6} {'words/s':>8} {'CPU s':>7} {'CPU ms/art':>10} "
            f"{'RSS MB':>6} {'worker':>6}  {'/ trafilatura (wall|CPU)':>23}  "
            f"{'/ traf-same (wall|CPU)':>23}")
    rows = [head, "-" * len(head)]
    for r in results:
        worker = f"{r['peak_rss_worker_mb']:.0f}" if r["peak_rss_worker_mb"] else "-"
        rows.append(f"{r['corpus']:6} {r['engine']:15} {r['jobs']:>4} {r['articles']:>8} "
                    f"{r['stored']:>6} {r['words']:>9} {r['seconds']:>7.2f} "
                    f"{r['articles_per_s']:>6.1f} {r['words_per_s']:>8.0f} "
                    f"{r['cpu_seconds']:>7.2f} {r['cpu_ms_per_article']:>10.1f} "
                    f"{r['peak_rss_mb']:>6.0f} {worker:>6}  {_ratio(r, ''):>23}  "
                    f"{_ratio(r, 'same_'):>23}")
    for engine in TIELINE_ENGINES:
        over = [r for r in results if "same_overhead_pct" in r and r["engine"] == engine]
        if over:
            worst = max(r["same_overhead_pct"] for r in over)
            verdict = "within" if worst <= 100 * AIM_OVERHEAD else "over"
            rows.append(f"{engine}: wall-time overhead over the same trafilatura call alone, "
                        f"worst {worst:+.1f}% ({verdict} the {100 * AIM_OVERHEAD:.0f}% aim)")
    warm = {r["engine"]: r["warm_up_seconds"] for r in results if r["warm_up_seconds"]}
    if warm:
        rows.append("model loading before timing (s): " +
                    ", ".join(f"{k} {v:.1f}" for k, v in warm.items()))
    rows.append("trafilatura = bare_extraction(favor_precision=True, with_metadata=True); "
                "traf-same = with tieline's options (TRAFILATURA_OPTIONS)")
    rows.append("RSS: peak resident set size from resource.getrusage (RUSAGE_SELF for the process, "
                "RUSAGE_CHILDREN for its largest worker); CPU: user + system, workers included")
    rows.append(f"load average before / after: {load[0]:.2f} / {load[1]:.2f} on {os.cpu_count()} "
                f"CPUs (other work on the machine inflates both wall and CPU times)")
    return "\n".join(rows)


def profile(data: Path, corpus: str, limit: int | None, top: int, parse: bool) -> None:
    """Profile tieline's ingest (jobs=1) of *corpus* in this process with cProfile."""
    import cProfile
    import pstats

    import tieline

    with tempfile.TemporaryDirectory(prefix="tieline-bench-") as name:
        tmp = Path(name)
        source, _ = _prepare_input(corpus, data, 0, limit, tmp)
        overrides = {} if parse else {"spacy_model": ""}
        with tieline.open(tmp / "bench.db", jobs=1, **overrides, create=True) as corpus_db:
            _warm_up(corpus_db.settings)
            prof = cProfile.Profile()
            prof.enable()
            corpus_db.ingest(source)
            prof.disable()
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=shared_data(),
                        help="the shared data folder (default $TIELINE_SHARED_DATA or "
                             "../shared/data)")
    parser.add_argument("--only", choices=["t17", "html"], default=None)
    parser.add_argument("--t17-limit", type=int, default=None, metavar="N",
                        help="ingest only the first N T17 articles (default: all 2,281)")
    parser.add_argument("--html-limit", type=int, default=None, metavar="N",
                        help="use only the first N HTML pages (default: all 181)")
    parser.add_argument("--blocks", type=int, default=4,
                        help="blocks the HTML pages are cut into (default 4; see above)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], metavar="N")
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES),
                        help="engines to run (default: all; T17 runs only the tieline ones)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (best kept)")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument("--profile", action="store_true",
                        help="profile tieline's ingest (jobs 1) of the --only corpus (default "
                             "html) with cProfile instead; with the parse unless --engines "
                             "leaves out tieline")
    parser.add_argument("--top", type=int, default=30, help="functions shown by --profile")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one, args.data)
        return 0
    if not args.data.is_dir():
        print(f"shared data not found at {args.data} (set TIELINE_SHARED_DATA)", file=sys.stderr)
        return 1
    if args.profile:
        corpus = args.only or "html"
        profile(args.data, corpus, args.t17_limit if corpus == "t17" else args.html_limit,
                args.top, parse="tieline" in args.engines)
        return 0
    before = os.getloadavg()[0]
    results = run(args)
    load = (before, os.getloadavg()[0])
    if args.json:
        print(json.dumps({"results": results, "aim_overhead_pct": 100 * AIM_OVERHEAD,
                          "load_average": load, "python": sys.version.split()[0],
                          "cpus": os.cpu_count()}, indent=2))
    else:
        print(table(results, load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
