"""Boilerplate removal on the real sample articles and on hand-made pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tieline.annotate.clean import clean_text, drop_recurring, is_sentence, line_key

# What a reader sees as page chrome in each sample (the code lists none of these strings).
CHROME = {
    "000": ["By Khagan Isayev"],
    "001": ["Share.", "Exit mobile version"],
    "002": [],
    "003": ["author-image", "Nitish Verma", "New Update"],
    "004": ["Մատչելիության հղումներ", "XS", "SM", "MD", "LG"],
}
TITLES = {
    "000": "Media: Armenian PM instructs all state agencies to restore ties with Russian "
           "counterparts",
    "001": None,
    "002": None,
    "003": "Armenian PM Defends Deepening Ties with West Amid Russia Tensions",
    "004": "Pashinian Eyes Closer Russian-Armenian Ties",
}
AUTHORS = {"000": "Khagan Isayev", "003": "Nitish Verma"}


def _sample(samples: Path, prefix: str) -> str:
    return next(samples.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(CHROME))
def test_sample_chrome_removed_and_sentences_kept(samples: Path, prefix: str) -> None:
    raw = _sample(samples, prefix)
    cleaned = clean_text(raw)
    lines = cleaned.text.split("\n")
    for chrome in CHROME[prefix]:
        assert chrome not in lines, f"{prefix}: chrome line {chrome!r} survived"
    for line in raw.splitlines():
        line = " ".join(line.split())
        if is_sentence(line) and line != TITLES[prefix]:
            assert line in lines, f"{prefix}: real sentence lost: {line[:60]!r}"
    lines = [line for line in lines if line]
    assert len(lines) == len({" ".join(x.split()).casefold() for x in lines}), "repeated line"
    assert cleaned.title == TITLES[prefix]
    if cleaned.title:
        assert cleaned.title not in lines, "the title is kept apart from the text"
    assert cleaned.author == AUTHORS.get(prefix)


def test_caption_repeated_is_kept_once(samples: Path) -> None:
    cleaned = clean_text(_sample(samples, "004"))
    caption = "Russia -- Russian President Vladimir Putin meets with Armenian Prime Minister"
    assert sum(caption in line for line in cleaned.text.split("\n")) == 1


def test_title_repeated_in_body_is_dropped() -> None:
    raw = ("Leaders Meet in Geneva\n\nLeaders Meet in Geneva\n"
           "The two presidents met in Geneva on Tuesday for four hours of talks.\n"
           "Leaders Meet in Geneva\n")
    cleaned = clean_text(raw)
    assert cleaned.title == "Leaders Meet in Geneva"
    assert cleaned.text == "The two presidents met in Geneva on Tuesday for four hours of talks."


def test_heading_inside_body_survives() -> None:
    raw = ("First paragraph of the story says what happened in the capital today.\n\n"
           "Background\n\n"
           "A second paragraph explains the history of the dispute between them.\n")
    assert "Background" in clean_text(raw).text.split("\n")


def test_first_sentence_is_not_taken_as_title() -> None:
    raw = "Ministers met on Monday in Paris.\n\nThey agreed on a plan to restore the talks."
    cleaned = clean_text(raw)
    assert cleaned.title is None
    assert cleaned.text.startswith("Ministers met on Monday in Paris.")


def test_title_in_other_script_than_body_is_chrome() -> None:
    raw = ("Ссылки для упрощенного доступа\n\nLeaders Meet in Geneva Again\n\n"
           "The two presidents met in Geneva on Tuesday for four hours of talks.")
    cleaned = clean_text(raw)
    assert cleaned.title == "Leaders Meet in Geneva Again"
    assert "Ссылки" not in cleaned.text


def test_byline_variants() -> None:
    body = "The two presidents met in Geneva on Tuesday for four hours of talks.\n"
    assert clean_text(body + "By Jane Doe and John Roe").author == "Jane Doe and John Roe"
    assert clean_text("BY ANNA SMITH\n" + body).author == "ANNA SMITH"
    # "By" starting a real sentence is not a byline.
    sentence = "By Tuesday the ministers had agreed on a ceasefire along the border."
    assert clean_text(body + sentence).text.endswith(sentence)


def test_is_sentence() -> None:
    assert is_sentence("Armenia announced it would stop paying fees.")
    assert not is_sentence("Share.")
    assert not is_sentence("Exit mobile version")
    assert is_sentence("A long line with no final punctuation but clearly running text about "
                       "the talks")


def test_drop_recurring_removes_only_given_lines() -> None:
    text = "Follow us on Telegram for more.\nReal news sentence about talks today.\n\nAnother one."
    out, n = drop_recurring(text, {line_key("Follow us on Telegram for more.")})
    assert n == 1
    assert out == "Real news sentence about talks today.\n\nAnother one."


def test_empty_and_chrome_only_input() -> None:
    assert clean_text("").text == ""
    assert clean_text("Home\nNews\nSport\nLogin").text == ""
