#!/usr/bin/env python3
"""Ingest benchmark: tieline's ingest against trafilatura alone.

Corpora (from ``$TIELINE_SHARED_DATA``, default ``../shared/data``):

* ``t17``: the Timeline17 articles (``t17/articles.jsonl``, plain text, 2,281 articles);
* ``html``: the 181 pages of the article-extraction-benchmark (``html/*.html.gz``).

Each measurement runs in a fresh Python process, so that peak memory belongs to it alone:

* ``tieline``: ``tieline.open(tmp.db, jobs=N).ingest(path)`` into a new temporary database
  (reading, decompression, decoding, extraction, cleaning, language, hashing, SQLite + FTS5);
* ``trafilatura``: ``trafilatura.bare_extraction(html, favor_precision=True, with_metadata=True)``
  on the same pages (already read and decompressed), in a pool of N processes when N > 1;
* ``traf-same``: the same, with the options tieline passes
  (``tieline.annotate.extract.TRAFILATURA_OPTIONS``: no comments, no tables, no extensive date
  search), so that the ratio to it is the cost of tieline's own stages.

Time is wall-clock around the ingest call (pool start-up included; imports and model loading
done before). Peak memory is the peak resident set size from ``resource.getrusage``: of the
process itself (``RUSAGE_SELF``) and of its largest worker process (``RUSAGE_CHILDREN``, which
reports the largest child, not a sum). With ``--repeat R`` every configuration is run R times,
interleaved, and the fastest run is kept (the others only absorb noise from a busy machine).
CPU time (user + system, of the process and its workers) is reported beside wall time: on a
machine shared with other work it is the steadier basis for the ratio to trafilatura.

    .venv/bin/python bench/ingest.py                      # both corpora, jobs 1 and 2
    .venv/bin/python bench/ingest.py --t17-limit 500 --repeat 3 --json
    .venv/bin/python bench/ingest.py --only html --profile  # where tieline's time goes
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AIM_OVERHEAD = 0.20


def shared_data() -> Path:
    return Path(os.environ.get("TIELINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def _html_pages(data: Path, limit: int | None) -> list[Path]:
    return sorted((data / "article-extraction-benchmark" / "html").glob("*.html.gz"))[:limit]


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

def _prepare_input(corpus: str, data: Path, limit: int | None, tmp: Path) -> tuple[Path, int]:
    """Return the path to ingest and the number of input articles."""
    if corpus == "t17":
        source = data / "t17" / "articles.jsonl"
        with source.open("rb") as f:
            lines = [line for line in f if line.strip()][:limit]
        if limit is None:
            return source, len(lines)
        path = tmp / "t17.jsonl"
        path.write_bytes(b"".join(lines))
        return path, len(lines)
    pages = _html_pages(data, limit)
    folder = tmp / "html"
    folder.mkdir()
    for page in pages:
        shutil.copyfile(page, folder / page.name)
    return folder, len(pages)


def _warm_up() -> None:
    """Import what the per-article stages need and load the language model, outside timing."""
    import trafilatura  # noqa: F401

    from tieline.annotate.language import detect_language

    detect_language("A sentence to load the language model before timing starts.")


def measure_tieline(corpus: str, jobs: int, data: Path, limit: int | None) -> dict[str, Any]:
    import tieline

    with tempfile.TemporaryDirectory(prefix="tieline-bench-") as name:
        tmp = Path(name)
        os.chdir(tmp)  # no tieline.toml from elsewhere
        source, n = _prepare_input(corpus, data, limit, tmp)
        _warm_up()
        with tieline.open(tmp / "bench.db", jobs=jobs) as corpus_db:
            start, cpu = time.perf_counter(), _cpu_seconds()
            report = corpus_db.ingest(source)
            elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
            stored = corpus_db.articles()
        own, child = _peak_mb()
    return {"corpus": corpus, "engine": "tieline", "jobs": jobs, "articles": n,
            "stored": report.stored, "rejected": len(report.rejects),
            "words": sum(a.words for a in stored), "seconds": elapsed, "cpu_seconds": cpu,
            "peak_rss_mb": own, "peak_rss_worker_mb": child if jobs > 1 else None}


def _bare(html: bytes, same: bool = False) -> int:
    import trafilatura

    from tieline.annotate.extract import TRAFILATURA_OPTIONS

    options = TRAFILATURA_OPTIONS if same else {"favor_precision": True, "with_metadata": True}
    doc = trafilatura.bare_extraction(html, **options)
    text = getattr(doc, "text", None) or ""
    return len(text.split())


def _bare_same(html: bytes) -> int:
    return _bare(html, same=True)


def measure_trafilatura(corpus: str, jobs: int, data: Path, limit: int | None,
                        engine: str = "trafilatura") -> dict[str, Any]:
    from concurrent.futures import ProcessPoolExecutor

    fn = _bare_same if engine == "traf-same" else _bare
    pages = [gzip.decompress(p.read_bytes()) for p in _html_pages(data, limit)]
    _warm_up()
    start, cpu = time.perf_counter(), _cpu_seconds()
    if jobs <= 1:
        words = [fn(html) for html in pages]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            words = list(pool.map(fn, pages, chunksize=16))
    elapsed, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    own, child = _peak_mb()
    return {"corpus": corpus, "engine": engine, "jobs": jobs, "articles": len(pages),
            "stored": sum(1 for w in words if w), "rejected": 0, "words": sum(words),
            "seconds": elapsed, "cpu_seconds": cpu, "peak_rss_mb": own,
            "peak_rss_worker_mb": child if jobs > 1 else None}


def _one(spec: str, data: Path, limit: int | None) -> None:
    corpus, engine, jobs = spec.split(":")
    if engine == "tieline":
        result = measure_tieline(corpus, int(jobs), data, limit)
    else:
        result = measure_trafilatura(corpus, int(jobs), data, limit, engine)
    print(json.dumps(result))


# -- orchestration ------------------------------------------------------------------------------

def _spawn(spec: str, data: Path, limit: int | None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--one", spec, "--data", str(data)]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    env = {k: v for k, v in os.environ.items()  # the user's tieline settings stay out
           if not k.startswith("TIELINE_") or k == "TIELINE_SHARED_DATA"}
    env["PYTHONWARNINGS"] = "ignore"
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement {spec} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(args: argparse.Namespace) -> list[dict[str, Any]]:
    data: Path = args.data
    specs: list[tuple[str, int | None]] = []
    for jobs in args.jobs:
        if args.only in (None, "t17"):
            specs.append((f"t17:tieline:{jobs}", args.t17_limit))
        if args.only in (None, "html"):
            for engine in ("trafilatura", "traf-same", "tieline"):
                specs.append((f"html:{engine}:{jobs}", args.html_limit))
    best: dict[str, dict[str, Any]] = {}
    for round_ in range(args.repeat):
        for spec, limit in specs:
            print(f"[{round_ + 1}/{args.repeat}] {spec} ...", file=sys.stderr, flush=True)
            result = _spawn(spec, data, limit)
            kept = best.setdefault(spec, result)
            for key in ("seconds", "cpu_seconds"):  # the fastest run: the least disturbed
                kept[key] = min(kept[key], result[key])
            for key in ("peak_rss_mb", "peak_rss_worker_mb"):  # the largest footprint seen
                if result[key] is not None:
                    kept[key] = max(kept[key], result[key])
    results = [best[spec] for spec, _ in specs]
    for r in results:
        r["articles_per_s"] = r["articles"] / r["seconds"]
        r["words_per_s"] = r["words"] / r["seconds"]
        r["cpu_ms_per_article"] = 1000 * r["cpu_seconds"] / r["articles"]
        if r["corpus"] == "html" and r["engine"] == "tieline":
            for engine, key in (("trafilatura", ""), ("traf-same", "same_")):
                base = best[f"html:{engine}:{r['jobs']}"]
                r[f"{key}ratio"] = r["seconds"] / base["seconds"]
                r[f"{key}overhead_pct"] = 100 * (r[f"{key}ratio"] - 1)
                r[f"{key}cpu_ratio"] = r["cpu_seconds"] / base["cpu_seconds"]
                r[f"{key}cpu_overhead_pct"] = 100 * (r[f"{key}cpu_ratio"] - 1)
    return results


def _ratio(r: dict[str, Any], key: str) -> str:
    if f"{key}ratio" not in r:
        return ""
    return (f"{r[f'{key}ratio']:.2f}x {r[f'{key}overhead_pct']:+4.0f}% | "
            f"{r[f'{key}cpu_ratio']:.2f}x {r[f'{key}cpu_overhead_pct']:+4.0f}%")


def table(results: list[dict[str, Any]], load: tuple[float, float]) -> str:
    head = (f"{'corpus':6} {'engine':11} {'jobs':>4} {'articles':>8} {'stored':>6} {'words':>9} "
            f"{'wall s':>7} {'art/s':>6} {'words/s':>8} {'CPU s':>7} {'CPU ms/art':>10} "
            f"{'RSS MB':>6} {'worker':>6}  {'/ trafilatura (wall|CPU)':>23}  "
            f"{'/ traf-same (wall|CPU)':>23}")
    rows = [head, "-" * len(head)]
    for r in results:
        worker = f"{r['peak_rss_worker_mb']:.0f}" if r["peak_rss_worker_mb"] else "-"
        rows.append(f"{r['corpus']:6} {r['engine']:11} {r['jobs']:>4} {r['articles']:>8} "
                    f"{r['stored']:>6} {r['words']:>9} {r['seconds']:>7.2f} "
                    f"{r['articles_per_s']:>6.1f} {r['words_per_s']:>8.0f} "
                    f"{r['cpu_seconds']:>7.2f} {r['cpu_ms_per_article']:>10.1f} "
                    f"{r['peak_rss_mb']:>6.0f} {worker:>6}  {_ratio(r, ''):>23}  "
                    f"{_ratio(r, 'same_'):>23}")
    over = [r for r in results if "same_overhead_pct" in r]
    if over:
        worst = max(max(r["same_overhead_pct"], r["same_cpu_overhead_pct"]) for r in over)
        verdict = "within" if worst <= 100 * AIM_OVERHEAD else "OVER"
        rows.append(f"tieline's overhead over the same trafilatura call alone: worst "
                    f"{worst:+.1f}% ({verdict} the {100 * AIM_OVERHEAD:.0f}% aim)")
    rows.append("trafilatura = bare_extraction(favor_precision=True, with_metadata=True); "
                "traf-same = with tieline's options")
    rows.append("RSS: peak resident set size from resource.getrusage (RUSAGE_SELF for the process, "
                "RUSAGE_CHILDREN for its largest worker); CPU: user + system, workers included")
    rows.append(f"load average before / after: {load[0]:.2f} / {load[1]:.2f} on {os.cpu_count()} "
                f"CPUs (a busy machine inflates wall times; CPU times are steadier)")
    return "\n".join(rows)


def profile(data: Path, limit: int | None, top: int) -> None:
    """Profile tieline's ingest of the HTML pages in this process (jobs=1) with cProfile."""
    import cProfile
    import pstats

    import tieline

    with tempfile.TemporaryDirectory(prefix="tieline-bench-") as name:
        tmp = Path(name)
        source, _ = _prepare_input("html", data, limit, tmp)
        _warm_up()
        with tieline.open(tmp / "bench.db", jobs=1) as corpus_db:
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
                        help="ingest only the first N T17 articles")
    parser.add_argument("--html-limit", type=int, default=None, metavar="N",
                        help="use only the first N HTML pages")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], metavar="N")
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration (best kept)")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument("--profile", action="store_true",
                        help="profile tieline on the HTML pages (cProfile) instead")
    parser.add_argument("--top", type=int, default=30, help="functions shown by --profile")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one, args.data, args.limit)
        return 0
    if not args.data.is_dir():
        print(f"shared data not found at {args.data} (set TIELINE_SHARED_DATA)", file=sys.stderr)
        return 1
    if args.profile:
        profile(args.data, args.html_limit, args.top)
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
