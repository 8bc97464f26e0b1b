"""Fuzzing as a test: hostile inputs, generated here (never stored), go through `tieline ingest`
beside good articles. Whatever the input, the run ends with exit 0 or 3, every good article is
stored exactly once, every reject names its input with a readable reason, nothing printed can
carry a control character, and the database passes its integrity check.

`make test` runs a bounded profile (TIELINE_FUZZ_EXAMPLES, default 25 batches, well under a
minute); `bench/fuzz.py` runs a longer one and prints the table of inputs tried by class.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import tieline
from tieline.cli import cli

CLASSES = ("txt", "html", "jsonl", "warc", "rss", "gz", "manifest", "name")
EXAMPLES = int(os.environ.get("TIELINE_FUZZ_EXAMPLES", "25"))
#: Tried so far in this process, by class; read by the terminal summary in conftest.py.
TRIED: Counter[str] = Counter()

HOSTILE: tuple[bytes, ...] = (
    b"\x00", b"\x1b[2J\x1b[1;1H", "\u202e\u2066".encode(), b"[" * 3000, b"{\"a\":" * 2000,
    b"<div>" * 3000, b"</body><body>", b"<frameset>", b"<![CDATA[", b"&amp;" * 2000,
    b"\xff\xfe\xfd", b"\r\n\r\nWARC/1.0\r\n", b"Content-Length: 99999999999\r\n", b"\r\n\r\n",
    b"<!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;'>]>", b"&b;" * 50,
    b"\n" * 500, b"\x1f\x8b\x08\x00", b'"published": "2024-02-30T25:61:00"', b"\\udcff",
    b"<meta charset='koi8-r'>", b"<script>alert(1)</script>", b"%PDF-1.7", b"stored 999 articles",
)
NAME_PARTS = ("\n", "\x1b[31m", "\u202e", " ", "-", "..", "\t", "#", "%s", "stored 999 articles")

CITIES = ("Yerevan", "Brussels", "Moscow", "Tbilisi", "Baku", "Paris", "Berlin", "Ankara")


def text(k: int) -> str:
    city = CITIES[k % len(CITIES)]
    return (f"Officials in {city} said on Monday that talks number {k} on trade and security had "
            f"made progress. The delegation will return next month to sign agreement {k}, a "
            f"spokesperson told reporters in {city}.\n\nBoth sides called round {k} "
            "constructive.")


def html(k: int) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text(k).split("\n\n"))
    return (f"<html><head><meta charset='utf-8'><title>Talks {k}</title></head><body><article>"
            f"<h1>Talks {k}</h1>{paragraphs}</article></body></html>")


def warc_record(k: int) -> bytes:
    block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
             + html(k).encode())
    sha1 = base64.b32encode(hashlib.sha1(block).digest()).decode()
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://w.example/{k}\r\n"
            f"WARC-Block-Digest: sha1:{sha1}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def seed(kind: str, k: int) -> tuple[str, bytes]:
    """A good input of *kind* holding article(s) from number *k*: (suffix, bytes)."""
    if kind in ("txt", "name", "manifest"):
        return ".txt", text(k).encode()
    if kind == "html":
        return ".html", html(k).encode()
    if kind == "jsonl":
        lines = [json.dumps({"text": text(k + i), "url": f"https://j.example/{k + i}",
                             "outlet": "J", "published": "2024-05-08"}) for i in range(2)]
        return ".jsonl", ("\n".join(lines) + "\n").encode()
    if kind == "warc":
        return ".warc", warc_record(k) + warc_record(k + 1)
    if kind == "rss":
        items = "".join(f"<item><title>T{k + i}</title><link>https://r.example/{k + i}</link>"
                        f"<description>{text(k + i)}</description></item>" for i in range(2))
        return ".rss", (f"<?xml version='1.0'?><rss version='2.0'><channel><title>R</title>"
                        f"{items}</channel></rss>").encode()
    suffix, data = seed(("txt", "jsonl", "warc", "html")[k % 4], k)
    return suffix + ".gz", gzip.compress(data)


@dataclass(frozen=True)
class Mutation:
    op: str  # "cut", "put", "insert", "repeat" or "none"
    at: float  # where, as a share of the length
    data: bytes

    def apply(self, data: bytes) -> bytes:
        i = int(self.at * len(data))
        if self.op == "cut":
            return data[:i]
        if self.op == "put":
            return data[:i] + self.data + data[i + len(self.data):]
        if self.op == "insert":
            return data[:i] + self.data + data[i:]
        if self.op == "repeat":
            return data[:i] + data[i:i + 200] * 50 + data[i:]
        return data


mutations = st.builds(
    Mutation, op=st.sampled_from(["cut", "put", "insert", "insert", "repeat", "none"]),
    at=st.floats(0, 1), data=st.one_of(st.sampled_from(HOSTILE), st.binary(min_size=1,
                                                                            max_size=40)))


@dataclass(frozen=True)
class Hostile:
    kind: str
    mutations: tuple[Mutation, ...]
    name: str


hostile_inputs = st.builds(
    Hostile, kind=st.sampled_from(CLASSES), mutations=st.lists(mutations, min_size=1,
                                                               max_size=3).map(tuple),
    name=st.lists(st.sampled_from(NAME_PARTS), max_size=3).map("".join))


def _write_batch(folder: Path, inputs: list[Hostile], goods: list[int]) -> Path | None:
    """Write the good articles and the hostile inputs; return the manifest if one was made."""
    for k in goods:
        (folder / f"good{k}.txt").write_text(text(k))
    manifest = None
    for n, item in enumerate(inputs):
        suffix, data = seed(item.kind, 1000 + 10 * n)
        for mutation in item.mutations:
            data = mutation.apply(data)
        if item.kind == "manifest":
            (folder / f"m{n}.txt").write_bytes(data)
            entry = {"path": f"m{n}.txt", "url": "https://m.example/" + item.name,
                     "outlet": item.name or "M", "published": "2024-05-08"}
            line = json.dumps(entry).encode()
            manifest = folder.parent / "manifest.jsonl"
            manifest.write_bytes(item.mutations[0].apply(line) if n % 2 else line)
            continue
        name = f"h{n}{item.name.replace('/', '_')}"
        raw = os.fsencode(str(folder / name))
        if item.kind == "name":
            raw += b"\xff\xfe"
        path = Path(os.fsdecode(raw + suffix.encode()))
        path.write_bytes(data)
    return manifest


def _check_run(db: Path, exit_code: int, stdout: str, stderr: str, goods: list[int]) -> None:
    assert exit_code in (0, 3), stderr[-2000:]
    assert stdout == ""
    assert not any(ch in stderr for ch in "\x1b\u202e\u2066"), "a control reached the terminal"
    lines = stderr.splitlines()
    summary = [x for x in lines if x.startswith("stored ")]
    assert len(summary) == 1, "one summary line, and nothing forged that looks like one"
    with tieline.open(db) as corpus:
        texts = Counter(a.text for a in corpus.articles())
        for k in goods:
            assert texts[text(k)] == 1, f"good article {k} stored {texts[text(k)]} times"
        ids = [a.id for a in corpus.articles(include_superseded=True)]
        assert len(ids) == len(set(ids))
        for reject in corpus.rejects():
            assert reject.reason.strip() and len(reject.reason) < 1000, reject
            assert "good" not in reject.origin.rsplit("/", 1)[-1], reject
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _one_of_each() -> list[Hostile]:
    """One input of every class, each with a known-hostile mutation: always tried."""
    put = dict(zip(CLASSES, (b"\x1b[2J", b"</body><body>", b"[" * 3000, b"\r\n\r\nWARC/1.0\r\n",
                             b"<!DOCTYPE r [<!ENTITY a 'aaaa'>]>", b"\x00\x00",
                             "\u202e".encode(), b"\n"), strict=True))
    return [Hostile(kind, (Mutation("insert", 0.5, put[kind]),), "\n\x1b[31m" if kind == "name"
                    else "") for kind in CLASSES]


@settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get(
    "TIELINE_FUZZ_EXAMPLES"), suppress_health_check=[HealthCheck.too_slow,
                                                     HealthCheck.data_too_large])
@given(inputs=st.lists(hostile_inputs, min_size=1, max_size=4), goods=st.just([1, 2]))
@example(inputs=_one_of_each()[:4], goods=[1, 2])
@example(inputs=_one_of_each()[4:], goods=[1, 2])
def test_no_input_stops_a_batch(inputs: list[Hostile], goods: list[int]) -> None:
    with tempfile.TemporaryDirectory(prefix="tieline-fuzz-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        manifest = _write_batch(folder, inputs, goods)
        db = Path(tmp) / "fuzz.db"
        args = ["--db", str(db), "ingest", str(folder), "--jobs", "1", "--max-bytes", "200000"]
        if manifest is not None:
            args += ["--manifest", str(manifest)]
        env = {k: None for k in os.environ if k.startswith("TIELINE_") and
               k != "TIELINE_SHARED_DATA"}
        result = CliRunner().invoke(cli, args, env=env)
        if result.exit_code == 1 and "error: manifest" in result.stderr:
            return  # a broken manifest is a usage error, refused before anything is read
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            repr(result.exception)
        _check_run(db, result.exit_code, result.stdout, result.stderr, goods)
    TRIED.update(item.kind for item in inputs)

