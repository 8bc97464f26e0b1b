"""Frame WARC records by their Content-Length, checked against what was actually read.

A WARC record is a version line, header lines, a blank line, exactly Content-Length bytes of
block, and CRLF CRLF. A record whose length is wrong (too large: it swallows the next record;
too small: its end is garbage) or that the input cuts short is reported as :class:`Damaged`,
and reading goes on at the next record header, so one bad record costs only itself. The block
of a sound record is then read by warcio (HTTP headers, chunking, content encoding).

When a record carries a ``WARC-Block-Digest`` (sha1, as crawlers write), the digest decides
whether its block is whole; without one, a block holding the start of another record
(CRLF CRLF "WARC/1.") is taken for a length that ran into the next record.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

_VERSION = re.compile(rb"^WARC/1\.\d\r?\n$")
_NEXT = b"\r\n\r\nWARC/1."
_TRAILER = b"\r\n\r\n"
_MAX_HEADER = 64 * 1024  # bytes of WARC headers: more is not a WARC header
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True)
class WarcRecord:
    """One record whose length checked out; *block* None when it is over the size limit."""

    number: int
    headers: dict[str, str]  # names in lower case
    head: bytes  # the version line and header lines as read, blank line included
    block: bytes | None
    length: int

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class Damaged:
    """A record that cannot be trusted, and why."""

    number: int
    reason: str


class NotWarc(Exception):
    """The input does not start with a WARC record."""


class _Reader:
    """A binary stream with a pushback buffer, for going back to where a record starts."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._back = b""

    def unread(self, data: bytes) -> None:
        self._back = data + self._back

    def read(self, n: int) -> bytes:
        parts = []
        if self._back:
            parts.append(self._back[:n])
            self._back = self._back[n:]
            n -= len(parts[0])
        while n > 0:
            data = self._stream.read(n)
            if not data:
                break
            parts.append(data)
            n -= len(data)
        return b"".join(parts)

    def readline(self, limit: int) -> bytes:
        if self._back:
            end = self._back.find(b"\n", 0, limit)
            cut = end + 1 if end >= 0 else min(limit, len(self._back))
            line, self._back = self._back[:cut], self._back[cut:]
            if line.endswith(b"\n") or len(line) >= limit:
                return line
            return line + self._stream.readline(limit - len(line))
        return self._stream.readline(limit)


def records(stream: BinaryIO, limit: int) -> Iterator[WarcRecord | Damaged]:
    """Yield the records of a WARC stream in order, damaged ones as :class:`Damaged`.

    Raises NotWarc when the stream does not start with a WARC record. Blocks over *limit*
    bytes are skipped, never held (the record is yielded with ``block=None``).
    """
    reader = _Reader(stream)
    number = 0
    while True:
        first = _first_line(reader)
        if not first:
            return
        number += 1
        if not _VERSION.match(first):
            if number == 1:
                raise NotWarc(f"first line is {first[:40]!r}, not WARC/1.x")
            yield Damaged(number, f"no record header where one should start "
                                  f"({first[:40]!r}); skipped to the next record")
            _resync(reader)
            continue
        yield _record(reader, number, first, limit)


def _first_line(reader: _Reader) -> bytes:
    while True:
        line = reader.readline(256)
        if line.strip() or not line:
            return line


def _resync(reader: _Reader) -> None:
    """Read on to the next line that starts a record, and leave it unread."""
    while True:
        line = reader.readline(_SKIP_CHUNK)
        if not line:
            return
        if _VERSION.match(line):
            reader.unread(line)
            return


def _record(reader: _Reader, number: int, first: bytes, limit: int) -> WarcRecord | Damaged:
    head = [first]
    size = len(first)
    while True:
        line = reader.readline(_MAX_HEADER)
        head.append(line)
        size += len(line)
        if not line:
            return Damaged(number, "truncated: the input ends inside the record's headers")
        if not line.strip():
            break
        if size > _MAX_HEADER:
            _resync(reader)
            return Damaged(number, f"headers over {_MAX_HEADER:,} bytes; skipped")
    headers = _headers(head[1:-1])
    try:
        length = int(headers.get("content-length", ""))
        if length < 0:
            raise ValueError
    except ValueError:
        _resync(reader)
        return Damaged(number, "no valid Content-Length header; skipped to the next record")
    raw = b"".join(head)
    if length > limit:
        return _skipped(reader, number, headers, raw, length)
    block = reader.read(length)
    if len(block) < length:
        return Damaged(number, f"truncated: Content-Length is {length:,} bytes but the input "
                               f"ends after {len(block):,}")
    return _checked(reader, WarcRecord(number, headers, raw, block, length))


def _headers(lines: list[bytes]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            out.setdefault(name.strip().lower(), value.strip())
    return out


def _skipped(reader: _Reader, number: int, headers: dict[str, str], head: bytes,
             length: int) -> WarcRecord | Damaged:
    left = length
    while left:
        chunk = reader.read(min(left, _SKIP_CHUNK))
        if not chunk:
            return Damaged(number, f"truncated: Content-Length is {length:,} bytes but the "
                                   f"input ends after {length - left:,}")
        left -= len(chunk)
    trailer = reader.read(len(_TRAILER))
    if trailer != _TRAILER:
        reader.unread(trailer)
        _resync(reader)
        return Damaged(number, f"Content-Length {length:,} does not end where the record "
                               "does; skipped to the next record")
    return WarcRecord(number, headers, head, None, length)


def _checked(reader: _Reader, record: WarcRecord) -> WarcRecord | Damaged:
    """Return *record* if its block ends where its length says, else Damaged (and resync)."""
    assert record.block is not None
    block = record.block
    trailer = reader.read(len(_TRAILER))
    digest = _digest_ok(record.header("WARC-Block-Digest"), block)
    inside = block.find(_NEXT)
    if digest or (digest is None and inside < 0 and trailer == _TRAILER):
        if trailer != _TRAILER:  # a whole block (its digest says so) with an odd ending
            reader.unread(trailer)
        return record
    if inside >= 0:  # the length ran into the next record: read on from where it starts
        reader.unread(block[inside + len(_TRAILER):] + trailer)
        return Damaged(record.number, f"Content-Length {record.length:,} runs past the end of "
                                      "the record into the next one")
    reader.unread(trailer)
    _resync(reader)
    if digest is False and trailer == _TRAILER:
        return Damaged(record.number, "block does not match its WARC-Block-Digest (damaged)")
    return Damaged(record.number, f"Content-Length {record.length:,} does not end where the "
                                  "record does; skipped to the next record")


def _digest_ok(declared: str | None, block: bytes) -> bool | None:
    """Say whether *block* has the sha1 digest *declared*; None when there is none to check."""
    if not declared or not declared.lower().startswith("sha1:"):
        return None
    value = declared[5:].strip()
    digest = hashlib.sha1(block).digest()  # noqa: S324 - the format's own checksum
    return value.upper() in (base64.b32encode(digest).decode(), digest.hex().upper())
