"""The trajectory's turning points: PELT is exact, and never crashes on any series."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from tieline.analyze.relations import MIN_SEGMENT_EVENTS, build_relations, pelt, turning_points
from tieline.models import Actor, ActorRef, Event, Evidence

A = Actor("AAA", "A-land", "country", country="AAA")
B = Actor("BBB", "B-land", "country", country="BBB")


def _event(n: int, month: str, intensity: float) -> Event:
    ev = Evidence(article_id=f"art{n}", start=0, end=1, sentence="x", outlet=f"o{n % 3}")
    return Event(id=f"e{n:04d}", type="CONSULT", source=ActorRef("AAA", "A-land"),
                 target=ActorRef("BBB", "B-land"), evidence=(ev,), intensity=intensity,
                 date=f"{month}-15", date_precision="day")


def _placed(series: list[list[float]]) -> list[tuple[str, Event]]:
    """One period per inner list (an empty list is a month without events)."""
    placed, n = [], 0
    for i, values in enumerate(series):
        month = f"{2000 + i // 12}-{i % 12 + 1:02d}"
        for v in values:
            placed.append((month, _event(n, month, v)))
            n += 1
    return placed


def _cost(values: list[float]) -> float:
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values)


def _brute_force(groups: list[list[float]], penalty: float) -> float:
    """The least total cost over every segmentation with ≥ MIN events a segment."""
    best = float("inf")
    for k in range(len(groups)):
        for cuts in itertools.combinations(range(1, len(groups)), k):
            bounds = [0, *cuts, len(groups)]
            segments = [[v for g in groups[s:e] for v in g] for s, e in itertools.pairwise(bounds)]
            if all(len(seg) >= MIN_SEGMENT_EVENTS for seg in segments):
                best = min(best, sum(_cost(seg) for seg in segments) + penalty * k)
    return best


values = st.sampled_from([-9.5, -6.0, -2.0, 0.0, 1.0, 2.0, 3.5, 6.0, 7.0])
series = st.lists(st.lists(values, max_size=4), max_size=20)


@settings(max_examples=300, deadline=None)
@given(series)
def test_turning_points_never_fail_and_describe_their_segments(data: list[list[float]]) -> None:
    placed = _placed(data)
    found = turning_points(placed)
    periods = [k for k, _ in placed]
    assert [t.period for t in found] == sorted({t.period for t in found})
    for t in found:
        assert t.period in periods and t.period != periods[0]
        assert t.events and all(e.date and e.date[:7] == t.period for e in t.events)
        assert min(v for g in data for v in g) <= t.before <= max(v for g in data for v in g)
    relations = build_relations((A, B), [e for _, e in placed], "month")
    assert sum(p.events for p in relations.series) == len(placed)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(values, min_size=1, max_size=3), min_size=1, max_size=7),
       st.sampled_from([0.5, 4.0, 20.0, 80.0]))
def test_pelt_finds_the_optimal_segmentation(data: list[list[float]], penalty: float) -> None:
    groups = [e for _, e in _placed(data)]
    by_group, i = [], 0
    for g in data:
        by_group.append(groups[i:i + len(g)])
        i += len(g)
    cuts = pelt(by_group, penalty)
    bounds = [0, *cuts, len(data)]
    segments = [[v for g in data[s:e] for v in g] for s, e in itertools.pairwise(bounds)]
    if sum(len(g) for g in data) < MIN_SEGMENT_EVENTS:
        assert cuts == []
        return
    assert all(len(seg) >= MIN_SEGMENT_EVENTS for seg in segments)
    got = sum(_cost(seg) for seg in segments) + penalty * len(cuts)
    assert abs(got - _brute_force(data, penalty)) < 1e-6


def test_a_known_change_is_found_where_it_happens() -> None:
    calm = [[5.0, 6.0], [5.5], [6.0, 4.0], [5.0], [6.0], [5.0, 5.5]]
    crisis = [[-6.0, -7.0], [-6.5], [-9.5, -6.0], [-7.0], [-6.0], [-7.0, -6.5]]
    found = turning_points(_placed(calm + [[]] + crisis))
    assert [t.period for t in found] == ["2000-08"]
    assert found[0].before > 4 and found[0].after < -5 and found[0].change < -10


def test_two_changes_each_compare_with_their_own_neighbours() -> None:
    data = [[5.0, 6.0]] * 4 + [[-7.0, -6.0]] * 4 + [[5.0, 6.0]] * 4
    found = turning_points(_placed(data))
    assert [t.period for t in found] == ["2000-05", "2000-09"]
    assert found[1].before < -5 and found[1].after > 4


def _told(eid: str, intensity: float, *articles: tuple[str, str]) -> Event:
    evidence = tuple(Evidence(article_id=a, start=0, end=3, sentence="...", outlet=o)
                     for a, o in articles)
    return Event(id=eid, type="CONSULT" if intensity > 0 else "ACCUSE", source=None,
                 target=None, evidence=evidence, intensity=intensity)


def test_framing_counts_copies_as_their_original_outlet_and_shrinks_small_outlets() -> None:
    from tieline.analyze.relations import FRAMING_PRIOR_EVENTS, MIN_FRAMING_EVENTS, framing

    wire = [_told(f"w{i}", 4.0, (f"ap{i}", "ap.org"), (f"copy{i}", "spam.example"))
            for i in range(MIN_FRAMING_EVENTS)]
    once = _told("x", -8.0, ("lone", "lone.example"))
    events = [*wire, once]
    credit = {f"copy{i}": "ap.org" for i in range(MIN_FRAMING_EVENTS)}
    frames = {f.outlet: f for f in framing(events, credit)}
    assert "spam.example" not in frames  # (its copies are the wire's framing)
    assert frames["ap.org"].events == MIN_FRAMING_EVENTS and not frames["ap.org"].too_few_events
    lone = frames["lone.example"]
    overall = sum(e.intensity for e in events) / len(events)
    assert lone.too_few_events and lone.raw_difference == round(-8.0 - overall, 2)
    assert lone.difference == round((-8.0 - overall) / (1 + FRAMING_PRIOR_EVENTS), 2)
    assert abs(lone.difference) < abs(lone.raw_difference)
    assert [f.outlet for f in framing(events, credit)] == ["ap.org", "lone.example"]
    assert set(lone.to_dict()) >= {"outlet", "events", "mean_intensity", "difference", "types",
                                   "too_few_events", "raw_difference", "shrunk_intensity"}
    uncredited = {f.outlet for f in framing(events)}
    assert "spam.example" in uncredited
