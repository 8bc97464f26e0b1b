"""What an analyst reads in a pair timeline's entry: a summary sentence that states the entry's
event (its own coding, its status, both sides, its day, an original's lede, no page furniture),
cited articles called by a readable label, and one citation per address. Each rule has a twin
that must keep the other choice. The sentences are written for these tests."""

from __future__ import annotations

import itertools
from html import escape
from pathlib import Path

import pytest

import tieline
from tieline.analyze.entry_text import (
    article_label,
    cited_label,
    entry_summary,
    furniture,
    same_address,
    url_words,
)
from tieline.analyze.pair_timeline import build_pair_timeline
from tieline.brief import pair_brief_html
from tieline.models import Actor, ActorRef, Article, Event, Evidence, SentenceCoding

IND = ActorRef("IND", "India", "IND", None, "country")
CHN = ActorRef("CHN", "China", "CHN", None, "country")
PAIR = (Actor("IND", "India", "country", "IND"), Actor("CHN", "China", "country", "CHN"))
DAY = "2021-03-08"  # a Monday

MET = "The foreign ministers of India and China met in the capital on Monday to ease tensions."
MET_NO_DAY = "The foreign ministers of India and China met in the capital to ease the tensions."
PLAN = ("The foreign minister of India is likely to meet his Chinese counterpart in the capital "
        "to ease tensions.")
VISITED = "India's foreign minister visited Beijing for two days of talks with Chinese officials."
IMPENDING = ("The impending visit of India's foreign minister to China has deep significance at "
             "this critical moment.")
BACKGROUND = ("The two ministers had also met twice in the past and agreed then on a hotline "
              "between their offices.")
LEAD = "Officials of both countries gave few details of what the envoys said to each other."


def _coding(type_: str = "CONSULT", mode: str | None = "meet", status: str = "reported",
            source: str | None = "India", target: str | None = "China") -> SentenceCoding:
    return SentenceCoding(type_, mode, source, target, status)


def _article(i: str, paragraphs: list[str], published: str | None = "2021-03-09",
             copy_of: str | None = None, title: str | None = None,
             url: str | None = None) -> Article:
    return Article(id=i, origin=i, text="\n\n".join(paragraphs), content_hash=i,
                   published=published, published_basis="metadata" if published else "unknown",
                   copy_of=copy_of, story_id=copy_of or i, title=title,
                   url=url or f"https://{i}.example/news/{i}", outlet=f"{i}.example")


def _evidence(article: Article, sentence: str, *codings: SentenceCoding) -> Evidence:
    start = article.text.index(sentence)
    return Evidence(article.id, start, start + len(sentence), sentence, url=article.url,
                    outlet=article.outlet, codings=codings or (_coding(),))


def _event(*evidence: Evidence, type_: str = "CONSULT", mode: str | None = "meet",
           status: str = "reported", i: str = "e1") -> Event:
    return Event(id=i, type=type_, mode=mode, source=IND, target=CHN, evidence=evidence,
                 status=status, date=DAY, date_precision="day",  # type: ignore[arg-type]
                 reports=len({ev.article_id for ev in evidence}))


def _summary(events: list[Event], articles: list[Article], day: str | None = DAY) -> str:
    return entry_summary(events, day, {a.id: a for a in articles})


# -- the sentence's own coding: type, mode, status, both sides ------------------------------
def test_a_meeting_is_summarised_by_a_sentence_coded_meet_not_by_a_visit() -> None:
    a = _article("a", [VISITED, MET_NO_DAY])
    event = _event(_evidence(a, VISITED, _coding(mode="visit")), _evidence(a, MET_NO_DAY))
    assert _summary([event], [a]) == MET_NO_DAY
    # twin: a visit is summarised by the visit's sentence
    visit = _event(*event.evidence, mode="visit")
    assert _summary([visit], [a]) == VISITED


def test_a_happened_event_is_not_summarised_by_a_plan_and_a_plan_is() -> None:
    a = _article("a", [PLAN, MET_NO_DAY])
    plan, met = _evidence(a, PLAN, _coding(status="planned")), _evidence(a, MET_NO_DAY)
    assert _summary([_event(plan, met)], [a]) == MET_NO_DAY
    assert _summary([_event(plan, met, status="planned")], [a]) == PLAN


def test_plan_words_count_against_a_sentence_the_coder_read_as_happened() -> None:
    a = _article("a", [PLAN, MET_NO_DAY])
    # both coded as a meeting that happened: "is likely to meet" still tells a plan
    event = _event(_evidence(a, PLAN), _evidence(a, MET_NO_DAY))
    assert _summary([event], [a]) == MET_NO_DAY
    b = _article("b", [IMPENDING, MET_NO_DAY])  # and so does "the impending visit"
    event = _event(_evidence(b, IMPENDING), _evidence(b, MET_NO_DAY))
    assert _summary([event], [b]) == MET_NO_DAY
    # twin: of a planned event the words are no fault (the lede's sentence is taken)
    planned = _event(_evidence(a, PLAN, _coding(status="planned")),
                     _evidence(a, MET_NO_DAY, _coding(status="planned")), status="planned")
    assert _summary([planned], [a]) == PLAN


def test_a_sentence_naming_both_sides_comes_before_one_naming_one() -> None:
    a = _article("a", [LEAD, MET_NO_DAY])
    one_side = _evidence(a, LEAD, _coding(target=None))
    assert _summary([_event(one_side, _evidence(a, MET_NO_DAY))], [a]) == MET_NO_DAY
    both = _evidence(a, LEAD)
    assert _summary([_event(both, _evidence(a, MET_NO_DAY))], [a]) == LEAD


# -- its day, its article, its place ----------------------------------------------------------
def test_a_date_phrase_naming_the_entrys_day_wins_and_another_day_loses() -> None:
    a = _article("a", [MET_NO_DAY, MET])  # published Tuesday: "on Monday" is DAY
    event = _event(_evidence(a, MET_NO_DAY), _evidence(a, MET))
    assert _summary([event], [a]) == MET
    # twin: written a week later, "on Monday" is another Monday; the sentence without a day
    # (and in the lede) is taken
    late = _article("a", [MET_NO_DAY, MET], published="2021-03-16")
    event = _event(_evidence(late, MET_NO_DAY), _evidence(late, MET))
    assert _summary([event], [late]) == MET_NO_DAY


def test_an_original_comes_before_a_copy_and_the_news_of_the_day_before_background() -> None:
    orig = _article("orig", [LEAD, BACKGROUND])
    copy = _article("copy", [MET_NO_DAY], copy_of="orig")
    event = _event(_evidence(copy, MET_NO_DAY), _evidence(orig, BACKGROUND))
    assert _summary([event], [orig, copy]) == BACKGROUND
    alone = _article("copy", [MET_NO_DAY])  # twin: no longer a copy, and in its lede
    event = _event(_evidence(alone, MET_NO_DAY), _evidence(orig, BACKGROUND))
    assert _summary([event], [orig, alone]) == MET_NO_DAY
    # an article published a year after the entry's day is background, though its lede
    later = _article("later", [MET_NO_DAY], published="2022-03-09")
    event = _event(_evidence(later, MET_NO_DAY), _evidence(orig, BACKGROUND))
    assert _summary([event], [orig, later]) == BACKGROUND


def test_the_lede_comes_before_a_paragraph_further_down() -> None:
    a = _article("a", [MET_NO_DAY, BACKGROUND])
    event = _event(_evidence(a, BACKGROUND), _evidence(a, MET_NO_DAY))
    assert _summary([event], [a]) == MET_NO_DAY
    b = _article("a", [BACKGROUND, MET_NO_DAY])  # twin: the other order
    event = _event(_evidence(b, BACKGROUND), _evidence(b, MET_NO_DAY))
    assert _summary([event], [b]) == BACKGROUND


# -- page furniture ------------------------------------------------------------------------
def test_page_furniture_is_no_summary() -> None:
    credit = "Ministers at the meeting hall (Photo: PTI) India and China met to ease tensions."
    stamp = "Last updated on: March 9, 2021 10:15 IST India and China met to ease tensions."
    for bad in (credit, stamp):
        assert furniture(bad)
        a = _article("a", [bad, MET_NO_DAY])
        assert _summary([_event(_evidence(a, bad), _evidence(a, MET_NO_DAY))], [a]) == \
            MET_NO_DAY
    # twins: a date that is a sentence's subject, a photo that is its news
    assert not furniture("20 June 2019 was the day the two ministers first met in the capital.")
    assert not furniture("A photo exhibition on the two countries opened in the capital.")


def test_a_headline_glued_to_the_lede_is_furniture_but_a_lede_naming_it_is_not() -> None:
    title = "Ministers of India and China meet in the capital"
    glued = title + " The foreign ministers met for three hours on Monday."
    assert furniture(glued, title)
    assert not furniture(glued, title + ".")  # a headline with its stop ends there
    assert not furniture("The ministers said: Ministers of India and China meet in the capital"
                         " was the word of the day.", title)


# -- order does not choose ---------------------------------------------------------------------
def test_the_summary_does_not_depend_on_the_order_of_events_or_evidence() -> None:
    a = _article("a", [LEAD, MET_NO_DAY])
    b = _article("b", [MET_NO_DAY], published="2021-03-08")
    c = _article("c", [MET_NO_DAY], published="2021-03-10")
    evidence = [_evidence(a, LEAD), _evidence(a, MET_NO_DAY), _evidence(b, MET_NO_DAY),
                _evidence(c, MET_NO_DAY)]
    chosen = set()
    for order in itertools.permutations(evidence):
        event = _event(*order)
        chosen.add(_summary([event], [c, a, b]))
        assert build_pair_timeline(PAIR, [event], {x.id: x for x in (a, b, c)}).entries[0] \
            .sources[0].article_id == "a"
    # one sentence, the same each time: the ledes of a, b and c tie on all but the day they
    # were reported, and b was first (published on the day), whatever comes first in the list
    assert chosen == {MET_NO_DAY}


def test_a_second_sentence_is_added_only_when_it_states_its_own_event() -> None:
    a = _article("a", [MET_NO_DAY, "India and China agreed on a hotline between the two "
                       "ministries.", "India may agree to more talks with China next year."])
    met = _event(_evidence(a, MET_NO_DAY), i="e1")
    agreed = _event(_evidence(a, a.text.split("\n\n")[1], _coding("AGREE", None)),
                    type_="AGREE", mode=None, i="e2")
    assert _summary([met, agreed], [a]) == MET_NO_DAY + " " + a.text.split("\n\n")[1]
    # twin: a sentence coded as agreeing that tells a prospect ("may agree") is not added
    maybe = _event(_evidence(a, a.text.split("\n\n")[2], _coding("AGREE", None)),
                   type_="AGREE", mode=None, i="e2")
    assert _summary([met, maybe], [a]) == MET_NO_DAY


# -- what a cited article is called ------------------------------------------------------------
def test_a_stamp_or_a_caption_title_gives_way_to_the_addresss_words() -> None:
    url = "https://news.example/india/india-and-china-agree-to-disengage-border-troops-4821937"
    for furniture_title in ("Last updated on: August 28, 2017 14:16 IST",
                            "date 2023-08-24 Asha Rao By",
                            "The minister at the border Photo: IC"):
        assert cited_label(furniture_title, url, "id") == \
            "india and china agree to disengage border troops"
    # twins: a headline stays, even one opening with a date that is its subject
    assert cited_label("India and China agree to disengage", url, "id") == \
        "India and China agree to disengage"
    assert cited_label("20 June 2019 was the day the talks began", url, "id") == \
        "20 June 2019 was the day the talks began"
    # no slug: the address without its scheme; no address: the fallback
    assert cited_label(None, "https://news.example/economy/1615587", "id") == \
        "news.example/economy/1615587"
    assert cited_label(None, None, "id") == "id"
    assert url_words("https://n.example/amp/story/news-brief%2Fthe-two-sides-agree.html") == \
        "news brief the two sides agree"


def test_an_article_without_a_usable_title_or_slug_is_called_by_its_first_words() -> None:
    a = _article("a", [MET_NO_DAY], title="Photo: AP", url="https://n.example/2021/1234567")
    assert article_label(a) == " ".join(MET_NO_DAY.split()[:12]) + " …"
    titled = _article("a", [MET_NO_DAY], title="Ministers meet", url=a.url)
    assert article_label(titled) == "Ministers meet"


def test_two_stored_pages_with_one_address_are_cited_once_and_said_so(
        capsys: pytest.CaptureFixture[str]) -> None:
    base = "https://scroll.example/latest/845859/ministers-of-india-and-china-meet"
    first = _article("first", [MET_NO_DAY], url=base + "?utm_source=rss&utm_medium=public")
    again = _article("again", [MET_NO_DAY], url="http://www." + base[8:] + "/",
                     copy_of="first")
    other = _article("other", [MET_NO_DAY], url=base + "-again")
    assert same_address(first.url or "") == same_address(again.url or "")
    assert same_address(first.url or "") != same_address(other.url or "")
    event = _event(_evidence(first, MET_NO_DAY), _evidence(again, MET_NO_DAY),
                   _evidence(other, MET_NO_DAY))
    timeline = build_pair_timeline(PAIR, [event], {x.id: x for x in (first, again, other)})
    [entry] = timeline.entries
    assert [(s.article_id, s.same_url, s.note) for s in entry.sources] == [
        ("first", ("again",), "2 stored pages"), ("other", (), "")]
    assert entry.reports == 3  # every page still counts as a report
    from tieline.render import pair_timeline_table

    pair_timeline_table(timeline)
    shown = capsys.readouterr().out
    assert shown.count("ministers of india and china meet") == 2
    assert "(2 stored pages at this address)" in shown
    html = pair_brief_html(timeline.to_dict(), {"pair": []})
    assert "</a> (2 stored pages)" in html
    assert 'title="ministers of india and china meet"' in html


def test_a_hostile_label_is_escaped_in_the_brief() -> None:
    hostile = 'Ministers meet"><script>alert(1)</script>'
    a = _article("a", [MET_NO_DAY], title=hostile)
    timeline = build_pair_timeline(PAIR, [_event(_evidence(a, MET_NO_DAY))], {"a": a})
    html = pair_brief_html(timeline.to_dict(), {"pair": []}, [a])
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_page_cites_with_the_same_label_and_note() -> None:
    script = (Path(tieline.__file__).parent / "web" / "static" / "app.js").read_text()
    assert 'a.setAttribute("title", shown(source.label))' in script
    assert "source.note ? [a, ` (${source.note})`] : [a]" in script
    assert '...cited(s, labels[i])' in script


# -- on real news: every entry's summary states its event, and every view says the same ------
def test_on_real_news_each_summary_is_coded_as_its_entry_and_shown_alike(
        news_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fastapi.testclient import TestClient

    from tieline.render import pair_timeline_table
    from tieline.web.app import create_app

    with tieline.open(news_db) as corpus:
        timeline = corpus.timeline("Georgia", "Russia")
    entries = list(timeline.entries) + list(timeline.undated)
    assert len(entries) > 40
    for entry in entries:
        top = entry.events[0]
        first = [ev for e in entry.events for ev in e.evidence
                 if entry.summary.startswith(" ".join(ev.sentence.split()))]
        assert any(c.type == top.type for ev in first for c in ev.codings), entry.summary
        assert not furniture(entry.summary), entry.summary
        for source in entry.sources:
            assert source.label and not source.label.startswith(("http://", "https://"))
    served = TestClient(create_app(str(news_db))).get(
        "/api/timeline", params={"a": "Georgia", "b": "Russia"}).json()
    assert [e["summary"] for e in served["entries"] + served["undated"]] == \
        [e.summary for e in entries]
    html = pair_brief_html(timeline.to_dict(), {"pair": []})
    pair_timeline_table(timeline)
    shown = capsys.readouterr().out
    for entry in entries:
        assert escape(entry.summary) in html
        assert entry.summary[:100] in shown


def test_an_entry_of_a_plan_says_so_in_the_cli_and_a_done_one_says_nothing(
        capsys: pytest.CaptureFixture[str]) -> None:
    from tieline.render import pair_timeline_table

    a = _article("a", [PLAN])
    planned = _event(_evidence(a, PLAN, _coding(status="planned")), status="planned")
    pair_timeline_table(build_pair_timeline(PAIR, [planned], {a.id: a}))
    assert "; not told as done: planned\n" in capsys.readouterr().out
    # one of two events planned: said with its share
    b = _article("b", [MET_NO_DAY])
    met = _event(_evidence(b, MET_NO_DAY), i="e2")
    entry = build_pair_timeline(PAIR, [planned, met], {a.id: a, b.id: b}).entries[0]
    assert len(entry.events) == 2 and entry.status_text == "1 of 2 events planned"
    # twin: a meeting that happened carries no such words
    pair_timeline_table(build_pair_timeline(PAIR, [met], {b.id: b}))
    assert "not told as done" not in capsys.readouterr().out


def test_an_entry_says_who_did_it_to_whom_in_every_view(
        capsys: pytest.CaptureFixture[str]) -> None:
    """An entry of one type between a pair may hold acts of either side: each view heads it
    with its ways ("India → China (2); China → India"), a mutual one with ↔."""
    from dataclasses import replace

    from tieline.render import pair_timeline_table

    a = _article("a", [MET_NO_DAY])
    there = _event(_evidence(a, MET_NO_DAY))
    also = replace(there, id="e2")
    back = replace(there, id="e3", source=CHN, target=IND)
    entry = build_pair_timeline(PAIR, [there, also, back], {a.id: a}).entries[0]
    assert len(entry.events) == 3
    assert entry.who_text == "India → China (2); China → India"
    assert entry.to_dict()["who"] == entry.who_text
    pair_timeline_table(build_pair_timeline(PAIR, [there, also, back], {a.id: a}))
    assert "\n    India → China (2); China → India\n" in capsys.readouterr().out
    # twin: done to each other, one way with its arrow both ways
    each = build_pair_timeline(PAIR, [replace(there, mutual=True)], {a.id: a}).entries[0]
    assert each.who_text == "India ↔ China"
    timeline = build_pair_timeline(PAIR, [replace(there, mutual=True)], {a.id: a}).to_dict()
    assert "<div class=who>India ↔ China</div>" in pair_brief_html(timeline, {}, [])
