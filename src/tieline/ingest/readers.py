"""Readers: turn each input into RawDocuments, or Rejects that say what was wrong.

One reader per container format. A reader never raises for a bad input: it yields a Reject,
so one bad file or line never stops the batch.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..models import InputMeta, RawDocument, Reject
from . import warc
from .decode import decode, decode_declared, sniff_binary
from .inputs import Input, Opened, open_input
from .manifest import FIELDS, Manifest, checked_field

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
        yield from _jsonl_lines(opened, limit)
        return
    if kind == ".warc":
        yield from _warc_records(opened, limit)
        return
    binary = sniff_binary(opened.head)
    if binary:  # say so before reading the rest (of /dev/zero, say)
        raise InputError(f"binary file: looks like {binary}, not text or HTML")
    data = opened.read_all(limit)
    extra = manifest.lookup(item.path)
    if kind in (".xml", ".rss", ".atom"):
        yield from _read_feed(item, data)
    elif kind in (".html", ".htm", ".xhtml"):
        yield _html_document(item.origin, data, InputMeta(), extra)
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


def _html_document(origin: str, data: bytes, meta: InputMeta, extra: InputMeta) -> RawDocument:
    declared = _META_CHARSET.search(data[:4096])
    fits = decode_declared(data, declared.group(1).decode("ascii"), origin) if declared else None
    # a wrong declaration is common: without one that fits, detect
    text, warnings = fits or decode(data, origin)
    return RawDocument(origin, "html", text, meta=meta, manifest=extra, warnings=tuple(warnings))


# -- JSON Lines -------------------------------------------------------------------------------

def _jsonl_lines(opened: Opened, limit: int) -> Iterator[Item]:
    """Yield one document (or Reject) per line, never holding more than *limit* bytes of one."""
    origin, stream = opened.item.origin, opened.stream
    seen_any = False
    n = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw or (opened.failure is not None and not raw.endswith(b"\n")):
            break  # the end, or where a corrupt stream was cut (that line is not whole)
        n += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            seen_any = True
            size = len(raw) + _skip_line(stream)
            yield Reject(f"{origin}:{n}", f"too large: line of {size:,} bytes, over the "
                         f"size limit of {limit:,} (raise it with --max-bytes or "
                         "TIELINE_MAX_BYTES)")
            continue
        if raw.strip():
            seen_any = True
            yield _jsonl_record(f"{origin}:{n}", raw)
    if opened.failure is not None:
        yield Reject(f"{origin}:{n + 1}", f"{opened.failure} (lines before it were read)")
    elif not seen_any:
        yield Reject(origin, "empty file (no JSON lines)")


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


def _jsonl_meta(obj: dict[str, Any]) -> InputMeta:
    """Return the metadata fields of a JSONL object (under their names or aliases), checked."""
    fields: dict[str, str] = {}
    for key, value in obj.items():
        name = _ALIASES.get(key, key)
        if name in FIELDS and name not in fields:
            checked = checked_field(name, value)
            if checked is not None:
                fields[name] = checked
    return InputMeta(**fields)


# -- WARC -------------------------------------------------------------------------------------

def _warc_records(opened: Opened, limit: int) -> Iterator[Item]:
    """Yield the HTML responses of a WARC stream; damaged records and a cut end as Rejects."""
    origin = opened.item.origin
    found = skipped = last = 0
    try:
        for record in warc.records(opened.stream, limit):
            last = record.number
            where = f"{origin}#record{record.number}"
            if isinstance(record, warc.Damaged):
                yield Reject(where, f"damaged WARC record: {record.reason}")
                continue
            if record.header("WARC-Type") not in ("response", "resource"):
                continue
            item = _warc_response(where, record, limit)
            if item is None:
                skipped += 1
                continue
            found += 1
            yield item
    except warc.NotWarc as exc:
        yield Reject(origin, f"not a valid WARC file: {exc}")
        return
    if opened.failure is not None:
        yield Reject(f"{origin}#record{last + 1}", f"{opened.failure} (records before it were "
                                                   "read)")
    elif not found:
        yield Reject(origin, f"no HTML response records in this WARC ({skipped} other records)")


def _warc_response(origin: str, record: warc.WarcRecord, limit: int) -> Item | None:
    """Return the HTML document in a response or resource record, a Reject, or None when the
    record holds something else (an image, a redirect, an error page)."""
    from warcio.archiveiterator import ArchiveIterator

    if record.block is None:
        return Reject(origin, f"too large: record over the size limit of {limit:,} bytes")
    whole = io.BytesIO(record.head + record.block + b"\r\n\r\n")
    parsed = next(iter(ArchiveIterator(whole)))
    http = parsed.http_headers
    ctype = (http.get_header("Content-Type") if http else
             parsed.rec_headers.get_header("Content-Type")) or ""
    status = http.get_statuscode() if http else "200"
    if "html" not in ctype.lower() or status != "200":
        return None
    body = parsed.content_stream().read(limit + 1)
    if len(body) > limit:
        return Reject(origin, f"too large: record over the size limit of {limit:,} bytes")
    if not body.strip() or sniff_binary(body):
        return Reject(origin, "empty or binary HTML response body")
    url = parsed.rec_headers.get_header("WARC-Target-URI")
    return _html_document(origin, body, InputMeta(url=url), InputMeta())


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
        meta = InputMeta(url=entry.get("link"), outlet=outlet, published=published,
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
