"""The page on a real news set (Georgia–Russia, ../shared/data/news), in Debian's Chromium.

One database is ingested and served for the whole module. Each view is saved as a screenshot
in $TIELINE_ARTEFACTS (default: tmp/artefacts/web in the repository, ignored by git) so that a
person can look at them; CI keeps them with the run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tieline
from tieline.chart import trajectory_svg

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("TIELINE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]
ARTEFACTS = Path(os.environ.get("TIELINE_ARTEFACTS", ROOT / "tmp" / "artefacts" / "web"))


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: CI must have it")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.is_file():
        _missing(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (pip install -r requirements/test.txt)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(news_db: Path) -> Iterator[str]:
    """`tieline serve` on the news set, on a port the OS picks (port 0 is announced)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TIELINE_") or k == "TIELINE_SHARED_DATA"}
    log = news_db.parent / "serve.log"
    with log.open("w") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "tieline.cli", "serve", "--db",
                                 str(news_db), "--port", "0"], env=env, cwd=news_db.parent,
                                stdout=subprocess.DEVNULL, stderr=stderr)
    deadline = time.monotonic() + 30
    while not (found := re.search(r"http://127\.0\.0\.1:(\d+)/", log.read_text())):
        assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.1)
    url = f"http://127.0.0.1:{found.group(1)}"
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api/status", timeout=2):
                break
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "serve did not answer"
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def shots() -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    return ARTEFACTS


def _wait(check: Any, what: str, timeout: float = 15) -> None:
    """Poll *check* from Python (the page's policy forbids the eval wait_for_function uses)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _param(page: Any, name: str) -> str | None:
    from urllib.parse import parse_qs, urlsplit

    return parse_qs(urlsplit(page.url).query).get(name, [None])[0]


def _page(browser: Any, width: int = 1280, height: int = 900) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": height}, accept_downloads=True)
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"script error: {exc}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    return page, problems


def test_landing_lists_the_busiest_pairs_and_each_opens_its_view(
        browser: Any, site: str, news: tieline.Corpus, shots: Path) -> None:
    overview = news.overview()
    page, problems = _page(browser)
    page.goto(site + "/")
    rows = page.locator("#pairs tbody tr")
    rows.first.wait_for(timeout=10000)
    assert rows.count() == len(overview.pairs)
    first = overview.pairs[0]
    assert rows.first.locator("a").inner_text() == f"{first.a.name} – {first.b.name}"
    spans = {int(y) for p in overview.pairs for y in p.years}
    bars = max(spans) - min(spans) + 1  # one axis of years for every pair
    assert rows.first.locator("svg.spark rect").count() == bars >= len(first.years)
    assert rows.last.locator("svg.spark rect").count() == bars
    counts = page.locator("#overview-counts").inner_text()
    assert f"{overview.counts['articles']} articles" in counts
    assert f"{overview.counts['events']} events" in counts
    assert page.locator("#actor-list a").count() == len(overview.actors)
    page.screenshot(path=str(shots / "landing.png"), full_page=True)

    rows.first.locator("a").click()
    page.locator("#chart svg").wait_for(timeout=15000)
    page.locator(".entry").first.wait_for(timeout=15000)
    page.locator("#story-list li").first.wait_for(timeout=15000)
    assert "a=GEO" in page.url and "b=RUS" in page.url
    assert page.locator("#pair-title").inner_text() == "Georgia and Russia"
    assert page.locator("#chart svg circle").count() > 3
    _same_chart_as_the_route(page, site)
    assert page.locator("#framing tbody tr").count() > 3
    timeline = news.timeline("GEO", "RUS")
    assert (f"30 of {timeline.undated_total} undated events shown"
            in page.locator("#timeline .count").inner_text())
    page.locator("#framing-box summary").click()
    page.screenshot(path=str(shots / "pair.png"), full_page=True)
    assert problems == []


def _same_chart_as_the_route(page: Any, site: str) -> None:
    """The page shows tieline.chart's SVG as the route serves it (the brief's and the
    notebook's): the same periods, the same line broken at the same empty months."""
    width = page.locator("#chart svg").get_attribute("viewBox").split()[2]
    with urllib.request.urlopen(f"{site}/api/relations/chart.svg?a=GEO&b=RUS&by=month"
                                f"&width={width}", timeout=10) as answer:
        served = answer.read().decode("utf-8")
    line = re.search(r'<path class="line" d="([^"]*)"', served)
    first = re.search(r'class="period" data-period="([^"]+)"', served)
    assert line and first
    assert page.locator("#chart svg path.line").get_attribute("d") == line.group(1)
    assert line.group(1).count("M") > 1  # months without events break it
    periods = page.locator("#chart svg g.period")
    assert periods.count() == served.count('class="period"') > 12
    assert periods.first.get_attribute("data-period") == first.group(1)


def test_the_chart_zooms_to_a_dragged_period_and_back(browser: Any, site: str,
                                                      shots: Path) -> None:
    page, problems = _page(browser)
    page.goto(site + "/?a=GEO&b=RUS&by=year")
    chart = page.locator("#chart svg")
    chart.wait_for(timeout=15000)
    page.locator(".entry").first.wait_for(timeout=15000)  # the panels below have loaded:
    page.wait_for_timeout(300)  # the layout no longer moves the chart under the mouse
    before = page.locator("#chart svg circle").count()
    box = chart.bounding_box()
    y = box["y"] + box["height"] * 0.4
    marks = [m.bounding_box() for m in page.locator("#chart svg .turn-mark").all()]
    start = next(f for f in (0.70, 0.68, 0.72, 0.66, 0.74, 0.64, 0.76)  # not on a turning
                 if not any(m and m["x"] - 4 <= box["x"] + box["width"] * f  # point's mark,
                            <= m["x"] + m["width"] + 4 for m in marks))  # which is a link
    page.mouse.move(box["x"] + box["width"] * start, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.85, y, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.995, y, steps=5)
    page.mouse.up()
    # ask the page (a round trip) rather than only read the URL Playwright last saw
    _wait(lambda: page.input_value("#since") and _param(page, "since"),
          "the dragged period in the URL")
    since = page.input_value("#since")
    assert re.fullmatch(r"\d{4}", since) and since >= "2008"
    page.locator("#zoom-reset").wait_for(timeout=10000)
    first_label = page.locator("#chart svg text[text-anchor=middle]").first
    _wait(lambda: (first_label.text_content() or "") >= since, "the chart to start at " + since)
    assert page.locator("#chart svg circle").count() < before  # 2000 no longer squeezes it
    page.screenshot(path=str(shots / "pair-zoomed.png"), full_page=True)
    page.click("#zoom-reset")
    _wait(lambda: _param(page, "since") is None, "the range to be cleared")
    _wait(lambda: page.locator("#chart svg circle").count() == before, "the whole chart")
    assert problems == []


def test_a_turning_point_on_the_chart_leads_to_its_timeline_entries(
        browser: Any, site: str, news: tieline.Corpus) -> None:
    # the news set has no turning point: the page gets tieline.chart's SVG of its relations
    # with one added, where the timeline has entries
    relations = news.relations("GEO", "RUS").to_dict()
    relations["turning_points"] = [{"period": "2019-06", "before": -1.0, "after": 2.0}]
    chart = trajectory_svg(relations, width=900)
    page, problems = _page(browser)
    page.route(lambda url: "/api/relations/chart.svg" in url, lambda route: route.fulfill(
        status=200, content_type="image/svg+xml", body=chart))
    page.goto(site + "/?a=GEO&b=RUS")
    page.locator(".entry").first.wait_for(timeout=15000)
    flag = page.locator("#chart svg .turn-mark path")
    flag.wait_for(timeout=15000)
    assert "turning point 2019-06: −1.0 → +2.0" in page.locator(
        "#chart svg .turn-mark title").text_content()
    flag.click()
    flashed = page.locator(".entry.flash")
    flashed.first.wait_for(timeout=5000)
    assert (flashed.first.get_attribute("data-period") or "").startswith("2019-06")
    assert _param(page, "since") is None  # a click on a mark is not a zoom
    assert problems == []


def test_a_typo_suggests_the_right_actor(browser: Any, site: str, shots: Path) -> None:
    page, problems = _page(browser)
    page.goto(site + "/")
    page.fill("#actor-a", "Amerca")
    hint = page.locator("#actor-a-list li.hint")
    hint.wait_for(timeout=5000)
    assert "Did you mean" in hint.inner_text()
    assert "United States" in page.locator("#actor-a-list [role=option]").first.inner_text()
    page.screenshot(path=str(shots / "typo-autocomplete.png"))
    page.fill("#actor-b", "Russia")
    page.press("#actor-b", "Escape")
    page.click("#pair-form button[type=submit]")
    status = page.locator("#status.error")
    status.wait_for(timeout=10000)
    assert "unknown actor 'Amerca'; did you mean United States (USA)?" in status.inner_text()
    suggestion = page.locator("#suggestions button", has_text="United States")
    page.screenshot(path=str(shots / "typo-error.png"))
    suggestion.click()
    title = page.locator("#pair-title")
    _wait(lambda: title.inner_text() == "United States and Russia", "the suggested pair")
    assert "a=USA" in page.url
    assert all("400" in p for p in problems), problems


def test_a_failing_panel_shows_its_reason_and_the_others_stay(browser: Any, site: str,
                                                              shots: Path) -> None:
    page, problems = _page(browser)
    page.route("**/api/relations?**", lambda route: route.fulfill(
        status=500, content_type="application/json",
        body='{"detail": "tieline failed on /api/relations: ValueError: test failure"}'))
    page.goto(site + "/?a=GEO&b=RUS")
    error = page.locator("#trajectory .panel-error")
    error.wait_for(timeout=15000)
    assert "ValueError: test failure" in error.inner_text()
    page.locator(".entry").first.wait_for(timeout=15000)
    page.locator("#story-list li").first.wait_for(timeout=15000)
    assert page.locator("#timeline .panel-error").is_hidden()
    assert "test failure" in page.locator("#status.error").inner_text()
    page.screenshot(path=str(shots / "panel-error.png"), full_page=True)
    assert all("500" in p for p in problems), problems


def test_the_reader_opens_with_highlights_and_a_link_to_the_original(
        browser: Any, site: str, shots: Path) -> None:
    page, problems = _page(browser)
    page.goto(site + "/?a=GEO&b=RUS")
    page.locator("#story-list a.read").first.wait_for(timeout=15000)
    page.locator("#story-list a.read").first.click()
    page.locator("#reader-text mark").first.wait_for(timeout=15000)
    assert page.locator("#reader-text mark.actor").count() > 0
    assert page.locator("#reader-text mark.event").count() > 0
    original = page.locator("#reader-meta a", has_text="the original")
    assert original.get_attribute("href").startswith(("http://", "https://"))
    assert page.locator("#reader-title").inner_text().strip()
    page.screenshot(path=str(shots / "reader.png"), full_page=True)
    assert problems == []


def test_the_pair_downloads_as_csv(browser: Any, site: str, tmp_path: Path,
                                   news: tieline.Corpus) -> None:
    page, problems = _page(browser)
    page.goto(site + "/?a=GEO&b=RUS&since=2019")
    page.locator("#chart svg").wait_for(timeout=15000)
    with page.expect_download() as download:
        page.click("#download-csv")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "tieline-events-GEO-RUS-2019.csv"
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,date,") and len(news.events(pair=("GEO", "RUS"),
                                                                since="2019")) > 0
    assert problems == []


def test_search_says_n_of_total_and_pages(browser: Any, site: str, news: tieline.Corpus,
                                          shots: Path) -> None:
    total = news.search("Russia", limit=1).total
    page, problems = _page(browser)
    page.goto(site + "/?q=Russia")
    page.locator("#search-results .hits li").first.wait_for(timeout=10000)
    assert f"(50 of {total} for “Russia”)" in page.locator("#search-results .count").inner_text()
    page.click("#search-more")
    _wait(lambda: page.locator("#search-results .hits li").count() > 50, "the next page")
    assert page.locator("#search-results .hits li a:not(.read)").first.inner_text().strip()
    page.screenshot(path=str(shots / "search.png"))
    page.goto(site + "/docs")
    page.locator(".endpoint").first.wait_for(timeout=10000)
    assert page.locator(".endpoint h2", has_text="GET /api/overview").count() == 1
    page.screenshot(path=str(shots / "docs.png"))
    assert problems == []


def test_a_summary_says_its_article_and_opens_the_reader_at_the_quoted_sentence(
        browser: Any, site: str, news: tieline.Corpus, shots: Path) -> None:
    page, problems = _page(browser)
    page.goto(site + "/?a=GEO&b=RUS")
    entry = page.locator(".entry").first
    entry.wait_for(timeout=15000)
    first = news.timeline("GEO", "RUS").entries[0]
    assert first.summary_from is not None and first.date_basis
    shown = entry.locator(".summary-from").inner_text()
    assert shown.startswith(f"Summary from {first.summary_from.outlet}")
    assert "date: " in entry.locator(".when").inner_text()
    entry.locator(".summary-from a.read").click()
    page.locator("#reader-text mark.cited").first.wait_for(timeout=15000)
    start, end = first.summary_from.sentences[0]
    quoted = "".join(page.locator("#reader-text mark.cited").all_inner_texts())
    article = news.article(first.summary_from.article_id)
    assert article is not None
    assert " ".join(quoted.split()) == " ".join(article.text[start:end].split())
    assert page.locator("#reader-cited-legend").is_visible()
    page.screenshot(path=str(shots / "reader-quoted.png"))
    assert problems == []


def test_a_cut_summary_an_alike_row_and_the_events_dates_of_each_page(
        browser: Any, site: str, news: tieline.Corpus, shots: Path) -> None:
    """The page marks a summary its page's text ends inside, says an undated row holds events
    alike, and lists beside each article the dates of the entries it reports (round 5). The
    timeline is the news set's own, with the first entry said cut and the first undated entry
    said alike, as the API says them (``summary_from.cut``, ``alike_text``)."""
    import json

    doc = news.timeline("GEO", "RUS").to_dict()
    first = doc["entries"][0]
    cut = sum(bool((e["summary_from"] or {}).get("cut")) for e in doc["entries"][1:]
              + doc["undated"])  # the set's own: a page cut inside its sentence
    first["summary_from"]["cut"] = True
    doc["undated"][0]["alike"] = 2
    doc["undated"][0]["alike_text"] = "2 undated events alike: test"
    page, problems = _page(browser)
    page.route("**/api/timeline?**", lambda route: route.fulfill(
        status=200, content_type="application/json", body=json.dumps(doc)))
    page.goto(site + "/?a=GEO&b=RUS")
    entry = page.locator(".entry").first
    entry.wait_for(timeout=15000)
    assert entry.locator(".summary .cut").inner_text().strip() == (
        "… [the page's text stops here]")
    assert entry.locator(".who-line").inner_text() == first["who"]  # who did it to whom
    assert page.locator(".entry .summary .cut").count() == 1 + cut  # the others are whole
    assert page.locator("#undated .alike").first.text_content() == "2 undated events alike: test"
    lines = page.locator("#story-list li")
    lines.first.wait_for(timeout=15000)
    said = first["sources"][0]
    row = page.locator("#story-list div, #story-list li li").filter(
        has=page.locator(f'a[href="{said["url"]}"]')).first
    assert f"{first['date']} (stated)" in row.inner_text() or first["date_basis"] != "text"
    assert "; event" in row.inner_text() and "page " in row.inner_text()
    page.screenshot(path=str(shots / "pair-cut-alike.png"), full_page=True)
    assert problems == []
