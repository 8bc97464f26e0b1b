"""An actor pair's timeline: dated entries chosen by salience, each with a short extractive
summary from its best-supported report and the articles it cites.

A pair timeline is built from merged events between two actors; a topic timeline
(:mod:`.topic_timeline`) from the dated sentences of a topic's articles: two different
things, named apart.

Salience rewards what many independent sources report, what is intense (a clash or an accord
more than a phone call), and what actually happened (over what is planned or denied); novelty
halves an entry that repeats the type of a more salient entry a fortnight either side. The
summary is one report's sentence that states the entry's event, in its own words (see
:mod:`.entry_text`: coded as the entry's type and status, naming both sides and its day, from
an original's lede, no page furniture). Undated events are listed apart, never placed at a
guessed date. Undated events the merge keeps apart (their pages state no date to tell one
happening from another) but that report one statement alike (the same type, mode, status and
sides, told in the same sentence on several pages) are shown as one undated entry that says
so ("3 undated events alike"), rather than as three rows of one line.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from ..models import SECTOR_WORDS, Actor, ActorRef, Article, Event, one_state
from ..results import PairTimelineFrames
from .entry_text import (
    SummaryFrom,
    article_label,
    cited_label,
    same_address,
    summary_evidence,
    summary_from,
    summary_text,
)

NOVELTY_DAYS = 14
_STATUS_WEIGHT = {"reported": 1.0, "claimed": 0.7, "planned": 0.6, "negated": 0.3,
                  "hypothetical": 0.2}


@dataclass(frozen=True)
class Citation:
    """An article an entry cites (the JSON's ``sources``)."""

    article_id: str
    outlet: str | None
    url: str | None
    title: str | None
    # what to call it: its title, or its address's words when the title is a page stamp or a
    # photo caption (or missing), else its first words; see ``entry_text.article_label``
    label: str = ""
    # the other stored pages at the same address (a page stored twice): cited once, said so
    same_url: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """Say that more than one stored page has this address: "2 stored pages"."""
        return f"{len(self.same_url) + 1} stored pages" if self.same_url else ""

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "outlet": self.outlet, "url": self.url,
                "title": self.title, "label": self.label or self.title or self.article_id,
                "same_url": list(self.same_url), "note": self.note}


@dataclass(frozen=True)
class PairTimelineEntry:
    """One date of the timeline: its events, a summary, and the sources that report them."""

    date: str | None
    date_precision: str | None
    summary: str
    type: str
    mode: str | None
    intensity: float
    salience: float
    events: tuple[Event, ...]
    sources: tuple[Citation, ...]
    independent_sources: int = 0  # distinct stories among its reports' articles
    reports: int = 0              # articles reporting it, copies included
    # an undated entry's upper bound: the first day an article reporting it was published (or
    # its story's original was); the event happened on or before it, which is always true,
    # where a day guessed from it would often be wrong
    reported_by: str | None = None
    # where that day comes from: "page" (a page's own date), "story" (its story's original's)
    # or "coreported" (a page without either, dated by the news it reports: the day is
    # inferred from other pages, not stated by one reporting it)
    reported_by_basis: str | None = None
    # the article and sentence offsets the summary quotes (None: no evidence to quote)
    summary_from: SummaryFrom | None = None
    # where the entry's date comes from: the surest basis of its events' dates ("text",
    # "narrative", "newsday", "story", "publication"; DATE_BASES), None when undated
    date_basis: str | None = None
    # an undated entry of several undated events alike (``alike_groups``): how many, else 0
    alike: int = 0
    # a dated entry told only as recalled history: the first day a page telling it is dated,
    # when every such page is dated more than RECALLED_AFTER_DAYS after the entry's date
    # ("the two fought a border war in 1962", told in 2020): true background, not the news
    # of the pages (``recalled_after``); None for the news
    recalled_by: str | None = None

    @property
    def alike_text(self) -> str:
        """Say that an undated entry holds several undated events alike, as every view says it:
        "3 undated events alike: one statement on several pages, kept apart as no date tells
        them one", or '' for one event."""
        if self.alike < 2:
            return ""
        return (f"{self.alike} undated events alike: one statement on several pages, kept "
                "apart as no date tells them one")

    @property
    def status_text(self) -> str:
        """Say which of the entry's events are not told as done: '' when all are reported, else
        "planned" (all of one status) or "1 of 2 events planned": an analyst must not read a
        plan, a denial or a claim as an act that happened."""
        counts = Counter(e.status for e in self.events if e.status != "reported")
        if not counts:
            return ""
        if len(counts) == 1 and sum(counts.values()) == len(self.events):
            return next(iter(counts))
        total = len(self.events)
        return ", ".join(f"{n} of {total} event{'' if total == 1 else 's'} {status}"
                         for status, n in sorted(counts.items()))

    @property
    def counts(self) -> str:
        """Say how many independent sources and how many reports stand behind the entry."""
        return counts_text(self.independent_sources, self.reports)

    @property
    def who_text(self) -> str:
        """Say who did it to whom, as every view heads an entry: "Russia → Georgia", "India ↔
        China" (done to each other); an entry of one type may hold acts of either side, each
        way then with its number of events, most first ("Russia → Georgia (2); Georgia →
        Russia"): a pair's chart mixes both directions, its timeline must not hide them."""
        ways = Counter(way_text(e) for e in self.events)
        return "; ".join(w if n == 1 else f"{w} ({n})" for w, n in ways.most_common())

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "date_precision": self.date_precision,
                "date_basis": self.date_basis, "summary": self.summary,
                "summary_from": self.summary_from.to_dict() if self.summary_from else None,
                "type": self.type, "mode": self.mode,
                "intensity": self.intensity, "salience": self.salience,
                "events": [e.to_dict() for e in self.events],
                "sources": [s.to_dict() for s in self.sources],
                "independent_sources": self.independent_sources, "reports": self.reports,
                "counts": self.counts, "reported_by": self.reported_by,
                "reported_by_basis": self.reported_by_basis, "alike": self.alike,
                "alike_text": self.alike_text, "recalled_by": self.recalled_by,
                "who": self.who_text}


def way_text(event: Event, missing: str = "?") -> str:
    """Return one event's way as a user reads it: "Putin → Georgia", "India ↔ China" (done to
    each other), *missing* for a side it lacks. A domestic event's side that is its state
    by a sector says the sector ("Barack Obama → United States (legislature)")."""
    def name(ref: ActorRef | None) -> str:
        if ref is None or not ref.name:
            return missing
        sector = SECTOR_WORDS.get(ref.sector or "") if event.domestic else None
        return f"{ref.name} ({sector})" if sector and ref.id == ref.country else ref.name

    return f"{name(event.source)} {'↔' if event.mutual else '→'} {name(event.target)}"


def counts_text(independent_sources: int, reports: int) -> str:
    """Return sources and copies apart, as a user reads them: '5 independent sources, 12
    reports' (copies and rewrites of one story are one source, every article a report)."""
    return (f"{independent_sources} independent source{'' if independent_sources == 1 else 's'}"
            f", {reports} report{'' if reports == 1 else 's'}")


@dataclass(frozen=True)
class PairTimeline(PairTimelineFrames):
    """The timeline of a pair of actors: dated entries in date order, undated ones apart."""

    pair: tuple[Actor, Actor]
    entries: tuple[PairTimelineEntry, ...]
    undated: tuple[PairTimelineEntry, ...] = ()
    events: int = 0          # events between the pair, dated or not
    left_out: int = 0        # dated entries below the salience cut
    undated_total: int = 0   # undated events, shown or not (alike ones share an entry)

    @property
    def domestic(self) -> bool:
        """Say whether the pair is one state (or it and its own people): its entries are that
        state's domestic events, no relation between two states."""
        return one_state(self.pair)

    @property
    def undated_shown(self) -> int:
        """Return how many undated events the shown undated entries hold."""
        return sum(len(e.events) for e in self.undated)

    def to_dict(self) -> dict[str, Any]:
        return {"pair": [_actor(a) for a in self.pair], "domestic": self.domestic,
                "entries": [e.to_dict() for e in self.entries],
                "undated": [e.to_dict() for e in self.undated],
                "events": self.events, "left_out": self.left_out,
                "undated_total": self.undated_total, "undated_shown": self.undated_shown}


def _actor(a: Actor) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country}


def salience(event: Event) -> float:
    """Return how much an event deserves a place in a timeline."""
    return round((math.log2(1 + event.independent_sources) + 0.25 * math.log2(event.reports)
                  + abs(event.intensity) / 5) * _STATUS_WEIGHT.get(event.status, 0.5), 3)


def build_pair_timeline(pair: tuple[Actor, Actor], events: list[Event],
                        articles: dict[str, Article], limit: int | None = 30) -> PairTimeline:
    """Return the timeline of *pair* from its merged *events* (with *articles* by id)."""
    by_date: dict[tuple[str, str | None], list[Event]] = {}
    for e in events:
        if e.date:
            by_date.setdefault((e.date, e.date_precision), []).append(e)
    undated_events = [e for e in events if not e.date]
    undated = [replace(_entry(None, None, group, articles), alike=len(group) if len(group) > 1
                       else 0) for group in alike_groups(undated_events)]
    dated = [_entry(d, p, group, articles) for (d, p), group in by_date.items()]
    chosen = _select(dated, limit)
    undated.sort(key=lambda x: (-x.salience, x.events[0].id))
    shown = undated[:limit] if limit is not None else undated
    # the most salient undated events, read in the order they were reported
    shown.sort(key=lambda x: (x.reported_by is None, x.reported_by or "", -x.salience,
                              x.events[0].id))
    return PairTimeline(pair=pair, entries=tuple(sorted(chosen, key=_date_order)),
                        undated=tuple(shown), events=len(events),
                        left_out=len(dated) - len(chosen),
                        undated_total=len(undated_events))


def alike_groups(events: Iterable[Event]) -> list[list[Event]]:
    """Return undated *events* in groups of those alike: the same type, mode, status and
    sides, and a sentence in common (its words, whatever the spacing, case or quotation
    marks), directly or through another of the group. One statement reprinted on three pages
    is one group; two statements of one kind by one speaker are two. In first-seen order."""
    events = list(events)
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[tuple[object, ...], int] = {}
    for i, e in enumerate(events):
        kind = (e.type, e.mode, e.status, e.source.id if e.source else None,
                e.target.id if e.target else None)
        for ev in e.evidence:
            key = (*kind, _words(ev.sentence))
            if key in seen:
                parent[root(i)] = root(seen[key])
            else:
                seen[key] = i
    groups: dict[int, list[Event]] = {}
    for i, e in enumerate(events):
        groups.setdefault(root(i), []).append(e)
    return list(groups.values())


def _words(sentence: str) -> str:
    """Return a sentence's words in lower case: what two pages' copies of it share."""
    return " ".join(re.findall(r"\w+", sentence.lower()))


def _date_order(entry: PairTimelineEntry) -> tuple[str, int]:
    return (entry.date or "", {"day": 2, "month": 1, "year": 0}.get(entry.date_precision or "", 0))


def _entry(day: str | None, precision: str | None, events: list[Event],
           articles: dict[str, Article]) -> PairTimelineEntry:
    # the headline: the event most sources, articles and sentences report
    events = sorted(events, key=lambda e: (-e.independent_sources, -e.reports,
                                           -len(e.evidence), -salience(e), e.id))
    top = events[0]
    ranked = sorted((salience(e) for e in events), reverse=True)
    score = ranked[0] + 0.25 * sum(ranked[1:])
    first = first_reported(events, articles)
    quoted = summary_evidence(events, day, articles)
    return PairTimelineEntry(
        date=day, date_precision=precision, summary=summary_text(quoted),
        summary_from=summary_from(quoted, articles),
        date_basis=_date_basis(events) if day else None,
        type=top.type, mode=top.mode,
        intensity=round(sum(e.intensity for e in events) / len(events), 2),
        salience=round(score, 3), events=tuple(events), sources=_sources(events, articles),
        independent_sources=len({_story(ev.article_id, articles) for e in events
                                 for ev in e.evidence}),
        reports=len({ev.article_id for e in events for ev in e.evidence}),
        reported_by=first[0] if first and not day else None,
        reported_by_basis=first[1] if first and not day else None,
        recalled_by=first[0] if first and day and recalled_after(day, precision, first[0])
        else None)


#: Days after an event's date past which a page telling it recalls it: a year. News is
#: told within days, and a story's background within the months it unfolds (the clash of
#: June told again in September is the news's own past); an act a year and more before every
#: page that tells it is history those pages recall.
RECALLED_AFTER_DAYS = 365


def recalled_after(day: str, precision: str | None, first: str) -> bool:
    """Say whether an event dated *day* (to a day, month or year) and first told on a page of
    *first* is recalled history: *first* is more than RECALLED_AFTER_DAYS after the end of
    the event's date."""
    end = period_end(day, precision)
    try:
        return (date.fromisoformat(first[:10]) - end).days > RECALLED_AFTER_DAYS
    except ValueError:
        return False


def period_end(day: str, precision: str | None) -> date:
    """The last day a date of *precision* covers (a year's 31 December, a month's last)."""
    y = int(day[:4])
    if precision == "year" or len(day) < 7:
        return date(y, 12, 31)
    m = int(day[5:7])
    if precision == "month" or len(day) < 10:
        return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
    return date.fromisoformat(day[:10])


#: The bases of an event's date, the surest first: its own words, its words with the year the
#: text told before them, its article's lede's day, its story's date, its words with the year
#: its page's dated neighbours agree on, the day it was reported.
DATE_BASES = ("text", "narrative", "newsday", "story", "neighbours-year", "publication")


def _date_basis(events: list[Event]) -> str | None:
    """Return the surest basis among *events*' dates (an entry's date stands as its best-founded
    report has it)."""
    bases = [e.date_basis for e in events if e.date_basis]
    return min(bases, key=lambda b: DATE_BASES.index(b) if b in DATE_BASES else len(DATE_BASES),
               default=None)


#: The bases of a first-report day, the surest first (on a tie, the surest is said).
REPORTED_BASES = ("page", "story", "coreported", "neighbours")


def first_reported(events: list[Event], articles: Mapping[str, Article]
                   ) -> tuple[str, str] | None:
    """Return the first day any of *events*' articles is dated, and on what basis: the page's
    own date ("page"), its story's original's ("story": the same text was out then), or, for a
    page with neither, the day the news it reports dates it to ("coreported"), as the page
    shows it everywhere else. The events had happened by then; None when no page is dated."""
    days = [(d, REPORTED_BASES.index(basis)) for e in events for ev in e.evidence
            if (a := articles.get(ev.article_id)) is not None
            for d, basis in page_days(a)]
    if not days:
        return None
    day, rank = min(days)
    return day, REPORTED_BASES[rank]


def page_days(article: Article) -> list[tuple[str, str]]:
    """Return the days *article* is dated to, with their basis (see ``first_reported``); a
    coreported day only when it has neither a date of its own nor its story's."""
    found = [(d, b) for d, b in ((article.published, "page"), (article.story_date, "story"))
             if d]
    if not found and article.coreported:
        found.append((article.coreported, "coreported"))
    elif not found and article.neighboured:
        found.append((article.neighboured, "neighbours"))
    return found


def _story(article_id: str, articles: dict[str, Article]) -> str:
    article = articles.get(article_id)
    return (article.story_id if article is not None else None) or article_id


def _select(entries: list[PairTimelineEntry], limit: int | None) -> list[PairTimelineEntry]:
    """Choose entries greedily by salience, halving those that repeat a chosen one."""
    left = sorted(entries, key=lambda e: (-e.salience, e.date or "", e.type))
    chosen: list[PairTimelineEntry] = []
    while left and (limit is None or len(chosen) < limit):
        # the first entry's salience bounds every later one: stop scanning when it cannot win
        best_i, best_score = 0, -1.0
        for i, e in enumerate(left):
            if e.salience <= best_score:
                break
            score = _novel(e, chosen) * e.salience
            if score > best_score:
                best_i, best_score = i, score
        chosen.append(left.pop(best_i))
    return chosen


def _novel(entry: PairTimelineEntry, chosen: list[PairTimelineEntry]) -> float:
    for other in chosen:
        if other.type == entry.type and _days(other.date, entry.date) <= NOVELTY_DAYS:
            return 0.5
    return 1.0


def _days(x: str | None, y: str | None) -> int:
    try:
        return abs((date.fromisoformat((x or "")[:10]) - date.fromisoformat((y or "")[:10])).days)
    except ValueError:
        return 10 ** 6


def _sources(events: list[Event], articles: dict[str, Article]) -> tuple[Citation, ...]:
    """Return the articles an entry cites, originals first, each address once: two stored
    pages with one address are one citation that says so (``same_url``)."""
    seen: dict[str, Citation] = {}
    for e in events:
        for ev in e.evidence:
            if ev.article_id not in seen:
                article = articles.get(ev.article_id)
                title = article.title if article else None
                # its title, its address's words, else its first words ("34.80.245.248/
                # content_html/2021-02-11/89235da...html" names no page to a reader)
                label = article_label(article) if article is not None else \
                    cited_label(title, ev.url, ev.article_id)
                seen[ev.article_id] = Citation(ev.article_id, ev.outlet, ev.url, title, label)
    ordered = sorted(seen.values(), key=lambda s: (
        articles[s.article_id].copy_of is not None if s.article_id in articles else True,
        s.outlet or "", s.article_id))
    by_url: dict[str, list[Citation]] = {}
    for c in ordered:
        by_url.setdefault(same_address(c.url) if c.url else c.article_id, []).append(c)
    return tuple(replace(group[0], same_url=tuple(c.article_id for c in group[1:]))
                 for group in by_url.values())
