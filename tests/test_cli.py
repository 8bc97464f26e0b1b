"""The command line: JSON on stdout only, exit codes, the demo, documented commands."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import tieline
from tieline.cli import cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _ingest_samples(runner: CliRunner, db: Path, samples: Path) -> None:
    result = runner.invoke(cli, ["--db", str(db), "ingest", str(samples), "--manifest",
                                 str(samples / "manifest.jsonl")])
    assert result.exit_code == 0, result.output


def test_articles_json_is_one_document_with_contract_keys(runner: CliRunner, tmp_path: Path,
                                                          samples: Path) -> None:
    db = tmp_path / "c.db"
    _ingest_samples(runner, db, samples)
    result = runner.invoke(cli, ["--db", str(db), "articles", "--json"])
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert len(docs) == 5
    keys = {"id", "url", "outlet", "title", "author", "published", "published_basis", "lang",
            "words", "story_id", "copy_of"}
    assert all(keys <= set(d) for d in docs)
    full = json.loads(runner.invoke(cli, ["--db", str(db), "articles", "--json", "--full"]).stdout)
    assert all(d["text"] and d["stages"] for d in full)


def test_env_db_is_the_default(runner: CliRunner, tmp_path: Path, samples: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIELINE_DB", str(tmp_path / "env.db"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["ingest", str(samples / "004_199b5b13a894299b.txt")])
    assert result.exit_code == 0
    assert (tmp_path / "env.db").exists() and not (tmp_path / "tieline.db").exists()


def test_search_json(runner: CliRunner, tmp_path: Path, samples: Path) -> None:
    db = tmp_path / "c.db"
    _ingest_samples(runner, db, samples)
    hits = json.loads(runner.invoke(cli, ["--db", str(db), "search", "Brussels", "--json"]).stdout)
    assert [h["outlet"] for h in hits] == ["tr.im"]
    assert "[Brussels]" in hits[0]["snippet"]


def test_demo_prints_articles_and_writes_a_safe_report(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["demo", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert "Pashinian Eyes Closer Russian-Armenian Ties" in result.stdout
    assert "2021-01-11" in result.stdout
    html = (tmp_path / "demo" / "report.html").read_text(encoding="utf-8")
    assert html.count("<article") == 5 and "<script" not in html


def test_bad_manifest_is_a_usage_error(runner: CliRunner, tmp_path: Path, samples: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"path": "a.txt"}\nnot json\n')
    result = runner.invoke(cli, ["--db", str(tmp_path / "c.db"), "ingest", str(samples),
                                 "--manifest", str(manifest)])
    assert result.exit_code == 1
    assert "m.jsonl:2: invalid JSON" in result.stderr


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = set(cli.commands) - {"eval"}
    commands |= {f"eval {name}" for name in cli.commands["eval"].commands}  # type: ignore[attr-defined]
    missing = {c for c in commands if not re.search(rf"tieline (\[.*?\] )?{c}\b", readme)}
    assert not missing, f"commands missing from README.md: {sorted(missing)}"


def test_public_api_is_sorted_and_importable() -> None:
    assert tieline.__all__ == sorted(tieline.__all__)
    for name in tieline.__all__:
        assert getattr(tieline, name) is not None
