"""`tieline report` writes a brief: one self-contained, inert HTML file with a pair's trajectory
and timeline."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import tieline
from tieline.brief import pair_brief_html
from tieline.chart import trajectory_svg
from tieline.cli import cli

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


class _Tags(HTMLParser):
    """Collect the elements and attributes a browser would see in a document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def _no_outside_loads(html: str) -> None:
    """Assert that the document runs nothing and loads nothing, and links only to http(s)."""
    parsed = _Tags()
    parsed.feed(html)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    for tag, attrs in parsed.tags:
        for name, value in attrs:
            assert name not in ("src", "srcset") and not name.startswith("on"), (tag, name)
            if name == "href":
                assert (value or "").startswith(("http://", "https://", "#")), value
    assert "url(" not in parsed.style and "@import" not in parsed.style


def test_pair_brief_of_the_samples(ingest_samples: tieline.Corpus, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["--db", ingest_samples.path, "report", "Armenia", "Russia",
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    _no_outside_loads(html)
    assert "<h1>Armenia and Russia</h1>" in html and "<svg" in html and "<circle" in html
    timeline = ingest_samples.timeline("Armenia", "Russia", limit=None).to_dict()
    for entry in timeline["entries"]:
        assert entry["date"] in html
    assert "azatutyun.am" in html and "https://azatutyun.am/a/31042412.html" in html
    assert "<mark>" in html  # trigger words marked in the evidence
    assert len(html) < 200_000


def test_brief_without_a_pair_lists_the_articles(ingest_samples: tieline.Corpus,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "all.html"
    result = CliRunner().invoke(cli, ["--db", ingest_samples.path, "report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 articles" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [["Armenia", "Narnia"], ["Armenia"]])
def test_brief_bad_actors_fail_clearly_and_write_nothing(corpus: tieline.Corpus, tmp_path: Path,
                                                         args: list[str]) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["--db", corpus.path, "report", *args, "--out", str(out)])
    assert result.exit_code != 0
    assert "Narnia" in result.output or "two actors" in result.output
    assert not out.exists()


def _series(*values: float | None) -> list[dict[str, object]]:
    return [{"period": f"2021-{i + 1:02d}", "events": 0 if v is None else 2,
             "mean_intensity": v, "cooperation": int((v or 0) > 0), "conflict": int((v or 0) < 0)}
            for i, v in enumerate(values)]


def test_chart_draws_the_series_breaks_at_gaps_and_marks_turning_points() -> None:
    svg = trajectory_svg({"by": "month", "series": _series(-2.0, -1.0, None, 3.0, 4.0),
                          "turning_points": [{"period": "2021-04", "before": -1.5,
                                              "after": 3.5}]})
    assert svg.startswith("<svg") and svg.count("<circle") == 4
    path = re.search(r'<path class="line" d="([^"]+)"', svg)
    assert path and path.group(1).count("M") == 2  # the empty month breaks the line
    assert "turning point 2021-04: −1.5 → +3.5" in svg
    assert "No dated events" in trajectory_svg({"series": []})


def test_every_value_from_articles_is_escaped_and_links_are_http_only() -> None:
    event = {"type": "ACCUSE", "mode": HOSTILE, "evidence": [
        {"article_id": "a1", "url": "javascript:alert(3)", "outlet": HOSTILE,
         "sentence": f"Armenia accused Russia {HOSTILE}.", "start": 100, "end": 160,
         "trigger": [108, 115]}]}
    entry = {"date": "2021-01-02", "date_precision": "day", "summary": HOSTILE, "type": HOSTILE,
             "intensity": -2.0, "events": [event],
             "sources": [{"article_id": "a1", "outlet": HOSTILE, "url": "javascript:alert(4)",
                          "title": HOSTILE},
                         {"article_id": "a2", "outlet": "ok", "url": 'https://x.org/"><b>',
                          "title": "t"}]}
    timeline = {"pair": [{"id": "ARM", "name": HOSTILE}, {"id": "RUS", "name": "Russia"}],
                "entries": [entry], "undated": [entry]}
    relations = {"by": "month", "series": [{"period": HOSTILE, "events": 1,
                                            "mean_intensity": -2.0, "cooperation": 0,
                                            "conflict": 1}],
                 "turning_points": [{"period": HOSTILE, "before": 1.0, "after": -2.0}],
                 "framing": [{"outlet": HOSTILE, "events": 1, "mean_intensity": -2.0,
                              "difference": 0.0, "types": {HOSTILE: 1.0}}],
                 "undated": 1, "method": HOSTILE}
    html = pair_brief_html(timeline, relations)
    _no_outside_loads(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>accused</mark>" in html  # trigger offsets are relative to the sentence
    assert 'href="https://x.org/&quot;&gt;&lt;b&gt;"' in html
