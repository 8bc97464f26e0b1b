"""Undated pages, round 3 (issues 21, 23): a page without a stamp dated by the posts it embeds.

Pages written for the test. A news page embeds the posts of its news as it writes it; their
signatures ("— Name (@handle) August 30, 2019") date it (basis "post") when it states no
stamp of its own, unless the posts are spread over days or the page tells a later day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tieline.annotate.extract import article_id, content_hash
from tieline.annotate.published import PageDate, infer_published
from tieline.models import Article
from tieline.store import Store

TODAY = dt.date(2026, 1, 1)

LEAD = ("Envoys of the two neighbours met at the border crossing earlier today and agreed to "
        "reopen the road by the end of the month, officials said.\n")
POST = "We welcome today's talks at the crossing. — Jane Roe (@janeroe_envoy) March 4, 2021\n"


def infer(text: str, url: str | None = None) -> PageDate | None:
    return infer_published(text, url, today=TODAY)


def test_a_page_without_a_stamp_takes_the_day_of_the_post_it_embeds() -> None:
    found = infer(LEAD + POST + "More details were not given.")
    assert found == PageDate("2021-03-04", "post", "(@janeroe_envoy) March 4, 2021")


def test_the_latest_of_posts_a_day_apart_dates_the_page() -> None:
    earlier = "Talks will start tomorrow. — Jane Roe (@janeroe_envoy) March 3, 2021\n"
    found = infer(LEAD + earlier + POST)
    assert found is not None and (found.date, found.basis) == ("2021-03-04", "post")


def test_the_page_s_own_stamp_comes_before_a_post() -> None:
    found = infer("Published: 5 March 2021\n" + LEAD + POST)
    assert found is not None and (found.date, found.basis) == ("2021-03-05", "dateline")


@pytest.mark.parametrize("text", [
    # posts a week apart: a roundup written some day after them
    LEAD + "Talks are set. — Jane Roe (@janeroe_envoy) February 20, 2021\n" + POST,
    # the page tells a later day: it was written after the post
    LEAD + POST + "The road reopened on March 29, 2021, a month after the talks began.",
    # a handle in a sentence, no signed post
    "Envoys met, Jane Roe (@janeroe_envoy) said on March 4, 2021 in a statement.\n" + LEAD,
])
def test_posts_that_do_not_date_the_page(text: str) -> None:
    assert infer(text) is None


def test_a_post_dated_page_is_stored_and_read_back_with_its_basis(tmp_path: Path) -> None:
    url = "https://news.example/border-talks"
    text = LEAD + POST
    found = infer(text)
    assert found is not None and found.basis == "post"
    page = Article(id=article_id(text, url), origin=url, text=text,
                   content_hash=content_hash(text), url=url, outlet="news.example",
                   words=len(text.split()), published=found.date, published_basis=found.basis,
                   published_text=found.text)
    with Store(tmp_path / "t.db") as store:
        store.add_articles(store.start_run([]), [page])
        back = store.article(page.id)
    assert back is not None
    assert (back.published, back.published_basis, back.published_text) == (
        "2021-03-04", "post", "(@janeroe_envoy) March 4, 2021")
