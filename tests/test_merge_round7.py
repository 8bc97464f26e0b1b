"""One real happening, one event (issue 23, round 7): an undated plan and the plan for its
month that an article of its days tells are one plan. Each rule is tested with its twin: the
same reports with the one difference that keeps them apart.

- "Flights will resume from late October" (a paper of 2 October, a plan dated to the month it
  is for) and an undated "the two countries have agreed to resume flights" (a paper of the
  3rd) are one plan; three days later, for a month gone by, for the next month, or told as
  what happened, they stay apart.
- Merging the region of a change in a group of plans gives what merging the whole group
  gives (property test), and the store merges the two pages alike in any order of ingest.

Every report here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tieline.analyze.merge import Lookup, cluster, grow_region, plan_group, region, when
from tieline.analyze.stage import update_corpus
from tieline.annotate.extract import article_id, content_hash
from tieline.happening import group_key
from tieline.models import ActorRef, Article, Evidence, Placed, Report, StoryReport
from tieline.store import Store

PER = ActorRef("PER", "Peru", "PER", None, "country")
CHL = ActorRef("CHL", "Chile", "CHL", None, "country")


def _plan(i: str, story: str, date: str | None, anchor: str | None,
          precision: str | None = None, status: str = "planned",
          target: ActorRef | None = CHL) -> StoryReport:
    ev = Evidence(f"art-{i}", 0, 10, "x", 0, 1, url=None, outlet="o")
    event = Report(id=i, type="COOPERATE", source=PER, target=target, evidence=(ev,),
                   date=date, date_precision=(precision or "day") if date else None,  # type: ignore[arg-type]
                   date_basis="text" if date else None, status=status)  # type: ignore[arg-type]
    return StoryReport(event, anchor, story, anchor)


def _clusters(reports: list[StoryReport]) -> list[list[str]]:
    return sorted(sorted(r.event.id for r in c) for c in cluster(reports))


def test_an_undated_plan_joins_the_plan_for_its_month_an_article_of_the_day_before_tells() -> None:
    # "Flights between Peru and Chile will resume from late October" (a paper of 2 October)
    # and "Peru and Chile have agreed to resume flights" (undated, a paper of the 3rd).
    reports = [_plan("dated", "s1", "2031-10", "2031-10-02", "month"),
               _plan("undated", "s2", None, "2031-10-03")]
    assert _clusters(reports) == [["dated", "undated"]]


def test_an_undated_plan_of_days_later_is_not_the_plan_told_before() -> None:
    # the twin: the undated page appeared three days later; a plan to resume flights may be
    # told again (another airline, another route).
    reports = [_plan("dated", "s1", "2031-10", "2031-10-02", "month"),
               _plan("undated", "s2", None, "2031-10-05")]
    assert _clusters(reports) == [["dated"], ["undated"]]


def test_an_undated_plan_is_not_a_plan_its_days_recall() -> None:
    # the twin: the paper of the 2nd dates the plan to September, gone by: recalled.
    reports = [_plan("dated", "s1", "2031-09", "2031-10-02", "month"),
               _plan("undated", "s2", None, "2031-10-03")]
    assert _clusters(reports) == [["dated"], ["undated"]]


def test_an_undated_plan_is_not_the_plan_for_a_later_month() -> None:
    # the twin: "will resume in November" may be another plan of the pair's than the one an
    # undated page of 3 October tells.
    reports = [_plan("dated", "s1", "2031-11", "2031-10-02", "month"),
               _plan("undated", "s2", None, "2031-10-03")]
    assert _clusters(reports) == [["dated"], ["undated"]]


def test_an_undated_report_of_what_happened_is_not_a_month_event_of_its_days() -> None:
    # the twin: what happened "in October" and an undated happening of 3 October may be two
    # happenings of that month; only a plan is dated by the time it is for.
    reports = [_plan("dated", "s1", "2031-10", "2031-10-02", "month", status="reported"),
               _plan("undated", "s2", None, "2031-10-03", status="reported")]
    assert _clusters(reports) == [["dated"], ["undated"]]


def test_an_undated_plan_naming_one_side_is_not_the_plan_of_its_month() -> None:
    # the twin: "Peru plans to resume flights" names one side; the pair's plan of the month
    # is one of many a country may have.
    reports = [_plan("dated", "s1", "2031-10", "2031-10-02", "month"),
               _plan("undated", "s2", None, "2031-10-03", target=None)]
    assert _clusters(reports) == [["dated"], ["undated"]]


def test_plan_groups_are_told_by_their_status() -> None:
    assert plan_group(group_key("COOPERATE", "planned", PER, CHL))
    assert not plan_group(group_key("COOPERATE", "reported", PER, CHL))
    assert not plan_group(group_key("COOPERATE", "negated", PER, CHL))


_PLAN_WHEN = [("2031-10-01", "day"), ("2031-09-30", "day"), ("2031-10", "month"),
              ("2031-10", "month"), ("2031-09", "month"), ("2031-11", "month"), (None, None),
              (None, None)]
_PLAN_ANCHORS = [None, "2031-09-30", "2031-10-02", "2031-10-03", "2031-10-31", "2031-11-01"]


def _read(rows: list[Placed], lookup: Lookup) -> list[Placed]:
    """Read *lookup* as the store does (``merged.group_placed``)."""
    def wanted(p: Placed) -> bool:
        d, a = p.date or "", p.anchor
        day = when(p.date, p.precision) == "day"
        return bool(p.date and (any(first <= d <= last for first, last in lookup.days) or
                                any(w <= d <= w + "~" for w in lookup.within) or
                                (d in lookup.dated and p.precision in ("month", "year")))) or \
            p.story in lookup.stories or p.merged_id in lookup.events or \
            (p.story in lookup.undated and not day) or \
            (a is not None and not day and any(f <= a <= t for f, t in lookup.anchored))
    return [p for p in rows if (p.current or p.pending) and wanted(p)]


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_merging_the_region_of_a_change_in_plans_gives_what_merging_the_group_gives(
        data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 10))
    specs = data.draw(st.lists(st.tuples(st.sampled_from(_PLAN_WHEN), st.sampled_from("pqr"),
                                         st.sampled_from(_PLAN_ANCHORS)),
                               min_size=n, max_size=n))
    reports = [_plan(f"r{i}", story, day, anchor, precision)
               for i, ((day, precision), story, anchor) in enumerate(specs)]
    old = sorted(data.draw(st.sets(st.sampled_from(range(n)))))
    merged_in = {r.event.id: c[0].event.id for c in cluster([reports[i] for i in old])
                 for r in c}
    placed = [Placed(r.event.id, r.event.date, r.event.date_precision, r.story,
                     merged_in.get(r.event.id), True, i not in old, r.anchor)
              for i, r in enumerate(reports)]
    ids = region(placed, plans=True)
    kept: dict[str, list[str]] = defaultdict(list)
    for p in placed:
        if p.id not in ids:
            assert p.merged_id and not p.pending
            kept[p.merged_id].append(p.id)
    again = _clusters([r for r in reports if r.event.id in ids])
    assert sorted([*map(sorted, kept.values()), *again]) == _clusters(reports)
    pending = [p for p in placed if p.pending]
    grown, _ = grow_region(pending, lambda lookup: _read(placed, lookup), widest=8, plans=True)
    assert grown == ids


def _plan_page(text: str, published: str, date: str | None) -> Article:
    url = f"https://example.org/{published}/{len(text)}"
    ev = Evidence(article_id(text, url), 0, len(text), text, 0, 1)
    plan = Report(id=f"{article_id(text, url)}-e", type="COOPERATE", source=PER, target=CHL,
                  evidence=(ev,), date=date, date_precision="month" if date else None,
                  date_basis="text" if date else None, status="planned", intensity=3.0)
    return Article(id=article_id(text, url), origin=url, text=text,
                   content_hash=content_hash(text), url=url, outlet=f"o{published}",
                   published=published, published_basis="manifest",
                   words=len(text.split()), events=(plan,))


@pytest.mark.parametrize("batches", [[[0, 1]], [[0], [1]], [[1], [0]]])
def test_the_store_merges_an_undated_plan_with_the_plan_of_its_month_in_any_order(
        tmp_path: Path, batches: list[list[int]]) -> None:
    pages = [_plan_page("Flights between Peru and Chile will resume from late October, the "
                        "transport ministry in Lima said on Thursday.", "2031-10-02", "2031-10"),
             _plan_page("Chilean and Peruvian officials have agreed to restart direct air "
                        "services after four years, airline sources told reporters.",
                        "2031-10-03", None)]
    with Store(tmp_path / "plans.db") as store:
        for batch in batches:
            store.add_articles(store.start_run([]), [pages[i] for i in batch])
            update_corpus(store)
        events = store.events()
    assert [(e.date, e.reports, e.independent_sources) for e in events] == [("2031-10", 2, 2)]


def test_a_plan_and_what_happened_are_groups_of_their_own() -> None:
    # "the two ministers will meet in Lima on Friday" (an announcement, news of its day) and
    # "the two ministers met in Lima on Friday": two records, as an agreement reached at the
    # meeting is a record beside the meeting (PLOVER's AGREE and CONSULT).
    assert group_key("CONSULT", "planned", PER, CHL) != group_key("CONSULT", "reported", PER, CHL)
    assert group_key("CONSULT", "claimed", PER, CHL) == group_key("CONSULT", "reported", CHL, PER)
    assert group_key("AGREE", "reported", PER, CHL) != group_key("CONSULT", "reported", PER, CHL)
