"""An actor pair's trajectory: cooperation and conflict per period, its turning points, and
how each outlet frames the relation.

Turning points are changes in the mean intensity of the pair's events, found by optimal
partitioning (the exact search PELT speeds up, Killick et al. 2012): the segmentation of the
event sequence that minimises the within-segment squared error plus a penalty per change. It
finds the optimal set of changes (not one at a time, as binary segmentation does), and the penalty,
2·σ²·ln(n) (BIC-like, σ² the noise variance estimated from successive differences of the
intensities, which a change of level barely inflates), keeps a sparse
series from sprouting a change at every month. A change needs two events on each side.

Counted: what happened, was claimed or is planned; denied and hypothetical events are not.
Recalled history is not placed in the series: a dated event every page of which is dated more
than a year after it ("the two fought a border war in 1962", told in 2020) is background the
pages recall, true but not their news; it would set the pair's mood of 1962 from one
sentence of 2020 and stretch the series over decades no page reports. It stays in the
timeline, marked (``pair_timeline.recalled_after``), and is counted apart (``recalled``).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import UsageError
from ..models import Actor, Event, one_state
from ..results import RelationsFrames
from .pair_timeline import recalled_after

Period = Literal["month", "quarter", "year"]
PERIODS: tuple[Period, ...] = ("month", "quarter", "year")
COUNTED = frozenset({"reported", "claimed", "planned"})
MIN_SEGMENT_EVENTS = 2
METHOD = ("optimal partitioning of the events' intensities in date order (squared-error "
          "cost, penalty 2·σ²·ln n, at least 2 events per segment)")


@dataclass(frozen=True)
class PeriodStats:
    """One period of the trajectory."""

    period: str
    events: int
    mean_intensity: float | None
    cooperation: int
    conflict: int
    cooperation_intensity: float
    conflict_intensity: float
    # undated events first reported in the period: not in its counts nor its mean (they
    # happened on or before it, perhaps long before), shown so that a period without dated
    # events is not read as a period without news
    undated_reported: int = 0
    # what the period's mean rests on: distinct stories (copies count once) and articles
    # among its events' reports; a mean from one source is drawn apart (``thin``)
    sources: int = 0
    reports: int = 0

    @property
    def thin(self) -> bool:
        """Say whether the period's mean rests on a single independent source: one story,
        however many events it tells, is one outlet's account, not a corroborated mood."""
        return self.events > 0 and self.sources < 2

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "events": self.events,
                "mean_intensity": self.mean_intensity, "cooperation": self.cooperation,
                "conflict": self.conflict, "cooperation_intensity": self.cooperation_intensity,
                "conflict_intensity": self.conflict_intensity,
                "undated_reported": self.undated_reported, "sources": self.sources,
                "reports": self.reports, "thin": self.thin}


@dataclass(frozen=True)
class TurningPoint:
    """A change in the relation's mean intensity, and the events that drive it."""

    period: str
    before: float
    after: float
    events: tuple[Event, ...]

    @property
    def change(self) -> float:
        return round(self.after - self.before, 2)

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "before": self.before, "after": self.after,
                "change": self.change, "events": [e.to_dict() for e in self.events]}


#: Events (each counted once per story) an outlet needs before its framing is read: below it
#: an outlet is listed as "too few events".
MIN_FRAMING_EVENTS = 5
#: Pseudo-events at the pair's mean an outlet's mean is shrunk with (a beta-binomial-style
#: prior): one extreme event moves an outlet of one event a sixth of the way, not all of it.
FRAMING_PRIOR_EVENTS = 5


@dataclass(frozen=True)
class OutletFrame:
    """How one outlet reports the pair: its events' mean intensity and mix of types.

    Counted by story: an outlet's copies of another outlet's story are that outlet's framing,
    not its own. ``difference`` is the shrunk mean against the pair's mean (so one event
    cannot make an outlet look extreme); ``raw_difference`` the plain one; ``too_few_events``
    says there are fewer than MIN_FRAMING_EVENTS to read anything from.
    """

    outlet: str
    events: int
    mean_intensity: float
    difference: float
    types: dict[str, float]
    shrunk_intensity: float = 0.0
    raw_difference: float = 0.0
    too_few_events: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "events": self.events,
                "mean_intensity": self.mean_intensity, "difference": self.difference,
                "types": self.types, "shrunk_intensity": self.shrunk_intensity,
                "raw_difference": self.raw_difference, "too_few_events": self.too_few_events,
                "min_events": MIN_FRAMING_EVENTS}


@dataclass(frozen=True)
class Relations(RelationsFrames):
    """The trajectory of a pair of actors, period by period."""

    pair: tuple[Actor, Actor]
    by: Period
    series: tuple[PeriodStats, ...]
    turning_points: tuple[TurningPoint, ...]
    framing: tuple[OutletFrame, ...]
    undated: int = 0     # counted events with no date
    coarser: int = 0     # counted events dated less precisely than the period
    undated_all: int = 0  # undated events of any status (as the timeline counts them)
    recalled: int = 0    # counted dated events told only as recalled history, not placed

    @property
    def domestic(self) -> bool:
        """Say whether the pair is one state (or it and its own people): a trajectory of its
        domestic events, no relation between two states."""
        return one_state(self.pair)

    def to_dict(self) -> dict[str, Any]:
        return {"pair": [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country}
                         for a in self.pair], "domestic": self.domestic,
                "by": self.by, "series": [p.to_dict() for p in self.series],
                "turning_points": [t.to_dict() for t in self.turning_points],
                "framing": [f.to_dict() for f in self.framing],
                "undated": self.undated, "coarser": self.coarser,
                "undated_all": self.undated_all, "recalled": self.recalled,
                "method": METHOD}


def check_period(by: str) -> Period:
    """Return *by* if it is month, quarter or year; raise UsageError otherwise."""
    for p in PERIODS:
        if by == p:
            return p
    raise UsageError(f"--by {by!r}: choose month, quarter or year")


def period_of(date: str, precision: str | None, by: Period) -> str | None:
    """Return the period holding *date*, or None when the date is too coarse for it."""
    rank = {"day": 3, "month": 2, "year": 1}.get(precision or "", 0)
    if by == "year":
        return date[:4] if rank >= 1 else None
    if rank < 2:
        return None
    if by == "month":
        return date[:7]
    return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"


def build_relations(pair: tuple[Actor, Actor], events: list[Event], by: str = "month",
                    credit: Mapping[str, str] | None = None,
                    reported_by: Mapping[str, str] | None = None,
                    stories: Mapping[str, str] | None = None) -> Relations:
    """Return the trajectory of *pair* from its merged *events* (*credit*: see ``framing``;
    *reported_by*: each event's first report day: an undated event is counted apart in that
    day's period, a dated one first reported more than a year after it is recalled history,
    left out of the series; *stories*: each article's story, to count a period's independent
    sources (an article not in it is its own story))."""
    period = check_period(by)
    counted = [e for e in events if e.status in COUNTED]
    first = reported_by or {}
    recalled = {e.id for e in counted if e.date and e.id in first and
                recalled_after(e.date, e.date_precision, first[e.id])}
    placed: list[tuple[str, Event]] = []
    for e in counted:
        key = period_of(e.date, e.date_precision, period) if e.date else None
        if key is not None and e.id not in recalled:
            placed.append((key, e))
    placed.sort(key=lambda pe: (pe[0], pe[1].date or "", pe[1].id))
    reported: dict[str, int] = {}
    for e in counted:
        day = None if e.date else (reported_by or {}).get(e.id)
        key = period_of(day, "day", period) if day else None
        if key is not None:
            reported[key] = reported.get(key, 0) + 1
    series = _series(placed, period, reported, stories or {})
    return Relations(pair=pair, by=period, series=series,
                     turning_points=turning_points(placed),
                     framing=framing(counted, credit),
                     undated=sum(1 for e in counted if not e.date),
                     coarser=sum(1 for e in counted if e.date) - len(placed) - len(recalled),
                     undated_all=sum(1 for e in events if not e.date),
                     recalled=len(recalled))


def _series(placed: list[tuple[str, Event]], by: Period,
            reported: Mapping[str, int] | None = None,
            stories: Mapping[str, str] | None = None) -> tuple[PeriodStats, ...]:
    groups: dict[str, list[Event]] = {}
    for key, e in placed:
        groups.setdefault(key, []).append(e)
    reported = reported or {}
    if not groups and not reported:
        return ()
    keys = _all_periods(min([*groups, *reported]), max([*groups, *reported]), by)
    return tuple(_stats(k, groups.get(k, []), reported.get(k, 0), stories or {})
                 for k in keys)


def _stats(key: str, events: list[Event], undated_reported: int = 0,
           stories: Mapping[str, str] | None = None) -> PeriodStats:
    values = [e.intensity for e in events]
    articles = {ev.article_id for e in events for ev in e.evidence}
    return PeriodStats(
        period=key, events=len(values),
        mean_intensity=round(sum(values) / len(values), 2) if values else None,
        cooperation=sum(1 for v in values if v > 0), conflict=sum(1 for v in values if v < 0),
        cooperation_intensity=round(sum(v for v in values if v > 0), 2),
        conflict_intensity=round(-sum(v for v in values if v < 0), 2),
        undated_reported=undated_reported,
        sources=len({(stories or {}).get(i, i) for i in articles}), reports=len(articles))


def _all_periods(first: str, last: str, by: Period) -> list[str]:
    """Return every period from *first* to *last*, so gaps show as empty periods."""
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    step = 1 if by == "month" else 3
    year, month = int(first[:4]), (int(first[5:7]) if by == "month"
                                   else (int(first[-1]) - 1) * 3 + 1)
    out = []
    while True:
        key = (f"{year:04d}-{month:02d}" if by == "month"
               else f"{year:04d}-Q{(month - 1) // 3 + 1}")
        out.append(key)
        if key >= last:
            return out
        month += step
        if month > 12:
            year, month = year + 1, month - 12


def turning_points(placed: list[tuple[str, Event]]) -> tuple[TurningPoint, ...]:
    """Return the changes in the events' intensities, found at period boundaries."""
    keys = list(dict.fromkeys(k for k, _ in placed))
    groups = [[e for k, e in placed if k == key] for key in keys]
    values = [e.intensity for _, e in placed]
    if len(values) < 2 * MIN_SEGMENT_EVENTS:
        return ()
    cuts = pelt(groups, 2 * noise_variance(values) * math.log(len(values)))
    found = []
    bounds = [0, *cuts, len(groups)]  # segment i runs from bounds[i] to bounds[i + 1]
    for i, cut in enumerate(cuts, start=1):
        before_start, after_end = bounds[i - 1], bounds[i + 1]
        before = [e for g in groups[before_start:cut] for e in g]
        after = [e for g in groups[cut:after_end] for e in g]
        b, a = _mean(before), _mean(after)
        drivers = sorted(groups[cut], key=lambda e: (-abs(e.intensity - b), e.id))[:3]
        found.append(TurningPoint(keys[cut], round(b, 2), round(a, 2), tuple(drivers)))
    return tuple(found)


def noise_variance(values: list[float]) -> float:
    """Estimate the variance of the noise around the pair's level from successive differences
    (von Neumann's estimator): unlike the variance of all values, a change of level barely
    inflates it, so the changes it is meant to find do not raise their own penalty."""
    if len(values) < 2:
        return 0.25
    diffs = sum((b - a) ** 2 for a, b in itertools.pairwise(values))
    return max(diffs / (2 * (len(values) - 1)), 0.25)


def _mean(events: list[Event]) -> float:
    return sum(e.intensity for e in events) / len(events)


def pelt(groups: list[list[Event]], penalty: float) -> list[int]:
    """Return the optimal change positions (indexes into *groups*, each a period's events)
    minimising squared error + *penalty* per change; segments hold ≥ 2 events.

    Exact optimal partitioning (Jackson et al. 2005), quadratic in the number of periods.
    PELT's pruning is left out on purpose: it is only valid without a minimum segment size
    (a start pruned at t may still be the only valid start for a later end), and a pair has
    at most a few hundred periods, so the quadratic search costs milliseconds.
    """
    n = len(groups)
    count, total, squares = [0], [0.0], [0.0]
    for g in groups:
        count.append(count[-1] + len(g))
        total.append(total[-1] + sum(e.intensity for e in g))
        squares.append(squares[-1] + sum(e.intensity ** 2 for e in g))

    def cost(s: int, t: int) -> float:
        m = count[t] - count[s]
        return squares[t] - squares[s] - (total[t] - total[s]) ** 2 / m

    best = [-penalty] + [math.inf] * n
    last = [0] * (n + 1)
    for t in range(1, n + 1):
        options = [(best[s] + cost(s, t) + penalty, s) for s in range(t)
                   if best[s] < math.inf and count[t] - count[s] >= MIN_SEGMENT_EVENTS]
        if options:
            best[t], last[t] = min(options)
    if best[n] == math.inf:
        return []
    cuts, t = [], n
    while t > 0:
        t = last[t]
        if t > 0:
            cuts.append(t)
    return sorted(cuts)


def framing(events: list[Event], credit: Mapping[str, str] | None = None
            ) -> tuple[OutletFrame, ...]:
    """Return each outlet's mean intensity and type mix for the events it reports, against
    the mean over all the pair's events (selection is framing too), shrunk toward that mean.

    *credit* maps an article id to the outlet its words are credited to: a copy's or a
    rewrite's to its story's original's outlet (an article not in it is its own outlet's).
    Outlets with enough events come first, the most events first.
    """
    if not events:
        return ()
    credit = credit or {}
    overall = _mean(events)
    by_outlet: dict[str, list[Event]] = {}
    for e in events:
        for outlet in dict.fromkeys(credit.get(ev.article_id, ev.outlet or "?")
                                    for ev in e.evidence):
            by_outlet.setdefault(outlet, []).append(e)
    frames = []
    for outlet, found in by_outlet.items():
        types = Counter(e.type for e in found)
        mean = _mean(found)
        shrunk = (len(found) * mean + FRAMING_PRIOR_EVENTS * overall) / \
            (len(found) + FRAMING_PRIOR_EVENTS)
        frames.append(OutletFrame(
            outlet, len(found), round(mean, 2), round(shrunk - overall, 2),
            {t: round(n / len(found), 2) for t, n in types.most_common()},
            shrunk_intensity=round(shrunk, 2), raw_difference=round(mean - overall, 2),
            too_few_events=len(found) < MIN_FRAMING_EVENTS))
    return tuple(sorted(frames, key=lambda f: (f.too_few_events, -f.events, f.outlet)))
