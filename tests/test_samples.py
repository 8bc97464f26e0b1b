"""End to end on the five bundled sample articles: what `make demo` must show."""

from __future__ import annotations

import tieline

EXPECTED = {  # outlet: (published, basis, title)
    "caliber.az": (None, "unknown", "Media: Armenian PM instructs all state agencies to restore "
                                    "ties with Russian counterparts"),
    "westobserver.com": (None, "unknown", None),
    "europeaninterest.eu": (None, "unknown", None),
    "tr.im": (None, "unknown", "Armenian PM Defends Deepening Ties with West Amid Russia Tensions"),
    "azatutyun.am": ("2021-01-11", "manifest", "Pashinian Eyes Closer Russian-Armenian Ties"),
}


def test_samples_metadata(ingest_samples: tieline.Corpus) -> None:
    found = {a.outlet: a for a in ingest_samples.articles()}
    assert set(found) == set(EXPECTED)
    for outlet, (published, basis, title) in EXPECTED.items():
        article = found[outlet]
        assert (article.published, article.published_basis, article.title) == (
            published, basis, title), outlet
        assert article.lang == "en" and not article.lang_mixed
        assert article.url and article.url.startswith("https://")
        assert 250 < article.words < 600
        assert article.story_id is not None  # stories: see test_stories.py


def test_samples_reingest_changes_nothing(ingest_samples: tieline.Corpus, samples) -> None:  # type: ignore[no-untyped-def]
    before = [(a.id, a.text) for a in ingest_samples.articles()]
    report = ingest_samples.ingest(samples, manifest=samples / "manifest.jsonl")
    assert report.stored == 0 and report.unchanged == 5 and not report.rejects
    assert [(a.id, a.text) for a in ingest_samples.articles()] == before


def test_no_chrome_line_left(ingest_samples: tieline.Corpus) -> None:
    chrome = {"Share.", "Exit mobile version", "author-image", "New Update", "XS", "SM", "MD",
              "LG", "Մատչելիության հղումներ", "Nitish Verma", "By Khagan Isayev"}
    for article in ingest_samples.articles():
        assert not chrome & set(article.text.split("\n")), article.outlet
