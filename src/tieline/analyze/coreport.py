"""Date a page that states no date by the news it reports (dating by co-reported events).

Half the pages of a crawl state no date, and their undated reports never join the dated
reports of the same happening. A page that reports several *specific* happenings which dated
pages report within the same few days was almost surely written in those days: news is
written while it is news. So an article with no date of its own and none from its story takes
the day by which every one of those happenings had been reported (``Article.coreported``,
basis "coreported"), with the dated articles that reported them kept as its evidence.

What counts as specific is a pair of sides, not a type (one meeting is coded CONSULT on one
page and AGREE on another): both sides named, two different participants, and at least one a
person, or both known actors that are not countries. "Russia accuses Georgia" happens every
week; "Lavrov meets Zurabishvili" does not. A pair more dated articles report than
MAX_WITNESSES dates nothing. Only reports of what happened count (a plan, "Modi and Xi may
meet", is written any month). The pairs of at least MIN_PAIRS different pairs of participants
(GEO+RUS, GEO+USA) must be reported within one window of COREPORT_DAYS, with no other window
as good: one happening is told from both sides ("Wang Yi met India", "Jaishankar met China"),
and one recurring pair never dates a page alone — unless the page's own words agree: a
report that tells a pair's happening with a month and day but no year ("met on December 28")
pins its day of the year, and when the pair's dated witnesses report it within COREPORT_DAYS
after that day in exactly one year, the page takes the first such witness's day (``told_day``).
The phrase must be the report's that carries the pair (a page's background dates fit any
pair's witnesses of some year), and it must stand alone, not chained to a date told before it
(its year is then the text's, which dating already refused), save to a "since" phrase (a
period's start, not a time told). A weekday is no such evidence: a pair's witnesses fall
within COREPORT_DAYS after a given weekday in four windows of seven. Nor is a day the page
tells as background of its news: the page takes it only where its text first writes it
after no time counted from the writing ("India on Monday banned the apps ... tensions since
the clash on June 15": Monday's news, weeks after June 15), and not when it tells a happening
on a later day of that year (it was written after that). Two countries are no specific pair,
but their act of one PLOVER type on one day is (``day_key``, "day:12-20:CONSULT:CHN+IND"):
a page that tells "India and China held talks on December 20" in its lede (where news
writing tells the day's news) takes that pair's day when the dated pages that date such
talks to 20 December do so in exactly one year; a dated report gives the key of its day, a
year-less phrase of its day of the year, so the two meet in the index. Leave-one-out on the
pages of the news sets that state a date (dated as if they stated none): own words dated 8,
4 of them 9-15 days early (background days), before these guards; 4, all right, after.
Only stated and story dates are evidence, never a coreported one, so the result does not
depend on the order pages arrive in. Once dated, the page's reports with a date phrase are
dated again from their words against its new date, as a story's date re-dates its members'.

The corpus stage (analyze/stage.py) runs this after stories date their members and before
merging: it keys the reports of each new or changed article by pair (an index, so finding
the dated witnesses of a page is a lookup, never a comparison of articles), dates again the
undated pages that share a key with them, and marks the reports of pages whose date changed
for merging again (merging anchors an undated report to ``coreported`` last: analyze/merge.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..annotate.date_finding import find_expressions
from ..annotate.dates import CHAIN, resolve, yearless
from ..annotate.newsday import lede
from ..happening import participant_key, side_key
from ..models import ActorRef, CoreportWitness, ReportSides, UndatedPage
from .pagedating import PageDating, date_pages

if TYPE_CHECKING:
    from ..store.interface import CorpusStore

#: The most days apart the dated reports of a page's happenings may be and still date it.
COREPORT_DAYS = 3
#: How many specific pairs of a page must be reported within one window to date it.
MIN_PAIRS = 2
#: A pair that more dated articles carry than this is ordinary news: it dates nothing.
MAX_WITNESSES = 50


#: How many days after a page's date a month and day it tells must be to be of the year before.
TOLD_AFTER_DAYS = 90

#: What a day key begins with (``day_key``): such keys date a page only by its own words.
DAY_KEY = "day:"

#: The characters a key separates its parts with, kept out of the participants' names.
_SEPARATORS = re.compile(r"[+/|]")

#: The statuses of reports that tell a happening (a plan, a denial or a possibility is no
#: news of one: "Modi and Xi may meet" is written any month).
HAPPENED = frozenset({"reported", "claimed"})


def pair_key(status: str, source: ActorRef | None, target: ActorRef | None) -> str | None:
    """Return the key of a report's pair of sides when the report tells a happening and the
    pair is specific enough to say which (see the module docstring), else None."""
    if status not in HAPPENED or source is None or target is None:
        return None
    parties = sorted(" ".join(_SEPARATORS.sub(" ", participant_key(ref)).split())
                     for ref in (source, target))
    if parties[0] == parties[1]:
        return None  # (one participant: a minister and his government)
    kinds = {source.kind, target.kind}
    if "person" not in kinds and ("country" in kinds or not (source.id and target.id)):
        return None
    first, second = sorted((side_key(source), side_key(target)))
    return f"{parties[0]}+{parties[1]}/{first}|{second}"


def parties(key: str) -> str:
    """Return the pair of participants a key names ("GEO+RUS"): the happenings of one pair
    are told from both sides ("Wang Yi met India", "Jaishankar met China": one meeting)."""
    return key.split("/", 1)[0]


def happenings(keys: Iterable[str]) -> int:
    """Return how many pairs of participants *keys* surely name: a side known only by its
    name, without a country, may be either participant of a pair it shares its other one
    with ("Misri met Sun Weidong" and "India met Sun Weidong" may be one meeting), and two
    such sides may be any pair."""
    pairs = [frozenset(parties(k).split("+")) for k in keys]
    known = {p for p in pairs if not any(x.startswith("name:") for x in p)}
    count = len(known)
    sides = {x for p in known for x in p}
    for p in sorted({p for p in pairs if p not in known}, key=sorted):
        named = {x for x in p if not x.startswith("name:")}
        if named and not named & sides:  # (two sides known by name only: any pair)
            count, sides = count + 1, sides | named
    return count


def page_keys(sides: Iterable[ReportSides], article_ids: Iterable[str]) -> dict[str, list[str]]:
    """Return the specific pairs each article of *article_ids* reports, and the days of the
    year its reports of two known participants fall or are told on (none: an empty list)."""
    keys: dict[str, set[str]] = {a: set() for a in article_ids}
    for s in sides:
        if s.article_id in keys:
            keys[s.article_id].update(k for k in _told(s) if k is not None)
            keys[s.article_id].update(day_keys(s))
    return {a: sorted(k) for a, k in keys.items()}


def day_key(s: ReportSides, month_day: str) -> str | None:
    """Return the key of a report's happening on one day of the year ("12-20"): its type
    and its two participants, countries included ("India and China held talks on December
    20"), when it tells a happening of two different known participants, else None. A
    country pair is no happening of its own, but its act of one type on one day is: the
    witnesses of such a key are the dated pages that date that act to that day."""
    act = _act(s)
    return None if act is None else f"{DAY_KEY}{month_day}:{act}"


def _act(s: ReportSides) -> str | None:
    """The type and the two participants of a report of a happening ("CONSULT:CHN+IND"),
    None when it tells none or a participant is unknown or the same on both sides."""
    if s.status not in HAPPENED or s.source is None or s.target is None or not s.type:
        return None
    sides = sorted(participant_key(ref) for ref in (s.source, s.target))
    if sides[0] == sides[1] or any(x == "-" or x.startswith("name:") for x in sides):
        return None
    return f"{s.type.upper()}:" + "+".join(_SEPARATORS.sub(" ", x) for x in sides)


def day_keys(s: ReportSides) -> list[str]:
    """Return the day keys of one report: by the day it is dated to, and by the day of the
    year its own words tell without a year (``own_day``)."""
    if (act := _act(s)) is None:
        return []
    days = {s.date[5:10]} if s.date and len(s.date) == 10 else set()
    if (told := own_day(s.date_text)) is not None:
        days.add(told)
    return sorted(f"{DAY_KEY}{d}:{act}" for d in days)


def own_day(text: str | None) -> str | None:
    """Return the month and day ("12-20") a report's phrase tells without a year (see
    ``own_days``), else None."""
    phrase = standalone(text)
    if phrase is None or (day := _day_in(phrase, 2000)) is None:
        return None
    return date.fromordinal(day).isoformat()[5:]


def standalone(text: str | None) -> str | None:
    """Return a report's month-and-day phrase without a year when it stands alone ("December
    28", "12 to 13 June"): not "Tuesday" or "December 28, 2019", nor one chained to a date
    told before it (its year is then the text's, which dating already refused), except to a
    "since" phrase, which tells when a period began, not a time the text moved to ("the
    first clash since 1975 … On June 15": June 15 alone)."""
    if not text:
        return None
    before, _, after = text.rpartition(CHAIN)
    if before:
        if not before.lower().startswith("since "):
            return None
        text = after
    return text if yearless(text) and _day_in(text, 2000) is not None else None


def _told(s: ReportSides) -> list[str | None]:
    """Return the keys of one report: its pair of sides, and for two people of two countries
    also each with the other's country ("Wang Yi met Jaishankar" says "Wang Yi met India",
    which is how another page may tell it)."""
    found = [pair_key(s.status, s.source, s.target)]
    if s.source is None or s.target is None or found[0] is None:
        return found
    for one, other in ((s.source, s.target), (s.target, s.source)):
        if one.kind == "person" and other.kind == "person" and other.country:
            country = ActorRef(other.country, other.country, other.country, None, "country")
            found.append(pair_key(s.status, one, country))
    return found


def coreported_day(witnesses: Mapping[str, Sequence[CoreportWitness]]
                   ) -> tuple[str, tuple[str, ...]] | None:
    """Return the day a page is dated to by the dated witnesses of its pairs, and the ids of
    the witnesses that date it; None when the pairs of fewer than MIN_PAIRS pairs of
    participants are reported within one window of COREPORT_DAYS, or another window, days
    away, is as good (the pairs recur).

    The day is the first by which every happening of the window had been reported: an
    article that reports them all was written once they all were news, and news reports
    within days (a later day would place the page after reports it may well precede)."""
    days = {k: sorted(d for w in ws if (d := _ordinal(w.day)) is not None)
            for k, ws in witnesses.items()}
    days = {k: ds for k, ds in days.items() if ds}
    best: list[tuple[int, frozenset[str]]] = []
    most = MIN_PAIRS
    for start in sorted({d for ds in days.values() for d in ds}):
        covered = frozenset(k for k, ds in days.items()
                            if any(start <= d <= start + COREPORT_DAYS for d in ds))
        told = happenings(covered)
        if told < most:
            continue
        if told > most or not best:
            best, most = [], told
        best.append((start, covered))
    if not best or best[-1][0] - best[0][0] > COREPORT_DAYS:
        return None
    first, last = best[0][0], best[-1][0] + COREPORT_DAYS
    covered = frozenset().union(*(c for _, c in best))
    day = max(min(d for d in days[k] if first <= d <= last) for k in covered)
    evidence = sorted({w.article_id for k in covered for w in witnesses[k]
                       if (d := _ordinal(w.day)) is not None and first <= d <= last})
    return date.fromordinal(day).isoformat(), tuple(evidence)


def own_days(sides: Iterable[ReportSides]) -> dict[str, set[str]]:
    """Return, by key, the month-and-day phrases without a year of the reports that carry it
    ("December 28", "12 to 13 June"; not "Tuesday", "December 28, 2019" or one chained to a
    date told before it)."""
    found: dict[str, set[str]] = {}
    for s in sides:
        if (text := standalone(s.date_text)) is None:
            continue
        day = own_day(text)
        for key in [*_told(s), day_key(s, day) if day else None]:
            if key is not None:
                found.setdefault(key, set()).add(text)
    return found


def _day_in(phrase: str, year: int) -> int | None:
    """The day (ordinal) a year-less month-and-day phrase names in *year*, None if none."""
    r = resolve(phrase, f"{year:04d}-12-31")
    return _ordinal(r.date) if r is not None and r.precision == "day" else None


def told_day(witnesses: Mapping[str, Sequence[CoreportWitness]],
             phrases: Mapping[str, Iterable[str]]) -> tuple[str, tuple[str, ...]] | None:
    """Return the day a page is dated to when its own year-less words agree with one pair's
    witnesses (see the module docstring), and the ids of those witnesses; None when no
    window agrees or windows more than COREPORT_DAYS apart do (a day of the year recurs)."""
    windows: dict[int, set[tuple[int, str]]] = {}
    for key, texts in phrases.items():
        for w in witnesses.get(key, ()):
            if (day := _ordinal(w.day)) is None:
                continue
            year = date.fromordinal(day).year
            for text in texts:
                for start in {_day_in(text, y) for y in (year - 1, year)} - {None}:
                    if start is not None and start <= day <= start + COREPORT_DAYS:
                        windows.setdefault(start, set()).add((day, w.article_id))
    if not windows or max(windows) - min(windows) > COREPORT_DAYS:
        return None
    seen = set().union(*windows.values())
    day = min(d for d, _ in seen if d >= max(windows))
    return date.fromordinal(day).isoformat(), tuple(sorted({a for _, a in seen}))


def told_by_page(witnesses: Mapping[str, Sequence[CoreportWitness]],
                 sides: Sequence[ReportSides], text: Callable[[], str]
                 ) -> tuple[str, tuple[str, ...]] | None:
    """Return the day a page's own year-less words date it to (``told_day``) when they tell
    its news, not its background (``news_phrases``: *text* reads the page's text), and it
    tells no happening after that day (``told_after``); else None."""
    phrases = own_days(sides)
    if told_day(witnesses, phrases) is None:  # (no window: the text need not be read)
        return None
    found = told_day(witnesses, news_phrases(phrases, text()))
    if found is None or told_after(sides, found[0]):
        return None
    return found


def news_phrases(phrases: Mapping[str, set[str]], text: str) -> dict[str, set[str]]:
    """Keep the phrases of *phrases* that tell the page's news, where its text first writes
    them: not after a time counted from the writing ("India on Monday banned the apps ...
    since the clash on June 15": the news is Monday's, June 15 its background), and for a
    day key (a country pair's act, less telling than a pair of people) in the lede, the
    paragraph news writing tells the day's news in (annotate/newsday.py)."""
    spans = find_expressions(text)
    start, end = lede(text)
    kept: dict[str, set[str]] = {}
    for key, texts in phrases.items():
        for phrase in texts:
            at = text.find(phrase)
            if at < 0 or _after_relative(text, spans, at):
                continue
            if key.startswith(DAY_KEY) and not start <= at < end:
                continue
            kept.setdefault(key, set()).add(phrase)
    return kept


def _after_relative(text: str, spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether a time counted from the writing ("Monday", "yesterday", "earlier this
    month") is written before *at*; not a weekday set beside a month and day ("Thursday
    (13 June)", "Tuesday, December 20": that day itself)."""
    for n, (a, b) in enumerate(spans):
        if a >= at:
            return False
        phrase = text[a:b]
        if resolve(phrase, None) is not None or yearless(phrase):
            continue  # (a date of its own: "December 9", "since 2019", "2023-05-10")
        beside = spans[n + 1] if n + 1 < len(spans) else None
        if beside is not None and beside[0] - b <= 3 and yearless(text[beside[0]:beside[1]]):
            continue
        return True
    return False


def told_after(sides: Iterable[ReportSides], day: str) -> bool:
    """Whether a page tells a happening on a month and day without a year that falls after
    *day* in its year, within TOLD_AFTER_DAYS of it: a page is not written before what it
    reports ("On May 19 the first flight landed ... the ban was lifted on May 10"; a day
    further ahead is of the year before)."""
    first = _ordinal(day)
    if first is None:
        return False
    year = date.fromordinal(first).year
    for s in sides:
        phrase = standalone(s.date_text) if s.status in HAPPENED else None
        told = _day_in(phrase, year) if phrase else None
        if told is not None and first < told <= first + TOLD_AFTER_DAYS:
            return True
    return False


def _ordinal(day: str) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


def _rare(store: CorpusStore, keys: Mapping[str, int]) -> list[str]:
    """The pairs among *keys* with at most MAX_WITNESSES witnesses besides the articles of
    the batch that carry them (*keys*: how many do)."""
    return [k for k, n in sorted(keys.items())
            if store.coreport_witnesses(k, MAX_WITNESSES + n) is not None]


def _day(store: CorpusStore, page: UndatedPage[str],
         carried: Mapping[str, Sequence[CoreportWitness]]) -> tuple[str, tuple[str, ...]] | None:
    """The day a page's co-reported news dates it to: its pairs' (``coreported_day``), else
    its own words' (``told_by_page``)."""
    witnesses = {k: [w for w in ws if w.story != page.story] for k, ws in carried.items() if ws}
    found = coreported_day({k: ws for k, ws in witnesses.items() if not k.startswith(DAY_KEY)})
    if found is None and witnesses:
        found = told_by_page(witnesses, store.report_sides([page.id]),
                             lambda: store.article_text(page.id))
    return found


#: Dating by co-reported news, as analyze/pagedating.py runs it.
COREPORTS: PageDating[str, list[CoreportWitness]] = PageDating(
    "coreport", keys=lambda store, ids: page_keys(store.report_sides(ids), ids), rare=_rare,
    carriers=lambda store, key: store.coreport_witnesses(key, MAX_WITNESSES), day=_day)


def date_by_coreports(store: CorpusStore, batch: int = 1000) -> list[str]:
    """Key the reports of the articles not keyed yet, date again the pages without a date of
    their own that share a pair with them (or are among them), and mark for merging again
    the reports of those whose date changed; return their ids."""
    return date_pages(store, COREPORTS, batch)
