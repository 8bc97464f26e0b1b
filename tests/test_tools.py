"""The tools in tools/ run in the project's own environment (make test installs what they need)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_knowledge_base_checker_passes_on_the_shipped_data() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "check_kb.py")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "countries.yaml" in done.stdout and "people.yaml" in done.stdout
