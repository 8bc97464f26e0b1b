"""Find the inputs behind the paths a user names and read their bytes safely.

Directories are walked recursively in a stable order; ``-`` is standard input; ``.gz`` files are
decompressed with the size limit applied to what comes out, so a small bomb cannot fill memory.
"""

from __future__ import annotations

import gzip
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError

#: Extensions tieline reads, compressed or not (".warc.gz" is one format, not gzip of WARC).
SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc",
            ".xml", ".rss", ".atom")
STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One file (or stdin) to read, with the name it is reported under."""

    origin: str
    path: Path | None  # None for stdin

    @property
    def kind(self) -> str:
        """Return the format suffix, compression stripped (".txt", ".warc", ...; "" unknown)."""
        name = self.origin.lower()
        if name.endswith(".gz"):
            name = name[:-3]
        for suffix in SUFFIXES:
            if name.endswith(suffix):
                return suffix
        return ""


def expand(paths: list[str], exclude: set[Path] = frozenset()) -> Iterator[Input | str]:  # type: ignore[assignment]
    """Yield the inputs behind *paths*; a str is a file skipped inside a directory (and why)."""
    for raw in paths:
        if raw == STDIN:
            yield Input("<stdin>", None)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if child.resolve() in exclude:
                    continue
                item = Input(str(child), child)
                if item.kind:
                    yield item
                else:
                    yield f"{child}: skipped, not an article format ({', '.join(SUFFIXES)}, .gz)"
        else:
            yield Input(str(path), path)


def _read_limited(stream: BinaryIO, limit: int, what: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"too large: {what} exceeds the size limit of {limit:,} bytes "
                         "(raise it with --max-bytes or TIELINE_MAX_BYTES)")
    return data


def _check_file(path: Path) -> int:
    if not path.exists():
        raise InputError("no such file or directory")
    if path.is_dir():
        raise InputError("is a directory")
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    return size


def open_stream(item: Input) -> BinaryIO:
    """Open *item* for streaming, decompressing gzip; raise InputError if it cannot be opened."""
    if item.path is None:
        return sys.stdin.buffer
    _check_file(item.path)
    try:
        fh = item.path.open("rb")
    except PermissionError:
        raise InputError("unreadable: permission denied") from None
    except OSError as exc:
        raise InputError(f"unreadable: {exc.strerror or exc}") from None
    head = fh.read(2)
    fh.seek(0)
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=fh)  # type: ignore[return-value]
    if item.origin.lower().endswith(".gz"):
        fh.close()
        raise InputError("named .gz but not gzip-compressed")
    return fh


def stream_errors(exc: BaseException) -> InputError | None:
    """Translate an error met while reading a stream into an InputError, if it is one."""
    if isinstance(exc, EOFError):
        return InputError("truncated gzip: the compressed stream ends early; "
                          "re-download or re-compress the file")
    if isinstance(exc, (gzip.BadGzipFile, zlib.error)):
        return InputError(f"corrupt gzip: {exc}")
    if isinstance(exc, PermissionError):
        return InputError("unreadable: permission denied")
    if isinstance(exc, OSError):
        return InputError(f"unreadable: {exc.strerror or exc}")
    return None


def read_bytes(item: Input, limit: int) -> bytes:
    """Return the (decompressed) bytes of *item*; raise InputError with the reason if unreadable."""
    if item.path is not None:
        size = _check_file(item.path)
        if size > limit:
            raise InputError(f"too large: {size:,} bytes, over the size limit of {limit:,} bytes "
                             "(raise it with --max-bytes or TIELINE_MAX_BYTES)")
    stream = open_stream(item)
    try:
        data = _read_limited(stream, limit, "the content")
    except Exception as exc:
        mapped = stream_errors(exc)
        if mapped is None:
            raise
        raise mapped from None
    finally:
        if item.path is not None:
            stream.close()
    if not data.strip():
        raise InputError("empty file" if not data else "empty file (only whitespace)")
    return data
