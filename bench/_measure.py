"""Run one benchmark measurement in a fresh Python process and read back its JSON result.

Each measurement re-invokes its script with ``--one SPEC`` plus *args*; the child prints its
result as the last line of its output. The user's tieline settings (``TIELINE_*``, except the
shared data's location) are kept out of the child, so every run measures the defaults.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any


def spawn(script: str, spec: str, *args: str) -> dict[str, Any]:
    """Run ``script --one spec *args`` in a fresh interpreter; return its last output line."""
    cmd = [sys.executable, script, "--one", spec, *args]
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TIELINE_") or k == "TIELINE_SHARED_DATA"}
    env["PYTHONWARNINGS"] = "ignore"
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement {spec} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))
