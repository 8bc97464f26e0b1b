"""Benchmark: the timeline endpoint of `tieline serve` under load, on a database of 100k+ events.

1. Builds (once, then reuses) a synthetic database: articles between 20 countries, each with
   sentences that report events, stored through the ordinary store (no NLP: the parse is not
   what this measures). One pair, Armenia–Russia, is busier than the others.
2. Starts `tieline serve` on a free loopback port, warms it up, then runs a closed-loop load
   generator on 127.0.0.1 only: C threads with keep-alive connections, bounded by a request
   count and a time limit, whichever comes first.
3. Reports requests per second, p50/p90/p99 latency and errors, per endpoint.

    python bench/web.py [--db /tmp/tieline-bench-web.db] [--events 100000]
                        [--requests 300] [--seconds 60] [--concurrency 4] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tieline.analyze.stage import merge_pending
from tieline.kb import load_kb
from tieline.models import STAGE_VERSIONS, ActorRef, Article, Event, Evidence
from tieline.store import Store
from tieline.store.events import PLOVER_TYPES

COUNTRIES = ("ARM", "RUS", "AZE", "TUR", "USA", "FRA", "DEU", "GBR", "CHN", "IRN", "GEO",
             "UKR", "BLR", "KAZ", "IND", "ISR", "EGY", "JPN", "POL", "ITA")
VERBS = {"AGREE": ("signed an agreement with", 5.0), "CONSULT": ("held talks with", 2.0),
         "SUPPORT": ("praised", 3.4), "CONCEDE": ("made concessions to", 4.0),
         "COOPERATE": ("cooperated with", 4.5), "AID": ("sent aid to", 6.0),
         "RETREAT": ("withdrew troops from the border with", 3.0),
         "REQUEST": ("asked for help from", -1.0), "ACCUSE": ("accused", -2.0),
         "REJECT": ("rejected the proposal of", -4.0), "THREATEN": ("threatened", -6.0),
         "PROTEST": ("protested against", -5.0), "SANCTION": ("imposed sanctions on", -5.5),
         "MOBILIZE": ("mobilized forces against", -7.0), "COERCE": ("arrested citizens of", -7.5),
         "ASSAULT": ("shelled positions of", -9.0)}
EVENTS_PER_ARTICLE = 5
OUTLETS = ("wire.example", "daily.example", "observer.example", "times.example")


def _pair(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.03:
        return ("ARM", "RUS") if rng.random() < 0.5 else ("RUS", "ARM")
    a, b = rng.sample(COUNTRIES, 2)
    return a, b


def _date(rng: random.Random) -> tuple[str | None, str | None]:
    roll = rng.random()
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    if roll < 0.8:
        return f"{year}-{month:02d}-{day:02d}", "day"
    if roll < 0.9:
        return f"{year}-{month:02d}", "month"
    return None, None


def _words(rng: random.Random, count: int) -> str:
    """Return *count* pseudo-words, so that articles are not near-copies of each other."""
    return " ".join("".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou")
                            for _ in range(rng.randint(2, 4))) for _ in range(count))


def _article(n: int, rng: random.Random, names: dict[str, str]) -> Article:
    """One synthetic article whose every sentence reports one event (offsets exact)."""
    aid = hashlib.sha1(f"bench-{n}".encode()).hexdigest()[:16]
    text, events = "", []
    for k in range(EVENTS_PER_ARTICLE):
        src, tgt = _pair(rng)
        kind = rng.choice(PLOVER_TYPES)
        verb, intensity = VERBS[kind]
        subject = names[src]
        sentence = f"{subject} {verb} {names[tgt]} on Tuesday, {_words(rng, 12)}.\n"
        start = len(text)
        text += sentence
        date, precision = _date(rng)
        evidence = Evidence(article_id=aid, start=start, end=start + len(sentence),
                            sentence=sentence, trigger_start=start + len(subject) + 1,
                            trigger_end=start + len(subject) + 1 + len(verb))
        events.append(Event(id=f"{aid}-{k}", type=kind, evidence=(evidence,),
                            source=ActorRef(src, names[src], src, None, "country"),
                            target=ActorRef(tgt, names[tgt], tgt, None, "country"),
                            intensity=intensity, date=date, date_precision=precision,
                            date_basis="text" if date else None, rule="bench"))
    return Article(id=aid, origin=f"bench:{n}", text=text, content_hash=aid, lang="en",
                   url=f"https://{OUTLETS[n % 4]}/news/{n}", outlet=OUTLETS[n % 4],
                   title=f"Report {n}", published="2024-06-01", published_basis="manifest",
                   words=len(text.split()), events=tuple(events), stages=dict(STAGE_VERSIONS))


def build_db(path: Path, events: int) -> None:
    """Store enough synthetic articles for *events* events (skipped when already built)."""
    if path.exists():
        with Store(path) as store:
            have = int(store.conn.execute("SELECT count(*) FROM reports").fetchone()[0])
            merged = int(store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0])
        if have >= events and merged:
            print(f"reusing {path}: {have} events", file=sys.stderr)
            return
        path.unlink()
    kb = load_kb(None)
    names = {c: (kb.get(c).name if kb.get(c) else c) for c in COUNTRIES}
    rng = random.Random(6)
    started = time.perf_counter()
    with Store(path) as store:
        run = store.start_run(["bench"])
        articles = [_article(n, rng, names) for n in range(events // EVENTS_PER_ARTICLE)]
        for i in range(0, len(articles), 2000):
            store.add_articles(run, articles[i:i + 2000], actor_lookup=kb.get)
        # merge reports into events; the stories half of the corpus stage is left out: it
        # is not what this measures, and on 20k synthetic articles it takes many minutes
        _, merged = merge_pending(store)
        have = int(store.conn.execute("SELECT count(*) FROM reports").fetchone()[0])
    print(f"built {path}: {len(articles)} articles, {have} reports, {merged} merged "
          f"events in "
          f"{time.perf_counter() - started:.0f} s", file=sys.stderr)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], int]:
    """Start `tieline serve` on loopback; return it and its port once it answers."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIELINE_")}
    proc = subprocess.Popen([sys.executable, "-m", "tieline.cli", "--db", str(db), "serve",
                             "--host", "127.0.0.1", "--port", str(port)], env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _get(http.client.HTTPConnection("127.0.0.1", port, timeout=5),
                    "/api/status")[0] == 200:
                return proc, port
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("tieline serve did not answer within 30 s")


def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, int]:
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read()
    return response.status, len(body)


def load(port: int, path: str, requests: int, seconds: float, concurrency: int
         ) -> dict[str, Any]:
    """Send at most *requests* GETs of *path* for at most *seconds*, from *concurrency*
    keep-alive connections on loopback; return throughput and latency percentiles."""
    latencies: list[float] = []
    errors: list[str] = []
    sizes: list[int] = []
    lock = threading.Lock()
    sent = 0
    deadline = time.monotonic() + seconds

    def worker() -> None:
        nonlocal sent
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                if sent >= requests:
                    break
                sent += 1
            t0 = time.perf_counter()
            try:
                status, size = _get(conn, path)
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                status, size = 0, 0
                errors.append(repr(exc))
            elapsed = time.perf_counter() - t0
            with lock:
                latencies.append(elapsed)
                sizes.append(size)
                if status != 200 and status:
                    errors.append(f"HTTP {status}")
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {"path": path, "requests": len(latencies), "errors": len(errors),
            "seconds": round(wall, 2), "requests_per_s": round(len(latencies) / wall, 1),
            "p50_ms": round(cuts[49] * 1000, 1), "p90_ms": round(cuts[89] * 1000, 1),
            "p99_ms": round(cuts[98] * 1000, 1), "bytes": int(statistics.mean(sizes or [0])),
            "first_errors": errors[:3]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/tieline-bench-web.db"))
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="per endpoint, at most")
    parser.add_argument("--seconds", type=float, default=60, help="per endpoint, at most")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    build_db(args.db, args.events)
    proc, port = start_server(args.db)
    targets = {"timeline ARM-RUS (busy pair)": "/api/timeline?a=Armenia&b=Russia",
               "timeline FRA-DEU": "/api/timeline?a=France&b=Germany",
               "events page of a pair": "/api/events?pair=ARM&pair=RUS&per_page=50&page=3"}
    results = {}
    try:
        for name, path in targets.items():
            warm = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            _get(warm, path)  # one warm-up: the busy pair's timeline takes many seconds
            warm.close()
            results[name] = load(port, path, args.requests, args.seconds, args.concurrency)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # requests still running: stop it anyway
            proc.kill()
            proc.wait()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{'endpoint':30} {'req':>5} {'err':>4} {'req/s':>7} {'p50 ms':>8} {'p90 ms':>8} "
          f"{'p99 ms':>8} {'bytes':>8}")
    for name, r in results.items():
        print(f"{name:30} {r['requests']:5} {r['errors']:4} {r['requests_per_s']:7} "
              f"{r['p50_ms']:8} {r['p90_ms']:8} {r['p99_ms']:8} {r['bytes']:8}")


if __name__ == "__main__":
    main()
