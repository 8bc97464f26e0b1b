"""A mutual act is one happening: a sentence telling two sides doing it to each other is one
report marked mutual, its pages merge into one event with one source each, a page telling the
same act one way joins it, and the pair's trajectory counts it once.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tieline
from test_events import code
from tieline.analyze.merge import cluster, merge
from tieline.happening import direction, group_key
from tieline.models import ActorRef, Evidence, Report, StoryReport

PER = ActorRef("PER", "Peru", "PER", None, "country")
CHL = ActorRef("CHL", "Chile", "CHL", None, "country")


def _report(i: str, story: str, day: str | None, source: ActorRef = PER,
            target: ActorRef = CHL, mutual: bool = False,
            type_: str = "ASSAULT") -> StoryReport:
    ev = Evidence(f"art-{i}", 0, 10, "x", 0, 1, url=None, outlet="o")
    event = Report(id=i, type=type_, source=source, target=target, evidence=(ev,), date=day,
                   date_precision="day" if day else None, mutual=mutual)
    return StoryReport(event, day, story, day)


def _clusters(reports: list[StoryReport]) -> list[list[str]]:
    return sorted(sorted(r.event.id for r in c) for c in cluster(reports))


# -- the coder: one report for both ways ------------------------------------------------------
@pytest.mark.parametrize("text, type_", [
    ("Peruvian and Chilean troops clashed near the border on Monday.", "ASSAULT"),
    ("Peruvian soldiers clashed with Chilean troops overnight.", "ASSAULT"),
    ("Peru and Chile accused each other of violating the truce.", "ACCUSE"),
    ("Chilean and Peruvian troops have withdrawn from the disputed area.", "RETREAT"),
])
def test_an_act_done_to_each_other_is_one_mutual_report(text: str, type_: str) -> None:
    found = [e for e in code(text, published="2031-03-03").events if e.type == type_]
    assert len(found) == 1 and found[0].mutual, found
    assert {found[0].source.country if found[0].source else None,
            found[0].target.country if found[0].target else None} == {"PER", "CHL"}


def test_a_one_way_attack_is_not_mutual() -> None:
    [attack] = [e for e in code("Chilean troops attacked Peruvian soldiers on Monday.",
                                published="2031-03-03").events if e.type == "ASSAULT"]
    assert not attack.mutual and attack.source and attack.source.country == "CHL"


# -- merging: one happening -------------------------------------------------------------------
def test_a_pairs_reports_share_a_group_either_way_round() -> None:
    assert group_key("ASSAULT", "reported", PER, CHL) == group_key("ASSAULT", "reported", CHL, PER)
    assert direction(_report("a", "s", None).event) == -direction(
        _report("b", "s", None, CHL, PER).event) != 0
    assert direction(_report("m", "s", None, mutual=True).event) == 0


def test_a_mutual_clash_told_by_three_pages_is_one_event_with_three_sources() -> None:
    reports = [_report("a", "s1", "2031-03-02", mutual=True),
               _report("b", "s2", "2031-03-02", CHL, PER, mutual=True),
               _report("c", "s3", "2031-03-03", mutual=True)]
    [members] = cluster(reports)
    event = merge(members)
    assert event.mutual and (event.reports, event.independent_sources) == (3, 3)
    assert len(event.evidence) == 3


def test_a_one_way_report_joins_the_mutual_event_and_keeps_its_direction() -> None:
    reports = [_report("a", "s1", "2031-03-02", mutual=True),
               _report("b", "s2", "2031-03-02", CHL, PER, mutual=True),
               _report("one-way", "s3", "2031-03-02", CHL, PER)]
    [members] = cluster(reports)
    event = merge(members)
    assert event.mutual and event.independent_sources == 3
    assert (event.source, event.target) == (CHL, PER)  # (the way the one-way page tells it)
    assert [m.event.source for m in members if m.event.id == "one-way"] == [CHL]


def test_one_way_acts_of_both_ways_stay_apart_unless_one_page_tells_them_mutual() -> None:
    both = [_report("a", "s1", "2031-03-02"), _report("b", "s2", "2031-03-02", CHL, PER)]
    assert _clusters(both) == [["a"], ["b"]]  # two accusations, two attacks
    assert _clusters([*both, _report("m", "s3", "2031-03-01", mutual=True)]) == \
        [["a", "b", "m"]]


def test_two_clashes_a_week_apart_stay_two_events() -> None:
    reports = [_report("a", "s1", "2031-03-02", mutual=True),
               _report("b", "s2", "2031-03-09", mutual=True),
               _report("c", "s3", "2031-03-09", CHL, PER)]
    assert _clusters(reports) == [["a"], ["b", "c"]]


# -- the corpus: stored, shown, counted once ---------------------------------------------------
_PAGES = [
    ("2031-03-02", "Andes Post", "Border clash in the desert",
     "Peruvian and Chilean troops clashed near the border on March 2, 2031. Local farmers "
     "heard gunfire for an hour, and the road to the coast was closed until the evening."),
    ("2031-03-03", "Pacific Herald", "Soldiers hurt on the frontier",
     "Chilean soldiers clashed with Peruvian troops on March 2, 2031, officials said. "
     "Hospitals in the region treated eleven wounded men, most of them conscripts."),
    ("2031-03-03", "Lima Daily", "Frontier fighting",
     "Chilean and Peruvian forces clashed on the frontier on March 2, 2031. The fishing "
     "cooperatives of the bay suspended their night work as a precaution."),
    ("2031-03-03", "Santiago Wire", "Army statement",
     "Chilean troops attacked Peruvian soldiers near the border on March 2, 2031, the "
     "statement read. Copper exports through the northern port continued normally."),
    ("2031-03-10", "Andes Post", "A second clash",
     "Peruvian and Chilean troops clashed near the border again on March 9, 2031. Schools "
     "in the valley stayed shut and the mayor asked residents to keep indoors."),
]


def _pages(folder: Path) -> Path:
    path = folder / "pages.jsonl"
    path.write_text("".join(json.dumps({"text": text, "published": day, "outlet": outlet,
                                        "title": title, "url": f"https://example.org/{i}"})
                            + "\n" for i, (day, outlet, title, text) in enumerate(_PAGES)),
                    encoding="utf-8")
    return path


def test_a_mutual_clash_is_one_stored_event_counted_once(corpus: tieline.Corpus,
                                                         tmp_path: Path) -> None:
    corpus.ingest(_pages(tmp_path))
    clashes = corpus.events(pair=("Peru", "Chile"), type="ASSAULT")
    first, second = sorted(clashes, key=lambda e: e.date or "")
    assert (first.date, first.mutual, first.independent_sources, first.reports) == \
        ("2031-03-02", True, 4, 4)
    assert len(first.evidence) == 4  # one sentence each, not one for each way
    assert (second.date, second.mutual, second.independent_sources) == ("2031-03-09", True, 1)
    assert first.to_dict()["mutual"] is True
    series = {p.period: p for p in corpus.relations("Peru", "Chile").series}
    assert series["2031-03"].events == 2 and series["2031-03"].conflict == 2
