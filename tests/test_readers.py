"""Every reader, on real files the tests write: .txt, .html/.htm, .jsonl, .warc(.gz), RSS and
Atom, .gz of each, directories, stdin and the manifest."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import tieline
from tieline.cli import cli
from tieline.models import IngestSummary

CITIES = ["Yerevan", "Brussels", "Moscow", "Tbilisi", "Baku", "Paris", "Berlin", "Ankara"]


def body(k: int, paragraphs: int = 3) -> str:
    """Distinct article text number *k*: a few paragraphs of real sentences."""
    out = []
    for p in range(paragraphs):
        city = CITIES[(k + p) % len(CITIES)]
        out.append(f"Officials in {city} said on Monday that talks number {k}-{p} on trade and "
                   f"security had made progress. The delegation from {city} will return next "
                   f"month to sign agreement {k * 10 + p}, a spokesperson told reporters.")
    return "\n\n".join(out)


def html_page(k: int, *, title: str | None = None, author: str = "Anna Hakobyan",
              site: str = "Yerevan Times", date: str = "2024-05-08T10:00:00+00:00") -> str:
    title = title or f"Talks number {k} make progress"
    paragraphs = "".join(f"<p>{p}</p>" for p in body(k).split("\n\n"))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta name='author' content='{author}'>"
            f"<meta property='og:site_name' content='{site}'>"
            f"<meta property='article:published_time' content='{date}'></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright {site}</footer></body></html>")


def warc_bytes(pages: dict[str, str], gz: bool) -> bytes:
    """A WARC with an HTML response per page, plus records a reader must pass over."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for url, html in pages.items():
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        payload = html.encode()  # a length given: warcio then spools nothing to a temp file
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(payload), length=len(payload), http_headers=http))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"),
        length=8, http_headers=image))
    gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://example.org/gone", "response", payload=io.BytesIO(b"<html>not found</html>"),
        length=22, http_headers=gone))
    return buf.getvalue()


def rss_feed(ks: list[int]) -> str:
    items = "".join(
        f"<item><title>Item {k}</title><link>https://feed.example.org/{k}</link>"
        f"<pubDate>Wed, {8 + i:02d} May 2024 10:00:00 GMT</pubDate>"
        f"<author>desk@feed.example.org (Desk Writer)</author>"
        f"<description><![CDATA[{''.join(f'<p>{p}</p>' for p in body(k).split(chr(10) * 2))}]]>"
        f"</description></item>" for i, k in enumerate(ks))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Feed Daily</title><link>https://feed.example.org/</link>{items}"
            f"</channel></rss>")


def atom_feed(ks: list[int]) -> str:
    entries = "".join(
        f"<entry><title>Entry {k}</title><link href='https://atom.example.org/{k}'/>"
        f"<id>tag:atom.example.org,2024:{k}</id>"
        f"<published>2024-06-0{1 + i}T08:00:00Z</published>"
        f"<updated>2024-07-01T08:00:00Z</updated>"
        f"<summary>Short teaser {k} that is not the article.</summary>"
        f"<content type='html'>{_escape(_paragraphs_html(k))}</content></entry>"
        for i, k in enumerate(ks))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom Wire</title><id>tag:atom.example.org,2024:feed</id>"
            f"<updated>2024-07-01T08:00:00Z</updated>{entries}</feed>")


def _paragraphs_html(k: int) -> str:
    return "".join(f"<p>{p}</p>" for p in body(k).split("\n\n"))


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines(text: str) -> list[str]:
    """The non-empty lines of *text*: paragraphs from HTML come one per line."""
    return [line for line in text.split("\n") if line.strip()]


def stored(corpus: tieline.Corpus) -> dict[str, tieline.Article]:
    """The stored articles by origin."""
    return {a.origin: a for a in corpus.articles()}


# -- plain text ---------------------------------------------------------------------------------

def test_txt_title_and_byline(corpus: tieline.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Armenia and the EU agree on visas\n\nBy Anna Hakobyan\n\n{body(1)}\n")
    report = corpus.ingest(path)
    assert (report.stored, report.rejects) == (1, [])
    [art] = corpus.articles()
    assert art.title == "Armenia and the EU agree on visas"
    assert art.author == "Anna Hakobyan"
    assert art.text.startswith("Officials in")
    assert "By Anna Hakobyan" not in art.text and "agree on visas" not in art.text
    assert art.lang == "en" and art.words == len(body(1).split())
    assert (art.published, art.published_basis, art.url, art.outlet) == (
        None, "unknown", None, None)


def test_txt_without_title_keeps_its_first_sentence(corpus: tieline.Corpus,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "untitled.text"
    path.write_text(body(2))
    corpus.ingest(path)
    [art] = corpus.articles()
    assert art.title is None and art.author is None
    assert art.text == body(2)


# -- HTML ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_html_title_author_date_site(corpus: tieline.Corpus, tmp_path: Path,
                                     suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(html_page(3, title="Visa talks reach a deal"))
    report = corpus.ingest(path)
    assert (report.stored, report.rejects) == (1, [])
    [art] = corpus.articles()
    assert art.title == "Visa talks reach a deal"
    assert art.author == "Anna Hakobyan"
    assert (art.published, art.published_basis) == ("2024-05-08", "metadata")
    assert art.outlet == "Yerevan Times"
    assert "Officials in" in art.text
    assert "Home" not in art.text and "Copyright" not in art.text  # page chrome removed


def test_html_without_date_is_never_given_one(corpus: tieline.Corpus, tmp_path: Path) -> None:
    page = html_page(4).replace("<meta property='article:published_time' "
                                "content='2024-05-08T10:00:00+00:00'>", "")
    (tmp_path / "undated.html").write_text(page)
    corpus.ingest(tmp_path / "undated.html")
    [art] = corpus.articles()
    assert (art.published, art.published_basis) == (None, "unknown")


# -- JSON Lines ---------------------------------------------------------------------------------

def test_jsonl_text_html_metadata_and_aliases(corpus: tieline.Corpus, tmp_path: Path) -> None:
    lines = [
        {"text": body(5), "url": "https://news.example.am/5", "outlet": "Armenpress",
         "published": "2024-03-01T09:00:00Z", "title": "Five"},
        {"html": html_page(6, date="2020-01-01"), "url": "https://news.example.am/6",
         "published": "2024-03-02"},
        {"text": body(7), "link": "https://other.example.org/7", "pub_date": "2024-03-03",
         "source": "Other Wire", "author": "Ruben Arakelyan"},
        {"text": body(8), "date": "Mon, 04 Mar 2024 10:00:00 +0000"},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n")
    report = corpus.ingest(path)
    assert (report.stored, report.rejects) == (4, [])
    got = stored(corpus)
    five, six, seven, eight = (got[f"{path}:{n}"] for n in (1, 2, 3, 4))
    assert (five.url, five.outlet, five.title, five.published, five.published_basis) == (
        "https://news.example.am/5", "Armenpress", "Five", "2024-03-01", "metadata")
    assert five.text == body(5)
    # html: the line's own metadata wins over the page's; the page supplies the rest
    assert (six.published, six.outlet, six.author, six.title) == (
        "2024-03-02", "Yerevan Times", "Anna Hakobyan", "Talks number 6 make progress")
    assert (seven.url, seven.outlet, seven.published, seven.author) == (
        "https://other.example.org/7", "Other Wire", "2024-03-03", "Ruben Arakelyan")
    assert (eight.published, eight.published_basis, eight.url, eight.outlet) == (
        "2024-03-04", "metadata", None, None)


def test_jsonl_outlet_from_url_host(corpus: tieline.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "a.ndjson"
    path.write_text(json.dumps({"text": body(9), "url": "https://www.azatutyun.am/a/1.html"}))
    corpus.ingest(path)
    [art] = corpus.articles()
    assert art.outlet == "azatutyun.am"


# -- WARC ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses(corpus: tieline.Corpus, tmp_path: Path, name: str,
                             gz: bool) -> None:
    pages = {"https://example.org/news/10": html_page(10), "https://example.org/news/11":
             html_page(11, site="", author="Karen Petrosyan")}
    data = warc_bytes(pages, gz)
    assert data[:2] == (b"\x1f\x8b" if gz else b"WA")
    (tmp_path / name).write_bytes(data)
    report = corpus.ingest(tmp_path / name)
    assert (report.stored, report.rejects) == (2, [])
    by_url = {a.url: a for a in corpus.articles()}
    assert set(by_url) == set(pages)
    ten = by_url["https://example.org/news/10"]
    assert (ten.title, ten.author, ten.outlet, ten.published) == (
        "Talks number 10 make progress", "Anna Hakobyan", "Yerevan Times", "2024-05-08")
    assert "talks number 10-0" in ten.text
    assert by_url["https://example.org/news/11"].author == "Karen Petrosyan"
    assert all("#record" in a.origin for a in by_url.values())


# -- feeds --------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["news.rss", "news.xml"])
def test_rss_items(corpus: tieline.Corpus, tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_text(rss_feed([20, 21]))
    report = corpus.ingest(tmp_path / name)
    assert (report.stored, report.rejects) == (2, [])
    by_url = {a.url: a for a in corpus.articles()}
    first, second = by_url["https://feed.example.org/20"], by_url["https://feed.example.org/21"]
    assert (first.title, first.outlet, first.published, first.published_basis) == (
        "Item 20", "Feed Daily", "2024-05-08", "metadata")
    assert second.published == "2024-05-09"
    assert lines(first.text) == lines(body(20)) and lines(second.text) == lines(body(21))


@pytest.mark.parametrize("name", ["wire.atom", "wire.xml"])
def test_atom_entries_prefer_content_over_summary(corpus: tieline.Corpus, tmp_path: Path,
                                                  name: str) -> None:
    (tmp_path / name).write_text(atom_feed([30, 31]))
    report = corpus.ingest(tmp_path / name)
    assert (report.stored, report.rejects) == (2, [])
    by_url = {a.url: a for a in corpus.articles()}
    entry = by_url["https://atom.example.org/30"]
    assert lines(entry.text) == lines(body(30)) and "teaser" not in entry.text
    assert (entry.title, entry.outlet, entry.published) == ("Entry 30", "Atom Wire", "2024-06-01")
    assert by_url["https://atom.example.org/31"].published == "2024-06-02"


def test_feed_item_with_summary_only(corpus: tieline.Corpus, tmp_path: Path) -> None:
    feed = rss_feed([22]).replace("<![CDATA[", "").replace("]]>", "")
    feed = feed.replace("<p>", "").replace("</p>", " ")
    (tmp_path / "plain.rss").write_text(feed)
    corpus.ingest(tmp_path / "plain.rss")
    [art] = corpus.articles()
    assert "talks number 22-2" in art.text and art.url == "https://feed.example.org/22"


# -- gzip of every format -----------------------------------------------------------------------

FORMATS = {
    "a.txt": lambda: f"Talks make progress in the capital\n\n{body(40)}\n",
    "b.html": lambda: html_page(41),
    "c.htm": lambda: html_page(42),
    "d.jsonl": lambda: json.dumps({"text": body(43), "url": "https://x.example/43"}) + "\n"
    + json.dumps({"html": html_page(44), "url": "https://x.example/44"}) + "\n",
    "e.rss": lambda: rss_feed([45, 46]),
    "f.atom": lambda: atom_feed([47]),
    "g.xml": lambda: rss_feed([48]),
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_gzip_of_each_format_reads_like_the_plain_file(tmp_path: Path, name: str,
                                                       corpus: tieline.Corpus) -> None:
    content = FORMATS[name]().encode()
    plain_dir, gz_dir = tmp_path / "plain", tmp_path / "gz"
    plain_dir.mkdir()
    gz_dir.mkdir()
    (plain_dir / name).write_bytes(content)
    (gz_dir / f"{name}.gz").write_bytes(gzip.compress(content))
    with tieline.open(tmp_path / "plain.db", create=True) as plain:
        expected = plain.ingest(plain_dir)
        want = {(a.id, a.text, a.title, a.url, a.published) for a in plain.articles()}
    report = corpus.ingest(gz_dir)
    got = {(a.id, a.text, a.title, a.url, a.published) for a in corpus.articles()}
    assert report.rejects == [] and report.stored == expected.stored >= 1
    assert got == want


# -- directories --------------------------------------------------------------------------------

def test_directory_recursive_skips_unsupported_and_hidden(corpus: tieline.Corpus,
                                                          tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "2024" / "05").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "top.txt").write_text(f"Top story of the day today\n\n{body(50)}")
    (root / "2024" / "a.html").write_text(html_page(51))
    (root / "2024" / "05" / "b.jsonl").write_text(json.dumps({"text": body(52)}))
    (root / "2024" / "05" / "c.txt.gz").write_bytes(gzip.compress(body(53).encode()))
    (root / ".hidden.txt").write_text(body(54))
    (root / ".git" / "notes.txt").write_text(body(55))
    (root / "2024" / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    (root / "2024" / "photo.jpeg").write_bytes(b"\xff\xd8\xff\xe0")
    report = corpus.ingest(root)
    assert report.stored == 4 and report.rejects == []
    assert report.skipped_files == 2
    assert any("scan.pdf" in w and "skipped" in w for w in report.warnings)
    assert any("photo.jpeg" in w and "skipped" in w for w in report.warnings)
    texts = {tuple(lines(a.text)) for a in corpus.articles()}
    assert texts == {tuple(lines(body(k))) for k in (50, 51, 52, 53)}


def test_directory_and_files_mixed_on_the_command_line(corpus: tieline.Corpus,
                                                       tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text(body(56))
    (tmp_path / "y.txt").write_text(body(57))
    report = corpus.ingest(tmp_path / "d", tmp_path / "y.txt")
    assert report.stored == 2


# -- stdin --------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["text", "html", "jsonl", "rss"])
def test_stdin_through_the_cli(tmp_path: Path, kind: str) -> None:
    data = {
        "text": f"Stdin story about the talks\n\n{body(60)}",
        "html": html_page(61),
        "jsonl": json.dumps({"text": body(62), "url": "https://in.example/62"}) + "\n"
        + json.dumps({"text": body(63), "url": "https://in.example/63"}) + "\n",
        "rss": rss_feed([64]),
    }[kind]
    db = tmp_path / "stdin.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "-"], input=data.encode())
    assert result.exit_code == 0, result.output
    with tieline.open(db, create=True) as corpus:
        arts = corpus.articles()
    expect = {"text": [body(60)], "html": [body(61)], "jsonl": [body(62), body(63)],
              "rss": [body(64)]}[kind]
    assert sorted(lines(a.text) for a in arts) == sorted(lines(t) for t in expect)
    assert all(a.origin.startswith("<stdin>") for a in arts)
    if kind == "html":
        assert arts[0].outlet == "Yerevan Times"
    # stdin is never marked read: piping the same text again is recognised by content
    again = CliRunner().invoke(cli, ["--db", str(db), "ingest", "-"], input=data.encode())
    assert again.exit_code == 0
    assert f"stored 0 articles, {len(expect)} already stored" in again.stderr


# -- manifest -----------------------------------------------------------------------------------

def test_manifest_supplies_url_outlet_date(corpus: tieline.Corpus, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(f"First headline of the wire\n\n{body(70)}")
    (tmp_path / "in" / "two.html").write_text(html_page(71, date="2019-01-01"))
    (tmp_path / "in" / "three.txt").write_text(body(72))
    manifest = tmp_path / "in" / "manifest.jsonl"
    manifest.write_text("\n".join(json.dumps(x) for x in [
        {"path": "one.txt", "url": "https://www.hetq.am/en/article/1", "outlet": "Hetq",
         "published": "2024-05-08"},
        {"path": "two.html", "url": "https://civilnet.am/2", "published": "2024-05-09T23:30:00Z"},
    ]) + "\n")
    report = corpus.ingest(tmp_path / "in", manifest=manifest)
    # the manifest inside the folder is not read as an input
    assert (report.stored, report.rejects, report.skipped_files) == (3, [], 0)
    got = {Path(a.origin).name: a for a in corpus.articles()}
    one, two, three = got["one.txt"], got["two.html"], got["three.txt"]
    assert (one.url, one.outlet, one.published, one.published_basis) == (
        "https://www.hetq.am/en/article/1", "Hetq", "2024-05-08", "manifest")
    assert one.title == "First headline of the wire"
    # the manifest's date beats the page's own; the page still names the outlet
    assert (two.url, two.published, two.published_basis, two.outlet) == (
        "https://civilnet.am/2", "2024-05-09", "manifest", "Yerevan Times")
    assert (three.url, three.published, three.published_basis) == (None, None, "unknown")


def test_manifest_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(body(73))
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"path": "a.txt", "url": "https://mediamax.am/73",
                                    "published": "2023-09-19"}) + "\n")
    db = tmp_path / "m.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(tmp_path / "a.txt"),
                                      "--manifest", str(manifest)])
    assert result.exit_code == 0, result.output
    out = CliRunner().invoke(cli, ["--db", str(db), "articles", "--json"])
    [doc] = json.loads(out.stdout)
    assert (doc["url"], doc["outlet"], doc["published"], doc["published_basis"]) == (
        "https://mediamax.am/73", "mediamax.am", "2023-09-19", "manifest")


# -- progress -----------------------------------------------------------------------------------

def test_progress_reports_each_stored_batch_of_a_large_file(corpus: tieline.Corpus,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"text": body(k, 1)}) + "\n" for k in range(100, 140)))
    seen: list[tuple[int, str]] = []

    def progress(report: IngestSummary, origin: str) -> None:
        seen.append((report.stored, origin))

    report = corpus.ingest(path, progress=progress, batch_size=8)
    assert report.stored == 40
    during = [n for n, _ in seen if n < 40]
    assert during == [8, 16, 24, 32], seen  # one update per stored batch, before the end
    assert seen[-1] == (40, str(path))
    assert {origin for _, origin in seen} == {str(path)}


def test_fifo_input_is_read_as_a_stream(corpus: tieline.Corpus, tmp_path: Path) -> None:
    """A pipe named on the command line (``tieline ingest <(zcat x.gz)``) is read, not
    mistaken for an empty file."""
    read_fd, write_fd = os.pipe()
    data = json.dumps({"text": body(80), "url": "https://pipe.example/80"}).encode() + b"\n"
    assert len(data) < 65536  # fits the pipe buffer: no writer thread needed
    os.write(write_fd, data)
    os.close(write_fd)
    try:
        report = corpus.ingest(f"/dev/fd/{read_fd}")
    finally:
        os.close(read_fd)
    assert report.rejects == [] and report.stored == 1
    [art] = corpus.articles()
    assert art.url == "https://pipe.example/80"


def test_stdin_jsonl_with_a_byte_order_mark(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + (json.dumps({"text": body(82), "url": "https://bom.example/82"})
                              + "\n").encode()
    db = tmp_path / "bom.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "-"], input=data)
    assert result.exit_code == 0, result.output
    with tieline.open(db, create=True) as corpus:
        [art] = corpus.articles()
    assert art.url == "https://bom.example/82"


def test_gzip_on_stdin_is_decompressed(tmp_path: Path) -> None:
    data = gzip.compress((json.dumps({"text": body(81), "url": "https://gz.example/81"})
                          + "\n").encode())
    db = tmp_path / "gz.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "-"], input=data)
    assert result.exit_code == 0, result.output
    with tieline.open(db, create=True) as corpus:
        [art] = corpus.articles()
    assert art.url == "https://gz.example/81" and lines(art.text) == lines(body(81))


def test_worker_processes_store_the_same_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(6):
        (folder / f"{k}.txt").write_text(f"Headline number {k} of the day\n\n{body(90 + k)}")
    (folder / "page.html").write_text(html_page(97))
    stored = []
    for jobs in (1, 2):
        with tieline.open(tmp_path / f"j{jobs}.db", jobs=jobs, create=True) as corpus:
            report = corpus.ingest(folder)
            assert report.stored == 7 and not report.rejects
            stored.append({(a.id, a.text, a.title) for a in corpus.articles()})
    assert stored[0] == stored[1]
