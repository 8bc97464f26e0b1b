"""Benchmark: tieline's ingest without the parse stages against trafilatura alone.

Side by side in one process, on the 181 pages of the article-extraction benchmark: (1)
``trafilatura.bare_extraction(favor_precision=True, with_metadata=True)`` on each page, (2)
``tieline.open(db, spacy_model="").ingest(folder)`` — reading, decoding, extraction, cleaning,
language, hashing and SQLite + FTS5, without the spaCy-based stages. Prints wall and CPU time,
the ratio (aim: at most 1.2) and peak resident memory, for each of ``--rounds`` rounds.

    python bench/extraction_overhead.py [--rounds 2]
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import tempfile
import time
from pathlib import Path

import trafilatura

import tieline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    default = Path(__file__).resolve().parents[2] / "shared" / "data"
    root = Path(os.environ.get("TIELINE_SHARED_DATA", default))
    pages = sorted((root / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    htmls = [gzip.decompress(p.read_bytes()) for p in pages]
    folder = Path(tempfile.mkdtemp())
    for page, html in zip(pages, htmls, strict=True):
        (folder / page.name.removesuffix(".gz")).write_bytes(html)
    trafilatura.bare_extraction(htmls[0], favor_precision=True, with_metadata=True)
    for n in range(args.rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for html in htmls:
            trafilatura.bare_extraction(html, favor_precision=True, with_metadata=True)
        traf_cpu, traf_wall = time.process_time() - cpu, time.perf_counter() - wall
        with tieline.open(Path(tempfile.mkdtemp()) / "bench.db", spacy_model="",
                          create=True) as corpus:
            cpu, wall = time.process_time(), time.perf_counter()
            report = corpus.ingest(folder)
            ours_cpu, ours_wall = time.process_time() - cpu, time.perf_counter() - wall
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"round {n}: {len(htmls)} pages ({report.stored} stored, {len(report.rejects)} "
              f"rejected); trafilatura {traf_wall:.2f} s wall / {traf_cpu:.2f} s CPU; tieline "
              f"{ours_wall:.2f} s / {ours_cpu:.2f} s; ratio wall {ours_wall / traf_wall:.3f}, "
              f"CPU {ours_cpu / traf_cpu:.3f}; peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
