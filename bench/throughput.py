#!/usr/bin/env python3
"""Throughput benchmark: tieline's whole ingest against spaCy's parse alone, local and Dask.

On Timeline17 articles (``$TIELINE_SHARED_DATA/t17/articles.jsonl``), for 1 and 2 workers:

* ``spacy``: ``spacy.load(model).pipe(texts, n_process=N)`` over the same texts: the bare
  parse (the model without tieline's gazetteer), the yardstick;
* ``local``: ``tieline.open(tmp.db, jobs=N).ingest(file)``: reading, extraction, cleaning,
  language, the parse, actors, events, SQLite + FTS5, and the corpus stage (stories, merged
  events) — everything ``tieline ingest`` does — on the process pool;
* ``dask``: the same with ``executor="dask"`` on a ``distributed.LocalCluster`` of N
  single-threaded worker processes (tieline's default cluster).

Each measurement runs in a fresh Python process; the engines of one worker count run one right
after the other (on a shared machine, ratios of runs seconds apart are what can be trusted).
Model loading is outside the timing for all three: spaCy loads before the clock starts, the
local pool's workers fork from a process that has loaded it, and the Dask cluster is started
and its workers warmed (model loaded) before the clock starts, then used through its address;
the seconds this takes are shown apart. Words are the whitespace-separated words of the input
texts, the same count for every engine. Memory: the peak of the summed resident set size of the
process and all its descendants (workers, Dask nanny and scheduler), sampled every 0.1 s with
psutil, and the largest single process's peak from ``resource.getrusage``.

``--stream N`` instead ingests a stream of N articles (T17 texts cycled, each with its own URL,
cut to ``--stream-words`` words) from one JSONL file and reports peak memory: the
bounded-memory check (articles are never all in memory; the aim is under 2 GB at 50,000).

    .venv/bin/python bench/throughput.py                     # 200 T17 articles, jobs 1 and 2
    .venv/bin/python bench/throughput.py --articles 0        # all 2,281 (long)
    .venv/bin/python bench/throughput.py --stream 50000 --jobs 2 --engines local
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from _measure import spawn  # bench/ is the running script's folder, on sys.path

ROOT = Path(__file__).resolve().parents[1]
ENGINES = ("spacy", "local", "dask")
AIM_RATIO = 1.0
AIM_ARTICLES_PER_S = 20.0
MEMORY_LIMIT_MB = 2048


def shared_data() -> Path:
    return Path(os.environ.get("TIELINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def t17_sample(data: Path, n: int) -> list[dict[str, Any]]:
    """*n* T17 articles evenly spread over the file (every topic), or all when n is 0."""
    with (data / "t17" / "articles.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = [r for r in rows if r["text"].strip()]
    if n and n < len(rows):
        step = len(rows) / n
        rows = [rows[int(i * step)] for i in range(n)]
    return rows


class PeakMemory:
    """Sample the summed RSS of this process and its descendants in a thread."""

    def __init__(self, every: float = 0.1) -> None:
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            try:
                procs = [me, *me.children(recursive=True)]
            except psutil.Error:
                procs = [me]
            for p in procs:
                with contextlib.suppress(psutil.Error):  # it may have just ended
                    total += p.memory_info().rss
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return round(self.peak / 2**20, 1)


def _largest_process_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


# -- one measurement (in a child process) -------------------------------------------------------

def measure_spacy(texts: list[str], jobs: int, model: str) -> dict[str, Any]:
    import spacy

    began = time.perf_counter()
    nlp = spacy.load(model)
    list(nlp.pipe(texts[:2]))
    warm = time.perf_counter() - began
    with PeakMemory() as mem:
        began = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16, n_process=jobs))
        seconds = time.perf_counter() - began
    return {"seconds": seconds, "warm_up_seconds": warm, "peak_rss_mb": mem.peak_mb,
            "largest_process_mb": _largest_process_mb(), "tokens": tokens}


def _warm_worker(model: str) -> bool:
    import tieline.analyze.stage  # noqa: F401  (the corpus stage's imports: a one-time cost)
    from tieline.annotate.language import detect_language
    from tieline.annotate.pipeline import pipeline_for
    from tieline.config import Settings

    pipeline_for(Settings(spacy_model=model)).load()
    detect_language("A sentence to load the language model before timing starts.")
    return True


def measure_tieline(source: Path, jobs: int, engine: str) -> dict[str, Any]:
    import tieline
    from tieline.config import Settings

    model = Settings().spacy_model
    with tempfile.TemporaryDirectory(prefix="tieline-bench-") as name:
        os.chdir(name)  # no tieline.toml from elsewhere
        began = time.perf_counter()
        _warm_worker(model)  # the local pool's workers fork from this warmed process
        cluster = client = None
        overrides: dict[str, Any] = {"jobs": jobs}
        if engine == "dask":  # the cluster tieline would start, started and warmed up first
            import distributed

            cluster = distributed.LocalCluster(n_workers=jobs, threads_per_worker=1,
                                               processes=True, dashboard_address=None,
                                               silence_logs=40)
            client = distributed.Client(cluster)
            client.run(_warm_worker, model)
            overrides.update(executor="dask", scheduler=cluster.scheduler_address)
        warm = time.perf_counter() - began
        with tieline.open(Path(name) / "bench.db", **overrides, create=True) as corpus:
            with PeakMemory() as mem:
                began = time.perf_counter()
                report = corpus.ingest(source)
                seconds = time.perf_counter() - began
            events = corpus.store.conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        if client is not None and cluster is not None:
            client.close()
            cluster.close()
    return {"seconds": seconds, "warm_up_seconds": warm, "peak_rss_mb": mem.peak_mb,
            "largest_process_mb": _largest_process_mb(), "stored": report.stored,
            "unchanged": report.unchanged, "rejected": len(report.rejects), "events": events}


def _one(spec: str, source: Path) -> None:
    engine, jobs = spec.split(":")
    if engine == "spacy":
        from tieline.config import Settings

        texts = [json.loads(line)["text"] for line in source.open(encoding="utf-8")]
        result = measure_spacy(texts, int(jobs), Settings().spacy_model)
    else:  # the texts are not held here: this process's memory is the ingest's
        result = measure_tieline(source, int(jobs), engine)
    articles = words = 0
    with source.open(encoding="utf-8") as f:
        for line in f:
            articles += 1
            words += len(json.loads(line)["text"].split())
    result.update(engine=engine, jobs=int(jobs), articles=articles, words=words)
    print(json.dumps(result))


# -- orchestration ------------------------------------------------------------------------------

def _spawn(spec: str, source: Path) -> dict[str, Any]:
    print(f"  {spec} ...", file=sys.stderr, flush=True)
    return spawn(str(Path(__file__).resolve()), spec, "--source", str(source))


def write_source(rows: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"], "outlet": r["outlet"],
                                "published": r["pub_date"],
                                "url": f"https://t17.example/{r['id']}"}) + "\n")
    return path


def write_stream(rows: list[dict[str, Any]], n: int, words: int, path: Path) -> Path:
    """A JSONL of *n* articles: T17 texts cycled and cut to *words* words, each its own URL.

    Each pass over T17 is credited to other outlets ("cnn~2"): one outlet publishing the same
    text twenty times would make every line of it outlet chrome.
    """
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            r = rows[i % len(rows)]
            text = " ".join(r["text"].split(" ")[:words]) if words else r["text"]
            f.write(json.dumps({"text": text, "outlet": f"{r['outlet']}~{i // len(rows)}",
                                "published": r["pub_date"],
                                "url": f"https://t17.example/{i}/{r['id']}"}) + "\n")
    return path


def run(args: argparse.Namespace, source: Path) -> list[dict[str, Any]]:
    results = []
    for jobs in args.jobs:
        for engine in [e for e in ENGINES if e in args.engines]:
            results.append(_spawn(f"{engine}:{jobs}", source))
    for r in results:
        r["articles_per_s"] = r["articles"] / r["seconds"]
        r["words_per_s"] = r["words"] / r["seconds"]
        base = next((b for b in results if b["engine"] == "spacy" and b["jobs"] == r["jobs"]),
                    None)
        r["ratio"] = r["articles_per_s"] / base["articles_per_s"] if base else None
    return results


def table(results: list[dict[str, Any]], load: tuple[float, float]) -> str:
    head = (f"{'engine':7} {'jobs':>4} {'articles':>8} {'words':>9} {'stored':>6} {'events':>7} "
            f"{'wall s':>8} {'art/s':>6} {'words/s':>8} {'/ spacy':>7} {'peak MB':>8} "
            f"{'largest':>8} {'warm-up s':>9}")
    rows = [head, "-" * len(head)]
    for r in results:
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
        rows.append(f"{r['engine']:7} {r['jobs']:>4} {r['articles']:>8} {r['words']:>9} "
                    f"{r.get('stored', '-'):>6} {r.get('events', '-'):>7} "
                    f"{r['seconds']:>8.2f} {r['articles_per_s']:>6.2f} "
                    f"{r['words_per_s']:>8.0f} {ratio:>7} {r['peak_rss_mb']:>8.0f} "
                    f"{r['largest_process_mb']:>8.0f} {r['warm_up_seconds']:>9.1f}")
    best = max((r for r in results if r["engine"] != "spacy"),
               key=lambda r: r["articles_per_s"], default=None)
    if best is not None:
        rows.append(f"best tieline: {best['engine']} x{best['jobs']}, "
                    f"{best['articles_per_s']:.2f} articles/s (aim {AIM_ARTICLES_PER_S:.0f}), "
                    f"ratio to spaCy alone {best['ratio'] or 0:.2f} (aim {AIM_RATIO:.1f})")
    rows.append("/ spacy: articles/s over spaCy's nlp.pipe alone with as many processes, same "
                "texts; peak MB: summed RSS of the process tree; largest: one process's peak")
    rows.append(f"load average before / after: {load[0]:.2f} / {load[1]:.2f} on "
                f"{os.cpu_count()} CPUs")
    return "\n".join(rows)


def stream(args: argparse.Namespace, rows: list[dict[str, Any]], tmp: Path) -> int:
    source = write_stream(rows, args.stream, args.stream_words, tmp / "stream.jsonl")
    print(f"stream: {args.stream} articles, {source.stat().st_size / 2**20:.0f} MB of JSONL",
          file=sys.stderr)
    worst = 0.0
    for jobs in args.jobs:
        for engine in [e for e in ENGINES if e in args.engines and e != "spacy"]:
            r = _spawn(f"{engine}:{jobs}", source)
            worst = max(worst, r["peak_rss_mb"])
            print(f"{engine} x{jobs}: {r['articles']} articles ({r['words']} words) in "
                  f"{r['seconds']:.0f} s ({r['articles'] / r['seconds']:.1f} articles/s), "
                  f"stored {r['stored']}, {r['events']} events; peak RSS {r['peak_rss_mb']:.0f} "
                  f"MB summed over the process tree, largest process "
                  f"{r['largest_process_mb']:.0f} MB", flush=True)
    verdict = "under" if worst < MEMORY_LIMIT_MB else "OVER"
    print(f"peak {worst:.0f} MB: {verdict} the {MEMORY_LIMIT_MB} MB bound")
    return 0 if worst < MEMORY_LIMIT_MB else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=shared_data())
    parser.add_argument("--articles", type=int, default=200, metavar="N",
                        help="T17 articles, evenly spread over the file (default 200; 0: all)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], metavar="N")
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--stream", type=int, default=0, metavar="N",
                        help="bounded-memory run: ingest a stream of N articles instead")
    parser.add_argument("--stream-words", type=int, default=150, metavar="W",
                        help="words per streamed article (default 150; 0: whole texts)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one, args.source)
        return 0
    if not (args.data / "t17").is_dir():
        print(f"T17 not found under {args.data} (set TIELINE_SHARED_DATA)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="tieline-throughput-") as name:
        rows = t17_sample(args.data, 0 if args.stream else args.articles)
        if args.stream:
            return stream(args, rows, Path(name))
        source = write_source(rows, Path(name) / "t17.jsonl")
        before = os.getloadavg()[0]
        results = run(args, source)
        load = (before, os.getloadavg()[0])
    if args.json:
        print(json.dumps({"results": results, "load_average": load,
                          "cpus": os.cpu_count()}, indent=2))
    else:
        print(table(results, load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
