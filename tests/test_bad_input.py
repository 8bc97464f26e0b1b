"""Bad and messy input, on real files the tests write: each bad input is rejected with a specific
reason, listed on stderr and kept in the reject log, while the rest of the batch is stored and the
exit code is 3; messy but readable input (legacy encodings, broken HTML) is stored."""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

import tieline
from tieline.cli import cli
from tieline.config import Settings
from tieline.ingest.decode import decode

CITIES = ["Yerevan", "Brussels", "Moscow", "Tbilisi", "Baku", "Paris", "Berlin", "Ankara"]


def body(k: int) -> str:
    city = CITIES[k % len(CITIES)]
    return (f"Officials in {city} said on Monday that talks number {k} on trade and security had "
            f"made progress. The delegation will return next month to sign agreement {k}, a "
            f"spokesperson told reporters in {city}.\n\nBoth sides called round {k} constructive.")


def noise(n: int, seed: int = 7) -> bytes:
    """Random bytes with NULs in them, as a corrupt download looks."""
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n)) + b"\x00\x00"


def gzip_bomb(decompressed: int, prefix: bytes = b"", suffix: bytes = b"") -> bytes:
    """A small gzip stream that decompresses to *decompressed* bytes (mostly zeros... of 'A')."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # wbits 31: a gzip header and trailer
    out = [packer.compress(prefix)]
    chunk = b"A" * (1 << 20)
    for _ in range(decompressed // len(chunk)):
        out.append(packer.compress(chunk))
    out.append(packer.compress(suffix))
    out.append(packer.flush())
    return b"".join(out)


def truncated_gzip(text: str) -> bytes:
    whole = gzip.compress(text.encode())
    return whole[: len(whole) * 2 // 3]


def _symlink(target: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        os.symlink(target, path)
    return make


def _write(data: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data)
    return make


def _mkdir(path: Path) -> None:
    path.mkdir()


def _loop(path: Path) -> None:
    os.symlink(path.name, path)  # a link to itself


LIMIT = 50_000  # the size limit the batch tests run with

#: name → (how to make it, what its reason must say)
BAD: dict[str, tuple[Callable[[Path], None], str]] = {
    "image.txt": (_write(b"\x89PNG\r\n\x1a\n" + noise(300)), "binary file: looks like a PNG image"),
    "noise.txt": (_write(b"ab" + noise(500)), "binary file: looks like binary data (NUL byte"),
    "noise.html": (_write(noise(500)), "binary file"),
    "noise.jsonl": (_write(b"\x00" + noise(500)), "binary file"),
    "report.pdf.txt": (_write(b"%PDF-1.7\n" + noise(200)), "binary file: looks like a PDF"),
    "empty.txt": (_write(b""), "empty file"),
    "empty.html": (_write(b""), "empty file"),
    "empty.jsonl": (_write(b""), "empty file"),
    "blank.txt": (_write(b"  \n\n\t \r\n  "), "empty file (only whitespace)"),
    "blank.htm": (_write(b"\n\n   \n"), "empty file (only whitespace)"),
    "blank.jsonl": (_write(b"\n  \n\n"), "empty file (no JSON lines)"),
    "cut.txt.gz": (_write(truncated_gzip(body(1) * 40)), "truncated gzip"),
    "cut.html.gz": (_write(truncated_gzip(f"<p>{body(2)}</p>" * 40)), "truncated gzip"),
    "fake.txt.gz": (_write(body(3).encode()), "named .gz but not gzip-compressed"),
    "big.txt": (_write(("x " * (LIMIT // 2 + 1)).encode()), "too large"),
    "bomb.txt.gz": (_write(gzip_bomb(8 << 20)), f"too large: decompresses to more than {LIMIT:,}"),
    "dangling.txt": (_symlink("nowhere/missing.txt"), "unreadable: broken symbolic link"),
    "loop.html": (_loop, "unreadable: symbolic link loop"),
    "notafeed.xml": (_write(b"<?xml version='1.0'?><config><a>1</a></config>"),
                     "not an RSS or Atom feed"),
    "nothing.warc": (_write(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n"
                            b"\r\n\r\n\r\n"), "no HTML response records"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_rejected_with_its_reason(corpus: tieline.Corpus, tmp_path: Path,
                                            name: str) -> None:
    make, reason = BAD[name]
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder / name)
    (folder / "good.txt").write_text(body(100))
    report = corpus.ingest(folder, max_bytes=LIMIT)
    assert report.stored == 1, report
    [reject] = report.rejects
    assert reject.origin == str(folder / name)
    assert reason in reject.reason
    assert corpus.rejects() == [reject]  # kept in the store's reject log
    [art] = corpus.articles()
    assert art.text == body(100)


def test_cli_lists_every_reject_exits_3_and_keeps_what_was_stored(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    runner = CliRunner()
    (tmp_path / "earlier.txt").write_text(body(200))
    first = runner.invoke(cli, ["--db", str(db), "ingest", str(tmp_path / "earlier.txt")])
    assert first.exit_code == 0, first.output

    folder = tmp_path / "batch"
    folder.mkdir()
    for name, (make, _) in BAD.items():
        make(folder / name)
    for k in range(5):
        (folder / f"good{k}.txt").write_text(body(300 + k))
    mixed = folder / "mixed.jsonl"
    mixed.write_text(json.dumps({"text": body(310)}) + "\n{oops\n"
                     + json.dumps({"text": body(311)}) + "\n")
    result = runner.invoke(cli, ["--db", str(db), "ingest", str(folder), "--max-bytes",
                                 str(LIMIT)])
    assert result.exit_code == 3, result.output
    stderr = result.stderr
    assert f"stored 7 articles, 0 already stored, {len(BAD) + 1} rejected" in stderr
    for name, (_, reason) in BAD.items():
        assert f"rejected {folder / name}: " in stderr and reason in stderr, name
    assert f"rejected {mixed}:2: invalid JSON" in stderr
    assert result.stdout == ""  # progress, warnings and rejects never go to stdout
    with tieline.open(db, create=True) as corpus:
        texts = {a.text for a in corpus.articles()}
        assert texts == {body(200), *(body(300 + k) for k in range(5)), body(310), body(311)}
        logged = corpus.rejects()
    assert {r.origin for r in logged} == {str(folder / n) for n in BAD} | {f"{mixed}:2"}


def test_invalid_json_line_names_its_line_and_keeps_the_others(corpus: tieline.Corpus,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": body(1), "url": "https://a.example/1"}),
        "",
        '{"text": "unterminated',
        json.dumps({"text": body(2), "url": "https://a.example/2"}),
        "[1, 2]",
        json.dumps({"title": "no body"}),
        json.dumps({"text": body(3), "url": "https://a.example/3"}),
    ]) + "\n")
    report = corpus.ingest(path)
    assert report.stored == 3
    reasons = {r.origin: r.reason for r in report.rejects}
    assert set(reasons) == {f"{path}:3", f"{path}:5", f"{path}:6"}
    assert reasons[f"{path}:3"].startswith("invalid JSON: ")
    assert "expected a JSON object, got list" in reasons[f"{path}:5"]
    assert 'needs a non-empty "text" or "html"' in reasons[f"{path}:6"]
    assert {a.url for a in corpus.articles()} == {f"https://a.example/{k}" for k in (1, 2, 3)}


def test_jsonl_not_utf8_line_is_rejected(corpus: tieline.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes(json.dumps({"text": body(4)}).encode() + b"\n"
                     + '{"text": "Caf\u00e9 cr\u00e8me"}'.encode("latin-1") + b"\n")
    report = corpus.ingest(path)
    assert report.stored == 1
    assert [r.origin for r in report.rejects] == [f"{path}:2"]
    assert "not valid UTF-8" in report.rejects[0].reason


# -- size limit ---------------------------------------------------------------------------------

def test_default_size_limit_is_10_mb() -> None:
    assert Settings().max_bytes == 10 * 1024 * 1024


@pytest.mark.parametrize("how", ["option", "env"])
def test_size_limit_is_configurable(tmp_path: Path, how: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    text = (body(5) + "\n\n") * 10
    size = len(text.encode())
    (tmp_path / "at.txt").write_text(text)  # exactly at the limit: accepted
    (tmp_path / "over.txt").write_text(text + "!")  # one byte over: rejected
    args = ["--db", str(tmp_path / "c.db"), "ingest", str(tmp_path / "at.txt"),
            str(tmp_path / "over.txt")]
    monkeypatch.delenv("TIELINE_MAX_BYTES", raising=False)
    if how == "option":
        args += ["--max-bytes", str(size)]
    else:
        monkeypatch.setenv("TIELINE_MAX_BYTES", str(size))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 3, result.output
    assert f"rejected {tmp_path / 'over.txt'}: too large: {size + 1:,} bytes, over the size " \
           f"limit of {size:,} bytes" in result.stderr
    assert "stored 1 articles" in result.stderr


def test_size_limit_applies_to_each_line_of_a_jsonl_dump(corpus: tieline.Corpus,
                                                         tmp_path: Path) -> None:
    """A dump larger than the limit is fine; a line larger than it is rejected by number."""
    limit = 2_000
    lines = [json.dumps({"text": body(k)}) for k in range(60)]
    lines[4] = json.dumps({"text": body(4) + " padding" * 400})
    assert all(len(x) < limit for i, x in enumerate(lines) if i != 4) and len(lines[4]) > limit
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert path.stat().st_size > 5 * limit
    report = corpus.ingest(path, max_bytes=limit)
    assert report.stored == 59
    [reject] = report.rejects
    assert reject.origin == f"{path}:5" and reject.reason.startswith("too large: line of")


# -- gzip bombs ---------------------------------------------------------------------------------

def test_gzip_bomb_is_rejected_without_reading_it_all(corpus: tieline.Corpus,
                                                      tmp_path: Path) -> None:
    limit = 1_000_000
    bomb = gzip_bomb(32 << 20)  # 32 MB of text in a file of a few tens of kB
    assert len(bomb) < limit // 2
    (tmp_path / "bomb.html.gz").write_bytes(bomb)
    (tmp_path / "good.txt").write_text(body(6))
    tracemalloc.start()
    try:
        report = corpus.ingest(tmp_path / "bomb.html.gz", tmp_path / "good.txt",
                               max_bytes=limit)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.stored == 1
    [reject] = report.rejects
    assert reject.reason.startswith(f"too large: decompresses to more than {limit:,} bytes")
    assert peak < 16 * limit, f"peak {peak:,} bytes: the bomb was decompressed into memory"


def test_gzip_bomb_inside_a_jsonl_line(corpus: tieline.Corpus, tmp_path: Path) -> None:
    limit = 1_000_000
    first = json.dumps({"text": body(7)}).encode() + b"\n"
    last = b'"}\n' + json.dumps({"text": body(8)}).encode() + b"\n"
    bomb = gzip_bomb(32 << 20, prefix=first + b'{"text": "', suffix=last)
    (tmp_path / "dump.jsonl.gz").write_bytes(bomb)
    tracemalloc.start()
    try:
        report = corpus.ingest(tmp_path / "dump.jsonl.gz", max_bytes=limit)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.stored == 2  # the lines before and after the bomb
    [reject] = report.rejects
    assert reject.origin == f"{tmp_path / 'dump.jsonl.gz'}:2"
    assert reject.reason.startswith("too large: line of 33,554,")
    assert peak < 16 * limit, f"peak {peak:,} bytes: the line was held in memory"


def test_truncated_jsonl_gz_keeps_the_lines_before_the_cut(corpus: tieline.Corpus,
                                                            tmp_path: Path) -> None:
    text = "".join(json.dumps({"text": body(k)}) + "\n" for k in range(40))
    whole = gzip.compress(text.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) * 3 // 4])
    report = corpus.ingest(tmp_path / "cut.jsonl.gz")
    assert 10 < report.stored < 40
    [reject] = report.rejects
    assert "truncated gzip" in reject.reason and "lines before it were read" in reject.reason
    # a truncated input is not marked read: the fixed file is read in full next time
    (tmp_path / "cut.jsonl.gz").write_bytes(whole)
    again = corpus.ingest(tmp_path / "cut.jsonl.gz")
    assert (again.stored, again.unchanged, again.rejects) == (40 - report.stored,
                                                              report.stored, [])


# -- unreadable ---------------------------------------------------------------------------------

def test_missing_path_is_rejected(corpus: tieline.Corpus, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(body(9))
    report = corpus.ingest(tmp_path / "good.txt", tmp_path / "missing.txt")
    assert report.stored == 1
    assert [(r.origin, r.reason) for r in report.rejects] == [
        (str(tmp_path / "missing.txt"), "no such file or directory")]


def test_broken_symlink_named_on_the_command_line(corpus: tieline.Corpus,
                                                  tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    report = corpus.ingest(tmp_path / "link.txt")
    [reject] = report.rejects
    assert reject.reason == (f"unreadable: broken symbolic link (its target {tmp_path}/gone.txt "
                             "does not exist)")


def _permission_case(root: Path) -> None:
    (root / "good.txt").write_text(body(10))
    (root / "secret.txt").write_text(body(11))
    (root / "secret.txt").chmod(0)
    (root / "locked").mkdir()
    (root / "locked" / "inside.txt").write_text(body(12))
    (root / "locked").chmod(0)


#: Root reads through chmod 000; without these capabilities it obeys file permissions like anyone.
DROP_DAC = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def test_permission_denied_is_a_reject(tmp_path: Path) -> None:
    """chmod 000 on a file and on a folder: both rejected as unreadable, the rest stored."""
    _permission_case(tmp_path)
    args = ["--db", str(tmp_path / "c.db"), "ingest", str(tmp_path)]
    try:
        if os.geteuid() != 0:
            result = CliRunner().invoke(cli, args)
            code, err = result.exit_code, result.stderr
        else:  # as root (CI): run the command without the capabilities that bypass chmod
            if shutil.which("setpriv") is None:
                pytest.skip("running as root and setpriv (util-linux) is not installed")
            probe = subprocess.run([*DROP_DAC, "cat", str(tmp_path / "secret.txt")],
                                   capture_output=True, timeout=30)
            if probe.returncode == 0:
                pytest.skip("running as root and cannot drop CAP_DAC_OVERRIDE here")
            proc = subprocess.run([*DROP_DAC, sys.executable, "-m", "tieline.cli", *args],
                                  capture_output=True, text=True, timeout=120,
                                  env=_clean_env())
            code, err = proc.returncode, proc.stderr
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert code == 3, err
    assert f"rejected {tmp_path / 'secret.txt'}: unreadable: permission denied" in err
    assert f"rejected {tmp_path / 'locked'}: unreadable directory: permission denied" in err
    assert "stored 1 articles" in err


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("TIELINE_")}


# -- messy but readable -------------------------------------------------------------------------

MALFORMED = f"""<html><head><title>Unclosed tags everywhere</title>
<body><div class="story"><p>{body(20).split(chr(10))[0]}
<p>Talks resumed on Tuesday in <b>Yerevan, <i>where officials met again to discuss the agreement
and its timetable for the coming months.
<div><p>{body(21).split(chr(10))[0]}</span></td></table>
<p>The final paragraph explains that a new round is planned for June in Brussels.
"""


def test_malformed_html_is_parsed_leniently_and_stored(corpus: tieline.Corpus,
                                                       tmp_path: Path) -> None:
    (tmp_path / "broken.html").write_text(MALFORMED)
    report = corpus.ingest(tmp_path / "broken.html")
    assert (report.stored, report.rejects) == (1, [])
    [art] = corpus.articles()
    assert art.title == "Unclosed tags everywhere"
    for phrase in ("talks number 20", "where officials met again", "talks number 21",
                   "a new round is planned for June"):
        assert phrase in art.text
    assert "<" not in art.text


RUSSIAN = ("Премьер-министр Армении Никол Пашинян заявил в понедельник, что Ереван заморозил "
           "участие в ОДКБ. Решение вызвало критику в Москве и одобрение в Брюсселе. Эксперты "
           "считают, что отношения двух стран переживают самый глубокий кризис со времён распада "
           "Советского Союза.")
FRENCH = ("Le président français a rencontré à Paris le Premier ministre arménien. Les deux "
          "dirigeants ont évoqué la coopération économique, la sécurité régionale et l'intégration "
          "européenne. Selon l'Élysée, un accord sera signé à l'été prochain à Erevan, où la "
          "délégation française se rendra en août.")
SPANISH = ("El ministro español se reunió en Madrid con su homólogo armenio para hablar de "
           "cooperación económica. Según fuentes del Gobierno, ambos países firmarán un acuerdo en "
           "otoño; la reunión duró más de dos horas y se habló también del Cáucaso.")
GERMAN = ("Die Außenminister trafen sich in Köln. Über die Lage in Berg-Karabach wurde "
          "ausführlich gesprochen; die Gespräche dauerten länger als geplant. Nächste Woche folgt "
          "ein Treffen in München, bei dem über Wirtschaftshilfe für Armenien beraten wird.")
POLISH = ("Minister spraw zagranicznych Polski spotkał się z przedstawicielami Armenii w "
          "Warszawie. Rozmowy dotyczyły współpracy gospodarczej, bezpieczeństwa energetycznego "
          "oraz pomocy dla uchodźców z Górskiego Karabachu. Następne spotkanie odbędzie się "
          "jesienią w Erywaniu, gdzie podpisana zostanie umowa o współpracy.")
GREEK = ("Ο υπουργός Εξωτερικών της Ελλάδας συναντήθηκε με τον Αρμένιο ομόλογό του στην Αθήνα. "
         "Οι δύο πλευρές συζήτησαν την οικονομική συνεργασία και την ασφάλεια στην περιοχή.")


@pytest.mark.parametrize("text,codec", [
    (RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"), (FRENCH, "latin-1"), (FRENCH, "cp1252"),
    (SPANISH, "latin-1"), (GERMAN, "latin-1"), (POLISH, "cp1250"), (GREEK, "cp1253"),
])
def test_legacy_encodings_are_decoded(text: str, codec: str) -> None:
    data = f"Headline\n\n{text}\n".encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded, warnings = decode(data, "x.txt")
    assert decoded == f"Headline\n\n{text}\n"
    assert warnings == []  # enough text to be sure: no noise


def test_short_legacy_text_is_decoded_with_a_doubt_warning() -> None:
    data = "Привет, мир.".encode("cp1251")
    _, warnings = decode(data, "short.txt")
    assert len(warnings) == 1 and warnings[0].startswith("short.txt: encoding doubtful")


@pytest.mark.parametrize("name,codec,text,words", [
    ("russian.txt", "cp1251", RUSSIAN, ["Пашинян", "Брюсселе", "Советского"]),
    ("french.txt", "latin-1", FRENCH, ["président", "l'Élysée", "août"]),
    ("russian.html", "cp1251", RUSSIAN, ["Пашинян"]),
])
def test_legacy_encoded_files_are_stored(corpus: tieline.Corpus, tmp_path: Path, name: str,
                                         codec: str, text: str, words: list[str]) -> None:
    if name.endswith(".html"):  # no charset declared: detected like plain text
        raw = f"<html><head><title>Новости</title></head><body><p>{text}</p><p>{text}</p>"
    else:
        raw = f"Headline\n\n{text}\n\n{text.upper()}\n"
    (tmp_path / name).write_bytes(raw.encode(codec))
    report = corpus.ingest(tmp_path / name)
    assert (report.stored, report.rejects) == (1, [])
    [art] = corpus.articles()
    for word in words:
        assert word in art.text
    assert art.lang == ("ru" if codec == "cp1251" else "fr")


def test_doubtful_decoding_is_warned_on_stderr_and_kept_with_the_article(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("Новости дня. Встреча в Ереване прошла успешно.".encode("cp1251"))
    db = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(path)])
    assert result.exit_code == 0, result.output
    assert f"warning: {path}: encoding doubtful" in result.stderr
    with tieline.open(db, create=True) as corpus:
        [art] = corpus.articles()
    assert any("encoding doubtful" in w for w in art.warnings)


def test_declared_charset_is_used_for_html(corpus: tieline.Corpus, tmp_path: Path) -> None:
    page = (f"<html><head><meta charset='windows-1251'><title>Новости</title></head><body>"
            f"<p>{RUSSIAN}</p><p>{RUSSIAN}</p></body></html>")
    (tmp_path / "declared.html").write_bytes(page.encode("cp1251"))
    report = corpus.ingest(tmp_path / "declared.html")
    # a Russian page: stored and searchable, said once not to be read for events (issue 22)
    assert report.warnings == ["1 article in 1 other language: not analysed for events (ru 1)"]
    assert report.stored == 1
    assert "Пашинян" in corpus.articles()[0].text
