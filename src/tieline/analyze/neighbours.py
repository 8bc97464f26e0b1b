"""Date a page that states no date by its dated neighbours (basis "neighbours").

Half the pages of a crawl state no date, and many tell no specific pair of participants that
``coreport`` could date them by. But a page that reports the same happening as several dated
pages of other outlets shares with them what is particular to that happening: the rare names
(a border village, a detainee, a deputy minister), the numbers (20 soldiers, 59 apps, 4.5
billion) and the words of one statement quoted by all. News is written while it is news, so
such a page was almost surely published in the days its neighbours were.

The evidence (``text_keys``) is what the writer names outside quotes — capitalised words
inside a sentence (as ``stories.anchors`` reads them) and numbers of two digits or more, years
aside — and the content-word trigrams of its quotations. A key only weighs when it is rare: at
most MAX_CARRIERS other articles carry it (a country or a leader is in every report), and it
weighs more the rarer it is (log((MAX_CARRIERS + 1) / carriers): a count of carriers, no
corpus size, so the weight does not depend on the order pages arrive in). A dated article of
another story (copies are one source) is a neighbour when it shares MIN_SHARED such keys, at
least one of them a number or a quotation: names alone recur with every episode of a long
story (``neighbours_day``).

The page takes a date when its neighbours' weight is concentrated: the best window of
WINDOW_DAYS + 1 days holds MIN_SHARE of it, its neighbours are of at least MIN_STORIES stories,
and the neighbours more than FAR_DAYS away hold at most MAX_FAR of the window's weight. That
last guard is for recurring news: the same names and numbers come back every few months
(border talks, a yearly pilgrimage), and evidence spread over separate periods dates nothing.
The day is the window's latest day with a neighbour (a page is rarely written before the
reports it shares its facts with). Its own words veto it: a happening it tells on a later day,
or a plan it tells as ahead on a day the candidate is already at or past (``vetoed``).

Leave-one-out (each page with a stated date dated as if it had none; bench/neighbours.py):
see docs/events.md. Only stated and story dates are evidence, never an inferred one. Once
dated, only the page's reports that tell a month and day, or a month, without a year are dated
again against the new date (the date gives them their year, which a day's error cannot move),
and those that tell a month counted from the writing ("this month", "last month": a day's
error moves it only on a month's first or last day). A day counted from the writing ("on
Monday", "yesterday") stays undated: the neighbours' day is the page's own for only half the
pages (a day late for most others), and read against it, leave-one-out, a weekday resolves to
another day for 9.2% of Timeline17's pages dated (137 of 1,491 weekday readings) and 12.1%
of india-china's, "yesterday" for half; "this month" and "last month" for 2.8% and 5.0%
(one page dated 148 days off: ``bench/neighbours.py --phrases``). Merging anchors the page's
undated reports to it last (analyze/merge.py), after the story's and coreported dates.

When the neighbours give no day but are all of one year, of at least YEAR_STORIES stories, the
page takes that year (``neighbours_year``; kept apart from a day, ``Article.neighbour_year``: a
year is no page date), unless it tells a happening with a later year of its own
(``year_vetoed``). Only its reports whose phrase is a month and day, or a month, without a
year are dated by it, in that year (basis "neighbours-year", ``dating.redate``): the year of
the news the page shares with its neighbours, which is what such a phrase tells of even on a
later retelling. Its other reports stay undated: a year gives no day to count from.

The corpus stage (analyze/stage.py) runs this after ``coreport``: it keys the text of each new
or changed article, dates again the pages without a date that share a rare key with them (or
whose coreported date changed), and marks the reports of pages whose date changed for merging
again.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..annotate.dates import month_counted, resolve, yearless
from ..models import NeighbourCarrier, ReportDating, ReportSides, UndatedPage
from .coreport import HAPPENED, TOLD_AFTER_DAYS, _day_in, _ordinal, standalone, told_after
from .pagedating import PageDating, date_pages
from .stories import (
    _ANCHOR_AFTER,
    _ANCHOR_TOKEN,
    _SHINGLE_MUL,
    _anchor_key,
    _content,
    _hashes,
    _ngrams,
    _split_quotes,
    _word,
)

if TYPE_CHECKING:
    from ..store.interface import CorpusStore

#: A key more other articles carry than this tells no happening apart: it dates nothing.
MAX_CARRIERS = 10
#: Rare keys a dated article must share with a page to be its neighbour ...
MIN_SHARED = 3
#: ... at least this many of them numbers or quotation trigrams (names alone recur).
MIN_SPECIFIC = 1
#: The window a page's neighbours must fall in: a day and the WINDOW_DAYS after it ...
WINDOW_DAYS = 1
#: ... holding this share of their weight ...
MIN_SHARE = 0.6
#: ... from this many stories (copies are one source) ...
MIN_STORIES = 3
#: ... with at most MAX_FAR of the window's weight more than FAR_DAYS from it (recurring news,
#: or a later retelling of the window's facts). Leave-one-out on Timeline17 (7, 0.2 before):
#: 249 pages dated, 0.948 right within a day; (3, 0.2) 240, 0.954; (3, 0.1) 213, 0.962.
FAR_DAYS, MAX_FAR = 3, 0.1
#: How many stories a page's neighbours must be of to give it the year they all agree on.
YEAR_STORIES = 2
#: Words of a quotation's content-word shingles.
QUOTE_WORDS = 3

#: What a key is (its bits from KIND_SHIFT): a name, a number or a quotation trigram.
NAME, NUMBER, QUOTE = 0, 1, 2
KIND_SHIFT = 60
_LOW = (1 << 32) - 1


def _key(kind: int, value: int) -> int:
    return kind << KIND_SHIFT | (value & _LOW)


def kind(key: int) -> int:
    """Return what *key* is: NAME, NUMBER or QUOTE."""
    return key >> KIND_SHIFT


def text_keys(text: str) -> list[int]:
    """Return the keys of an article's text: the names and numbers the writer tells its facts
    with (outside quotes; years aside, as every story of a year has them) and the content-word
    trigrams of its quotations."""
    own, quotes = _split_quotes(text)
    found: set[int] = set()
    for m in _ANCHOR_TOKEN.finditer(own):
        token = m.group()
        if token[0].isdigit():
            digits = token.replace(",", "").replace(".", "")
            if len(digits) > 1 and not (len(digits) == 4 and 1900 <= int(digits) < 2100):
                found.add(_key(NUMBER, _word("#" + digits)))
        elif token[0].isupper():
            before = own[max(0, m.start() - 4):m.start()].rstrip(" \t")
            name = _anchor_key(token) if before and before[-1] not in _ANCHOR_AFTER else None
            if name is not None:
                found.add(_key(NAME, name))
    for quote in quotes:
        words = _content(_hashes(quote))
        found.update(_key(QUOTE, int(v)) for v in _ngrams(words, QUOTE_WORDS, _SHINGLE_MUL))
    return sorted(found)


_MONTHS = [name[:3] for name in (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december")]
_MONTH = r"(?P<{}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: A day of a month as a sentence writes it: "June 16", "16 June", "16th of June".
_DAY_OF_MONTH = re.compile(
    rf"\b(?:{_MONTH.format('m1')}\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format('m2')})\b", re.IGNORECASE)


#: A number of two digits or more (years aside) and the two words after it that say what it
#: counts ("20 Indian soldiers", "the 19th round", "20 of its soldiers": small words skipped).
_COUNTED = re.compile(r"\b(?P<n>[0-9]{2,})(?:st|nd|rd|th)?\b(?P<what>(?:[^A-Za-z0-9.;:!?]+"
                      r"[A-Za-z][A-Za-z'-]*){1,6})")
_SMALL = frozenset(["a", "an", "the", "of", "its", "their", "his", "her", "our", "some", "at",
                    "least", "about", "over", "nearly", "around", "more", "than", "up", "to",
                    "and", "or"])
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def sentence_keys(sentence: str) -> list[int]:
    """Return the keys of one report's sentence that tell its happening apart: what it counts
    (a number with a word of what it counts after it, "20 soldiers" and "20 Indian soldiers"
    sharing "20 soldier": a bare number, "11 hours" and "11-12 October", is no shared fact), a
    day of a month ("June 16"; "May 30" and "August 30" share none) and the trigrams of its
    quotations (``text_keys``). Names recur with every episode of a story: none. Merging joins
    an undated report of a page with no date by them (analyze/merge.py ``_shares_facts``)."""
    found = set()
    for m in _DAY_OF_MONTH.finditer(sentence):
        month = _MONTHS.index((m.group("m1") or m.group("m2"))[:3].lower()) + 1
        found.add(_key(NUMBER, _word(f"#{month:02d}-{int(m.group('d1') or m.group('d2')):02d}")))
    rest = _DAY_OF_MONTH.sub(" ", sentence)
    for m in _COUNTED.finditer(rest):
        number = int(m.group("n"))
        if len(m.group("n")) == 4 and 1900 <= number < 2100:
            continue
        words = [w for w in (w.lower() for w in _WORD.findall(m.group("what")))
                 if w not in _SMALL][:2]
        found.update(_key(NUMBER, _word(f"#{number} {w.rstrip('s')}")) for w in words)
    return sorted(found.union(k for k in text_keys(rest) if kind(k) == QUOTE))


def neighbours_day(page: str, story: str, carried: Mapping[int, Sequence[NeighbourCarrier]]
                   ) -> tuple[str, tuple[str, ...]] | None:
    """Return the day a page is dated to by its neighbours (see the module docstring) and
    their ids, given the carriers of each of its rare keys; None when the evidence is thin,
    spread over days or periods, or of too few stories."""
    near, weight = _near(page, story, carried)
    by_day: dict[int, float] = defaultdict(float)
    for a, c in near.items():
        by_day[_ordinal(c.day or "") or 0] += weight[a]
    if not by_day:
        return None
    start = max(by_day, key=lambda d: (_held(by_day, d), -d))
    held, total = _held(by_day, start), sum(by_day.values())
    far = sum(w for d, w in by_day.items() if abs(d - start) > FAR_DAYS)
    inside = {a: c for a, c in near.items()
              if start <= (_ordinal(c.day or "") or 0) <= start + WINDOW_DAYS}
    if held < MIN_SHARE * total or far > MAX_FAR * held or \
            len({c.story for c in inside.values()}) < MIN_STORIES:
        return None
    day = max(_ordinal(c.day or "") or 0 for c in inside.values())
    return date.fromordinal(day).isoformat(), tuple(sorted(inside))


def neighbours_year(page: str, story: str, carried: Mapping[int, Sequence[NeighbourCarrier]]
                    ) -> tuple[str, tuple[str, ...]] | None:
    """Return the year a page's neighbours (``neighbours_day``'s) all fall in, and their ids,
    when they are of at least YEAR_STORIES stories; None when they disagree on the year, or
    are too few."""
    near, _ = _near(page, story, carried)
    years = {(c.day or "")[:4] for c in near.values()}
    if len(years) != 1 or len({c.story for c in near.values()}) < YEAR_STORIES:
        return None
    return years.pop(), tuple(sorted(near))


def _near(page: str, story: str, carried: Mapping[int, Sequence[NeighbourCarrier]]
          ) -> tuple[dict[str, NeighbourCarrier], dict[str, float]]:
    """Return a page's neighbours (dated articles of other stories sharing MIN_SHARED of its
    rare keys, MIN_SPECIFIC of them numbers or quotations) and the weight each shares."""
    weight: dict[str, float] = defaultdict(float)
    shared: dict[str, int] = defaultdict(int)
    specific: dict[str, int] = defaultdict(int)
    found: dict[str, NeighbourCarrier] = {}
    for key, carriers in carried.items():
        others = [c for c in carriers if c.article_id != page]
        if not others or len(others) > MAX_CARRIERS:
            continue
        w = math.log((MAX_CARRIERS + 1) / len(others))
        for c in others:
            if c.story == story or c.day is None or _ordinal(c.day) is None or len(c.day) != 10:
                continue
            found[c.article_id] = c
            weight[c.article_id] += w
            shared[c.article_id] += 1
            specific[c.article_id] += kind(key) != NAME
    near = {a: found[a] for a in found if shared[a] >= MIN_SHARED and specific[a] >= MIN_SPECIFIC}
    return near, weight


def _held(by_day: Mapping[int, float], start: int) -> float:
    return sum(by_day.get(start + k, 0.0) for k in range(WINDOW_DAYS + 1))


def vetoed(sides: Iterable[ReportSides], day: str) -> bool:
    """Say whether a page's own words rule out its having been written on *day*: it tells a
    happening on a later day (a full date, or a month and day without a year: ``told_after``),
    or tells as planned a month and day without a year that *day* is at or within
    TOLD_AFTER_DAYS after (a plan is told before its day: "flights resume from October 26")."""
    sides = list(sides)
    if told_after(sides, day):
        return True
    first = _ordinal(day)
    if first is None:
        return True
    year = date.fromordinal(first).year
    for s in sides:
        if s.status in HAPPENED and s.date and (told := _ordinal(s.date)) is not None \
                and told > first:
            return True
        phrase = standalone(s.date_text) if s.status == "planned" else None
        ahead = _day_in(phrase, year) if phrase else None
        if ahead is not None and ahead <= first < ahead + TOLD_AFTER_DAYS:
            return True
    return False


def year_vetoed(sides: Iterable[ReportSides], year: str) -> bool:
    """Say whether a page's own words rule out its having been written in *year*: it tells a
    happening in a later year, stated with its year (not one a date of the page gave it)."""
    for s in sides:
        told = resolve(s.date_text, None) if s.status in HAPPENED and s.date_text else None
        if told is not None and told.date[:4] > year:
            return True
    return False


def _rare(store: CorpusStore, keys: Mapping[int, int]) -> list[int]:
    """The keys among *keys* with at most MAX_CARRIERS + 1 carriers besides the articles of
    the batch that carry them (*keys*: how many do)."""
    return store.rare_neighbour_keys({k: MAX_CARRIERS + 1 + n for k, n in keys.items()})


def _day(store: CorpusStore, page: UndatedPage[int],
         carried: Mapping[int, Sequence[NeighbourCarrier]]) -> tuple[str, tuple[str, ...]] | None:
    """The day a page's neighbours date it to, else the year they agree on, unless its own
    words veto it."""
    sides = store.report_sides([page.id])
    found = neighbours_day(page.id, page.story, carried)
    if found is not None and not vetoed(sides, found[0]):
        return found
    found = neighbours_year(page.id, page.story, carried)
    return None if found is None or year_vetoed(sides, found[0]) else found


def _year_only(r: ReportDating) -> bool:
    """Whether a report's phrase needs only a year from its page's date ("on June 15", "in
    March"): a date a day or two off gives it the same day."""
    return standalone(r.date_text) is not None or bool(r.date_text and yearless(r.date_text))


def _month_enough(r: ReportDating) -> bool:
    """Whether a report's phrase needs only a year from its page's date (``_year_only``), or
    a month ("this month", "last month": a date a day or two off gives it the same month but
    on a month's first or last days)."""
    return _year_only(r) or month_counted(r.date_text)


#: Dating by dated neighbours, as analyze/pagedating.py runs it.
NEIGHBOURS: PageDating[int, list[NeighbourCarrier]] = PageDating(
    "neighbour", keys=lambda store, ids: {i: text_keys(store.article_text(i)) for i in ids},
    rare=_rare, carriers=lambda store, key: store.neighbour_carriers(key, MAX_CARRIERS + 1),
    day=_day, keep=_month_enough)


def date_by_neighbours(store: CorpusStore, batch: int = 1000,
                       also: Sequence[str] = ()) -> list[str]:
    """Key the text of the articles not keyed yet, date again the pages without a date that
    share a rare key with them (or are among them, or among *also*: pages whose other
    inferred date changed), and mark for merging again the reports of those whose date
    changed; return their ids."""
    return date_pages(store, NEIGHBOURS, batch, also)
