"""Shared fixtures: a fresh corpus per test, the shared data folder, the bundled samples."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import tieline
from tieline.demo import samples_dir

ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    return Path(os.environ.get("TIELINE_SHARED_DATA", ROOT.parent / "shared" / "data"))


def _present_shared_data() -> Path:
    """The shared data folder, or a skip (a failure in CI) saying where it was looked for."""
    path = shared_data_dir()
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"shared data not found at {path}: CI must have it")
        pytest.skip(f"shared data not found at {path} (set TIELINE_SHARED_DATA)")
    return path


@pytest.fixture
def shared_data() -> Path:
    """The shared benchmark data; the test is skipped (with the reason) when it is absent."""
    return _present_shared_data()


@pytest.fixture(scope="module")
def shared_data_module() -> Path:
    """The shared data for module-scoped fixtures (skipped or failed as ``shared_data``)."""
    return _present_shared_data()


@pytest.fixture
def samples() -> Path:
    return samples_dir()


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tieline.Corpus]:
    """An empty corpus in a temporary folder, isolated from the user's settings."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
            monkeypatch.delenv(name)
    with tieline.open(tmp_path / "test.db", create=True) as c:
        yield c


@pytest.fixture
def ingest_samples(corpus: tieline.Corpus, samples: Path) -> tieline.Corpus:
    report = corpus.ingest(samples, manifest=samples / "manifest.jsonl")
    assert report.stored == 5 and not report.rejects
    return corpus


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The five samples ingested once for the session, for tests that only read them."""
    db = tmp_path_factory.mktemp("samples") / "samples.db"
    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
                mp.delenv(name)
        with tieline.open(db, create=True) as corpus:
            samples = samples_dir()
            assert corpus.ingest(samples, manifest=samples / "manifest.jsonl").stored == 5
        yield db


@pytest.fixture
def sample(sample_db: Path) -> Iterator[tieline.Corpus]:
    """The ingested samples, opened for one test."""
    with tieline.open(sample_db) as corpus:
        yield corpus


@pytest.fixture(scope="session")
def news_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The Georgia–Russia news set (../shared/data/news), ingested once for the session."""
    corpus_file = shared_data_dir() / "news" / "georgia-russia" / "corpus.jsonl"
    if not corpus_file.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{corpus_file} not found: CI must have the shared data")
        pytest.skip(f"{corpus_file} not found (set TIELINE_SHARED_DATA)")
    db = tmp_path_factory.mktemp("news") / "georgia-russia.db"
    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
                mp.delenv(name)
        with tieline.open(db, create=True) as corpus:
            assert corpus.ingest(corpus_file, progress=False).stored > 200
        yield db


@pytest.fixture
def news(news_db: Path) -> Iterator[tieline.Corpus]:
    """The ingested Georgia–Russia news set, opened for one test."""
    with tieline.open(news_db) as corpus:
        yield corpus


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many hostile inputs the fuzz test tried, by class."""
    fuzz = sys.modules.get("test_fuzz")
    tried = getattr(fuzz, "TRIED", None)
    if tried:
        by_class = ", ".join(f"{kind} {n}" for kind, n in sorted(tried.items()))
        failed = [r for r in terminalreporter.stats.get("failed", []) if "test_fuzz" in
                  getattr(r, "nodeid", "")]
        outcome = ("FAILED: see the falsifying example above" if failed else
                   "0 crashes, 0 good articles lost, 0 duplicates, integrity ok")
        terminalreporter.write_line(f"fuzz: {sum(tried.values())} hostile inputs tried "
                                    f"({by_class}); {outcome}")
