"""The page in a real browser: Playwright driving Debian's Chromium against `tieline serve`.

Skipped with the reason when Chromium or Playwright is missing on a user's machine; in CI
(CI=true) they must be there, so the tests fail instead. Playwright never downloads a browser:
it drives /usr/bin/chromium. Screenshots are saved in each test's temporary folder.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tieline.demo import samples_dir

CHROMIUM = Path(os.environ.get("TIELINE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"]


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: CI must have it (.ci/run installs it)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium (Debian's), or a skip (a fail in CI) saying what is missing."""
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith("TIELINE_") or k == "TIELINE_SHARED_DATA"}


@pytest.fixture(scope="module")
def serve() -> Iterator[Any]:
    """Start `tieline serve` on a database; yield a function that does it and returns the URL."""
    servers: list[subprocess.Popen[bytes]] = []

    def start(db: Path) -> str:
        port = _free_port()
        proc = subprocess.Popen([sys.executable, "-m", "tieline.cli", "--db", str(db), "serve",
                                 "--port", str(port)], env=_clean_env(), cwd=db.parent,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        servers.append(proc)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=2):
                    return url
            except OSError:
                assert proc.poll() is None, "tieline serve exited"
                time.sleep(0.2)
        raise AssertionError("tieline serve did not answer within 30 s")

    yield start
    for proc in servers:
        proc.terminate()
        proc.wait(timeout=10)


def _ingest(db: Path, *paths: Path, manifest: Path | None = None) -> None:
    result = subprocess.run([sys.executable, "-m", "tieline.cli", "--db", str(db), "ingest",
                             *map(str, paths), *(["--manifest", str(manifest)] if manifest
                                                 else [])],
                            env=_clean_env(), cwd=db.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> str:
    db = tmp_path_factory.mktemp("site") / "samples.db"
    _ingest(db, samples_dir(), manifest=samples_dir() / "manifest.jsonl")
    url: str = serve(db)
    return url


def _page(browser: Any, width: int = 1280, height: int = 900) -> tuple[Any, list[str]]:
    """Open a page that records script errors, failed requests and dialogs."""
    page = browser.new_page(viewport={"width": width, "height": height})
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"script error: {exc}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type == "error" else None)
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    return page, problems


def _choose(page: Any, field: str, typed: str, expected: str) -> None:
    page.fill(field, typed)
    option = page.locator(f"{field}-list li", has_text=expected).first
    option.wait_for(timeout=5000)
    option.click()
    assert page.input_value(field) == expected


def test_analyst_picks_a_pair_reads_the_timeline_and_searches(
        browser: Any, sample_site: str, tmp_path: Path) -> None:
    page, problems = _page(browser)
    started = time.monotonic()
    page.goto(sample_site + "/")
    _choose(page, "#actor-a", "Armen", "Armenia")
    _choose(page, "#actor-b", "russ", "Russia")
    page.click("#pair-form button[type=submit]")
    page.locator("#chart svg").wait_for(timeout=10000)
    entries = page.locator(".entry")
    entries.first.wait_for(timeout=10000)
    assert time.monotonic() - started < 10
    assert page.locator("#pair-title").inner_text() == "Armenia and Russia"
    assert page.locator("#chart svg rect, #chart svg circle").count() > 0
    assert "a=ARM" in page.url and "b=RUS" in page.url  # shareable

    entries.first.locator("details.evidence summary").click()
    marked = entries.first.locator(".evidence-item mark").first
    marked.wait_for(timeout=5000)
    assert len(marked.inner_text()) > 20
    assert entries.first.locator(".evidence-item a[href^='http']").count() > 0
    page.locator("#story-list li").first.wait_for(timeout=5000)
    assert "+ 1 copy or rewrite\n" in page.locator("#stories").inner_text() + "\n"
    page.screenshot(path=str(tmp_path / "pair-desktop.png"), full_page=True)

    page.fill("#search-q", "Brussels")
    page.press("#search-q", "Enter")
    hit = page.locator("#search-results .hits li").first
    hit.wait_for(timeout=5000)
    assert hit.locator("mark").inner_text() == "Brussels"
    assert "tr.im" in hit.inner_text()
    page.screenshot(path=str(tmp_path / "search-desktop.png"), full_page=True)
    assert problems == []


def test_page_reads_on_a_phone(browser: Any, sample_site: str, tmp_path: Path) -> None:
    page, problems = _page(browser, width=390, height=844)
    page.goto(sample_site + "/?a=Armenia&b=Russia")
    page.locator(".entry").first.wait_for(timeout=10000)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(tmp_path / "pair-phone.png"), full_page=True)
    assert problems == []


def test_bad_actor_shows_the_reason(browser: Any, sample_site: str) -> None:
    page, problems = _page(browser)
    page.goto(sample_site + "/?a=Armenia&b=Narnia")
    status = page.locator("#status.error")
    status.wait_for(timeout=10000)
    assert "unknown actor 'Narnia'" in status.inner_text()
    assert all("400" in p for p in problems)  # the failed fetch is logged, nothing else


HOSTILE = ('<script>window.__pwned = "script"</script>'
           '<img src=x onerror="window.__pwned = \'img\'">')


def _hostile_inputs(folder: Path) -> Path:
    text = (f"Armenia accused Russia of failing to protect Nagorno-Karabakh {HOSTILE}. "
            "Read more: <a href=\"javascript:window.__pwned='link'\">here</a>.\n\n"
            f"Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin "
            f"in Moscow on 8 May 2024. {HOSTILE}\n\n"
            "The Kremlin rejected the accusations from Yerevan, officials said.\n")
    lines = [{"text": text, "title": f"Armenia {HOSTILE} Russia", "outlet": f"evil{HOSTILE}",
              "url": "javascript:window.__pwned='url'", "published": "2024-05-10"},
             {"text": text.replace("Moscow", "Sochi"), "title": f"Second {HOSTILE}",
              "outlet": "example.org", "url": "https://example.org/ok", "published": "2024-05-11"}]
    path = folder / "hostile.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def _assert_inert(page: Any) -> None:
    assert page.evaluate("window.__pwned") is None, "markup from an article ran"
    assert page.locator("img").count() == 0, "markup from an article was rendered"
    assert page.locator("script:not([src='/static/app.js'])").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs


def test_hostile_markup_in_articles_is_shown_as_text_and_never_runs(
        browser: Any, serve: Any, tmp_path: Path) -> None:
    db = tmp_path / "hostile.db"
    _ingest(db, _hostile_inputs(tmp_path))
    site = serve(db)
    page, problems = _page(browser)

    page.goto(site + "/?q=Pashinyan")
    page.locator("#search-results .hits li").first.wait_for(timeout=10000)
    assert "<script>" in page.locator("#search-results").inner_text()
    _assert_inert(page)
    page.screenshot(path=str(tmp_path / "hostile-search.png"), full_page=True)

    page.goto(site + "/?a=Armenia&b=Russia")
    page.locator(".entry").first.wait_for(timeout=10000)
    page.eval_on_selector_all("details", "els => els.forEach(e => { e.open = true; })")
    page.locator(".evidence-item mark").first.wait_for(timeout=5000)
    page.wait_for_timeout(300)
    body = page.locator("main").inner_text()
    assert "<script>" in body and "<img src=x" in body and "javascript:" in body
    _assert_inert(page)
    page.screenshot(path=str(tmp_path / "hostile-pair.png"), full_page=True)
    assert [p for p in problems if "dialog" in p or "script error" in p] == []


def test_each_evidence_sentence_is_listed_once_with_the_codings_it_got(
        browser: Any, serve: Any, tmp_path: Path) -> None:
    """A sentence four codings merged into one event is one evidence item, which says what
    each coding read in it (not the event's consensus alone)."""
    from test_counts_round6 import summit_store

    site = serve(summit_store(tmp_path / "summit.db"))
    page, problems = _page(browser)
    page.goto(site + "/?a=IND&b=CHN")
    entry = page.locator(".entry").first
    entry.wait_for(timeout=10000)
    assert "2 independent sources, 2 reports" in entry.inner_text()
    assert entry.locator("details.evidence summary").inner_text() == "Evidence: 2 sentences"
    entry.locator("details.evidence summary").click()
    entry.locator(".evidence-item mark").first.wait_for(timeout=5000)
    items = entry.locator(".evidence-item")
    assert items.count() == 2
    first = items.nth(0).locator(".who").inner_text()
    assert "India → China · CONSULT:visit · planned; Narendra Modi → China · CONSULT:visit" \
        in first and "Narendra Modi → Xi Jinping · CONSULT:meet" in first
    page.screenshot(path=str(tmp_path / "codings.png"), full_page=True)
    # two pages of one outlet are labelled apart, as the brief labels them
    assert page.evaluate("sourceLabels(['scroll.in', 'x.org', 'scroll.in', 'scroll.in'])") == \
        ["scroll.in", "x.org", "scroll.in (2)", "scroll.in (3)"]
    assert problems == []
