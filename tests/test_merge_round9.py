"""One real happening, one event (issue 23, round 9): an undated report on a page with no date
joins the one dated event whose reports tell its facts. Each rule is tested with its twin: the
same reports with the one difference that keeps them apart.

A page that gives no date (none of its own, its story's, its news's or its neighbours') cannot
anchor its undated reports to days, so a type and participants alone never joined them to an
event: "Chile and Peru held talks" may be any of their talks. But a report whose sentence
shares with a sentence of one dated event a number ("17 fishermen detained") or a quoted
passage of four content words or more tells the facts of that happening, as another outlet
tells them. Two events sharing them, or only one formulaic trigram, decide nothing. The result
does not depend on the order of the reports, nor on the order of ingest.

Every report here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

from collections import defaultdict
from itertools import permutations
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tieline.analyze.merge import Lookup, cluster, grow_region, region, unanchored, when
from tieline.analyze.neighbours import sentence_keys
from tieline.analyze.stage import update_corpus
from tieline.annotate.extract import article_id, content_hash
from tieline.models import ActorRef, Article, Evidence, Placed, Report, StoryReport
from tieline.store import Store

PER = ActorRef("PER", "Peru", "PER", None, "country")
CHL = ActorRef("CHL", "Chile", "CHL", None, "country")

DETAINED = "Chilean patrol boats detained 17 Peruvian fishermen off Arica on May 6."
ALSO_17 = "The navy said 17 fishermen were taken into custody near Arica."
OTHER_DAY = "Chilean coast guards detained 9 Peruvian fishermen in a second incident."
NO_FACTS = "Chile has detained Peruvian fishermen in its waters, officials in Lima said."
QUOTED = ('Peru\'s foreign ministry said Chile had "seized our fishermen in open defiance '
          'of the maritime court ruling", according to the statement.')
SAME_QUOTE = ('Lima accused Santiago of having "seized our fishermen in open defiance of the '
              'maritime court ruling".')
FORMULA = 'Lima accused Santiago of acting "in open defiance" once again.'


def _report(i: str, sentence: str, story: str, date: str | None, anchor: str | None
            ) -> StoryReport:
    ev = Evidence(f"art-{i}", 0, len(sentence), sentence, 0, 1, url=None, outlet="o")
    event = Report(id=i, type="COERCE", mode="arrest", source=CHL, target=PER, evidence=(ev,),
                   date=date, date_precision="day" if date else None,
                   date_basis="text" if date else None, status="reported")
    return StoryReport(event, anchor, story, anchor, tuple(sorted(set(sentence_keys(sentence)))))


def _clusters(reports: list[StoryReport]) -> list[list[str]]:
    return sorted(sorted(r.event.id for r in c) for c in cluster(reports))


def _dated() -> list[StoryReport]:
    return [_report("tuesday", DETAINED, "s1", "2031-05-06", "2031-05-07"),
            _report("june", OTHER_DAY, "s2", "2031-06-20", "2031-06-21")]


def test_an_undated_report_of_a_page_with_no_date_joins_the_event_sharing_its_number() -> None:
    reports = [*_dated(), _report("page", ALSO_17, "s3", None, None)]
    assert _clusters(reports) == [["june"], ["page", "tuesday"]]


def test_an_undated_report_of_a_page_with_no_date_telling_no_fact_stays_apart() -> None:
    # the twin: the same type and sides, no number, no quotation: any of the pair's detentions
    reports = [*_dated(), _report("page", NO_FACTS, "s3", None, None)]
    assert _clusters(reports) == [["june"], ["page"], ["tuesday"]]


def test_a_number_two_events_share_decides_nothing() -> None:
    reports = [*_dated(), _report("again", "Chilean coast guards detained 17 fishermen off "
                                  "Iquique.", "s4", "2031-07-15", "2031-07-16"),
               _report("page", ALSO_17, "s3", None, None)]
    assert _clusters(reports) == [["again"], ["june"], ["page"], ["tuesday"]]


def test_a_bare_number_is_no_shared_fact() -> None:
    # the twin: "17" counts hours here, fishermen there
    reports = [*_dated(), _report("page", "Talks on the 17 hours of detention failed, the "
                                  "fishermen's union said.", "s3", None, None)]
    assert _clusters(reports) == [["june"], ["page"], ["tuesday"]]


def test_a_day_of_a_month_is_shared_with_its_month() -> None:
    told = "The fishermen were detained on May 6 off Arica, Lima said."
    assert _clusters([*_dated(), _report("page", told, "s3", None, None)]) == [
        ["june"], ["page", "tuesday"]]
    # the twin: the 6th of another month
    other = "The fishermen were detained on August 6 off Arica, Lima said."
    assert _clusters([*_dated(), _report("page", other, "s3", None, None)]) == [
        ["june"], ["page"], ["tuesday"]]


def test_sentence_keys_read_what_a_number_counts_and_days_of_months() -> None:
    assert set(sentence_keys("20 Indian soldiers died")) & set(sentence_keys(
        "India said 20 of its soldiers were killed"))
    assert not set(sentence_keys("after around 11 hours")) & set(sentence_keys(
        "on 11-12 October"))
    assert sentence_keys("June 16") == sentence_keys("16th of June") != sentence_keys("May 16")
    assert sentence_keys("in 2019 and 2020 the sides met") == []


def test_a_quoted_passage_of_one_statement_joins_the_event_quoting_it() -> None:
    reports = [_report("said", QUOTED, "s1", "2031-05-07", "2031-05-07"),
               _report("page", SAME_QUOTE, "s3", None, None)]
    assert _clusters(reports) == [["page", "said"]]


def test_a_formula_of_three_words_is_no_shared_statement() -> None:
    # the twin: only "in open defiance" in common, a phrase any statement may use
    reports = [_report("said", QUOTED, "s1", "2031-05-07", "2031-05-07"),
               _report("page", FORMULA, "s3", None, None)]
    assert _clusters(reports) == [["page"], ["said"]]


def test_an_undated_report_of_a_dated_page_is_placed_by_its_days_not_by_its_facts() -> None:
    # the twin: a page dated a month after the detention tells it again ("17 fishermen"):
    # its days decide (it is no news of them), not the number it shares
    reports = [*_dated(), _report("page", ALSO_17, "s3", None, "2031-07-30")]
    assert _clusters(reports) == [["june"], ["page"], ["tuesday"]]


def test_joining_by_facts_does_not_depend_on_the_order_of_the_reports() -> None:
    reports = [*_dated(), _report("page", ALSO_17, "s3", None, None),
               _report("none", NO_FACTS, "s5", None, None)]
    want = _clusters(reports)
    for order in permutations(reports):
        assert _clusters(list(order)) == want


_SENTENCES = [DETAINED, ALSO_17, OTHER_DAY, NO_FACTS, QUOTED, SAME_QUOTE, FORMULA]
_WHEN = ["2031-05-06", "2031-05-07", "2031-06-20", None, None]
_ANCHORS = [None, None, "2031-05-07", "2031-06-21"]


def _read(rows: list[Placed], lookup: Lookup) -> list[Placed]:
    """Read *lookup* as the store does (``merged.group_placed``)."""
    def wanted(p: Placed) -> bool:
        d, a = p.date or "", p.anchor
        day = when(p.date, p.precision) == "day"
        keys = {str(k) for k in p.keys}
        return bool(p.date and any(first <= d <= last for first, last in lookup.days)) or \
            p.story in lookup.stories or p.merged_id in lookup.events or \
            (p.story in lookup.undated and not day) or \
            (a is not None and not day and any(f <= a <= t for f, t in lookup.anchored)) or \
            bool(keys & lookup.keyed) or \
            (unanchored(p.date, p.precision, a) and bool(keys & lookup.keyed_undated))
    return [p for p in rows if (p.current or p.pending) and wanted(p)]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_merging_the_region_of_a_change_gives_what_merging_the_group_gives(
        data: st.DataObject) -> None:
    n = data.draw(st.integers(2, 8))
    specs = data.draw(st.lists(st.tuples(st.sampled_from(_SENTENCES), st.sampled_from(_WHEN),
                                         st.sampled_from("pqrs"), st.sampled_from(_ANCHORS)),
                               min_size=n, max_size=n))
    reports = [_report(f"r{i}", sentence, story, day, anchor)
               for i, (sentence, day, story, anchor) in enumerate(specs)]
    old = sorted(data.draw(st.sets(st.sampled_from(range(n)))))
    merged_in = {r.event.id: c[0].event.id for c in cluster([reports[i] for i in old])
                 for r in c}
    placed = [Placed(r.event.id, r.event.date, r.event.date_precision, r.story,
                     merged_in.get(r.event.id), True, i not in old, r.anchor, r.keys)
              for i, r in enumerate(reports)]
    ids = region(placed)
    kept: dict[str, list[str]] = defaultdict(list)
    for p in placed:
        if p.id not in ids:
            assert p.merged_id and not p.pending
            kept[p.merged_id].append(p.id)
    again = _clusters([r for r in reports if r.event.id in ids])
    assert sorted([*map(sorted, kept.values()), *again]) == _clusters(reports)
    pending = [p for p in placed if p.pending]
    grown, _ = grow_region(pending, lambda lookup: _read(placed, lookup), widest=8)
    assert grown == ids


def _page(text: str, published: str | None, date: str | None, n: int) -> Article:
    url = f"https://example.org/{published or 'undated'}/{n}"
    aid = article_id(text, url)
    ev = Evidence(aid, 0, len(text), text, 0, 1)
    report = Report(id=f"{aid}-e", type="COERCE", mode="arrest", source=CHL, target=PER,
                    evidence=(ev,), date=date, date_precision="day" if date else None,
                    date_basis="text" if date else None, intensity=-5.0)
    return Article(id=aid, origin=url, text=text, content_hash=content_hash(text), url=url,
                   outlet=f"outlet{n}", published=published,
                   published_basis="manifest" if published else "unknown",
                   words=len(text.split()), events=(report,))


@pytest.mark.parametrize("batches", [[[0, 1, 2]], [[2], [0, 1]], [[1], [2], [0]]])
def test_the_store_joins_a_page_with_no_date_by_its_facts_in_any_order_of_ingest(
        tmp_path: Path, batches: list[list[int]]) -> None:
    pages = [_page(DETAINED, "2031-05-07", "2031-05-06", 0),
             _page(OTHER_DAY, "2031-06-21", "2031-06-20", 1),
             _page(ALSO_17, None, None, 2)]
    with Store(tmp_path / "facts.db") as store:
        for batch in batches:
            store.add_articles(store.start_run([]), [pages[i] for i in batch])
            update_corpus(store)
        events = store.events()
    assert sorted((e.date or "", e.reports, e.independent_sources) for e in events) == [
        ("2031-05-06", 2, 2), ("2031-06-20", 1, 1)]
