"""The store is the only layer that speaks SQL: everything above it calls the store's methods,
which return the data model (so a second backend can stand behind the same interface)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tieline
import tieline.annotate

SRC = Path(tieline.__file__).parent
STORE = SRC / "store"

#: What only the store may say: the driver, its connection, and SQL statements.
_SQL = re.compile(r"\bsqlite3\b|\.conn\b|\.execute(many|script)?\(|"
                  r"\bSELECT\b[^\n]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|"
                  r"\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bCREATE\s+(TABLE|INDEX)\b|"
                  r"\bPRAGMA\b")


def _outside_store() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if STORE not in p.parents]


def test_sql_and_sqlite3_appear_only_under_store() -> None:
    found = [f"{p.relative_to(SRC)}:{n}: {line.strip()}"
             for p in _outside_store()
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if _SQL.search(line)]
    assert not found, "SQL outside src/tieline/store/:\n" + "\n".join(found)


def test_the_check_finds_what_it_looks_for() -> None:
    for line in ("import sqlite3", "rows = store.conn.execute(sql)", "cur.executemany(q, v)",
                 'sql = "SELECT id FROM articles"', "INSERT OR IGNORE INTO actors",
                 "UPDATE events SET x = 1", "DELETE FROM events", "PRAGMA journal_mode"):
        assert _SQL.search(line), line
    assert not _SQL.search("Select the articles from one outlet; update the settings")


def test_the_store_imports_nothing_from_the_analysis() -> None:
    found = [f"{p.relative_to(SRC)}: {line.strip()}" for p in sorted(STORE.rglob("*.py"))
             for line in p.read_text(encoding="utf-8").splitlines()
             if re.search(r"from \.\.analyze\b|tieline\.analyze\b", line)]
    assert not found, "\n".join(found)


def test_the_sqlite_store_implements_the_whole_interface() -> None:
    from tieline.store import CorpusStore, Store

    wanted = {n for n in vars(CorpusStore) if not n.startswith("_")}
    assert wanted and wanted <= {n for n in dir(Store) if callable(getattr(Store, n))}


ANNOTATE = SRC / "annotate"


def _imports_of(path: Path) -> set[str]:
    """The annotate modules *path* imports (``from .x import``, ``from . import x``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:  # (also in parentheses)
            found.update([node.module] if node.module else (a.name for a in node.names))
    return found


def test_the_package_index_names_every_annotate_module() -> None:
    index = tieline.annotate.__doc__ or ""
    missing = [p.stem for p in sorted(ANNOTATE.glob("*.py"))
               if p.stem != "__init__" and f"``{p.stem}``" not in index]
    assert not missing, "annotate/__init__.py's docstring does not say what these hold: " + (
        ", ".join(missing))


def test_the_event_coders_parts_never_import_the_coder() -> None:
    parts = _imports_of(ANNOTATE / "events.py")
    assert {"pairs", "status", "nonacts"} <= parts  # the check reads the imports it means to
    back = sorted(p for p in parts if "events" in _imports_of(ANNOTATE / f"{p}.py"))
    assert not back, f"imported by annotate/events.py and importing it: {back}"
