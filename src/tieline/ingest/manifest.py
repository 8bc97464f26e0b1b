"""The manifest: a JSONL file whose lines give url, outlet and published date for input files."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import UsageError
from ..models import SourceMeta

FIELDS = ("url", "outlet", "published", "title", "author")


class Manifest:
    """Look up the metadata a manifest gives for a file path."""

    def __init__(self, entries: dict[Path, SourceMeta] | None = None,
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
        entries: dict[Path, SourceMeta] = {}
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"manifest {path}:{n}: invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("path"), str):
                raise UsageError(f"manifest {path}:{n}: each line needs a \"path\" string")
            meta = {k: str(obj[k]) for k in FIELDS if obj.get(k) not in (None, "")}
            entries[(path.parent / obj["path"]).resolve()] = SourceMeta(**meta)
        return cls(entries, path.resolve())

    def lookup(self, file: Path | None) -> SourceMeta:
        """Return the manifest's metadata for *file*, or empty metadata."""
        if file is None or not self.entries:
            return SourceMeta()
        return self.entries.get(file.resolve(), SourceMeta())
