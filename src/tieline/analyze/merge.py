"""One real event, many reports: merge the events coded in sentences and articles.

Reports are merged only within a group: the same type, the same actors (either order for
symmetric types such as CONSULT), and the same status class (what happened, or what is planned,
denied or hypothetical). Within a group, reports merge by date, never on type alone:

- reports dated to the day chain when they are at most a day apart (a two-day visit is one),
  for at most MAX_EVENT_DAYS from the first (a month of daily reports between a busy pair is
  a run of events, not one); a type that happens on one day (not ``spans_days``) joins only
  reports its date fits, every one of them, not a chain;
- a report dated to a month or a year joins the one finer event it overlaps (a year report only
  one that names its very actors: ``_names_alike``; a month report of a meeting or an
  agreement one that names each person it names: ``_people_named``); when it overlaps none or
  several, it stays an event of that month or year;
- an undated report joins the dated event its own story reports (a rewrite that dropped the
  date), unless that event ended days before the report's article (``_news_by``: what the
  story recalls as background is not its news), or, its article's date unknown, is dated by
  a year alone (the war "of 1962" a story recalls); else, when its article is dated (its page
  date, or its story's), the one event dated to a day in the REPORTED_DAYS before that date
  (what an article reports happened by the day it appeared, and news is reported within
  days), when that event may be some article's news (``_told_as_news``: not known only from
  articles dated long after it); else, when none is dated then, the one event another article
  of its days (within ANCHOR_DAYS) dates to a day in the TOLD_DAYS before both (``_told``:
  news may break days after the act, and outlets telling it in the same days tell one
  happening), both sides named on each; else, for a plan (dated by the day it is for, not
  the day it is news), the one plan an article of its days (within ANCHOR_DAYS) tells,
  naming both sides, for its article's month (``_announced``);
  otherwise the undated reports of one story are one event,
  and those of different stories are one event only when they are one day's news: both
  sides named, every one of their articles dated within ANCHOR_DAYS of the others
  (``_same_news``: outlets telling the same type between the same participants the same
  day or the next tell one happening, as an undated report is the event dated in the days
  before its article);
  else they stay apart (two undated meetings, or two of undated pages, may be a year apart).
  An undated report of a page with no date at all (``unanchored``), placed by none of these,
  joins the one event (as the reports of dated pages left it) whose reports' sentences share
  with its own a fact (``_shares_facts``: what a number counts, a day of a month, a quoted
  passage; ``neighbours.sentence_keys``): the same happening told by another outlet.
  Where two events could take it alike, it joins the one another undated report of its story
  joins alone (``_homes``: an article tells its news again in other words), else neither: it
  is never given a date.

A group is keyed by the participants' countries (``participant_key``: Modi and India are one
side to group by) in either order, and inside a group a report only joins reports whose every
side is the same actor or the country of the other (``participants_compatible``: two ministers
of one country are two sides, never merged into one) and, for a type done by one side to the
other, that tell it the same way (``_ways_fit``: A accusing B is not B accusing A), unless a
report of the event reads it as done to each other (``mutual``: "Indian and Chinese troops
clashed"): a mutual clash and the pages telling it one way ("Chinese troops attacked Indian
soldiers") are one happening, each report keeping its own direction. The type is the PLOVER
type, so the modes of one meeting (host, visit, meet, negotiate) merge; each report keeps its
own coding. Two PLOVER types stay two events, though one page may tell them of one meeting:
what was agreed there (AGREE) is an act of its own beside the consultation (CONSULT), with its
own place on a pair's cooperation trajectory, and reports of two types dated to one day
between one pair tell two happenings as often as one (a decree lifting visas and the
criticism of it that day). A plan and what happened are groups of their own too: the
announcement of a meeting is news of its day, a record of its own beside the meeting (merging
a plan into the meeting of the day it is for, tried in round 7, joined announcements told
days before with the meetings: more wrong merges on real news).

The result is a pure function of the group's reports, whatever order they were stored in.
It is also local: a report can only change the events of the reports it interacts with (those
within a day of it, in the month or year a coarse report covers, in the story of an undated
one, in the TOLD_DAYS before an undated one's article date, in a group of plans the month
plans of an undated one's article month, sharing a fact with one of a page with no date), so
a new report re-merges its
region of the group (``region``), not the whole group, and the region is found by reading
outward from the new reports (``grow_region``), not by reading the group. A date that is not
a real day, month or year (``when``) counts as no date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..annotate.dates import resolve
from ..happening import (
    STATUS_CLASS,
    _generic,
    _sides,
    direction,
    participant_key,
    participants_compatible,
    side_key,
    type_key,
)
from ..models import (
    ActorRef,
    Coding,
    Event,
    Placed,
    Report,
    SentenceCoding,
    StoryReport,
    one_per_sentence,
)
from .stories import order_key

#: Days one event spans at most: daily reports of a busy pair are several events, not one.
MAX_EVENT_DAYS = 3
#: Days before its article's date an undated report may have happened to join an event dated
#: then: the day of publication and the two before (reported "on Friday" in Monday's paper).
REPORTED_DAYS = 2
#: Days after an event an article still tells it as news (a weekly or monthly round-up);
#: an article dated later recalls it.
RECALLED_DAYS = 31
#: Days an event may end before an article and still be its news: the days it is reported
#: in, after the days it may last (a clash of Friday told in Parliament on Tuesday).
TOLD_DAYS = REPORTED_DAYS + MAX_EVENT_DAYS
#: Days apart the articles of two undated reports of different stories may be dated for the
#: reports to be one day's news (an article of the day and one of the next); the region's
#: lookup of anchored reports reads TOLD_DAYS from a day, so at most TOLD_DAYS // 2.
ANCHOR_DAYS = 1
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


def _order(r: StoryReport) -> tuple[bool, str, str, int, str]:
    """Return where a report comes in its group: by its article's date and id, then place."""
    ev = r.event.evidence[0]
    return (*order_key(ev.article_id, r.published), ev.start, r.event.id)


def _fits(r: StoryReport, members: Iterable[StoryReport]) -> bool:
    members = list(members)
    return all(participants_compatible(r.event, m.event) for m in members) and \
        _ways_fit(r, members)


def _ways_fit(r: StoryReport, members: list[StoryReport]) -> bool:
    """Say whether *r* tells its act a way the event of *members* fits: one-way reports of
    both ways (A attacked B, B attacked A) are one happening only when a report of it reads
    the act as done to each other ("the two sides clashed"); else two acts, or two claims."""
    ways = {direction(m.event) for m in members} | {direction(r.event)}
    return not {1, -1} <= ways or any(m.event.mutual for m in (r, *members))


def window(anchor: str | None, days: int = REPORTED_DAYS) -> tuple[str, str] | None:
    """Return the first and last day an undated report of an article dated *anchor* may have
    happened on to join an event dated then (the *days* before the article and its own day),
    or None when the article has no real day."""
    if when(anchor, "day") != "day" or anchor is None:
        return None
    last = date.fromisoformat(anchor)
    if last.toordinal() <= TOLD_DAYS:
        return None
    return (last - timedelta(days=days)).isoformat(), anchor


def region(reports: Iterable[Placed], plans: bool = False) -> set[str]:
    """Return the ids of the reports whose events must be merged again: every report that
    interacts, directly or not, with a report not merged yet.

    Two reports interact when ``cluster`` may put them in one event or let one decide where
    the other goes: day reports at most a day apart; a month or year report and every report
    dated within it; an undated report and every report of its story, every day report of
    the TOLD_DAYS before its article's date and the undated reports of articles dated within
    ANCHOR_DAYS of its own, and, in a group of *plans* (``plan_group``), the month reports
    of its article's month from articles dated within ANCHOR_DAYS of its own
    (``_announced``); an undated report of a page with no date and every report sharing
    one of its keys (``_shares_facts``); the members of one merged event. Merging the
    region alone gives what merging the whole group would.
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
    day_keys = [r.date or "" for r in days]
    for r in rows:
        if not kinds[r.id]:
            union(by_story[r.story])
            span = window(r.anchor, TOLD_DAYS)  # (its window, and the days ``_told`` reads)
            if span:
                first = bisect_left(day_keys, span[0])
                last = bisect_right(day_keys, span[1])
                union([r.id, *(d.id for d in days[first:last])])
    news = sorted((r for r in rows if not kinds[r.id] and window(r.anchor)),
                  key=lambda r: (r.anchor or "", r.id))  # (undated: one day's news, _same_news)
    for before, after in zip(news, news[1:], strict=False):
        if _days(before.anchor or "", after.anchor or "") <= ANCHOR_DAYS:
            union([before.id, after.id])
    months: dict[str, list[Placed]] = {}
    for r in dated["month"]:
        months.setdefault(r.date or "", []).append(r)
    for r in (r for r in rows if plans and not kinds[r.id] and window(r.anchor)):
        union([r.id, *(m.id for m in months.get((r.anchor or "")[:7], [])
                       if window(m.anchor) and _days(m.anchor or "", r.anchor or "") <=
                       ANCHOR_DAYS)])
    keyed: dict[int, list[str]] = {}  # (unanchored: the reports sharing its facts)
    for r in rows:
        for k in r.keys:
            keyed.setdefault(k, []).append(r.id)
    for r in rows:
        if unanchored(r.date, r.precision, r.anchor):
            union([r.id, *(i for k in r.keys for i in keyed.get(k, []))])
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
    anchored: list[tuple[str, str]] = field(default_factory=list)  # reports not dated to a
    # real day whose article is dated within these (first, last)
    keyed: set[str] = field(default_factory=set)  # every report keyed by these (report_keys)
    keyed_undated: set[str] = field(default_factory=set)  # those of pages with no date


def grow_region(pending: Iterable[Placed], read: Callable[[Lookup], Iterable[Placed]],
                widest: int = 512, plans: bool = False) -> tuple[set[str], dict[str, Placed]]:
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
        ids = region(found.values(), plans)
        wanted = {probe for i in ids for probe in _reach(found[i], plans)} - asked
        if not wanted:
            return ids, found
        asked |= wanted
        lookup, spans, anchored = Lookup(), [], []
        for kind, value in sorted(wanted, key=str):
            if kind == "day" and isinstance(value, int):
                first, last = max(1, value - span), min(date.max.toordinal(), value + span)
                asked.update(("day", d) for d in range(first + 1, last))  # (their days read)
                spans.append((first, last))
            elif kind == "anchored" and isinstance(value, int):
                anchored.append((value, min(date.max.toordinal(), value + TOLD_DAYS)))
            elif kind != "day":
                getattr(lookup, kind).add(str(value))
        for found_in, joined in ((lookup.days, spans), (lookup.anchored, anchored)):
            found_in += [(date.fromordinal(first).isoformat(), date.fromordinal(last).isoformat())
                         for first, last in _joined(joined)]
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


def _reach(r: Placed, plans: bool = False) -> set[tuple[str, str | int]]:
    """Return what *r* may interact with (``region``), as (a field of ``Lookup``, value); a
    day is asked for as its ordinal, and means the reports dated within a day of it; in a
    group of *plans*, an undated report asks for the reports dated within its article's month
    and a report dated to a day or a month for the undated ones of articles of that month
    (``_announced``), asked for as the month."""
    kind = when(r.date, r.precision)
    found: set[tuple[str, str | int]] = {("undated" if kind else "stories", r.story)}
    if r.merged_id:
        found.add(("events", r.merged_id))
    if kind == "day" and r.date:
        day = date.fromisoformat(r.date).toordinal()
        found.update([("day", day), ("anchored", day), ("dated", r.date[:7]),
                      ("dated", r.date[:4])])
    elif kind == "month" and r.date:
        found.update([("within", r.date), ("dated", r.date[:4])])
    elif kind == "year" and r.date:
        found.add(("within", r.date))
    span = window(r.anchor, TOLD_DAYS) if not kind else None
    if span:  # (the days it may join, ``_home``: a day probe reads at least a day either
        # side; and the undated reports of articles dated within ANCHOR_DAYS of its own, which
        # the anchored lookup reads from this day to TOLD_DAYS after it)
        first, last = (date.fromisoformat(d).toordinal() for d in span)
        found.update(("day", d) for d in range(first + 1, last + 2, 3))
        found.add(("anchored", last - ANCHOR_DAYS))
    lone = unanchored(r.date, r.precision, r.anchor)  # (``_shares_facts``: what it shares
    found.update(("keyed" if lone else "keyed_undated", k) for k in r.keys)  # or is shared)
    if plans and span:  # (the month plans of its article's month, ``_announced``)
        found.add(("dated", (r.anchor or "")[:7]))
    elif plans and kind == "month" and window(r.anchor):  # (the undated plans of the
        # articles of its days: the anchored lookup reads from this day to TOLD_DAYS after)
        found.add(("anchored", date.fromisoformat(r.anchor or "").toordinal() - ANCHOR_DAYS))
    return found


def cluster(reports: Iterable[StoryReport]) -> list[list[StoryReport]]:
    """Split one group's reports into real-world events (see the module docstring)."""
    by_precision: dict[str | None, list[StoryReport]] = {}
    for r in sorted(reports, key=_order):
        by_precision.setdefault(when(r.event.date, r.event.date_precision), []).append(r)
    clusters = _by_day(by_precision.get("day", []))
    for precision in ("month", "year"):
        fixed = list(clusters)  # coarser reports attach to finer events only
        by_period: dict[tuple[str, int], list[StoryReport]] = {}
        for r in by_precision.get(precision, []):
            period = r.event.date or ""
            overlapping = [c for c in fixed if _fits(r, c) and any(
                m.event.date and m.event.date.startswith(period) for m in c)
                and (_people_named(r, c) if precision == "month" else _names_alike(r, c))]
            if len(overlapping) == 1:
                overlapping[0].append(r)
            else:
                _place(r, by_period, period)
        clusters += by_period.values()
    dated = [list(c) for c in clusters]  # (undated reports decide on these, not on each other)
    homes = _homes(by_precision.get(None, []), dated)
    left = [r for r, home in homes if home is None]
    left += _join(clusters, [(home, r) for r, home in homes if home is not None])
    told = [list(c) for c in clusters]  # (with the undated reports their days placed)
    found = [(r, _told_facts(r, told)) for r in left]
    left = [r for r, home in found if home is None]
    left += _join(clusters, [(home, r) for r, home in found if home is not None])
    by_story: dict[tuple[str, int], list[StoryReport]] = {}
    for r in left:
        _place(r, by_story, r.story)
    clusters += _same_news(list(by_story.values()))
    return [sorted(c, key=_order) for c in clusters]


def _join(clusters: list[list[StoryReport]], joins: list[tuple[int, StoryReport]]
          ) -> list[StoryReport]:
    """Add each report of *joins* to the event it joined alone; return those that do not fit
    it with the others that joined it (two ministers of one country never end up in one)."""
    left = []
    for i, r in joins:
        if _fits(r, clusters[i]):
            clusters[i].append(r)
        else:
            left.append(r)
    return left


def _told_facts(r: StoryReport, told: list[list[StoryReport]]) -> int | None:
    """Return the event an undated report of a page with no date joins by the facts it tells
    (``_shares_facts``), among the events as the reports of dated pages left them; None when
    it is anchored to days, or no event or several tell them."""
    if not unanchored(r.event.date, r.event.date_precision, r.anchor):
        return None
    found = _named_one(r, [i for i, c in enumerate(told) if _fits(r, c) and
                           _shares_facts(r, c) and _news_by(c, r.anchor)], told)
    return found[0] if len(found) == 1 else None


def _homes(undated: list[StoryReport], dated: list[list[StoryReport]]
           ) -> list[tuple[StoryReport, int | None]]:
    """Return the dated event each undated report joins (``_home``), or None. Where several
    events could take a report alike, the one another undated report of its story joins
    alone decides: an article tells its news again in other words ("Putin signed a decree
    banning flights", "Russia has banned its airlines from flying to Georgia"), so the event
    one of its sentences was found to be is the one its other sentence of that type tells,
    not an event of the same days it does not name (the ministry's order of the next day).
    The reports decide on the events their story-mates join alone, not on each other's
    choices, so the result does not depend on their order."""
    found = [(r, _home(r, dated)) for r in undated]
    alone: dict[str, set[int]] = {}
    for r, homes in found:
        if len(homes) == 1:
            alone.setdefault(r.story, set()).update(homes)
    out: list[tuple[StoryReport, int | None]] = []
    for r, homes in found:
        if len(homes) > 1:
            homes = [i for i in homes if i in alone.get(r.story, ())]
        out.append((r, homes[0] if len(homes) == 1 else None))
    return out


def _same_news(events: list[list[StoryReport]]) -> list[list[StoryReport]]:
    """Join the undated events of different stories that are one day's news: both sides named
    on every report, every report's article dated within ANCHOR_DAYS of every other's (two
    outlets reporting the same type between the same participants in the same days report
    one happening, as an undated report joins the event dated in the days before its
    article); each joins the earliest it fits. Only the latest few events can take one (they
    start in date order), so a long run of daily news costs a few comparisons a day."""
    out: list[list[StoryReport]] = []
    joinable: list[list[StoryReport]] = []  # (the events that may take more, by first day)
    for c in sorted(events, key=lambda c: (min(_anchors(c), default=""), _order(c[0]))):
        days = _anchors(c)
        if not days or len(days) < len(c) or not all(_both_sides(r) for r in c):
            out.append(list(c))
            continue
        home = None
        for o in reversed(joinable):
            o_days = _anchors(o)
            if _days(min(o_days), max(days)) > ANCHOR_DAYS:
                break  # (and so for every earlier one)
            if _days(min(o_days), max(days + o_days)) <= ANCHOR_DAYS and _fits_all(c, o):
                home = o
        if home is None:
            joinable.append(list(c))
            out.append(joinable[-1])
        else:
            home.extend(c)
    return out


def _fits_all(c: list[StoryReport], o: list[StoryReport]) -> bool:
    return all(_fits(r, o) for r in c)


def _both_sides(r: StoryReport) -> bool:
    """Say whether *r* names both its sides: one side and a type are not enough to call two
    reports of one day one happening."""
    return r.event.source is not None and r.event.target is not None


def _anchors(c: list[StoryReport]) -> list[str]:
    """Return the real days the articles of *c*'s reports are dated to."""
    return [r.anchor for r in c if r.anchor and window(r.anchor)]


def _names_alike(r: StoryReport, c: list[StoryReport]) -> bool:
    """Say whether some report of event *c* names *r*'s very actors on both sides. A year
    holds many happenings of one type between two countries, so a report dated only to a
    year ("the two leaders met in 2022") is the one event of that year the corpus holds only
    when the same people or bodies are named in it, not when a country stands for them."""
    return any(all(side_key(x) == side_key(y) for x, y in
                   zip(_sides(r.event), _sides(m.event), strict=True)) for m in c)


#: Types whose acts the people named do in person: a meeting, an agreement. A leader named
#: for one is its party ("Modi and Xi agreed at their meeting in October"), not the state's
#: name for it, as a leader is for what the state's forces or offices do ("Putin launched
#: his invasion in February": Russia's invasion of the 24th).
IN_PERSON_TYPES = frozenset({"CONSULT", "AGREE"})


def _people_named(r: StoryReport, c: list[StoryReport]) -> bool:
    """Say whether a month report *r* of a type done in person may be event *c* by the people
    it names: *c* names each person or body *r* names on a side (a side naming a country only
    fits any). A month holds several meetings and agreements between two countries: "as Modi
    and Xi agreed at their meeting in October" is the one finer event of that month only when
    that event's reports name them too, not when they name only the countries (the patrolling
    pact India announced that month). Other types: the leader stands for the state."""
    if type_key(r.event.type) not in IN_PERSON_TYPES:
        return True
    return all(_generic(x) or any(side_key(x) == side_key(_sides(m.event)[i]) for m in c)
               for i, x in enumerate(_sides(r.event)))


def _by_day(reports: list[StoryReport]) -> list[list[StoryReport]]:
    """Chain the reports dated to a day (in date order) into events: each joins the biggest
    event it fits whose last report is date-compatible and whose first is less than
    MAX_EVENT_DAYS before it, the earliest of those on a tie."""
    clusters: list[list[StoryReport]] = []
    for r in sorted(reports, key=lambda r: (r.event.date or "", _order(r))):
        day = r.event.date or ""
        near: list[list[StoryReport]] = []
        for c in reversed(clusters):  # (latest first; they start in date order)
            if _days(c[0].event.date or "", day) >= MAX_EVENT_DAYS:
                break
            if _day_fits(r, c) and _fits(r, c):
                near.append(c)
        if near:
            max(reversed(near), key=len).append(r)
        else:
            clusters.append([r])
    return clusters


def _day_fits(r: StoryReport, c: list[StoryReport]) -> bool:
    """Say whether a report dated to a day may join an event of day reports: its date fits
    the event's last report's, and, for a type that happens on one day (a statement, a
    decree), every report's: a chain of day-apart publication dates must not carry a decree
    of one day into a vote of the next."""
    if spans_days(r.event) and all(spans_days(m.event) for m in c):
        return dates_compatible(c[-1].event, r.event)
    return all(dates_compatible(m.event, r.event) for m in c)


def _home(r: StoryReport, dated: list[list[StoryReport]]) -> list[int]:
    """Return which dated events an undated report may join: the one its story reports, else
    the one dated to a day in its article's ``window``, else the one other articles of its
    days tell as their news (``_told``); of several, the one that names its very actors
    (``_named_one``). None when no event could; several when several could alike (a report
    of its own article then decides: ``_homes``)."""
    fitting = [i for i, c in enumerate(dated) if _fits(r, c)]
    mates = [i for i in fitting if any(m.story == r.story for m in dated[i])
             and _news_by(dated[i], r.anchor)]
    if mates:
        return _named_one(r, mates, dated)
    span = window(r.anchor)
    if span is None:  # (a page with no date: ``_told_facts`` then)
        return []
    near = [i for i in fitting if any(when(m.event.date, m.event.date_precision) == "day" and
                                      span[0] <= (m.event.date or "") <= span[1]
                                      for m in dated[i]) and _told_as_news(dated[i])]
    if near:
        return _named_one(r, near, dated)
    told = [i for i in fitting if _both_sides(r) and _told(dated[i], r.anchor or "")]
    if told or r.event.status != "planned":
        return _named_one(r, told, dated)
    return _named_one(r, [i for i in fitting if _both_sides(r) and
                          _announced(dated[i], r.anchor or "")], dated)


def unanchored(day: str | None, precision: str | None, anchor: str | None) -> bool:
    """Say whether a report is undated on a page with no date: neither it nor its article
    (its own, its story's, its news's or its neighbours') gives a real day."""
    return when(day, precision) is None and window(anchor) is None


#: Quotation trigrams an undated report must share with an event to tell its facts, when it
#: shares no number: two, so a quoted passage of four content words or more (one trigram may
#: be a formula, "peace and tranquillity in the border areas").
QUOTE_TRIGRAMS = 2


def _shares_facts(r: StoryReport, c: list[StoryReport]) -> bool:
    """Say whether an undated report *r* tells the facts of event *c*: its sentence shares with
    a sentence of *c*'s a number (20 soldiers killed, the 16th round) or QUOTE_TRIGRAMS
    trigrams of one quotation (the same words of one statement, quoted by each). With the same
    type and participants, that is the same happening told by another outlet; a type and
    participants alone, on a page with no date, may be any of the pair's happenings."""
    from .neighbours import NUMBER, kind  # (neighbours reads merging's keys: imported late)

    shared = set(r.keys).intersection(k for m in c for k in m.keys)
    return any(kind(k) == NUMBER for k in shared) or len(shared) >= QUOTE_TRIGRAMS


def plan_group(group: str) -> bool:
    """Say whether merge group *group* (``group_key``) holds plans: there an undated report
    may be the dated plan the articles of its days tell (``_announced``)."""
    parts = group.split("|")
    return len(parts) > 1 and parts[1] == "planned"


def _announced(c: list[StoryReport], anchor: str) -> bool:
    """Say whether plan *c* is the plan articles dated within ANCHOR_DAYS of *anchor* tell
    for *anchor*'s month: one of them, naming both sides, dates it to that month. A plan is
    dated by the time it is for, not the day it is news: "flights will resume from late
    October" in a paper of 2 October and an undated "the two countries have agreed to resume
    flights" in one of the 3rd tell one plan, as undated reports of one day's news tell one
    happening (``_same_news``). A plan dated to a day of those days is joined as any event
    of them is (``window``, ``_told``); one for a month gone by is recalled, and one for a
    later month may be another plan of the pair's."""
    return any(
        when(m.event.date, m.event.date_precision) == "month" and m.event.date == anchor[:7]
        and _both_sides(m) and window(m.anchor) is not None and
        _days(m.anchor or "", anchor) <= ANCHOR_DAYS for m in c)


def _named_one(r: StoryReport, found: list[int], dated: list[list[StoryReport]]) -> list[int]:
    """Return the events of *found* an undated report may join: the only one, else, when the
    report names a person or body (not only countries), the only one some report of which
    names its very actors on both sides (``_names_alike``). Putin's decree told undated in
    a paper of the 22nd is the decree his name is on, dated the 21st, not the ministry's
    order of the 22nd that "Russia" gave; a report naming only Russia and Georgia says
    nothing to choose by, and two events naming its actors alike leave it undecided (all of
    them returned)."""
    if len(found) <= 1 or all(_generic(x) for x in _sides(r.event)):
        return found
    return [i for i in found if _names_alike(r, dated[i])] or found


def _told(c: list[StoryReport], anchor: str) -> bool:
    """Say whether event *c* is the news of articles dated within ANCHOR_DAYS of *anchor*:
    one of them dates it to a day at most TOLD_DAYS before itself and *anchor*. News of an act
    may break days after it (a border clash of Friday told in Parliament on Tuesday); an
    undated report of those days, of that type between those participants, tells what the
    other articles of its days tell, as undated reports of one day's news are one event
    (``_same_news``: both sides named, on the undated report and on the dated one). Only an
    event another article of its days tells counts: a date alone, days before the article,
    may be any of the pair's happenings."""
    span = window(anchor, TOLD_DAYS)
    return span is not None and any(
        when(m.event.date, m.event.date_precision) == "day" and _both_sides(m) and m.anchor and
        when(m.anchor, "day") == "day" and _days(m.anchor, anchor) <= ANCHOR_DAYS and
        span[0] <= (m.event.date or "") <= min(anchor, m.anchor) for m in c)


def _told_as_news(c: list[StoryReport]) -> bool:
    """Say whether event *c* may be some article's news: not every report that dates it to a
    day comes from an article known to be dated more than RECALLED_DAYS after that day. An
    undated report is its article's news; matched by date alone, it may not join an event the
    corpus knows only from articles recalling it long after (the flight ban "from July 8",
    told in February, is not the vote "earlier today" in a paper of July 9, though no other
    event was dated between). An article of unknown date may be the event's news."""
    days = [m for m in c if when(m.event.date, m.event.date_precision) == "day"]
    return not days or any(
        when(m.anchor, "day") != "day" or (m.anchor or "") < (m.event.date or "") or
        _days(m.event.date or "", m.anchor or "") <= RECALLED_DAYS for m in days)


def _news_by(c: list[StoryReport], anchor: str | None) -> bool:
    """Say whether event *c* may be the news an article dated *anchor* reports: it ended at
    most REPORTED_DAYS + MAX_EVENT_DAYS before that day (a month or a year counts to its
    end). An event its story recalls from long before ("troops also clashed in June 2020",
    in a piece of December 2022) is background, and an undated report of that story ("the
    troops recently clashed") is not it. Without a real anchor day the story decides, for
    an event some report dates finer than a year: news is told by its day or month ("on
    Monday", "in June"); a year alone dates what a story recalls ("the border war of 1962"),
    never the news of a page whose date is unknown (``_told_by_year``)."""
    if anchor is None or when(anchor, "day") != "day":
        return not _told_by_year(c)
    return any(_days(_end(m.event), anchor) <= TOLD_DAYS or
               _end(m.event) > anchor for m in c)


def _told_by_year(c: list[StoryReport]) -> bool:
    """Say whether event *c* is dated by years only: every report that dates it gives a year
    and no finer date (background a story recalls, not the news it tells)."""
    kinds = {when(m.event.date, m.event.date_precision) for m in c} - {None}
    return kinds == {"year"}


def _end_of_month(month: str) -> str:
    """The last day of *month* (YYYY-MM)."""
    y, m = int(month[:4]), int(month[5:7])
    return (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).isoformat()


def _end(event: Report) -> str:
    """The last day *event*'s date covers: the day, the month's last, or the year's last."""
    kind, value = when(event.date, event.date_precision), event.date or ""
    if kind == "month":
        return _end_of_month(value)
    if kind == "year":
        return f"{value[:4]}-12-31"
    return value


def _place(r: StoryReport, found: dict[tuple[str, int], list[StoryReport]], key: str) -> None:
    """Put *r* with the first reports of *key* whose participants it fits, else apart."""
    n = 0
    while (key, n) in found and not _fits(r, found[key, n]):
        n += 1
    found.setdefault((key, n), []).append(r)


#: Types whose one event may last days (a visit, a protest, a clash): reports a day apart may
#: be one of them. Others (a statement, a signature, a decree) happen on one day.
SPANNING_TYPES = frozenset({"CONSULT", "PROTEST", "MOBILIZE", "ASSAULT", "COERCE", "COOPERATE",
                            "AID"})
#: Modes of other types whose one event may last days: forces withdrawing (PLOVER RETREAT's
#: withdraw, CAMEO 087 "de-escalate military engagement") pull back over days, as they deploy
#: over days (MOBILIZE): "troops started to disengage" on one day and "forces had started to
#: withdraw" the next tell one withdrawal. A release or a lifted ban happens on one day.
SPANNING_MODES = frozenset({("RETREAT", "withdraw")})


def spans_days(event: Coding) -> bool:
    """Say whether *event* is of a type (or a mode) whose one happening may last days."""
    kind = event.type.upper()
    return kind in SPANNING_TYPES or (kind, event.mode or "") in SPANNING_MODES


def dates_compatible(a: Coding, b: Coding) -> bool:
    """Say whether two reports' dates may be one event's (undated ones may be anything).

    Coarse dates must share their period (months within a year, a day within a month).
    Two days must be the same, or a day apart when the type spans days, when one date is
    only the day its report was published ("publication": reported on, which is the day of
    the event or the next) or when the earlier is the first of the days its report tells
    ("on 11-12 October": the later is one of them). Never more than a day: ``region``
    relies on it.
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
    if spans_days(a) and spans_days(b):
        return True
    earlier, later = (b, a) if a.date > b.date else (a, b)
    span_end = _span_end(earlier)  # "on 11-12 October": the later day is one of its days
    return later.date_basis == "publication" or (span_end is not None and
                                                 span_end >= max(a.date, b.date))


def _days(x: str, y: str) -> int:
    try:
        return abs((date.fromisoformat(y) - date.fromisoformat(x)).days)
    except ValueError:
        return 0 if x == y else 99


def merge(members: list[StoryReport]) -> Event:
    """Return the one event *members* report: their consensus, with their evidence (each
    sentence once: two codings of one sentence are one report of it)."""
    first = members[0].event
    events = [m.event for m in members]
    mode = _most_common([e.mode for e in events if e.mode]) or first.mode
    dated = _best_date(events, mode)
    day = _published_by(members, dated)
    pairs = [f"{participant_key(e.source)}\n{participant_key(e.target)}" for e in events]
    top = _most_common([p for e, p in zip(events, pairs, strict=True) if not e.mutual]
                       or pairs)  # (the way one-way reports tell it, if any)
    sides = [(e.source, e.target) if p == top else (e.target, e.source)
             for e, p in zip(events, pairs, strict=True)]
    return first.to_event(
        source=_ref([s for s, _ in sides]), target=_ref([t for _, t in sides]),
        mode=mode,
        context=tuple(dict.fromkeys(c for e in events for c in e.context)),
        intensity=round(sum(e.intensity for e in events) / len(events), 2),
        status="reported" if any(e.status == "reported" for e in events) else first.status,
        claimed_by=() if any(e.status == "reported" for e in events) else first.claimed_by,
        date=day, date_precision=dated.date_precision, date_basis=dated.date_basis,
        date_text=dated.date_text, date_spread=date_spread(events),
        evidence=one_per_sentence(replace(ev, codings=(SentenceCoding.of(e, e.rule),))
                                  for e in events for ev in e.evidence),
        reports=len({m.article_id for m in members}),
        independent_sources=len({m.story for m in members}),
        mutual=any(e.mutual for e in events))


def _published_by(members: list[StoryReport], dated: Report) -> str | None:
    """Return the event's date from its best-dated report *dated*: a day of publication is
    only the day by which it had happened, so a page of an earlier day reporting it as done
    (its own words giving no day) moves that bound to its own day ("agreed" on a page of the
    10th and "agree" on one of the 11th: it happened by the 10th)."""
    if dated.date_basis != "publication" or dated.date_precision != "day" or not dated.date:
        return dated.date
    pages = [m.published for m in members if m.event.status in STATUS_CLASS and m.published
             and when(m.published, "day") is not None]
    return min([dated.date, *pages])


#: Modes that tell the travel of a visit, not the meeting it is for: an arrival is a visit's
#: first day, the meeting (PLOVER CONSULT's meet, negotiate ...) the consultation itself.
_TRAVEL_MODES = frozenset({"visit"})


#: How well a report's date is founded, best first: the event's own words, then its words
#: with the year the text told before them ("narrative"), then the day its article's lede
#: tells ("newsday", annotate/newsday.py), then its words with the year its page's dated
#: neighbours agree on ("neighbours-year", analyze/neighbours.py), then the day it was
#: published.
_BASES = ("text", "narrative", "newsday", "neighbours-year", "publication")


def _best_date(events: list[Report], mode: str | None = None) -> Report:
    """Return the member whose date is the group's: the best basis (the event's own words
    before the day of publication), then the finest precision, then the dates of reports that
    say it happened over those of reports that say it was planned (a plan's day can slip); a
    happening a source is said to have told (status claimed) is dated as one the outlet tells
    ("the joint statement said troops began to disengage on 8 September" dates the withdrawal
    as the outlet's own words would), then, for an event of *mode* a meeting,
    the dates of the meeting over those of the travel to it (a consultation told mostly as a
    meeting, "arrived on Thursday" and "met on Friday", is Friday's meeting; one told mostly
    as a visit starts on arrival), the most reported date (the earliest on a tie); of
    publication days, the first (it happened by then)."""
    for basis in (*_BASES, None):
        for precision in _PRECISIONS:
            found = [e for e in events if e.date and e.date_precision == precision and
                     (e.date_basis == basis or basis is None)]
            found = [e for e in found if e.status in STATUS_CLASS] or found
            if mode not in _TRAVEL_MODES:  # (a visit is dated by its first day: arrival)
                found = [e for e in found if e.mode not in _TRAVEL_MODES] or found
            if precision == "day" and not all(spans_days(e) for e in events):
                found = _named_days(found)
            if found and basis == "publication":  # (reported by then: the first is nearest)
                return min(found, key=lambda e: e.date or "")
            if found:
                counts = Counter(e.date or "" for e in found)
                top = max(counts.values())
                day = min(d for d, n in counts.items() if n == top)
                return next(e for e in found if e.date == day)
    return events[0]


def _named_days(found: list[Report]) -> list[Report]:
    """Return *found* without the reports dated by the first day of a span they tell ("in
    their summit on 11-12 October, reiterated ...") when another names one day inside it
    ("concluded on Saturday with the two sides agreeing"): an act of one day told within a
    span of days happened on the day a report names; a span's first day is only the
    convention that dates the span itself (a summit, a visit: SPANNING_TYPES keep it)."""
    ends = {id(e): _span_end(e) for e in found}
    named = [e.date for e in found if ends[id(e)] is None and e.date]
    kept = [e for e in found if not any(e.date and e.date < d <= (ends[id(e)] or "")
                                        for d in named)]
    return kept or found


def _span_end(e: Coding) -> str | None:
    """The last day of the span of days a day-dated report's phrase tells, read from its
    first day (the date it has), or None when it names one day."""
    if not e.date or not e.date_text:
        return None
    found = resolve(e.date_text, e.date, "future")
    return found.end if found is not None and found.date == e.date and found.end and \
        found.precision == "day" else None


def date_spread(events: list[Report]) -> tuple[str, str] | None:
    """Return the first and last dates its reports give an event, when they differ."""
    dated = sorted(e.date for e in events if e.date and when(e.date, e.date_precision))
    return (dated[0], dated[-1]) if dated and dated[0] != dated[-1] else None


def _ref(refs: list[ActorRef | None]) -> ActorRef | None:
    """Return the side of an event its reports give: the one actor who acts for a country
    when a report names them (Putin, not Russia), else the most common one with an id; a side
    one report states wins over a side others only infer."""
    named = sorted((r for r in refs if r is not None), key=lambda r: (r.id is None, r.inferred))
    stated = [r for r in named if not r.inferred] or named
    for pool in ([r for r in stated if not _generic(r)], [r for r in stated if r.id]):
        if pool:
            key = _most_common([side_key(r) for r in pool])
            return next(r for r in pool if side_key(r) == key)
    return named[0] if named else None


def _most_common(values: list[str]) -> str | None:
    """Return the most frequent value, the first seen on a tie."""
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    return next(v for v in values if counts[v] == top)
