"""Round 18 of page dates (issue 23, pages with no date): a Unix timestamp in a page's address
dates the page only where the page's own month agrees (annotate/epochs.py), and a year-less
dateline takes the year an address segment states alone; each rule with a twin that must stay
undated. Pages and addresses written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tieline.annotate.epochs import epoch_day
from tieline.annotate.extract import article_id, content_hash
from tieline.annotate.published import PageDate, infer_published
from tieline.models import Article
from tieline.store import Store

TODAY = dt.date(2026, 1, 1)
#: 1647253800 is 2022-03-14 10:30 UTC.
STAMPED = "https://example.org/rus/news/ministers-meet-in-geneva-1647253800.html"
TEXT = ("Ministers of the two countries met in Geneva today. The talks lasted four hours, "
        "the foreign ministry said.")


def infer(text: str, url: str | None = None) -> PageDate | None:
    return infer_published(text, url, today=TODAY)


def test_a_timestamp_in_the_address_dates_the_page_its_month_stamp_confirms() -> None:
    found = infer(" date 2022-03 " + TEXT, STAMPED)
    assert found == PageDate("2022-03-14", "url", "1647253800")


def test_a_timestamp_is_no_date_where_the_pages_month_stamp_says_another_month() -> None:
    # (a site's ten-digit article id reads as some day by chance: the page's month refutes it)
    assert infer(" date 2023-05 " + TEXT, STAMPED) is None


def test_a_timestamp_is_no_date_where_the_page_states_no_month() -> None:
    assert infer(TEXT, STAMPED) is None


def test_the_addresses_year_and_month_confirm_a_timestamp_as_a_stamp_does() -> None:
    url = "https://example.org/2022/03/ministers-meet-1647253800"
    assert infer(TEXT, url) == PageDate("2022-03-14", "url", "1647253800")
    assert infer(TEXT, "https://example.org/2022/04/ministers-meet-1647253800") is None


def test_a_timestamp_in_milliseconds_is_read_as_its_second() -> None:
    found = infer(" date 2022-06 " + TEXT, "https://example.org/a/talks-1655000000123")
    assert found is not None and found.date == "2022-06-12"


@pytest.mark.parametrize("url", [
    "https://example.org/a/talks-16472538001",         # eleven digits: a number, no time
    "https://example.org/a/talks-164725380.html",      # nine digits
    "https://example.org/a/talks-1900000000.html",     # 2030: after today
])
def test_numbers_that_are_no_timestamp_of_the_page_date_nothing(url: str) -> None:
    month = " date 2030-03 " if "1900000000" in url else " date 2022-03 "
    assert infer(month + TEXT, url) is None


def test_a_timestamp_in_the_host_name_is_not_read() -> None:
    assert epoch_day("https://1647253800.example.org/a/talks", " date 2022-03 x",
                     TODAY) is None


def test_a_full_date_in_the_address_comes_before_a_timestamp() -> None:
    url = "https://example.org/2022/03/15/ministers-meet-1647253800"
    assert infer(TEXT, url) == PageDate("2022-03-15", "url", "2022/03/15")


def test_a_timestamp_dated_page_is_stored_and_read_back_with_its_basis(tmp_path: Path) -> None:
    text = " date 2022-03 " + TEXT
    found = infer(text, STAMPED)
    assert found is not None
    page = Article(id=article_id(text, STAMPED), origin=STAMPED, text=text,
                   content_hash=content_hash(text), url=STAMPED, outlet="example.org",
                   words=len(text.split()), published=found.date, published_basis=found.basis,
                   published_text=found.text)
    with Store(tmp_path / "t.db") as store:
        store.add_articles(store.start_run([]), [page])
        back = store.article(page.id)
    assert back is not None
    assert (back.published, back.shown_basis, back.published_text) == (
        "2022-03-14", "url", "1647253800")
    assert back.to_dict()["published_basis"] == "url"


DATELINE = ("Ministers meet in Geneva\n"
            "GENEVA, March 14 (Newswire) - Ministers of the two countries met in Geneva on "
            "Monday, the foreign ministry said.")


def test_a_year_less_dateline_takes_the_year_an_address_segment_states() -> None:
    found = infer(DATELINE, "https://example.org/news/2022/3110")
    assert found == PageDate("2022-03-14", "dateline", "GENEVA, March 14")


def test_a_year_less_dateline_stays_undated_where_the_address_states_no_year() -> None:
    assert infer(DATELINE, "https://example.org/news/world/3110") is None
    # (a number of four digits that is no whole segment is no year: "/news/2022-talks")
    assert infer(DATELINE, "https://example.org/news/2022-talks") is None


def test_a_year_less_dateline_after_today_in_the_addresses_year_dates_nothing() -> None:
    later = DATELINE.replace("March 14", "December 14")
    assert infer_published(later, "https://example.org/news/2025/3110",
                           today=dt.date(2025, 6, 1)) is None
