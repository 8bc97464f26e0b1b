"""The manifest: a JSONL file whose lines give url, outlet and published date for input files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from ..models import InputMeta

FIELDS = ("url", "outlet", "published", "title", "author")
#: The longest value each field may have: longer is not metadata but a mistake (or an attack
#: on whatever displays it).
MAX_CHARS = {"url": 4096, "outlet": 200, "published": 100, "title": 2000, "author": 500}


def checked_field(name: str, value: Any) -> str | None:
    """Return metadata field *name* as text (None when absent); raise InputError saying what
    is wrong with a value of the wrong type, too long, or (published) not a date."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f'"{name}" must be a string, got {_json_type(value)}')
    if len(value) > MAX_CHARS[name]:
        raise InputError(f'"{name}" is {len(value):,} characters long, over the '
                         f"{MAX_CHARS[name]:,} a {name} may have")
    if name == "published":
        from ..annotate.extract import parse_date

        if parse_date(value) is None:
            raise InputError(f'"published" is not a date: {value[:40]!r} (give ISO 8601, '
                             "YYYY-MM-DD or RFC 2822)")
    return value


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", bool: "a boolean", int: "a number",
             float: "a number"}
    return names.get(type(value), type(value).__name__)


class Manifest:
    """Look up the metadata a manifest gives for a file path."""

    def __init__(self, entries: dict[Path, InputMeta] | None = None,
                 path: Path | None = None) -> None:
        self.entries = entries or {}
        self.path = path

    @classmethod
    def load(cls, path: str | Path) -> Manifest:
        """Read a manifest file; every line must be a JSON object with a "path"."""
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"manifest {path}: cannot be read ({exc})") from None
        entries: dict[Path, InputMeta] = {}
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"manifest {path}:{n}: invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("path"), str):
                raise UsageError(f"manifest {path}:{n}: each line needs a \"path\" string")
            try:
                meta = {k: v for k in FIELDS if (v := checked_field(k, obj.get(k))) is not None}
            except InputError as exc:
                raise UsageError(f"manifest {path}:{n}: {exc}") from None
            entries[(path.parent / obj["path"]).resolve()] = InputMeta(**meta)
        return cls(entries, path.resolve())

    def lookup(self, file: Path | None) -> InputMeta:
        """Return the manifest's metadata for *file*, or empty metadata."""
        if file is None or not self.entries:
            return InputMeta()
        return self.entries.get(file.resolve(), InputMeta())
