"""Readers: turn each input into RawDocuments, or Rejects that say what was wrong.

One reader per container format. A reader never raises for a bad input: it yields a Reject,
so one bad file or line never stops the batch.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..models import RawDocument, Reject, SourceMeta
from .decode import decode, sniff_binary
from .manifest import FIELDS, Manifest, checked_field
from .sources import Input, Opened, open_input, stream_errors

Item = RawDocument | Reject
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_ALIASES = {"pub_date": "published", "date": "published", "link": "url", "source": "outlet"}


def read_input(item: Input, limit: int, manifest: Manifest) -> Iterator[Item]:
    """Yield the documents in *item* (a file of any supported format, stdin, or a pipe).

    *limit* bounds what is held in memory: the whole content of a text, HTML or feed file, and
    each line of a JSONL file or record of a WARC file (those are streamed, so a dump larger than
    the limit is fine when each article is under it).
    """
    try:
        opened = open_input(item)
    except InputError as exc:
        yield Reject(item.origin, str(exc))
        return
    try:
        yield from _read_opened(opened, limit, manifest)
    except InputError as exc:
        yield Reject(item.origin, str(exc))
    finally:
        opened.close()


def _read_opened(opened: Opened, limit: int, manifest: Manifest) -> Iterator[Item]:
    item = opened.item
    kind = item.kind or _sniff(opened.head)
    if kind in (".jsonl", ".ndjson"):
        binary = sniff_binary(opened.head)
        if binary:
            raise InputError(f"binary file: looks like {binary}, not JSON Lines")
        yield from _jsonl_lines(item, opened.stream, limit)
        return
    if kind == ".warc":
        yield from _warc_records(item, opened.stream, limit)
        return
    data = opened.read_all(limit)
    extra = manifest.lookup(item.path)
    if kind in (".xml", ".rss", ".atom"):
        yield from _read_feed(item, data)
    elif kind in (".html", ".htm", ".xhtml"):
        yield _html_document(item.origin, data, SourceMeta(), extra)
    else:
        text, warnings = decode(data, item.origin)
        yield RawDocument(item.origin, "text", text, manifest=extra, warnings=tuple(warnings))


def _sniff(data: bytes) -> str:
    """Guess the format of unnamed input (stdin, a pipe) from its first bytes."""
    head = data[:2048].removeprefix(codecs.BOM_UTF8).lstrip().lower()
    if head.startswith(b"warc/"):
        return ".warc"
    if head.startswith(b"{"):
        return ".jsonl"
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return ".xml" if re.search(rb"<(rss|feed|rdf:rdf)\b", head) else ".html"
    if head.startswith(b"<"):
        return ".html"
    return ".txt"


def _html_document(origin: str, data: bytes, meta: SourceMeta, extra: SourceMeta) -> RawDocument:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
            return RawDocument(origin, "html", text, meta=meta, manifest=extra)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; detect instead
    text, warnings = decode(data, origin)
    return RawDocument(origin, "html", text, meta=meta, manifest=extra, warnings=tuple(warnings))


# -- JSON Lines -------------------------------------------------------------------------------

def _jsonl_lines(item: Input, stream: BinaryIO, limit: int) -> Iterator[Item]:
    """Yield one document (or Reject) per line, never holding more than *limit* bytes of one."""
    seen_any = False
    n = 0
    try:
        while True:
            raw = stream.readline(limit + 1)
            if not raw:
                break
            n += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                size = len(raw) + _skip_line(stream)
                seen_any = True
                yield Reject(f"{item.origin}:{n}", f"too large: line of {size:,} bytes, over the "
                             f"size limit of {limit:,} (raise it with --max-bytes or "
                             "TIELINE_MAX_BYTES)")
                continue
            if not raw.strip():
                continue
            seen_any = True
            yield _jsonl_record(f"{item.origin}:{n}", raw)
    except Exception as exc:
        mapped = stream_errors(exc)
        if mapped is None:
            raise
        yield Reject(f"{item.origin}:{n + 1}", f"{mapped} (lines before it were read)")
        return
    if not seen_any:
        yield Reject(item.origin, "empty file (no JSON lines)")


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of the current line without keeping it; return its length."""
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _jsonl_record(origin: str, raw: bytes) -> Item:
    try:
        obj = json.loads(raw)
    except UnicodeDecodeError:
        return Reject(origin, "line is not valid UTF-8 (JSON Lines must be UTF-8)")
    except json.JSONDecodeError as exc:
        return Reject(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return Reject(origin, "invalid JSON: nested too deeply (thousands of levels of arrays "
                              "or objects)")
    if not isinstance(obj, dict):
        return Reject(origin, f"expected a JSON object, got {type(obj).__name__}")
    try:
        meta = _jsonl_meta(obj)
    except InputError as exc:
        return Reject(origin, str(exc))
    for key, fmt in (("html", "html"), ("text", "text")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            if fmt == "html":
                return RawDocument(origin, "html", value, meta=meta)
            return RawDocument(origin, "text", value, meta=meta)
        if value is not None and not isinstance(value, str):
            return Reject(origin, f'"{key}" must be a string, got {type(value).__name__}')
    return Reject(origin, 'no article content: the object needs a non-empty "text" or "html"')


def _jsonl_meta(obj: dict[str, Any]) -> SourceMeta:
    """Return the metadata fields of a JSONL object (under their names or aliases), checked."""
    fields: dict[str, str] = {}
    for key, value in obj.items():
        name = _ALIASES.get(key, key)
        if name in FIELDS and name not in fields:
            checked = checked_field(name, value)
            if checked is not None:
                fields[name] = checked
    return SourceMeta(**fields)


# -- WARC -------------------------------------------------------------------------------------

def _warc_records(item: Input, stream: Any, limit: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = skipped = 0
    n = 0
    try:
        for n, record in enumerate(ArchiveIterator(stream), 1):  # noqa: B007
            if record.rec_type not in ("response", "resource"):
                continue
            origin = f"{item.origin}#record{n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            http = record.http_headers
            ctype = (http.get_header("Content-Type") if http else
                     record.rec_headers.get_header("Content-Type")) or ""
            status = http.get_statuscode() if http else "200"
            if "html" not in ctype.lower() or status != "200":
                skipped += 1
                continue
            body = record.content_stream().read(limit + 1)
            if len(body) > limit:
                yield Reject(origin, f"too large: record over the size limit of {limit:,} bytes")
                continue
            found += 1
            if not body.strip() or sniff_binary(body):
                yield Reject(origin, "empty or binary HTML response body")
                continue
            yield _html_document(origin, body, SourceMeta(url=url), SourceMeta())
    except ArchiveLoadFailed as exc:
        yield Reject(item.origin if n <= 1 else f"{item.origin}#record{n}",
                     f"not a valid WARC file: {str(exc).strip()[:200]}")
        return
    except Exception as exc:
        mapped = stream_errors(exc)
        if mapped is None:
            raise
        yield Reject(f"{item.origin}#record{n + 1}", f"{mapped} (records before it were read)")
        return
    if not found:
        yield Reject(item.origin, f"no HTML response records in this WARC "
                     f"({skipped} other records)")


# -- RSS / Atom -------------------------------------------------------------------------------

def _read_feed(item: Input, data: bytes) -> Iterator[Item]:
    import feedparser

    head = data[:4096].lower()
    if not re.search(rb"<(rss|feed|rdf:rdf)\b", head):
        yield Reject(item.origin, "XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF>)")
        return
    feed = feedparser.parse(data)
    entries = feed.get("entries", [])
    if not entries:
        why = f": {feed.get('bozo_exception')}" if feed.get("bozo") else ""
        yield Reject(item.origin, f"feed has no items{why}")
        return
    outlet = feed.get("feed", {}).get("title")
    for n, entry in enumerate(entries, 1):
        origin = f"{item.origin}#item{n}"
        content = entry.get("content") or []
        body = (content[0].get("value") if content else None) or entry.get("summary") or ""
        published = _feed_date(entry)
        meta = SourceMeta(url=entry.get("link"), outlet=outlet, published=published,
                          title=entry.get("title"), author=entry.get("author"))
        if not body.strip():
            yield Reject(origin, "feed item has neither content nor summary")
            continue
        fmt = "html" if re.search(r"<[a-zA-Z][^>]*>", body) else "text"
        yield RawDocument(origin, fmt, body, meta=meta)  # type: ignore[arg-type]


def _feed_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None
