"""A page stamp glued to the first sentence ("date 2019-06-20 The arrival ...") is set apart
from it: the text keeps it on a line of its own, labels skip it, and the sentence is the
article's own. A date that is part of a sentence ("20 June 2019 was the day ...") stays."""

from __future__ import annotations

import pytest

from tieline.annotate.clean import clean_text, skip_stamp, split_stamp
from tieline.models import Article
from tieline.render import _first_words

BODY = ("Officials in both capitals confirmed the schedule of the talks late on Tuesday "
        "evening, after weeks of preparation.")


@pytest.mark.parametrize(("line", "stamp"), [
    ("date 2021-03-04 The delegation of Norway arrived in Lima for talks on fishing.",
     "date 2021-03-04"),
    ("Posted May 8, 2024 Norway said on Wednesday it would lift the ban on imports.",
     "Posted May 8, 2024"),
    ("Published: 11.02.2021 14:05 IST Peru and Chile agreed to hold a new round of talks.",
     "Published: 11.02.2021 14:05 IST"),
    ("4 March 2021 12:33 The delegation of Norway arrived in Lima for talks on fishing.",
     "4 March 2021 12:33"),
    ("Thursday, March 4, 2021 | Norway banned imports of fish from the disputed waters.",
     "Thursday, March 4, 2021"),
    ("4 March 2021 Peru recalled its ambassador from Chile after the border incident.",
     "4 March 2021"),
])
def test_a_leading_stamp_is_split_from_the_sentence(line: str, stamp: str) -> None:
    found = split_stamp(line)
    assert found is not None and found[0] == stamp
    assert found[1] == line[len(line) - len(found[1]):]


@pytest.mark.parametrize("line", [
    "4 March 2021 was the day Peru recalled its ambassador from Chile.",  # the subject
    "4 March 2021 marks ten years since the two countries signed the treaty.",
    "March 4, 2021, Peru recalled its ambassador from Chile after the incident.",
    "On 4 March 2021 Peru recalled its ambassador from Chile after the incident.",
    "date 2021-03-04",  # a stamp alone on its line: nothing glued to it
    "Peru recalled its ambassador on 4 March 2021, the ministry said.",
])
def test_a_date_that_is_part_of_a_sentence_stays(line: str) -> None:
    assert split_stamp(line) is None


def test_cleaning_sets_the_stamp_on_a_line_of_its_own_and_keeps_it() -> None:
    glued = clean_text(f" date 2021-03-04 The delegation of Norway arrived in Lima.\n{BODY}")
    assert glued.text.split("\n")[:2] == ["date 2021-03-04",
                                          "The delegation of Norway arrived in Lima."]
    sentence = clean_text(f"4 March 2021 was the day Norway's delegation arrived in Lima.\n{BODY}")
    assert sentence.text.split("\n")[0] == \
        "4 March 2021 was the day Norway's delegation arrived in Lima."


def test_labels_skip_a_leading_stamp() -> None:
    text = clean_text(f"date 2020-04-21 Norway is interested in talks with Peru.\n{BODY}").text
    art = Article(id="a1", origin="a.txt", text=text, content_hash="h")
    assert art.label.startswith("Norway is interested in talks")
    assert _first_words(text).startswith("Norway is interested")
    assert skip_stamp("date 2020-04-21 Norway is interested in talks with Peru.") == \
        "Norway is interested in talks with Peru."
    twin = "20 April 2020 was the day Norway said it was interested in talks."
    assert Article(id="a2", origin="b.txt", text=twin, content_hash="h").label.startswith(
        "20 April 2020 was the day")
    assert skip_stamp("date 2020-04-21") == "date 2020-04-21"  # nothing else: keep it


def test_a_headline_found_after_the_stamp_is_titled_without_it() -> None:
    headline = "date 2020-04-21 Norway is ready to restore relations with Peru, minister says"
    found = clean_text(f"{headline}\n{BODY}")
    assert found.title == "Norway is ready to restore relations with Peru, minister says"
    twin = clean_text(f"4 March 2021 was the day Norway and Peru restored relations\n{BODY}")
    assert twin.title == "4 March 2021 was the day Norway and Peru restored relations"
