"""What tieline stores for a fixed corpus does not change unless a change means it to.

The record (tests/data/stored_results.jsonl) holds, for the five samples and 300 Timeline17
articles, every stored article's dates, language, story and copy, a digest of its mentions,
each report and each merged event, read through the public API. A refactoring must leave it
as it is; a change that alters results on purpose re-records it
(``python tools/stored_results.py record``) and the diff shows what moved.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_tool(name: str) -> ModuleType:
    """Load the script tools/NAME.py as a module (the tools are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _tool() -> ModuleType:
    return load_tool("stored_results")


def test_the_stored_results_are_the_recorded_ones(tmp_path: Path, shared_data: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _tool()
    for name in [n for n in os.environ if n.startswith("TIELINE_")]:
        monkeypatch.delenv(name)  # (the settings of whoever runs the suite must not count)
    db = tmp_path / "stored.db"
    tool.build(db, shared_data)
    now = tool.lines(db)
    recorded = tool.RECORD.read_text(encoding="utf-8").splitlines()
    diff = tool.difference(recorded, now)
    assert not diff, ("stored results differ from tests/data/stored_results.jsonl; if the change "
                      "means it, run `python tools/stored_results.py record`:\n" + "\n".join(diff))


def test_the_difference_shows_what_moved() -> None:
    tool = _tool()
    diff = tool.difference(['{"a": 1}', '{"b": 2}'], ['{"a": 1}', '{"b": 3}'])
    assert '-{"b": 2}' in diff and '+{"b": 3}' in diff
    assert tool.difference(["x"], ["x"]) == []
