"""One side from the happening: a one-sided report of a known happening takes its missing side.

A page that tells "the foreign ministry condemned the decision" the day the same outlet, or
another, tells "Georgia condemned Russia's decision" reports one happening whose target the
first sentence leaves out; coded one-sided, it never joins its event, and its story is never
counted among the event's sources. A one-sided report takes the other side of the one
two-sided happening its present side, PLOVER type and status class fit (``taking``), placed
by the rules merging uses for dates (analyze/merge.py):

- a two-sided report of its own article (``article``: a page tells its news again in other
  words);
- a report dated to a day takes from one dated within a day of it (``day``);
- an undated report takes from a two-sided report of its own story (``story``), or from one
  dated to a day in the REPORTED_DAYS before its article's date (``window``: what an article
  reports happened by the day it appeared).

A report dated to a month or a year takes only from its own article. Where the fitting
reports name two different other sides, nothing is taken: a date and one side say which
happening only when one happening fits. The side taken keeps its own basis ("inferred-event",
``TAKEN``), so a user tells it from a stated one and a stated side always wins when reports
merge; then the report merges by the normal rules. When every report of the happening that
fits reads it as done by each side to the other ("the two armies clashed"), the report takes
that reading too (``Taken.mutual``): "soldiers were killed in a clash with the army" tells the
clash, not a one-way attack, and merges with it as such.

Only sides the text states (``WITNESS_BASES``: stated, learned, implied by the governing
clause) make a report a witness, never a side taken this way, so what a report takes does not
depend on the order reports are stored or ingested. Guards, as annotate/counterpart.py found
for the article's counterpart (acts aimed at home, third parties): the present side must be
a state or its executive or military (``counterpart.STATE_SECTORS``; police, courts,
legislatures, parties and the opposition act at home as often as abroad); the two sides must
be the pair of states the report's article is about (``counterpart.article_pair``: a page
about Egypt and the United States does not tell Mexico's acts, and a report whose side is of
a third state takes nothing); and a report whose sentence names a party other than those two
(``named``) takes nothing: that party may be the one the act is aimed at.

The corpus stage (analyze/stage.py) runs this before merging (``attach_sides``): the reports
not merged yet name the keys (type, status class, participant) whose one-sided reports near
them (their articles, stories and days) or holding a side taken from one of them are read
again, so a new two-sided report re-checks the one-sided reports it may be a witness for, a
changed or retired one those that took from it, and a one-sided report whose taking changed
is merged again. A taking depends only on the stated reports of
its places and its article's pair, never on another taking: ingesting in any order gives the
same events (tests/test_attach_round1.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from ..annotate.counterpart import STATE_SECTORS, article_pair
from ..happening import STATUS_CLASS, SYMMETRIC_TYPES, participant_key, side_key, type_key
from ..models import ActorRef, Coding, SideBasis, StoryReport
from ..store.interface import CorpusStore
from .merge import REPORTED_DAYS, _days, when, window

#: The basis of a side taken from the happening a one-sided report tells.
TAKEN: SideBasis = "inferred-event"
#: Bases of sides the text states: only reports stating both sides this way are witnesses.
WITNESS_BASES = frozenset({"stated", "learned", "inferred-clause", "inferred-place"})
#: Sectors of a present side whose acts are towards other states (None: the state itself).
ACTING_ABROAD = frozenset({None, *STATE_SECTORS})
Slot = Literal["source", "target"]


def party_key(event_type: str, status: str, ref: ActorRef | None) -> str | None:
    """Return the key of one side of a report: its type, status class and participant; None
    for a side that is no known actor or country (it may be anyone)."""
    if ref is None or not (ref.country or ref.id):
        return None
    return "|".join([type_key(event_type), STATUS_CLASS.get(status, status), participant_key(ref)])


def missing(event: Coding) -> Slot | None:
    """Return which side a one-sided report leaves out (a side taken counts as left out);
    None when it states both, or neither."""
    source = event.source if event.source and event.source.basis != TAKEN else None
    target = event.target if event.target and event.target.basis != TAKEN else None
    if (source is None) == (target is None):
        return None
    return "target" if target is None else "source"


def present(event: Coding) -> ActorRef | None:
    """Return the side a one-sided report states."""
    slot = missing(event)
    return None if slot is None else event.source if slot == "target" else event.target


def witness(event: Coding) -> bool:
    """Say whether a report states both its sides (see ``WITNESS_BASES``), of two parties."""
    s, t = event.source, event.target
    return (s is not None and t is not None and s.basis in WITNESS_BASES and
            t.basis in WITNESS_BASES and participant_key(s) != participant_key(t))


def keys(event: Coding) -> set[str]:
    """Return the keys a report bears on: each side of a witness, the present side of a
    one-sided report."""
    sides = [event.source, event.target] if witness(event) else [present(event)]
    return {k for ref in sides if (k := party_key(event.type, event.status, ref))}


def may_take(event: Coding) -> bool:
    """Say whether a one-sided report may take a side: its present side is stated and is a
    state or its executive or military (not a party, a court, the police or the opposition,
    whose acts are at home as often as abroad)."""
    ref = present(event)
    return (ref is not None and ref.basis in WITNESS_BASES and
            (ref.sector or None) in ACTING_ABROAD and
            party_key(event.type, event.status, ref) is not None)


def route(r: StoryReport, w: StoryReport) -> str | None:
    """Return how witness *w* may tell the happening report *r* tells, by where and when:
    'article', 'day', 'story' or 'window' (see the module docstring); None when not."""
    if w.article_id == r.article_id:
        return "article"
    kind, kind_w = when(r.event.date, r.event.date_precision), \
        when(w.event.date, w.event.date_precision)
    if kind == "day":
        near = kind_w == "day" and _days(r.event.date or "", w.event.date or "") <= 1
        return "day" if near else None
    if kind is not None:
        return None
    if w.story == r.story:
        return "story"
    span = window(r.anchor)
    if span is not None and kind_w == "day" and span[0] <= (w.event.date or "") <= span[1]:
        return "window"
    return None


def other_side(r: Coding, w: Coding) -> ActorRef | None:
    """Return the side of witness *w* that *r* leaves out when *r*'s present side plays the
    same part in *w* (the same actor, or a country and one who acts for it; either side for a
    symmetric type or a mutual report), else None."""
    slot, ref = missing(r), present(r)
    if slot is None or ref is None or w.source is None or w.target is None:
        return None
    either = type_key(r.type) in SYMMETRIC_TYPES or w.mutual
    pairs = [(w.target, w.source), (w.source, w.target)] if either else \
        [(w.source, w.target) if slot == "target" else (w.target, w.source)]
    for same, other in pairs:
        if participant_key(same) == participant_key(ref) and _alike(same, ref):
            return other
    return None


def _alike(a: ActorRef, b: ActorRef) -> bool:
    """Say whether two sides may be one party: the same actor, or a country and its people."""
    return side_key(a) == side_key(b) or any(
        x.id is None or x.kind == "country" or x.id == x.country for x in (a, b))


@dataclass(frozen=True)
class Taken:
    """The side a one-sided report takes (``side``, for its ``slot``), how its happening was
    found (``route``), and whether the happening is read as done by each side to the other
    (``mutual``: every report of it that fits says so, "the two armies clashed"; the
    report, "soldiers were killed in a clash with the army", tells that act, not a one-way
    one)."""

    slot: Slot
    side: ActorRef
    route: str
    mutual: bool = False
    witnesses: tuple[str, ...] = ()  # (the ids of the reports that fit: where it came from)


def taking(r: StoryReport, witnesses: Iterable[StoryReport], named: Iterable[str] = (),
           pair: Iterable[str] | None = None) -> Taken | None:
    """Return the side one-sided report *r* takes when the witnesses that fit it name one
    other party, its own party and that one are its article's *pair* of states
    (annotate/counterpart.py ``article_pair``), and its sentence names no party beyond those
    two (*named*: the participants its sentence names); else None."""
    slot = missing(r.event)
    if slot is None or not may_take(r.event):
        return None
    found: list[tuple[str, ActorRef, bool]] = []
    fitting: list[str] = []
    for w in witnesses:
        if (w.event.type.upper() != r.event.type.upper() or not witness(w.event) or
                STATUS_CLASS.get(w.event.status, w.event.status) !=
                STATUS_CLASS.get(r.event.status, r.event.status)):
            continue
        way = route(r, w)
        other = other_side(r.event, w.event) if way else None
        if way and other is not None:
            found.append((way, other, w.event.mutual))
            fitting.append(w.event.id)
    if any(not (o.id or o.country) for _, o, _ in found):
        return None  # (a side of no known actor nor country may be anyone)
    parties = {participant_key(o) for _, o, _ in found}
    if len(parties) != 1:
        return None
    own = participant_key(present(r.event))
    if set(named) - {own, *parties} or {own, *parties} != set(pair or ()):
        return None
    ways = {w for w, _, _ in found}
    way = next(w for w in ("article", "story", "day", "window") if w in ways)
    return Taken(slot, replace(_chosen([o for _, o, _ in found]), basis=TAKEN), way,
                 all(m for _, _, m in found), tuple(sorted(fitting)))


def _chosen(others: list[ActorRef]) -> ActorRef:
    """Return the side to take of those the witnesses give (one participant): the country
    it acts for, never one of its people or bodies (the report may mean another of them:
    "talks with Chinese interlocutors" were the foreign secretary's, not the leader's whom
    another sentence has meet China); an actor of no country (an organisation) itself."""
    countries = [o for o in others if o.country and o.id == o.country]
    if countries:
        return min(countries, key=lambda o: (o.basis != "stated", o.name))
    code = participant_key(others[0])
    if others[0].country:
        return ActorRef(code, code, code, None, "country")
    return min(others, key=lambda o: (o.basis != "stated", o.name))


def takings(takers: Iterable[StoryReport], witnesses: Iterable[StoryReport],
            named: Mapping[str, Iterable[str]],
            pairs: Mapping[str, tuple[str, str] | None]) -> dict[str, Taken | None]:
    """Return, by report id, the side each one-sided report of *takers* takes (None: none)
    from *witnesses* (those of them that state both sides), given the participants each
    taker's sentence names (*named*) and its article's pair of states (*pairs*, by article
    id). Witnesses are looked up by key and by where (article, story) or when (day) they may
    fit, so a busy key costs its reports, not its reports squared."""
    index: dict[tuple[str, str, str], list[StoryReport]] = {}
    for r in witnesses:
        if witness(r.event):
            day = r.event.date if when(r.event.date, r.event.date_precision) == "day" else None
            for k in keys(r.event):
                for where, value in (("article", r.article_id), ("story", r.story),
                                     ("day", day)):
                    if value:
                        index.setdefault((k, where, value), []).append(r)
    out: dict[str, Taken | None] = {}
    for r in takers:
        if missing(r.event) is None:
            continue
        key = party_key(r.event.type, r.event.status, present(r.event)) or ""
        found = {w.event.id: w for place in _places(r)
                 for w in index.get((key, *place), [])}
        out[r.event.id] = taking(r, [found[i] for i in sorted(found)],
                                 named.get(r.event.id, ()), pairs.get(r.article_id))
    return out


def _places(r: StoryReport, reach: bool = False) -> list[tuple[str, str]]:
    """Where a witness of *r* may be (``route``): its article; for a report dated to a day,
    the days within a day of it; for an undated one, its story and the days of its
    article's ``window``. With *reach*, where the one-sided reports *r* may be a witness of
    are: its article, its story, and for a report dated to a day, the days within a day of
    it and the days its article may be dated to for an undated report to take from it."""
    kind = when(r.event.date, r.event.date_precision)
    places = [("article", r.article_id)]
    if reach:
        places.append(("story", r.story))
        if kind == "day":
            first = date.fromisoformat(r.event.date or "") - timedelta(days=1)
            places += [("day", (first + timedelta(days=n)).isoformat())
                       for n in range(REPORTED_DAYS + 2)]
        return places
    if kind == "day":
        first = date.fromisoformat(r.event.date or "") - timedelta(days=1)
        places += [("day", (first + timedelta(days=n)).isoformat()) for n in range(3)]
    elif kind is None:
        places.append(("story", r.story))
        span = window(r.anchor)
        if span is not None:
            first = date.fromisoformat(span[0])
            places += [("day", (first + timedelta(days=n)).isoformat())
                       for n in range(_days(*span) + 1)]
    return places


def attach_sides(store: CorpusStore) -> int:
    """Give the one-sided reports the reports not merged yet may bear on the side they take
    (or take back one no longer taken), marking them for merging again; return how many
    changed.

    Read again, of the keys the reports not merged yet bear on: the one-sided reports in
    their places (``_places``: their articles, their stories, the days they are dated to,
    the articles dated in the days after), and those holding a side taken from one of them
    (it may have changed or gone; the store keeps where each side taken came from); then the
    reports of those reports' places. Each is found by index, so a batch costs what it
    touches, not the corpus."""
    pending = store.pending_side_reports()
    touched = sorted({k for r in pending for k in keys(r.event)})
    if not touched:
        return 0
    near = {place for r in pending for place in _places(r, reach=True)}
    sources = sorted(r.event.id for r in pending if witness(r.event))
    takers = [r for r in store.side_takers(touched, _taker_places(near), sources)
              if _holds(r.event) or any(place in near for place in _places(r))]
    if not takers:
        return 0
    places = sorted({place for r in takers for place in _places(r)})
    pairs = {a: article_pair(store.mentions(a)) for a in sorted({r.article_id for r in takers})}
    found = takings(takers, store.place_reports(places),
                    store.sentence_parties([r.event.id for r in takers]), pairs)
    changes = []
    for r in takers:
        new, slot = found.get(r.event.id), missing(r.event) or "source"
        now = (new.side, new.mutual) if new is not None else (None, False)
        if (getattr(r.event, slot), r.event.mutual) != now:
            changes.append((r.event.id, slot, *now))
    store.set_taken_sides(changes)
    store.set_side_witnesses({r.event.id: (t.witnesses if (t := found.get(r.event.id)) else ())
                              for r in takers})
    return len(changes)


def _taker_places(near: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return where to look for the one-sided reports one of whose places (``_places``) is
    in *near*: its article or story; for a report dated to a day, the days within a day of
    a day in *near*; for an undated one, an article dated (its ``anchor``) in the
    REPORTED_DAYS after one (its ``window`` holds that day)."""
    out = [(kind, value) for kind, value in near if kind != "day"]
    for kind, value in near:
        if kind == "day":
            day = date.fromisoformat(value)
            out += [("day", (day + timedelta(days=n)).isoformat()) for n in (-1, 0, 1)]
            out += [("anchor", (day + timedelta(days=n)).isoformat())
                    for n in range(REPORTED_DAYS + 1)]
    return sorted(set(out))


def _holds(event: Coding) -> bool:
    """Say whether a report holds a side taken."""
    return any(ref is not None and ref.basis == TAKEN for ref in (event.source, event.target))
