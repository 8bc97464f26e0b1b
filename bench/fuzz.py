"""The long fuzz profile and the long-text check of issue 26, on demand (minutes).

    python bench/fuzz.py [--examples N] [--big]

--examples: hostile batches for tests/test_fuzz.py (default 300; `make test` runs 25), random
each run; the summary line gives the inputs tried by class. --big: the issue's 1.2 MB one-line
text beside a good article through `tieline ingest`, with its time and peak memory.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SENTENCE = ("Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in "
            "Moscow on Monday. ")


def fuzz(examples: int) -> int:
    env = {**os.environ, "TIELINE_FUZZ_EXAMPLES": str(examples)}
    return subprocess.run([str(BIN / "pytest"), "-q", "-p", "no:cacheprovider",
                           str(ROOT / "tests" / "test_fuzz.py")], env=env, cwd=ROOT).returncode


def big() -> int:
    with tempfile.TemporaryDirectory(prefix="tieline-big-") as tmp:
        folder = Path(tmp)
        (folder / "good.txt").write_text("Pashinyan meets Putin\n\n" + SENTENCE)
        (folder / "big.txt").write_text("Pashinyan meets Putin\n\n" + SENTENCE * 12000)
        start = time.monotonic()
        proc = subprocess.run([str(BIN / "tieline"), "--db", str(folder / "big.db"), "ingest",
                               str(folder / "good.txt"), str(folder / "big.txt"), "--jobs", "1"],
                              capture_output=True, text=True)
        took = time.monotonic() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"1.18 M characters: exit {proc.returncode} in {took:.1f} s, peak {peak:.0f} MB; "
          f"{proc.stderr.strip().splitlines()[-1]}")
    return proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--big", action="store_true", help="also ingest the 1.2 MB text")
    args = parser.parse_args()
    code = fuzz(args.examples)
    return code or (big() if args.big else 0)


if __name__ == "__main__":
    sys.exit(main())
