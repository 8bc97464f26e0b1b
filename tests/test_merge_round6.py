"""One real event, no wrong merges (issue 23, round 6): a report merges only with the
happening it tells. Each rule is tested with its twin: the same reports with the one
difference that lets them merge.

- An undated report on a page of unknown date joins its story's event only when that event is
  dated finer than a year: a year alone dates what the story recalls ("the war of 1962"), not
  its news ("on June 15 the troops attacked").
- A report dated only to a month joins the one day event of that month only when that event
  names each person it names: the leaders' agreement "at their summit in March" is not the
  ministries' accord of March 4 that names only the countries.

Every report here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

from tieline.analyze.merge import cluster
from tieline.models import ActorRef, Evidence, Report, StoryReport

PER = ActorRef("PER", "Peru", "PER", None, "country")
CHL = ActorRef("CHL", "Chile", "CHL", None, "country")
ROJAS = ActorRef("ana-rojas", "Ana Rojas", "PER", "government", "person")
VIDAL = ActorRef("tomas-vidal", "Tomas Vidal", "CHL", "government", "person")


def _report(i: str, story: str, date: str | None, precision: str | None = None,
            anchor: str | None = None, source: ActorRef = PER, target: ActorRef = CHL,
            type_: str = "ASSAULT") -> StoryReport:
    ev = Evidence(f"art-{i}", 0, 10, "x", 0, 1, url=None, outlet="o")
    event = Report(id=i, type=type_, source=source, target=target, evidence=(ev,), date=date,
                   date_precision=(precision or "day") if date else None,  # type: ignore[arg-type]
                   date_basis="text" if date else None)
    return StoryReport(event, anchor, story, anchor)


def _clusters(reports: list[StoryReport]) -> list[list[str]]:
    return sorted(sorted(r.event.id for r in c) for c in cluster(reports))


# -- an undated report of an undated page and its story's background ------------------------
def test_an_undated_report_of_an_undated_page_does_not_join_the_war_its_story_recalls() -> None:
    # "The two countries fought a brief war in 1931." + "On June 15 Chilean troops attacked
    # a Peruvian post", the day left unread on a page of unknown date: two happenings.
    reports = [_report("war", "s1", "1931", "year"), _report("attack", "s1", None)]
    assert _clusters(reports) == [["attack"], ["war"]]


def test_an_undated_report_of_an_undated_page_joins_its_storys_event_of_a_day() -> None:
    # the twin: the story dates its news to a day ("clashed on 14 June 2031"); the undated
    # sentence telling the clash again is that event.
    reports = [_report("clash", "s1", "2031-06-14"), _report("again", "s1", None)]
    assert _clusters(reports) == [["again", "clash"]]


def test_an_undated_report_of_an_undated_page_joins_its_storys_event_of_a_month() -> None:
    reports = [_report("clash", "s1", "2031-06", "month"), _report("again", "s1", None)]
    assert _clusters(reports) == [["again", "clash"]]


def test_a_year_event_told_by_a_finer_date_too_takes_the_undated_report() -> None:
    # a year report that joined a day event ("clashed in 2031" with "clashed on 14 June 2031")
    # is an event of a day: the story's news, not background.
    reports = [_report("day", "s1", "2031-06-14"), _report("year", "s2", "2031", "year"),
               _report("again", "s1", None)]
    assert _clusters(reports) == [["again", "day", "year"]]


def test_an_undated_report_of_a_dated_page_joins_its_storys_year_event_of_its_time() -> None:
    # a page of 20 December 2031 whose story dates the clash only "in 2031": its news.
    reports = [_report("clash", "s1", "2031", "year", anchor="2031-12-20"),
               _report("again", "s1", None, anchor="2031-12-20")]
    assert _clusters(reports) == [["again", "clash"]]


def test_an_undated_report_of_a_dated_page_does_not_join_a_war_decades_before() -> None:
    reports = [_report("war", "s1", "1931", "year", anchor="2031-12-20"),
               _report("attack", "s1", None, anchor="2031-12-20")]
    assert _clusters(reports) == [["attack"], ["war"]]


# -- a month report naming people and a day event naming countries --------------------------
def _accord(i: str, story: str, date: str, precision: str = "day", source: ActorRef = PER,
            target: ActorRef = CHL, anchor: str = "2031-03-04") -> StoryReport:
    return _report(i, story, date, precision, anchor, source, target, "AGREE")


def test_a_month_report_of_the_leaders_does_not_join_the_countries_accord_of_that_month(
        ) -> None:
    # "Peru and Chile agreed on 4 March 2031 on a fishing accord" (two pages), and, months
    # later, "as Rojas and Vidal agreed at their summit in March".
    reports = [_accord("a", "s1", "2031-03-04"), _accord("b", "s2", "2031-03-04"),
               _accord("summit", "s3", "2031-03", "month", ROJAS, VIDAL, "2031-07-01")]
    assert _clusters(reports) == [["a", "b"], ["summit"]]


def test_a_month_report_of_the_leaders_joins_the_event_that_names_them() -> None:
    # the twin: a report of the day event names the leaders too.
    reports = [_accord("a", "s1", "2031-03-04"),
               _accord("b", "s2", "2031-03-04", source=ROJAS, target=VIDAL),
               _accord("summit", "s3", "2031-03", "month", ROJAS, VIDAL, "2031-07-01")]
    assert _clusters(reports) == [["a", "b", "summit"]]


def test_a_month_report_of_the_countries_joins_the_accord_of_that_month() -> None:
    # the twin: "Peru and Chile agreed in March" names no one: any of the month's accords fits,
    # and there is one.
    reports = [_accord("a", "s1", "2031-03-04"),
               _accord("march", "s3", "2031-03", "month", anchor="2031-07-01")]
    assert _clusters(reports) == [["a", "march"]]


def test_a_month_report_naming_one_leader_joins_the_event_naming_that_leader() -> None:
    # one side named on each: Rojas on the month report and on the event, Chile only.
    reports = [_accord("a", "s1", "2031-03-04", source=ROJAS),
               _accord("march", "s3", "2031-03", "month", source=ROJAS, anchor="2031-07-01")]
    assert _clusters(reports) == [["a", "march"]]


def test_a_leader_named_for_an_act_of_the_state_joins_the_states_act_of_that_month() -> None:
    # the twin of the type: "since Rojas launched her invasion of Chile in March 2031" is
    # Peru's invasion of 4 March: a leader stands for what the state's forces do.
    reports = [_report("a", "s1", "2031-03-04", anchor="2031-03-04"),
               _report("march", "s3", "2031-03", "month", "2031-07-01", source=ROJAS)]
    assert _clusters(reports) == [["a", "march"]]


# -- an undated report that two events of its days could take ------------------------------
def _sanction(i: str, story: str, date: str | None, source: ActorRef = PER,
              anchor: str | None = None) -> StoryReport:
    return _report(i, story, date, anchor=anchor, source=source, type_="SANCTION")


def test_an_undated_report_naming_a_leader_joins_the_one_event_naming_him() -> None:
    # "President Rojas signed a decree banning flights" (21 June) and "Peru suspended Chilean
    # airlines" (22 June, the ministry's order) are two acts; an undated "Rojas's decree
    # banning flights" in a paper of the 22nd is the decree that names him.
    reports = [_sanction("decree", "s1", "2031-06-21", source=ROJAS),
               _sanction("order", "s2", "2031-06-22"),
               _sanction("told", "s3", None, source=ROJAS, anchor="2031-06-22")]
    assert _clusters(reports) == [["decree", "told"], ["order"]]


def test_an_undated_report_naming_only_countries_joins_neither_event_of_its_days() -> None:
    # the twin: "Peru banned flights", undated in the paper of the 22nd, may be either act.
    reports = [_sanction("decree", "s1", "2031-06-21", source=ROJAS),
               _sanction("order", "s2", "2031-06-22"),
               _sanction("told", "s3", None, anchor="2031-06-22")]
    assert _clusters(reports) == [["decree"], ["order"], ["told"]]


def test_an_undated_report_joins_neither_of_two_events_naming_its_leader() -> None:
    # the other twin: both acts name Rojas ("Rojas ordered ..." on the 22nd too).
    reports = [_sanction("decree", "s1", "2031-06-21", source=ROJAS),
               _sanction("order", "s2", "2031-06-22", source=ROJAS),
               _sanction("told", "s3", None, source=ROJAS, anchor="2031-06-22")]
    assert _clusters(reports) == [["decree"], ["order"], ["told"]]
