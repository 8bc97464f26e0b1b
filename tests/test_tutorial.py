"""docs/tutorial.md runs as written, so it never goes stale."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tieline.demo import samples_dir

TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "tutorial.md"


def _blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", TUTORIAL.read_text(encoding="utf-8"), re.S)


def test_the_first_block_is_five_lines() -> None:
    lines = [line for line in _blocks()[0].splitlines() if line.strip()]
    assert len(lines) == 5, lines


def test_tutorial_runs_from_a_folder_of_articles_to_a_plot(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib", reason="the tutorial plots with matplotlib (tieline[plot])")
    monkeypatch.setenv("MPLBACKEND", "Agg")
    for name in list(os.environ):
        if name.startswith("TIELINE_") and name != "TIELINE_SHARED_DATA":
            monkeypatch.delenv(name)
    shutil.copytree(samples_dir(), tmp_path / "articles")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in _blocks():
        exec(compile(block, str(TUTORIAL), "exec"), namespace)  # noqa: S102 - our own docs
    plot = tmp_path / "armenia-russia.png"
    assert plot.stat().st_size > 1000 and plot.read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "events.parquet").is_file() and (tmp_path / "events.export.CSV").is_file()
    trajectory = namespace["trajectory"]
    assert len(trajectory) >= 1  # type: ignore[arg-type]
    import matplotlib.pyplot as plt

    plt.close("all")
