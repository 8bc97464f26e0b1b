"""One real happening, one event (issue 23, round 8). Each rule is tested with its twin: the
same reports with the one difference that keeps them apart.

- An undated report that two events of its days could take alike joins the one another
  undated report of its own article was found to be ("Minister Ruiz signed the decree
  banning flights" and "Peru has banned its airlines from flying to Chile": one decree, not
  the aviation authority's order of the next day); a report of another article says nothing
  of which it is. The result does not depend on the order of the reports.
- Forces withdrawing pull back over days: "troops began to disengage on 8 September" and
  "forces had started to withdraw", told on the 9th, are one withdrawal; a release on one day
  and one on the next are two. A withdrawal a source is said to have dated (status claimed)
  is dated by it as by the outlet's own words.

Every report here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from tieline.analyze.merge import cluster, merge
from tieline.analyze.stage import update_corpus
from tieline.annotate.extract import article_id, content_hash
from tieline.models import Actor, ActorRef, Article, Evidence, Report, StoryReport
from tieline.store import Store

PER = ActorRef("PER", "Peru", "PER", None, "country")
CHL = ActorRef("CHL", "Chile", "CHL", None, "country")
RUIZ = ActorRef("ana-ruiz", "Ana Ruiz", "PER", "GOV", "person")
#: The actors the store knows (its knowledge base, for the test).
ACTORS = (Actor("ana-ruiz", "Ana Ruiz", "person", "PER", "GOV"),
          Actor("PER", "Peru", "country", "PER"), Actor("CHL", "Chile", "country", "CHL"))


def _report(i: str, story: str, date: str | None, anchor: str, source: ActorRef = PER,
            type_: str = "SANCTION", mode: str | None = "restrict",
            status: str = "reported") -> StoryReport:
    ev = Evidence(f"art-{i}", 0, 10, "x", 0, 1, url=None, outlet="o")
    event = Report(id=i, type=type_, mode=mode, source=source, target=CHL, evidence=(ev,),
                   date=date, date_precision="day" if date else None,
                   date_basis="text" if date else None, status=status)  # type: ignore[arg-type]
    return StoryReport(event, anchor, story, anchor)


def _clusters(reports: list[StoryReport]) -> list[list[str]]:
    return sorted(sorted(r.event.id for r in c) for c in cluster(reports))


def _decree_days(mate_story: str) -> list[StoryReport]:
    # the minister's decree of the 21st (a paper of the 22nd), the aviation authority's order
    # of the 22nd (a paper of the 24th); a paper of the 22nd tells the decree twice, undated:
    # once naming the minister (the decree), once naming only the countries
    return [_report("decree", "s1", "2031-03-21", "2031-03-22", source=RUIZ),
            _report("order", "s2", "2031-03-22", "2031-03-24"),
            _report("named", "s3", None, "2031-03-22", source=RUIZ),
            _report("countries", mate_story, None, "2031-03-22")]


def test_an_undated_report_two_events_could_take_joins_the_one_its_article_tells() -> None:
    assert _clusters(_decree_days("s3")) == [["countries", "decree", "named"], ["order"]]


def test_an_undated_report_of_another_article_stays_apart_when_two_events_could_take_it() -> None:
    # the twin: the report naming only the countries is another paper's; the minister's name
    # in one paper says nothing of which happening the other tells
    assert _clusters(_decree_days("s4")) == [["countries"], ["decree", "named"], ["order"]]


def test_the_article_decides_whatever_the_order_of_its_reports() -> None:
    want = _clusters(_decree_days("s3"))
    for order in permutations(_decree_days("s3")):
        assert _clusters(list(order)) == want


def test_a_report_of_its_article_that_could_take_either_decides_nothing() -> None:
    # the twin: both undated reports of the paper name only the countries, so neither was
    # found to be one event alone: both stay apart (one undated event of their story)
    reports = _decree_days("s3")
    reports[2] = _report("named", "s3", None, "2031-03-22")
    assert _clusters(reports) == [["countries", "named"], ["decree"], ["order"]]


def _withdrawal(i: str, date: str, mode: str, status: str = "reported") -> StoryReport:
    return _report(i, f"s-{i}", date, date, type_="RETREAT", mode=mode, status=status)


def test_a_withdrawal_told_on_two_days_is_one_event_dated_by_its_first() -> None:
    # "the joint statement said troops began to disengage on 8 September" (claimed) and "on
    # 9 September the army confirmed the forces had started to withdraw" (reported)
    reports = [_withdrawal("began", "2031-09-08", "withdraw", "claimed"),
               _withdrawal("confirmed", "2031-09-09", "withdraw")]
    (event,) = cluster(reports)
    assert merge(event).date == "2031-09-08"


def test_releases_on_two_days_are_two_events() -> None:
    # the twin: a release happens on one day; prisoners freed on the 8th and on the 9th are
    # two acts
    reports = [_withdrawal("first", "2031-09-08", "release"),
               _withdrawal("second", "2031-09-09", "release")]
    assert _clusters(reports) == [["first"], ["second"]]


def test_a_withdrawal_and_a_release_a_day_apart_are_two_events() -> None:
    # the twin: only a withdrawal spans days; a release the day after is an act of its own
    reports = [_withdrawal("withdrew", "2031-09-08", "withdraw"),
               _withdrawal("freed", "2031-09-09", "release")]
    assert _clusters(reports) == [["freed"], ["withdrew"]]


def _page(text: str, published: str, date: str | None, source: ActorRef) -> Article:
    url = f"https://example.org/{published}/{len(text)}"
    ev = Evidence(article_id(text, url), 0, len(text), text, 0, 1)
    report = Report(id=f"{article_id(text, url)}-{len(text)}", type="SANCTION", mode="restrict",
                    source=source, target=CHL, evidence=(ev,), date=date,
                    date_precision="day" if date else None,
                    date_basis="text" if date else None, intensity=-5.0)
    return Article(id=article_id(text, url), origin=url, text=text,
                   content_hash=content_hash(text), url=url, outlet=f"o{published}{len(text)}",
                   published=published, published_basis="manifest",
                   words=len(text.split()), events=(report,))


@pytest.mark.parametrize("batches", [[[0, 1, 2]], [[2], [0, 1]], [[0], [2], [1]]])
def test_the_store_lets_an_article_decide_in_any_order_of_ingest(
        tmp_path: Path, batches: list[list[int]]) -> None:
    pages = [_page("Transport minister Ana Ruiz signed a decree on Friday suspending flights "
                   "by Peruvian carriers to Chile from April.", "2031-03-22", "2031-03-21", RUIZ),
             _page("The civil aviation authority of Peru on Saturday barred two Chilean "
                   "airlines from landing in Lima, citing unpaid fees.", "2031-03-24",
                   "2031-03-22", PER)]
    text = ("Ana Ruiz signed the decree suspending flights to Chile. Peru has banned its "
            "airlines from flying to Chile from April.")
    url = "https://example.org/2031-03-22/third"
    aid = article_id(text, url)
    reports = tuple(
        Report(id=f"{aid}-{n}", type="SANCTION", mode="restrict", source=source, target=CHL,
               evidence=(Evidence(aid, start, end, text[start:end], 0, 1),), intensity=-5.0)
        for n, (source, start, end) in enumerate([(RUIZ, 0, 55), (PER, 56, len(text))]))
    pages.append(Article(id=aid, origin=url, text=text, content_hash=content_hash(text),
                         url=url, outlet="third", published="2031-03-22",
                         published_basis="manifest", words=len(text.split()), events=reports))
    with Store(tmp_path / "decree.db") as store:
        for batch in batches:
            store.add_articles(store.start_run([]), [pages[i] for i in batch],
                               actor_lookup={a.id: a for a in ACTORS}.get)
            update_corpus(store)
        events = store.events()
    assert sorted((e.date or "", e.reports, len(e.evidence)) for e in events) == [
        ("2031-03-21", 2, 3), ("2031-03-22", 1, 1)]
