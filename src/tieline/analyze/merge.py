"""One real event, many reports: merge the events coded in sentences and articles.

Reports are merged only within a group: the same type, the same actors (either order for
symmetric types such as CONSULT), and the same status class (what happened, or what is planned,
denied or hypothetical). Within a group, reports merge by date, never on type alone:

- reports dated to the day chain when they are at most a day apart (a two-day visit is one),
  for at most MAX_EVENT_DAYS from the first (a month of daily reports between a busy pair is
  a run of events, not one);
- a report dated to a month or a year joins the one finer event it overlaps; when it overlaps
  none or several, it stays an event of that month or year;
- an undated report joins the dated event its own story reports (a rewrite that dropped the
  date); otherwise the undated reports of one story are one event, and those of different
  stories stay apart (two undated meetings may be a year apart).

The result is a pure function of the group's reports, whatever order they were stored in.
It is also local: a report can only change the events of the reports it interacts with (those
within a day of it, in the month or year a coarse report covers, in the story of an undated
one), so a new report re-merges its region of the group (``region``), not the whole group, and
the region is found by reading outward from the new reports (``grow_region``), not by reading
the group. A date that is not a real day, month or year (``when``) counts as no date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from ..models import ActorRef, Event
from .stories import order_key

#: Types whose source and target play the same part ("A met B" is "B met A").
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
_CLASS = {"reported": "happened", "claimed": "happened"}
#: Days one event spans at most: daily reports of a busy pair are several events, not one.
MAX_EVENT_DAYS = 3
_PRECISIONS = ("day", "month", "year")
_SHAPES = {"day": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
           "month": re.compile(r"[0-9]{4}-[0-9]{2}"), "year": re.compile(r"[0-9]{4}")}


def when(date_text: str | None, precision: str | None) -> str | None:
    """Return how finely a report is dated: 'day', 'month' or 'year' when its date is written
    as one (a day that exists), else None: a malformed date is placed nowhere, as no date."""
    if not date_text or precision not in _SHAPES or not _SHAPES[precision].fullmatch(date_text):
        return None
    if precision == "day":
        try:
            date.fromisoformat(date_text)
        except ValueError:
            return None
    return precision


@dataclass(frozen=True)
class Report:
    """One coded event (one sentence of one article) as the merge sees it."""

    event: Event
    published: str | None
    story: str  # the article's story id (its own id when it stands alone)

    @property
    def article_id(self) -> str:
        return self.event.evidence[0].article_id

    @property
    def order(self) -> tuple[bool, str, str, int, str]:
        ev = self.event.evidence[0]
        return (*order_key(ev.article_id, self.published), ev.start, self.event.id)


def side_key(ref: ActorRef | None) -> str:
    """Return how one side of an event is keyed: its actor id, else its name."""
    if ref is None:
        return "-"
    return ref.id if ref.id else "name:" + " ".join(ref.name.casefold().split())


def group_key(event_type: str, status: str, source: ActorRef | None,
              target: ActorRef | None) -> str:
    """Return the merge group of an event: type, status class and the actor pair."""
    sides = [side_key(source), side_key(target)]
    if event_type.upper() in SYMMETRIC_TYPES:
        sides.sort()
    return "|".join([event_type.upper(), _CLASS.get(status, status), *sides])


@dataclass(frozen=True)
class Placed:
    """Where one stored report of a group stands, as ``region`` needs it (no evidence)."""

    id: str
    date: str | None
    precision: str | None
    story: str
    merged_id: str | None  # the merged event it is in ('' none, None not merged yet)
    current: bool          # False once its article is superseded
    pending: bool          # to merge again: new, or its story changed, or superseded


def region(reports: Iterable[Placed]) -> set[str]:
    """Return the ids of the reports whose events must be merged again: every report that
    interacts, directly or not, with a report not merged yet.

    Two reports interact when ``cluster`` may put them in one event or let one decide where
    the other goes: day reports at most a day apart; a month or year report and every report
    dated within it; an undated report and every report of its story; the members of one
    merged event. Merging the region alone gives what merging the whole group would.
    """
    rows = [r for r in reports if r.current or r.pending]
    parent = {r.id: r.id for r in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(ids: Iterable[str]) -> None:
        roots = [find(i) for i in ids]
        for other in roots[1:]:
            parent[other] = roots[0]

    kinds = {r.id: when(r.date, r.precision) for r in rows}
    dated = {p: [r for r in rows if kinds[r.id] == p] for p in _PRECISIONS}
    days = sorted(dated["day"], key=lambda r: (r.date or "", r.id))
    for before, after in zip(days, days[1:], strict=False):
        if _days(before.date or "", after.date or "") <= 1:
            union([before.id, after.id])
    within: dict[str, list[str]] = {}  # period (YYYY-MM and YYYY) → reports dated in it
    for r in rows:
        if r.date and kinds[r.id]:
            for period in {r.date[:7], r.date[:4]}:
                within.setdefault(period, []).append(r.id)
    for r in dated["month"] + dated["year"]:
        union(within.get(r.date or "", []))
    by_story: dict[str, list[str]] = {}
    for r in rows:
        by_story.setdefault(r.story, []).append(r.id)
    for r in rows:
        if not kinds[r.id]:
            union(by_story[r.story])
    by_event: dict[str, list[str]] = {}
    for r in rows:
        if r.merged_id:
            by_event.setdefault(r.merged_id, []).append(r.id)
    for members in by_event.values():
        union(members)
    pending = {find(r.id) for r in rows if r.pending}
    return {r.id for r in rows if find(r.id) in pending}


@dataclass
class Lookup:
    """Reports of one group to read: those that may interact with reports already read."""

    days: list[tuple[str, str]] = field(default_factory=list)  # dated in these (first, last)
    dated: set[str] = field(default_factory=set)    # month or year reports of these periods
    within: set[str] = field(default_factory=set)   # every report dated within these periods
    stories: set[str] = field(default_factory=set)  # every report of these stories
    undated: set[str] = field(default_factory=set)  # their reports not dated to a real day
    events: set[str] = field(default_factory=set)   # the reports merged into these events


def grow_region(pending: Iterable[Placed], read: Callable[[Lookup], Iterable[Placed]],
                widest: int = 512) -> tuple[set[str], dict[str, Placed]]:
    """Return ``region`` of a group's reports and the reports read to find it, reading the
    group outward from its *pending* reports: each round reads what may interact with the
    reports found to interact so far (*read* may return more; those stay out of the region).

    Days are read around each report, wider each round, so a long run of daily reports is
    read in a few rounds, not one per day.
    """
    found = {p.id: p for p in pending}
    asked: set[tuple[str, str | int]] = set()
    span = 4
    while True:
        ids = region(found.values())
        wanted = {probe for i in ids for probe in _reach(found[i])} - asked
        if not wanted:
            return ids, found
        asked |= wanted
        lookup, spans = Lookup(), []
        for kind, value in sorted(wanted, key=str):
            if kind == "day" and isinstance(value, int):
                first, last = max(1, value - span), min(date.max.toordinal(), value + span)
                asked.update(("day", d) for d in range(first + 1, last))  # (their days read)
                spans.append((first, last))
            elif kind != "day":
                getattr(lookup, kind).add(str(value))
        for first, last in _joined(spans):
            lookup.days.append((date.fromordinal(first).isoformat(),
                                date.fromordinal(last).isoformat()))
        span = min(2 * span, widest)
        for p in read(lookup):
            found.setdefault(p.id, p)


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans (first, last) joined where they overlap or touch, in order."""
    out: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _reach(r: Placed) -> set[tuple[str, str | int]]:
    """Return what *r* may interact with (``region``), as (a field of ``Lookup``, value); a
    day is asked for as its ordinal, and means the reports dated within a day of it."""
    kind = when(r.date, r.precision)
    found: set[tuple[str, str | int]] = {("undated" if kind else "stories", r.story)}
    if r.merged_id:
        found.add(("events", r.merged_id))
    if kind == "day" and r.date:
        found.update([("day", date.fromisoformat(r.date).toordinal()),
                      ("dated", r.date[:7]), ("dated", r.date[:4])])
    elif kind == "month" and r.date:
        found.update([("within", r.date), ("dated", r.date[:4])])
    elif kind == "year" and r.date:
        found.add(("within", r.date))
    return found


def cluster(reports: Iterable[Report]) -> list[list[Report]]:
    """Split one group's reports into real-world events (see the module docstring)."""
    by_precision: dict[str | None, list[Report]] = {}
    for r in sorted(reports, key=lambda r: r.order):
        by_precision.setdefault(when(r.event.date, r.event.date_precision), []).append(r)
    clusters: list[list[Report]] = []
    for r in sorted(by_precision.get("day", []), key=lambda r: (r.event.date or "", r.order)):
        first = clusters[-1][0].event.date if clusters else None
        if first and dates_compatible(clusters[-1][-1].event, r.event) and \
                _days(first, r.event.date or "") < MAX_EVENT_DAYS:
            clusters[-1].append(r)
        else:
            clusters.append([r])
    for precision in ("month", "year"):
        fixed = list(clusters)  # coarser reports attach to finer events only
        by_period: dict[str, list[Report]] = {}
        for r in by_precision.get(precision, []):
            period = r.event.date or ""
            overlapping = [c for c in fixed if any(m.event.date and
                                                   m.event.date.startswith(period) for m in c)]
            if len(overlapping) == 1:
                overlapping[0].append(r)
            else:
                by_period.setdefault(period, []).append(r)
        clusters += by_period.values()
    by_story: dict[str, list[Report]] = {}
    for r in by_precision.get(None, []):
        mates = [c for c in clusters if any(m.story == r.story for m in c)]
        if len(mates) == 1:
            mates[0].append(r)
        else:
            by_story.setdefault(r.story, []).append(r)
    clusters += by_story.values()
    return [sorted(c, key=lambda r: r.order) for c in clusters]


#: Types whose one event may last days (a visit, a protest, a clash): reports a day apart may
#: be one of them. Others (a statement, a signature, a decree) happen on one day.
SPANNING_TYPES = frozenset({"CONSULT", "PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "COOPERATE",
                            "AID"})


def dates_compatible(a: Event, b: Event) -> bool:
    """Say whether two reports' dates may be one event's (undated ones may be anything).

    Coarse dates must share their period (months within a year, a day within a month).
    Two days must be the same, or a day apart when the type spans days or when one date is
    only the day its report was published ("publication": reported on, which is the day of
    the event or the next). Never more than a day: ``region`` relies on it.
    """
    ka, kb = when(a.date, a.date_precision), when(b.date, b.date_precision)
    if ka is None or kb is None or a.date is None or b.date is None:
        return True
    if ka != "day" or kb != "day":
        cut = min(len(a.date), len(b.date))
        return a.date[:cut] == b.date[:cut]
    apart = _days(a.date, b.date)
    if apart == 0:
        return True
    if apart > 1:
        return False
    if a.type.upper() in SPANNING_TYPES:
        return True
    later = a if a.date > b.date else b
    return later.date_basis == "publication"


def _days(x: str, y: str) -> int:
    try:
        return abs((date.fromisoformat(y) - date.fromisoformat(x)).days)
    except ValueError:
        return 0 if x == y else 99


def merge(members: list[Report]) -> Event:
    """Return the one event *members* report: their consensus, with all their evidence."""
    first = members[0].event
    events = [m.event for m in members]
    dated = _best_date(events)
    pairs = [f"{side_key(e.source)}\n{side_key(e.target)}" for e in events]
    oriented = [e for e, p in zip(events, pairs, strict=True) if p == _most_common(pairs)]
    return replace(
        first,
        source=_ref([e.source for e in oriented]), target=_ref([e.target for e in oriented]),
        mode=_most_common([e.mode for e in events if e.mode]) or first.mode,
        context=tuple(dict.fromkeys(c for e in events for c in e.context)),
        intensity=round(sum(e.intensity for e in events) / len(events), 2),
        status="reported" if any(e.status == "reported" for e in events) else first.status,
        claimed_by=() if any(e.status == "reported" for e in events) else first.claimed_by,
        date=dated.date, date_precision=dated.date_precision, date_basis=dated.date_basis,
        date_text=dated.date_text, date_spread=date_spread(events),
        evidence=tuple(ev for e in events for ev in e.evidence),
        reports=len({m.article_id for m in members}),
        independent_sources=len({m.story for m in members}))


#: How well a report's date is founded, best first: the event's own words, then the day the
#: report was published.
_BASES = ("text", "publication")


def _best_date(events: list[Event]) -> Event:
    """Return the member whose date is the group's: the best basis (the event's own words
    before the day of publication), then the finest precision, then the most reported date
    (the earliest on a tie)."""
    for basis in (*_BASES, None):
        for precision in _PRECISIONS:
            found = [e for e in events if e.date and e.date_precision == precision and
                     (e.date_basis == basis or basis is None)]
            if found:
                counts = Counter(e.date or "" for e in found)
                top = max(counts.values())
                day = min(d for d, n in counts.items() if n == top)
                return next(e for e in found if e.date == day)
    return events[0]


def date_spread(events: list[Event]) -> tuple[str, str] | None:
    """Return the first and last dates its reports give an event, when they differ."""
    dated = sorted(e.date for e in events if e.date and when(e.date, e.date_precision))
    return (dated[0], dated[-1]) if dated and dated[0] != dated[-1] else None


def _ref(refs: list[ActorRef | None]) -> ActorRef | None:
    """Return one of the refs naming the same actor, preferring one with an id."""
    named = [r for r in refs if r is not None]
    return next((r for r in named if r.id), named[0] if named else None)


def _most_common(values: list[str]) -> str | None:
    """Return the most frequent value, the first seen on a tie."""
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)
