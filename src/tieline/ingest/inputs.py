"""Find the inputs behind the paths a user names and open them safely.

Directories are walked recursively in a stable order (hidden files and folders ignored,
unreadable folders reported); ``-`` is standard input; a pipe named on the command line
(``<(zcat x.gz)``) is read as a stream. gzip data is recognised by its magic bytes, on files
and on standard input alike, and decompressed lazily, so the size limit applies to what comes out
and a small bomb cannot fill memory.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..models import Reject

#: Extensions tieline reads, compressed or not (".warc.gz" is one format, not gzip of WARC).
SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".warc",
            ".xml", ".rss", ".atom")
STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 4096  # read ahead to recognise a format; never more than this before the limit


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


@dataclass(frozen=True)
class Skipped:
    """A file inside a directory that is not read, and why (reported, not rejected)."""

    message: str


def shown(path: str | Path) -> str:
    """Return *path* as text that can be stored and printed: a file name that is not valid
    UTF-8 (legal on Linux) keeps its odd bytes as escapes ("bad\\xff.txt"), not as surrogates
    that no database or terminal accepts."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="backslashreplace")


def expand(paths: list[str], exclude: set[Path] | None = None
           ) -> Iterator[Input | Skipped | Reject]:
    """Yield the inputs behind *paths*, the files skipped in directories, and unreadable folders."""
    exclude = exclude or set()
    for raw in paths:
        if raw == STDIN:
            yield Input("<stdin>", None)
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError:
            is_dir = False  # reading it will say what is wrong
        if is_dir:
            yield from _walk(path, exclude)
        else:
            yield Input(shown(path), path)


def _walk(root: Path, exclude: set[Path]) -> Iterator[Input | Skipped | Reject]:
    errors: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, onerror=errors.append, followlinks=True):
        yield from (Reject(shown(e.filename or root), f"unreadable directory: {_why(e)}")
                    for e in errors)
        errors.clear()
        try:
            st = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen:  # a symlink back up the tree
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            child = Path(folder, name)
            item = Input(shown(child), child)
            if not item.kind:
                yield Skipped(f"{item.origin}: skipped, not an article format "
                              f"({', '.join(SUFFIXES)}, .gz)")
                continue
            try:
                mode = child.stat().st_mode
                resolved = child.resolve()
            except (OSError, RuntimeError):  # RuntimeError: a symlink loop, before Python 3.13
                yield item  # a broken link or a loop: reading it says which
                continue
            if resolved in exclude:
                continue
            if not stat.S_ISREG(mode):
                yield Skipped(f"{item.origin}: skipped, not a regular file (a pipe, socket or "
                              "device)")
                continue
            yield item
    yield from (Reject(shown(e.filename or root), f"unreadable directory: {_why(e)}")
                for e in errors)


def _why(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return str(exc.strerror or exc)


def _check_file(path: Path) -> int | None:
    """Return the size of regular file *path* (None for a pipe); raise InputError if unusable."""
    try:
        st = path.stat()
    except FileNotFoundError:
        try:
            target = os.readlink(path)
        except OSError:
            raise InputError("no such file or directory") from None
        raise InputError(f"unreadable: broken symbolic link (its target {target} does not "
                         "exist)") from None
    except OSError as exc:
        raise InputError(f"unreadable: {_why(exc)}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is a directory")
    if not stat.S_ISREG(st.st_mode):
        return None
    if st.st_size == 0:
        raise InputError("empty file")
    return st.st_size


class _Prefixed(io.RawIOBase):
    """A raw stream that returns *head* first, then the rest of *rest* (which it never closes).

    An error reading *rest* (a corrupt or truncated gzip member, an I/O error) ends the stream
    as if it ended there and is kept in :attr:`failure`: raised at once, it would take with it
    the data a buffered reader had already gathered for the same call (the records before a
    corrupt member), so readers check :attr:`failure` once the stream runs out.
    """

    def __init__(self, head: bytes, rest: BinaryIO, failure: InputError | None = None) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self.failure = failure

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self.failure is not None:
            return 0
        # read1: one underlying read, so a later gzip member cannot fail this call
        read = getattr(self._rest, "read1", self._rest.read)
        try:
            data = read(len(buffer))
        except Exception as exc:
            mapped = stream_errors(exc)
            if mapped is None:
                raise
            self.failure = mapped
            return 0
        if isinstance(self._rest, _Prefixed) and self._rest.failure is not None:
            self.failure = self._rest.failure  # the stream below ended early: say why
        buffer[:len(data)] = data
        return len(data)


def _read_head(stream: BinaryIO) -> bytes:
    parts: list[bytes] = []
    total = 0
    while total < HEAD_BYTES:
        part = stream.read(HEAD_BYTES - total)
        if not part:
            break
        parts.append(part)
        total += len(part)
    return b"".join(parts)


@dataclass
class Opened:
    """An input opened for reading: its (decompressed) stream and first bytes."""

    item: Input
    stream: BinaryIO  # buffered, decompressed, from the first byte
    head: bytes  # the first HEAD_BYTES of the decompressed content
    compressed: bool
    size: int | None  # bytes on disk; None for stdin and pipes
    _owned: list[BinaryIO]  # what this object opened and must close, outermost last
    _source: _Prefixed | None = None  # what the stream reads from (it keeps a read error)

    @property
    def failure(self) -> InputError | None:
        """The error that ended the stream early (corrupt gzip, I/O error), if one did."""
        return self._source.failure if self._source is not None else None

    def close(self) -> None:
        self.stream.close()
        for part in reversed(self._owned):
            part.close()

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read_all(self, limit: int) -> bytes:
        """Return the whole content, refusing more than *limit* bytes without reading them."""
        if self.size is not None and not self.compressed and self.size > limit:
            raise InputError(f"too large: {self.size:,} bytes, over the size limit of {limit:,} "
                             "bytes (raise it with --max-bytes or TIELINE_MAX_BYTES)")
        data = self._read_upto(limit + 1)
        if self.failure is not None:
            raise self.failure
        if len(data) > limit:
            what = ("decompresses to more than" if self.compressed else
                    "more than" if self.size is None else "over")
            raise InputError(f"too large: {what} {limit:,} bytes, the size limit "
                             "(raise it with --max-bytes or TIELINE_MAX_BYTES)")
        if not data.strip():
            where = "empty input" if self.size is None and not self.compressed else "empty file"
            raise InputError(where if not data else f"{where} (only whitespace)")
        return data

    def _read_upto(self, n: int) -> bytes:
        """Read up to *n* bytes a megabyte at a time: memory grows with what arrives, not
        with the limit (a limit of 9 GB must not allocate 9 GB for a short file)."""
        parts: list[bytes] = []
        total = 0
        try:
            while total < n:
                part = self.stream.read(min(1 << 20, n - total))
                if not part:
                    break
                parts.append(part)
                total += len(part)
        except Exception as exc:
            raise _mapped(exc) from None
        return b"".join(parts)


def open_input(item: Input) -> Opened:
    """Open *item* for streaming, decompressing gzip; raise InputError if it cannot be read."""
    size: int | None = None
    raw: BinaryIO
    owned: list[BinaryIO] = []
    if item.path is None:
        raw = sys.stdin.buffer
    else:
        size = _check_file(item.path)
        try:
            raw = item.path.open("rb")
        except OSError as exc:
            raise InputError(f"unreadable: {_why(exc)}") from None
        owned.append(raw)
    try:
        head = _read_head(raw)
        compressed = head.startswith(GZIP_MAGIC)
        source = _Prefixed(head, raw)
        stream: BinaryIO = io.BufferedReader(source)
        if compressed:
            gz: BinaryIO = gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[assignment]
            owned.append(gz)
            source = _Prefixed(b"", gz)  # keeps a gzip error met even while reading the head
            head = _read_head(source)  # type: ignore[arg-type]
            source = _Prefixed(head, source, source.failure)  # type: ignore[arg-type]
            stream = io.BufferedReader(source)
        elif item.origin.lower().endswith(".gz"):
            raise InputError("named .gz but not gzip-compressed")
        if item.path is not None and not compressed and not head:
            raise InputError("empty file")
    except Exception as exc:
        for part in reversed(owned):
            part.close()
        if isinstance(exc, InputError):
            raise
        raise _mapped(exc) from None
    return Opened(item, stream, head, compressed, size, owned, source)


def _mapped(exc: BaseException) -> BaseException:
    mapped = stream_errors(exc)
    return mapped if mapped is not None else exc


def stream_errors(exc: BaseException) -> InputError | None:
    """Translate an error met while reading a stream into an InputError, if it is one."""
    if isinstance(exc, EOFError):
        return InputError("truncated gzip: the compressed stream ends early; "
                          "re-download or re-compress the file")
    if isinstance(exc, (gzip.BadGzipFile, zlib.error)):
        return InputError(f"corrupt gzip: {exc}")
    if isinstance(exc, OSError):
        return InputError(f"unreadable: {_why(exc)}")
    return None
