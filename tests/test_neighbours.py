"""Pages that state no date, dated by their dated neighbours (analyze/neighbours.py): pages
written for the test, where the dated pages of other outlets that share their rare names,
numbers and quotations are known."""

from __future__ import annotations

from pathlib import Path

import tieline
from test_coreport import _by_url, _write
from tieline.analyze.neighbours import (
    MAX_CARRIERS,
    NAME,
    NUMBER,
    QUOTE,
    kind,
    neighbours_day,
    text_keys,
    vetoed,
)
from tieline.models import NeighbourCarrier, ReportSides

# Four reports of one invented happening, each in its own words: the rare names (Zardiantkari,
# Okrokana), numbers (14 shepherds, 37 hectares) and the quoted words are what they share.
FIRST = ("Border guards detained 14 shepherds near the village of Zardiantkari, the interior "
         "ministry of Georgia said. The men had grazed sheep on 37 hectares of pasture close "
         "to Okrokana. \"This is a provocation we will never accept,\" the minister told "
         "journalists in the capital.")
SECOND = ("Fourteen local herders, 14 in all, were held by armed patrols outside Zardiantkari. "
          "According to officials, their flock had crossed onto 37 hectares near Okrokana. "
          "Tbilisi responded sharply: \"This is a provocation we will never accept.\"")
THIRD = ("Tensions rose again at the boundary line. A ministry spokesman confirmed that "
         "patrols took 14 shepherds from pastures by Zardiantkari and Okrokana, where 37 "
         "hectares are disputed. Observers called for calm and the release of the men.")
PAGE = ("Georgia condemned the detention of 14 shepherds at Zardiantkari. Their sheep had "
        "wandered across 37 hectares by Okrokana, officials said, quoting the minister: "
        "\"This is a provocation we will never accept.\" Relatives gathered outside.")
NAMES_ONLY = ("Residents of Zardiantkari and Okrokana spoke of Gergeti and Akhalgori, where "
              "villagers remember many hard winters. Life near Ditsi and Kvemo Chala goes on.")


def _c(day: str | None, article: str, story: str | None = None) -> NeighbourCarrier:
    return NeighbourCarrier(day, article, story or article)


def _keys(n: int, which: int) -> list[int]:
    return [which << 60 | (1000 * which + k) for k in range(n)]


def test_a_page_sharing_rare_names_numbers_and_a_quote_with_dated_neighbours_gets_their_day(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/first", "2023-05-10", FIRST),
        ("https://b.example/second", "2023-05-10", SECOND),
        ("https://c.example/third", "2023-05-11", THIRD),
        ("https://d.example/page", None, PAGE)]))
    pages = _by_url(corpus)
    page = pages["https://d.example/page"]
    assert {a.story_id or a.id for a in pages.values()} == {a.id for a in pages.values()}
    assert page.published is None  # (the page's own date stays unknown)
    assert (page.neighboured, page.shown_basis) == ("2023-05-11", "neighbours")
    assert set(page.neighboured_from) == {pages[u].id for u in (
        "https://a.example/first", "https://b.example/second", "https://c.example/third")}
    shown = page.to_dict()
    assert (shown["published"], shown["published_basis"]) == ("2023-05-11", "neighbours")
    assert shown["neighbours_from"] == sorted(page.neighboured_from)


def test_two_neighbours_are_too_few_stories(corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/first", "2023-05-10", FIRST),
        ("https://b.example/second", "2023-05-10", SECOND),
        ("https://d.example/page", None, PAGE)]))
    page = _by_url(corpus)["https://d.example/page"]
    assert (page.neighboured, page.shown_date, page.shown_basis) == (None, None, "unknown")
    # (two stories of one year give it only its year: tests/test_undated_round4.py)
    assert page.neighbour_year == "2023" and len(page.neighboured_from) == 2


def test_a_stated_date_is_never_replaced(corpus: tieline.Corpus, tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "in.jsonl", [
        ("https://a.example/first", "2023-05-10", FIRST),
        ("https://b.example/second", "2023-05-10", SECOND),
        ("https://c.example/third", "2023-05-11", THIRD),
        ("https://d.example/page", "2023-06-01", PAGE)]))
    page = _by_url(corpus)["https://d.example/page"]
    assert (page.shown_date, page.shown_basis, page.neighboured) == (
        "2023-06-01", "metadata", None)


def test_neighbours_ingested_later_date_an_earlier_page(corpus: tieline.Corpus,
                                                        tmp_path: Path) -> None:
    corpus.ingest(_write(tmp_path / "one.jsonl", [("https://d.example/page", None, PAGE)]))
    assert _by_url(corpus)["https://d.example/page"].neighboured is None
    corpus.ingest(_write(tmp_path / "two.jsonl", [
        ("https://a.example/first", "2023-05-10", FIRST),
        ("https://b.example/second", "2023-05-10", SECOND),
        ("https://c.example/third", "2023-05-11", THIRD)]))
    assert _by_url(corpus)["https://d.example/page"].neighboured == "2023-05-11"


def test_keys_are_names_inside_sentences_numbers_but_years_and_quotation_trigrams() -> None:
    keys = text_keys("Officials in Okrokana counted 37 sheep in 2023. \"We shall rebuild the "
                     "old stone bridge,\" said the mayor.")
    kinds = [kind(k) for k in keys]
    assert kinds.count(NAME) == 1          # Okrokana (not "Officials": a sentence's first word)
    assert kinds.count(NUMBER) == 1        # 37 (not the year 2023)
    assert kinds.count(QUOTE) >= 2         # "shall rebuild old", "rebuild old stone", ...
    assert text_keys("Officials counted sheep in 2023.") == []


def test_the_day_is_the_latest_of_a_window_of_three_stories_sharing_a_number() -> None:
    keys = _keys(2, NAME) + _keys(1, NUMBER)
    carried = {k: [_c("2023-05-10", "a"), _c("2023-05-10", "b"), _c("2023-05-11", "c"),
                   _c(None, "page")] for k in keys}
    assert neighbours_day("page", "page", carried) == ("2023-05-11", ("a", "b", "c"))
    # copies are one source: two of the three of one story leave two stories
    carried = {k: [_c("2023-05-10", "a"), _c("2023-05-10", "b", "a"), _c("2023-05-11", "c")]
               for k in keys}
    assert neighbours_day("page", "page", carried) is None
    # nor does the page's own story count
    carried = {k: [_c("2023-05-10", "a"), _c("2023-05-10", "b"), _c("2023-05-11", "c", "page")]
               for k in keys}
    assert neighbours_day("page", "page", carried) is None


def test_names_alone_date_nothing() -> None:
    carried = {k: [_c("2023-05-10", "a"), _c("2023-05-10", "b"), _c("2023-05-11", "c")]
               for k in _keys(4, NAME)}
    assert neighbours_day("page", "page", carried) is None
    carried |= {k: [_c("2023-05-10", "a"), _c("2023-05-10", "b"), _c("2023-05-11", "c")]
                for k in _keys(1, QUOTE)}
    assert neighbours_day("page", "page", carried) is not None


def test_evidence_spread_over_separate_periods_dates_nothing() -> None:
    may = [_c("2023-05-10", "a"), _c("2023-05-10", "b"), _c("2023-05-11", "c")]
    keys = _keys(2, NAME) + _keys(1, NUMBER)
    assert neighbours_day("page", "page", {k: may for k in keys}) is not None
    # the same names and numbers again in September: recurring news
    september = [_c("2023-09-02", "x"), _c("2023-09-03", "y")]
    assert neighbours_day("page", "page", {k: may + september for k in keys}) is None


def test_evidence_a_few_days_off_beyond_a_tenth_of_the_windows_dates_nothing() -> None:
    window = [_c("2023-05-10", "a"), _c("2023-05-10", "b"), _c("2023-05-11", "c")]
    keys = _keys(2, NAME) + _keys(1, NUMBER)
    # a retelling five days later: a quarter of the window's weight
    assert neighbours_day("page", "page", {k: window + [_c("2023-05-16", "d")]
                                           for k in keys}) is None
    # the day before the window: near it, not another period
    assert neighbours_day("page", "page", {k: window + [_c("2023-05-08", "d")]
                                           for k in keys}) is not None


def test_evidence_spread_over_the_days_of_one_week_dates_nothing() -> None:
    spread = [_c(f"2023-05-{d:02d}", f"p{d}") for d in (10, 12, 14, 16)]
    keys = _keys(2, NAME) + _keys(1, NUMBER)
    assert neighbours_day("page", "page", {k: spread for k in keys}) is None


def test_a_key_more_than_max_carriers_carry_weighs_nothing() -> None:
    common = [_c("2023-05-10", f"a{n}") for n in range(MAX_CARRIERS + 1)]
    rare = [_c("2023-05-10", "a0"), _c("2023-05-10", "a1"), _c("2023-05-11", "a2")]
    keys = _keys(3, NUMBER)
    assert neighbours_day("page", "page", {k: common for k in keys}) is None
    assert neighbours_day("page", "page", {k: rare for k in keys}) is not None


def _sides(status: str, date_text: str | None, day: str | None = None) -> ReportSides:
    return ReportSides("page", status, None, None, date_text, "CONSULT", day)


def test_a_happening_told_after_the_day_vetoes_it() -> None:
    assert vetoed([_sides("reported", "on 20 May 2023", "2023-05-20")], "2023-05-11")
    assert not vetoed([_sides("reported", "on 2 May 2023", "2023-05-02")], "2023-05-11")


def test_a_plan_told_for_a_day_the_candidate_is_at_or_past_vetoes_it() -> None:
    # "flights will resume from October 26": written before the 26th
    assert vetoed([_sides("planned", "October 26")], "2025-10-27")
    assert not vetoed([_sides("planned", "October 30")], "2025-10-27")
    assert not vetoed([_sides("reported", "October 26")], "2025-10-27")
