"""The README is the user's manual: every setting, command and HTTP route is in it, and it
stays short enough to read (the benchmark narrative lives in docs/performance.md)."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import tieline
from tieline.config import Settings
from tieline.web import create_app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented_with_its_variable() -> None:
    missing = [f.name for f in fields(Settings)
               if f"`{f.name}`" not in README or f"TIELINE_{f.name.upper()}" not in README]
    assert not missing, f"settings missing from README.md's settings table: {missing}"


def test_every_http_route_is_documented(tmp_path: Path) -> None:
    tieline.open(tmp_path / "t.db", create=True).close()
    app = create_app(tmp_path / "t.db", token="t")  # with a token: the ingest route too
    routes = set(app.openapi()["paths"])  # app.routes hides included routers' paths
    documented = {p for p in routes if p.startswith("/api")}
    assert "/api/relations" in documented and "/api/ingest" in documented
    missing = sorted(p for p in documented
                     if re.sub(r"\{[^}]+\}", "{", p).split("{")[0].rstrip("/") not in README)
    assert not missing, f"routes missing from README.md: {missing}"


def test_the_readme_is_a_manual_not_a_lab_notebook() -> None:
    lines = README.count("\n")
    assert lines < 450, f"README.md has {lines} lines; move narrative to docs/"
    assert "<!--" not in README
    assert (ROOT / "docs" / "performance.md").is_file()
