"""Titles, first round: a page's headline coded as a sentence of its page (issues 22 and 23).

Every headline and body here is written for the test (names invented where people act), none
taken from a scored set; each rule has a twin where it must not fire."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import tieline
from test_sides_round8 import database_before, insert_article
from tieline.annotate.headline import (
    apply_edits,
    headline_edits,
    headline_to_code,
    title_offset,
    truecase,
)
from tieline.annotate.offsets import remap_events
from tieline.annotate.pipeline import pipeline_for
from tieline.config import Settings
from tieline.models import Article, Report
from tieline.store import Store

CONTEXT = ("The two neighbours have quarrelled for months over fishing rights.\n\n"
           "Officials in both capitals declined to comment on the talks.")


def _article(title: str | None, body: str = CONTEXT, published: str | None = "2024-03-06",
             id_: str = "t1") -> Article:
    return Article(id=id_, origin=f"{id_}.txt", text=body, content_hash=id_, title=title,
                   published=published, published_basis="metadata" if published else "unknown",
                   lang="en")


def _coded(title: str | None, body: str = CONTEXT, published: str | None = "2024-03-06"
           ) -> list[Report]:
    return list(pipeline_for(Settings()).annotate_one(_article(title, body, published)).events)


def _titles(reports: list[Report]) -> list[tuple[object, ...]]:
    return [(r.type, r.source and r.source.country, r.target and r.target.country, r.status)
            for r in reports if r.evidence[0].in_title]


def _tagged(text: str) -> object:
    return pipeline_for(Settings()).nlp(text)


# -- the headline is a sentence of its page, its offsets into the title -----------------------
def test_a_headline_is_coded_with_offsets_into_the_title() -> None:
    title = "Peru bans flights to Chile"
    reports = _coded(title)
    assert _titles(reports) == [("SANCTION", "PER", "CHL", "reported")]
    ev = reports[0].evidence[0]
    assert (ev.part, ev.sentence, title[ev.start:ev.end]) == ("title", title, title)
    assert title[ev.trigger_start:ev.trigger_end].startswith("bans")


def test_a_page_without_a_title_codes_only_its_text() -> None:
    assert _coded(None) == [] and _coded("   ") == []


def test_a_title_the_body_repeats_is_coded_once_in_the_body() -> None:
    # (the body writes it with its stop, and the headline is a body line's beginning)
    body = "Peru bans flights to Chile. The decision follows months of quarrels."
    reports = _coded("Peru bans flights to Chile", body)
    assert [(r.type, r.evidence[0].part) for r in reports] == [("SANCTION", "text")]


def test_a_question_asserts_nothing() -> None:
    assert headline_to_code("Will Peru ban flights to Chile?", CONTEXT) is None
    assert _coded("Will Peru ban flights to Chile?") == []


def test_an_opinion_or_list_title_codes_no_act() -> None:
    assert _titles(_coded("Why Peru should not punish Chile")) == []
    assert _titles(_coded("Peru, Chile and the fishing quarrel: five things to know")) == []


def test_a_quoted_headline_is_its_speakers_statement() -> None:
    reports = _coded("'We will not join NATO', says Chilean Foreign Minister Ana Diaz")
    assert [(r.type, r.source and r.source.country, r.status) for r in reports
            if r.evidence[0].in_title] == [("COOPERATE", "CHL", "negated")]


# -- case: a word the body writes in lower case is not a name ---------------------------------
def test_title_case_takes_the_case_the_body_writes() -> None:
    body = "Lima said it bans flights to the south. Officials said flights to Chile stop."
    assert truecase("Peru Bans Flights To Chile", body) == "Peru bans flights to Chile"


def test_a_word_the_body_does_not_write_keeps_its_case() -> None:
    # the twin: nothing in the body says how to write them: left as the headline writes them
    assert truecase("Peru Bans Flights To Chile", "Nothing more was said.") == \
        "Peru Bans Flights To Chile"
    # a word the body writes only at the start of its sentences says nothing either
    assert truecase("Peru Talks Resume", "Talks went on. Talks are hard.") == \
        "Peru Talks Resume"


def test_a_title_case_headline_is_coded_as_its_body_writes_it() -> None:
    body = CONTEXT + "\n\nThe ministry said it bans flights for a month."
    reports = _coded("Peru Bans Flights To Chile", body)
    assert ("SANCTION", "PER", "CHL", "reported") in _titles(reports)
    assert next(r for r in reports if r.evidence[0].in_title).evidence[0].sentence == \
        "Peru Bans Flights To Chile"  # (shown as the page writes it)


# -- tense: "to" + verb is a plan ---------------------------------------------------------
def test_to_and_a_verb_after_the_subject_is_a_plan() -> None:
    assert headline_edits(_tagged("Peru to ban flights to Chile")) == [(5, 2, "will")]
    assert _titles(_coded("Peru to ban flights to Chile")) == [
        ("SANCTION", "PER", "CHL", "planned")]


def test_a_headline_with_its_own_verb_is_read_as_written() -> None:
    # the twins: the simple present is the act done; a finite verb before "to" governs it
    assert headline_edits(_tagged("Peru bans flights to Chile")) == []
    assert headline_edits(_tagged("Peru wants to ban flights to Chile")) == []
    assert _titles(_coded("Peru bans flights to Chile")) == [
        ("SANCTION", "PER", "CHL", "reported")]


# -- a bare participle is a passive ---------------------------------------------------------
def test_a_bare_participle_is_a_passive() -> None:
    assert headline_edits(_tagged("Chilean ambassador summoned over remarks")) == [
        (19, 0, "was ")]
    reports = _coded("Chilean ambassador summoned over remarks")
    assert [(r.type, r.source, r.target and r.target.country) for r in reports
            if r.evidence[0].in_title] == [("PROTEST", None, "CHL")]


def test_a_past_with_an_object_is_active() -> None:
    # the twin: "summoned the ambassador" has its object: the subject summons
    assert headline_edits(_tagged("Peru summoned the Chilean ambassador")) == []


# -- a verbless headline's stance ------------------------------------------------------------
def test_against_in_a_verbless_headline_is_its_subjects_stance() -> None:
    assert headline_edits(_tagged("Peru against new sanctions on Chile")) == [(5, 0, "is ")]
    assert [(r.type, r.target and r.target.country, r.status)
            for r in _coded("Peru against new sanctions on Chile")
            if r.evidence[0].in_title] == [("SANCTION", "CHL", "negated")]


def test_a_place_in_a_verbless_headline_is_left_as_written() -> None:
    # the twins: "in"/"at" name where the news (a visit, a summit) is; a headline with a verb
    # says its stance in it
    assert headline_edits(_tagged("Peruvian President in Chile for border talks")) == []
    assert headline_edits(_tagged("Peru protests against sanctions on Chile")) == []


def test_an_edited_headlines_offsets_go_back_to_the_title() -> None:
    title = "Modi to visit China"
    written, stretches = apply_edits(title, [(5, 2, "will")])
    assert written == "Modi will visit China"
    visit = written.index("visit")
    assert title_offset(visit, stretches) == title.index("visit")
    assert (title_offset(5, stretches), title_offset(9, stretches, end=True)) == (5, 7)
    assert title_offset(len(written), stretches, end=True) == len(title)


# -- dates: the body's act, else the page's day as reported on -------------------------------
def test_a_headline_takes_the_date_of_the_body_report_of_its_act() -> None:
    body = "Peru banned all flights to Chile on Monday, the ministry said."
    reports = _coded("Peru bans flights to Chile", body)
    told = next(r for r in reports if not r.evidence[0].in_title)
    headline = next(r for r in reports if r.evidence[0].in_title)
    assert told.date == "2024-03-04" and (headline.date, headline.date_basis) == (
        told.date, told.date_basis)


def test_the_body_reports_own_date_goes_before_its_pages_day() -> None:
    # the body tells the act twice: first as the day's news (the page's day), then its day
    body = ("Peru and Chile agree to deepen their ties, officials in both capitals say.\n\n"
            "The fishing quarrel had lasted for years. On Monday, Peruvian President Ana Diaz "
            "and Chilean President Luis Mora agreed on a new fishing accord in Lima.")
    reports = _coded("Peru and Chile agree on fishing accord", body)
    assert ("2024-03-06", "publication") in [(r.date, r.date_basis) for r in reports
                                             if not r.evidence[0].in_title]
    (headline,) = [r for r in reports if r.evidence[0].in_title]
    assert (headline.date, headline.date_basis) == ("2024-03-04", "text")


def test_a_headline_alone_is_dated_as_reported_on_its_pages_day() -> None:
    # the twin: no report of its act in the body: the page's day, as the day it was reported
    (headline,) = [r for r in _coded("Chilean ambassador summoned over remarks")
                   if r.evidence[0].in_title]
    assert (headline.date, headline.date_precision, headline.date_basis) == (
        "2024-03-06", "day", "publication")
    (undated,) = [r for r in _coded("Chilean ambassador summoned over remarks",
                                    published=None) if r.evidence[0].in_title]
    assert undated.date is None


def test_a_headline_and_its_body_make_one_event(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Peru bans flights to Chile</title>"
        "<meta property='article:published_time' content='2024-03-06'></head><body><article>"
        "<h1>Peru bans flights to Chile</h1>"
        "<p>Peru banned all flights to Chile on Monday, the transport ministry said in a "
        "statement published in Lima.</p><p>The two neighbours have quarrelled for months "
        "over fishing rights, and officials declined to comment on the decision.</p>"
        "</article></body></html>", encoding="utf-8")
    with tieline.open(tmp_path / "t.db", create=True) as corpus:
        corpus.ingest(page, progress=False, jobs=1)
        bans = [e for e in corpus.events() if e.type == "SANCTION"]
        assert len(bans) == 1
        parts = sorted(ev.part for ev in bans[0].evidence)
        assert parts == ["text", "title"] and bans[0].reports == 1
        assert {"part": "title"}.items() <= next(
            d for d in bans[0].to_dict()["evidence"] if d["part"] == "title").items()


# -- a title's offsets are not the text's --------------------------------------------------
def test_cutting_lines_from_the_text_leaves_a_titles_report() -> None:
    body = "Menu\nPeru banned all flights to Chile on Monday."
    art = pipeline_for(Settings()).annotate_one(
        _article("Chilean ambassador summoned over remarks", body))
    moved = remap_events(body, "Peru banned all flights to Chile on Monday.", art.events)
    titled = [r for r in moved if r.evidence[0].in_title]
    assert titled and titled[0].evidence == next(
        r for r in art.events if r.evidence[0].in_title).evidence


def test_the_migration_keeps_the_reports_as_read_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = database_before(path, "0027")
    insert_article(conn, 'Lima banned it.')
    conn.execute("INSERT INTO reports (id, article_id, type, intensity, status, "
                 "sentence_start, sentence_end, sentence, trigger_start, trigger_end, stage) "
                 "VALUES ('r', 'a', 'SANCTION', -4, 'reported', 0, 15, 'Lima banned it.', 5, "
                 "11, '1')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert [tuple(r) for r in store.conn.execute("SELECT id, part FROM reports")] == [
            ("r", "text")]
        (report,) = store.article_reports("a")
        assert report.evidence[0].part == "text" and report.evidence[0].sentence == \
            "Lima banned it."
        store.conn.execute("UPDATE reports SET part = 'title'")
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE reports SET part = 'caption'")
